#!/usr/bin/env bash
# Puts ecplanner in the desktop's menu and makes a double-click on a *.ecplan file open it,
# for the current user (no root): a .desktop entry, the plan file's MIME type and the icons,
# under ${XDG_DATA_HOME:-~/.local/share}. xdg-utils, where installed, makes ecplanner the
# plan type's default application; the desktop's caches are refreshed where their tools are.
#
#   install-desktop.sh [APP]        APP: the ecplanner program (default: the built app
#                                   beside this script, or dist/ecplanner/ in a checkout)
#   install-desktop.sh --uninstall
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
mime_type=application/x-ecplanner-plan
sizes=(16 24 32 48 64 128 256 512)

refresh() {
    if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database "$share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
    fi
}

if [[ "${1:-}" == "--uninstall" ]]; then
    rm -f "$share/applications/ecplanner.desktop" "$share/mime/packages/ecplanner.xml"
    for size in "${sizes[@]}"; do
        rm -f "$share/icons/hicolor/${size}x${size}/apps/ecplanner.png" \
              "$share/icons/hicolor/${size}x${size}/mimetypes/${mime_type/\//-}.png"
    done
    refresh
    echo "removed ecplanner's desktop entry, file type and icons from $share"
    exit 0
fi

app="${1:-}"
if [[ -z "$app" ]]; then
    for candidate in "$here/ecplanner" "$here/../../dist/ecplanner/ecplanner"; do
        if [[ -x "$candidate" ]]; then app="$candidate"; break; fi
    done
fi
if [[ -z "$app" || ! -x "$app" ]]; then
    echo "install-desktop.sh: no ecplanner program found; give its path" >&2
    exit 2
fi
app="$(cd "$(dirname "$app")" && pwd)/$(basename "$app")"
# The icons: in the built app's folder, or in a checkout's resources.
icons=""
for candidate in "$(dirname "$app")/_internal/ecplanner/_resources/icons" "$here/../../resources/icons"; do
    if [[ -f "$candidate/ecplanner-48.png" ]]; then icons="$candidate"; break; fi
done
# Its own files: beside this script (in the built app's folder or in packaging/linux/).
desktop="$here/ecplanner.desktop"
mime="$here/ecplanner-mime.xml"

mkdir -p "$share/applications" "$share/mime/packages"
sed "s|^Exec=.*|Exec=\"$app\" %f|" "$desktop" > "$share/applications/ecplanner.desktop"
cp "$mime" "$share/mime/packages/ecplanner.xml"
if [[ -n "$icons" ]]; then
    for size in "${sizes[@]}"; do
        for context in apps mimetypes; do
            mkdir -p "$share/icons/hicolor/${size}x${size}/$context"
        done
        cp "$icons/ecplanner-$size.png" "$share/icons/hicolor/${size}x${size}/apps/ecplanner.png"
        cp "$icons/ecplanner-$size.png" \
           "$share/icons/hicolor/${size}x${size}/mimetypes/${mime_type/\//-}.png"
    done
fi
refresh
if command -v xdg-mime >/dev/null; then
    xdg-mime default ecplanner.desktop "$mime_type"
fi
echo "installed ecplanner ($app) in the desktop's menu, with *.ecplan files opening in it"
