#!/usr/bin/env bash
# Builds Qiusuo's release packages into dist/:
#   qiusuo-VERSION-linux-amd64.tar.gz   binary, .desktop, icon, AppStream
#                                       metainfo, MIME type, install.sh
#   qiusuo-VERSION-windows-amd64.zip    qiusuo.exe (icon, version info, GUI
#                                       subsystem) and the font licence
#   SHA256SUMS
# and leaves the unpacked trees in dist/linux/ and dist/windows/ for tests.
#
#   scripts/release.sh              both
#   scripts/release.sh linux        only Linux (or: windows)
#
# VERSION comes from FyneApp.toml and is stamped into the binaries
# (-X github.com/qiusuo/qiusuo.stamp). Every build uses gse's `ne` tag:
# Qiusuo never calls gse's LoadDictEmbed, and without the tag ~32 MB of
# embedded dictionaries would be linked anyway. Windows needs Debian's
# gcc-mingw-w64-x86-64 (cgo cross compiler); the .syso resource (icon,
# version, manifest) is made with github.com/tc-hib/go-winres.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("${@:-linux windows}")
targets=(${targets[*]})

toml() { # toml KEY → the value of KEY in FyneApp.toml's [Details]
	awk -v k="$1" -F' *= *' '/^\[/{s=$0} s=="[Details]" && $1~"^ *"k"$" {gsub(/"/,"",$2); print $2}' FyneApp.toml
}
version=$(toml Version)
build=$(toml Build)
id=$(toml ID)
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ && -n $build && -n $id ]] || { echo "release.sh: cannot read Version/Build/ID from FyneApp.toml" >&2; exit 1; }
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
# Reproducible archives: every file dated at the release commit.
epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)
ldflags="-s -w -X github.com/qiusuo/qiusuo.stamp=$version"
tags="ne no_emoji"
dist=dist
mkdir -p "$dist"

step() { echo "== $*"; step_start=$SECONDS; }
done_step() { echo "   ($((SECONDS - step_start)) s)"; }

linux() {
	local name=qiusuo-$version-linux-amd64 stage="$dist/linux/qiusuo-$version-linux-amd64"
	step "Linux: go build -tags $tags (cgo, GLFW)"
	rm -rf "$dist/linux"
	mkdir -p "$stage"
	# No -trimpath here: the Linux packages then share the build cache of
	# scripts/test.sh's own builds (same tags), so CI compiles GLFW's cgo
	# once rather than twice (~3 min cold on two cores, far more when busy).
	# The Windows build shares nothing with other builds and is trimmed.
	CGO_ENABLED=1 go build -tags "$tags" -ldflags "$ldflags" -o "$stage/qiusuo" ./cmd/qiusuo
	done_step
	step "Linux: package"
	cp packaging/linux/install.sh packaging/linux/$id.desktop packaging/linux/$id.mime.xml "$stage/"
	cp resources/icon.png "$stage/$id.png"
	cp resources/fonts/OFL.txt "$stage/OFL.txt"
	sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$date/" packaging/linux/$id.metainfo.xml.in >"$stage/$id.metainfo.xml"
	readme "$stage/README.txt" "./install.sh   (or: ./install.sh --prefix /usr/local, as root)"
	if command -v appstreamcli >/dev/null; then
		appstreamcli validate --no-net --explain "$stage/$id.metainfo.xml"
	else
		echo "release.sh: appstreamcli not found (Debian: appstream); metainfo not validated" >&2
	fi
	if command -v desktop-file-validate >/dev/null; then
		desktop-file-validate "$stage/$id.desktop"
	fi
	tar -C "$dist/linux" --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
		-czf "$dist/$name.tar.gz" "$name"
	ls -l "$stage/qiusuo" "$dist/$name.tar.gz" | awk '{printf "   %s  %.1f MB\n", $NF, $5/1e6}'
	done_step
}

windows() {
	local name=qiusuo-$version-windows-amd64 stage="$dist/windows/qiusuo-$version-windows-amd64"
	command -v x86_64-w64-mingw32-gcc >/dev/null || {
		echo "release.sh: x86_64-w64-mingw32-gcc not found; run: apt-get install -y gcc-mingw-w64-x86-64" >&2
		exit 1
	}
	step "Windows: resources (go-winres: icon, version, manifest)"
	rm -rf "$dist/windows"
	mkdir -p "$stage"
	local syso=cmd/qiusuo/rsrc_windows_amd64.syso
	trap 'rm -f cmd/qiusuo/rsrc_windows_*.syso' RETURN
	go run github.com/tc-hib/go-winres@v0.3.3 simply \
		--arch amd64 --out cmd/qiusuo/rsrc --manifest gui --icon resources/icon.png \
		--product-name "Qiusuo 求索" --file-description "Qiusuo 求索 story explorer" \
		--product-version "$version.$build" --file-version "$version.$build" \
		--original-filename qiusuo.exe --copyright "Qiusuo contributors"
	[[ -f $syso ]] || { echo "release.sh: go-winres made no $syso" >&2; exit 1; }
	done_step
	step "Windows: go build -tags $tags (cgo with mingw-w64, -H windowsgui)"
	CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ GOOS=windows GOARCH=amd64 CGO_ENABLED=1 \
		go build -trimpath -tags "$tags" -ldflags "$ldflags -H windowsgui" -o "$stage/qiusuo.exe" ./cmd/qiusuo
	cp resources/fonts/OFL.txt "$stage/OFL.txt"
	readme "$stage/README.txt" "Double-click qiusuo.exe; from a console: qiusuo.exe story --json"
	(cd "$dist/windows" && rm -f "../$name.zip" && find "$name" -exec touch -d "@$epoch" {} + && zip -qrX "../$name.zip" "$name")
	ls -l "$stage/qiusuo.exe" "$dist/$name.zip" | awk '{printf "   %s  %.1f MB\n", $NF, $5/1e6}'
	done_step
}

readme() { # readme FILE INSTALL-LINE
	cat >"$1" <<TXT
Qiusuo 求索 $version (build $build)

Explore Hangzhou's 2025 story: timeline, 296X cluster map and the linked
article, with presenter and kiosk modes and a command line.

Install: $2
Run 'qiusuo help' for the command line, 'qiusuo --version' for the version.

The bundled Noto Sans CJK fonts are under the SIL Open Font License 1.1
(OFL.txt).
TXT
}

for t in "${targets[@]}"; do
	case $t in
	linux) linux ;;
	windows) windows ;;
	*) echo "release.sh: unknown target $t (linux or windows)" >&2; exit 2 ;;
	esac
done
# Checksums of every package in dist/, this run's and any earlier target's.
(cd "$dist" && shopt -s nullglob && sha256sum -- *.tar.gz *.zip >SHA256SUMS && cat SHA256SUMS)
