#!/usr/bin/env bash
# Install the Linux build for this user: the `leaps` command, the menu entry, the icon in every
# size, and the .leaps file type opening in the app. In an unpacked archive run
# `leaps/share/install.sh`; in a source checkout, after packaging/build, `packaging/linux/install.sh`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [[ -x $here/../leaps ]]; then  # leaps/share/ of an unpacked archive
    # The app carries its icons for its own windows; the menu entry uses the same files.
    app=$(cd "$here/.." && pwd) icons=$(cd "$here/.." && pwd)/_internal/packaging/icons
else  # packaging/linux/ of a source checkout
    app=$(cd "$here/.." && pwd)/dist/leaps icons=$here/../icons
fi
[[ -x $app/leaps ]] || { echo "no built app at $app: run packaging/build first" >&2; exit 1; }
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
mkdir -p "$bin" "$data/applications" "$data/mime/packages"
ln -sf "$app/leaps" "$bin/leaps"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$icons/leaps-$size.png" "$data/icons/hicolor/${size}x${size}/apps/leaps-catalogue.png"
done
sed "s|^Exec=leaps|Exec=$bin/leaps|; s|^TryExec=leaps|TryExec=$bin/leaps|" \
    "$here/leaps-catalogue.desktop" >"$data/applications/leaps-catalogue.desktop"
cp "$here/leaps-bundle.xml" "$data/mime/packages/leaps-bundle.xml"
# These refresh the desktop's caches; a minimal system may lack them, and the files still work.
update-mime-database "$data/mime" 2>/dev/null || true
update-desktop-database "$data/applications" 2>/dev/null || true
xdg-mime default leaps-catalogue.desktop application/x-leaps-bundle 2>/dev/null || true
echo "installed $bin/leaps, the menu entry and the .leaps file type"
# No font is bundled (see packaging/README.md): name what to install when a script has none.
if command -v fc-list >/dev/null; then
    missing=()
    for lang in ko zh ja th; do
        [[ -n $(fc-list ":lang=$lang" family 2>/dev/null | head -1) ]] || missing+=("$lang")
    done
    if ((${#missing[@]})); then
        echo "no font for: ${missing[*]} (cases and PDFs in those languages show boxes);"
        echo "  on Debian or Ubuntu: sudo apt install fonts-noto-cjk fonts-thai-tlwg"
    fi
fi
