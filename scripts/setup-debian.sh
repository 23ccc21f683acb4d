#!/usr/bin/env bash
# Installs what Qiusuo needs on Debian/Ubuntu and is not there yet.
#   scripts/setup-debian.sh          build deps (C toolchain, GL/X11 headers)
#   scripts/setup-debian.sh --test   + Xvfb, xdotool, ImageMagick for the real-window tests,
#                                      poppler-utils to read exported PDFs back,
#                                      mingw-w64, appstream, zip for the release check
# Runs apt-get only when something is missing; uses sudo when not root.
set -euo pipefail

pkgs=(gcc pkg-config libgl1-mesa-dev xorg-dev)
if [[ "${1:-}" == "--test" ]]; then
  pkgs+=(xvfb xauth xdotool imagemagick openbox x11-apps poppler-utils)
  pkgs+=(gcc-mingw-w64-x86-64 appstream zip file)
fi

if ! command -v go >/dev/null 2>&1; then
  echo "setup: Go is not installed or not on PATH (Qiusuo needs Go 1.26): see https://go.dev/doc/install" >&2
  exit 1
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  as_root=()
  [[ $(id -u) -eq 0 ]] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
