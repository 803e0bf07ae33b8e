#!/usr/bin/env bash
# Builds dist/ecplanner/ (a folder app) with PyInstaller from the project's environment.
set -euo pipefail
cd "$(dirname "$0")/.."
uv sync --quiet
uv pip install --quiet "pyinstaller>=6.10"
uv run pyinstaller --noconfirm --clean packaging/ecplanner.spec
echo "built: dist/ecplanner/"
