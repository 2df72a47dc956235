#!/usr/bin/env bash
# Installs a built bundle (dist/accredit-tracker/) for the current user, without root:
#
#   ~/.local/lib/accredit-tracker/               the application folder (replaced on update)
#   ~/.local/bin/accredit-tracker, accredit      links to its two executables
#   ~/.local/share/applications/accredit-tracker.desktop   menu entry, opens .accredit files
#   ~/.local/share/metainfo/uz.accredittracker.AccreditTracker.metainfo.xml
#   ~/.local/share/icons/hicolor/*/apps/accredit-tracker.{png,svg}
#   ~/.local/share/mime/packages/accredit-tracker.xml       the .accredit file type
#
# Usage: packaging/linux/install-user.sh [BUNDLE]    install or update (default: dist/accredit-tracker)
#        packaging/linux/install-user.sh --uninstall  remove it again; projects and settings stay
#
# PREFIX=/some/dir puts everything under that folder instead of ~/.local (lib, bin, share).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
if [ -n "${PREFIX:-}" ]; then
  share=$prefix/share
else
  share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
app=$prefix/lib/accredit-tracker
bin=$prefix/bin
desktop=$share/applications/accredit-tracker.desktop
metainfo=$share/metainfo/uz.accredittracker.AccreditTracker.metainfo.xml
mime=$share/mime/packages/accredit-tracker.xml
icons=$share/icons/hicolor
sizes="16 24 32 48 64 128 256"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$share/mime" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icons" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$app"
  rm -f "$bin/accredit-tracker" "$bin/accredit" "$desktop" "$metainfo" "$mime"
  for size in $sizes; do
    rm -f "$icons/${size}x${size}/apps/accredit-tracker.png"
  done
  rm -f "$icons/scalable/apps/accredit-tracker.svg"
  refresh_caches
  echo "Removed Accredit Tracker from $prefix (project files and settings are kept)."
  exit 0
fi

bundle=${1:-$here/../../dist/accredit-tracker}
if [ ! -x "$bundle/accredit-tracker" ] || [ ! -x "$bundle/accredit" ]; then
  echo "No built bundle at $bundle; build it with packaging/build_linux.sh first." >&2
  exit 1
fi
bundle=$(cd "$bundle" && pwd)
resources=$bundle/_internal/resources

mkdir -p "$prefix/lib" "$bin"
rm -rf "$app.new"
cp -a "$bundle" "$app.new"
rm -rf "$app"
mv "$app.new" "$app"
ln -sfn "$app/accredit-tracker" "$bin/accredit-tracker"
ln -sfn "$app/accredit" "$bin/accredit"

# The menu entry runs the executable by its full path: ~/.local/bin is not on every desktop
# session's PATH.
install -d "$(dirname "$desktop")"
sed -e "s|^Exec=accredit-tracker |Exec=\"$app/accredit-tracker\" |" \
    -e "s|^TryExec=.*|TryExec=$app/accredit-tracker|" \
    "$here/accredit-tracker.desktop" > "$desktop"
chmod 644 "$desktop"
install -Dm644 "$here/uz.accredittracker.AccreditTracker.metainfo.xml" "$metainfo"
install -Dm644 "$here/accredit-tracker-mime.xml" "$mime"
for size in $sizes; do
  install -Dm644 "$resources/icons/accredit-tracker-$size.png" \
    "$icons/${size}x${size}/apps/accredit-tracker.png"
done
install -Dm644 "$resources/icons/accredit-tracker.svg" "$icons/scalable/apps/accredit-tracker.svg"
refresh_caches

echo "Installed Accredit Tracker in $app"
echo "Commands: $bin/accredit-tracker and $bin/accredit"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Note: $bin is not on your PATH; the menu entry works without it." ;;
esac
