#!/bin/sh
# Installs Qiusuo 求索 from this unpacked tarball so that it appears in the
# desktop's application menu and opens story (*.story.json) and article
# (.txt) files.
#
#   ./install.sh                    into ~/.local (as root: /usr/local)
#   ./install.sh --prefix DIR       into DIR (or PREFIX=DIR ./install.sh)
#   ./install.sh --uninstall [--prefix DIR]
#
# Files: bin/qiusuo, share/applications/, share/icons/hicolor/512x512/apps/,
# share/metainfo/, share/mime/packages/, share/doc/qiusuo/. The desktop
# entry runs bin/qiusuo by its full path, so ~/.local/bin need not be on PATH.
set -eu

id=io.github.qiusuo.qiusuo
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then prefix=${PREFIX:-/usr/local}; else prefix=${PREFIX:-$HOME/.local}; fi
uninstall=false
while [ $# -gt 0 ]; do
	case $1 in
	--prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }; prefix=$2; shift 2 ;;
	--prefix=*) prefix=${1#--prefix=}; shift ;;
	--uninstall) uninstall=true; shift ;;
	-h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "install.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac

files="bin/qiusuo
share/applications/$id.desktop
share/icons/hicolor/512x512/apps/$id.png
share/metainfo/$id.metainfo.xml
share/mime/packages/$id.xml
share/doc/qiusuo/OFL.txt
share/doc/qiusuo/README.txt"

# refresh updates the desktop's caches when their tools are installed
# (desktops also rescan on their own, later).
refresh() {
	if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$prefix/share/mime" >/dev/null 2>&1 || true; fi
	if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$prefix/share/applications" >/dev/null 2>&1 || true; fi
	if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" >/dev/null 2>&1 || true; fi
}

if $uninstall; then
	echo "$files" | while read -r f; do rm -f "$prefix/$f"; done
	rmdir "$prefix/share/doc/qiusuo" 2>/dev/null || true
	refresh
	echo "Qiusuo removed from $prefix"
	exit 0
fi

put() { # put MODE SOURCE DEST
	mkdir -p "$(dirname "$3")"
	cp "$2" "$3.tmp.$$" && chmod "$1" "$3.tmp.$$" && mv -f "$3.tmp.$$" "$3"
}
put 755 "$here/qiusuo" "$prefix/bin/qiusuo"
put 644 "$here/$id.png" "$prefix/share/icons/hicolor/512x512/apps/$id.png"
put 644 "$here/$id.metainfo.xml" "$prefix/share/metainfo/$id.metainfo.xml"
put 644 "$here/$id.mime.xml" "$prefix/share/mime/packages/$id.xml"
put 644 "$here/OFL.txt" "$prefix/share/doc/qiusuo/OFL.txt"
put 644 "$here/README.txt" "$prefix/share/doc/qiusuo/README.txt"
tmp=$(mktemp)
sed "s|^Exec=qiusuo |Exec=\"$prefix/bin/qiusuo\" |" "$here/$id.desktop" >"$tmp"
put 644 "$tmp" "$prefix/share/applications/$id.desktop"
rm -f "$tmp"
refresh
echo "Qiusuo $("$prefix/bin/qiusuo" --version | cut -d' ' -f2) installed in $prefix"
case :$PATH: in *:"$prefix/bin":*) ;; *) echo "(add $prefix/bin to PATH to run qiusuo from a shell)" ;; esac
