#!/usr/bin/env bash
# Builds dist/ecplanner/ (a one-folder app; on macOS also dist/ecplanner.app) from the
# runtime dependencies only: they are synced into an environment of their own
# (build/runtime-env, without the dev group), and PyInstaller runs beside them through
# `uv run --with`, so neither it nor the dev tools are in the app or the project.
# On Linux it adds the desktop files and packs dist/ecplanner-linux-<arch>.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PROJECT_ENVIRONMENT="$PWD/build/runtime-env"
uv sync --quiet --no-dev
uv run --quiet --no-dev --with "pyinstaller>=6.10,<7" \
    pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/ecplanner.spec
if [[ "$(uname -s)" == Linux ]]; then
    cp packaging/linux/install-desktop.sh packaging/linux/ecplanner.desktop \
       packaging/linux/ecplanner-mime.xml dist/ecplanner/
    archive="dist/ecplanner-linux-$(uname -m).tar.gz"
    tar -czf "$archive" -C dist ecplanner
    echo "built: dist/ecplanner/ ($(du -sh dist/ecplanner | cut -f1)), $archive ($(du -h "$archive" | cut -f1))"
else
    echo "built: dist/ecplanner/"
fi
