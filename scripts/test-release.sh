#!/usr/bin/env bash
# Release check (run by scripts/test.sh; alone: scripts/test-release.sh):
#   1. scripts/release.sh builds dist/ (Linux tarball, Windows zip, SHA256SUMS);
#   2. the Linux package is unpacked, installed into a temporary prefix and
#      checked: files in place, desktop entry pointing at the installed
#      binary, the CLI working with an empty stderr in the C locale, the
#      window rendered under Xvfb with --screenshot to a real PNG, the
#      binary within the size budget;
#   3. the Windows executable is checked to be a PE32+ x86-64 GUI binary with
#      resources, and run under wine (`story --json`) when wine is installed.
# Each step prints its time.
set -euo pipefail
cd "$(dirname "$0")/.."
max_linux_mb=40

t() { echo "== $*"; t0=$SECONDS; }
took() { echo "   ok ($((SECONDS - t0)) s)"; }

t "release.sh"
scripts/release.sh
(cd dist && sha256sum -c --quiet SHA256SUMS)
took

t "install the Linux package into a temporary prefix"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -C "$tmp" -xzf dist/qiusuo-*-linux-amd64.tar.gz
"$tmp"/qiusuo-*-linux-amd64/install.sh --prefix "$tmp/prefix" >/dev/null
p=$tmp/prefix id=io.github.qiusuo.qiusuo
for f in bin/qiusuo share/applications/$id.desktop share/icons/hicolor/512x512/apps/$id.png \
	share/metainfo/$id.metainfo.xml share/mime/packages/$id.xml share/doc/qiusuo/OFL.txt; do
	[[ -s $p/$f ]] || { echo "not installed: $f" >&2; exit 1; }
done
grep -qx "Exec=\"$p/bin/qiusuo\" %f" "$p/share/applications/$id.desktop" || { echo "desktop entry does not run the installed binary" >&2; exit 1; }
if [[ -d $p/share/mime/application ]]; then # update-mime-database ran
	[[ -f $p/share/mime/application/x-qiusuo-story+json.xml ]] || { echo "story MIME type not registered" >&2; exit 1; }
fi
size=$(stat -c %s "$p/bin/qiusuo")
echo "   installed binary: $((size / 1000000)) MB (budget $max_linux_mb MB)"
((size <= max_linux_mb * 1000000)) || { echo "Linux binary over $max_linux_mb MB" >&2; exit 1; }
took

t "installed CLI: version, story --json, quiet stderr in the C locale"
for loc in LANG=C.UTF-8 LANG=C LANG=; do
	env -i PATH="$PATH" HOME="$tmp" "$loc" "$p/bin/qiusuo" story --json >"$tmp/story.json" 2>"$tmp/err"
	[[ ! -s $tmp/err ]] || { echo "stderr with $loc:" >&2; cat "$tmp/err" >&2; exit 1; }
	[[ -s $tmp/story.json ]] || { echo "no story JSON with $loc" >&2; exit 1; }
done
v=$("$p/bin/qiusuo" --version)
echo "   $v"
[[ $v == "qiusuo $(awk -F'"' '/^ *Version/ {print $2}' FyneApp.toml) (build "* ]] || { echo "release binary is not stamped" >&2; exit 1; }
took

t "installed GUI: --screenshot under Xvfb"
HOME=$tmp xvfb-run -a -s "-screen 0 1920x1080x24" "$p/bin/qiusuo" --screenshot "$tmp/shot.png" --size 1280x800 --theme light
file "$tmp/shot.png" | grep -q "PNG image data, 1280 x 800" || { file "$tmp/shot.png" >&2; exit 1; }
colours=$(identify -format '%k' "$tmp/shot.png")
echo "   screenshot 1280×800, $colours colours"
((colours > 100)) || { echo "screenshot looks empty ($colours colours)" >&2; exit 1; }
took

t "Windows executable: PE32+ GUI with resources"
exe=$(ls dist/windows/qiusuo-*-windows-amd64/qiusuo.exe)
go run ./scripts/pecheck "$exe"
file "$exe"
took
# Debian's wine64 package (without the `wine` wrapper package) installs
# its loader outside PATH.
wine=$(command -v wine || command -v wine64 || ls /usr/lib/wine/wine64 2>/dev/null || true)
if [[ -n $wine ]]; then
	t "Windows executable under wine: story --json"
	# Debian 12's wine 8.0 has no bcryptprimitives.dll, which the runtime of
	# Go ≥ 1.22 needs before main: such a wine cannot run any Go program.
	if WINEDEBUG=-all WINEPREFIX=$tmp/wine "$wine" "$exe" story --json >"$tmp/story-win.json" 2>"$tmp/wine-err"; then
		cmp <(tr -d '\r' <"$tmp/story-win.json") "$tmp/story.json" || { echo "wine: story JSON differs from Linux" >&2; exit 1; }
		took
	elif grep -q "bcryptprimitives.dll not found" "$tmp/wine-err"; then
		echo "   skipped: this wine lacks bcryptprimitives.dll (needed by Go ≥ 1.22 programs; wine ≥ 9)"
	else
		cat "$tmp/wine-err" >&2
		exit 1
	fi
else
	echo "== wine not installed: Windows executable not run (Debian: wine64)"
fi
