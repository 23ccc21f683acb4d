#!/usr/bin/env bash
# Regenerates icon.png (512×512), the application icon: the character 求
# ("seek", the first half of 求索) in white on a deep-indigo rounded square,
# with an orange bar underneath. The indigo goes with the theme's primary
# colour and the orange is the Okabe–Ito orange used for a cluster tier.
# The glyph is drawn with the bundled subset font so the icon needs no
# system Chinese font.
#
# Needs (Debian): apt-get install imagemagick
# Usage:          resources/build-icon.sh   (from any directory)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
font="$here/fonts/NotoSansSC-Bold.otf"
out="$here/icon.png"
# Call ImageMagick by its Debian path: a convert earlier on PATH may be a
# different tool.
convert=/usr/bin/convert

if [[ ! -x $convert ]]; then
	echo "build-icon.sh: ImageMagick missing; run: apt-get install -y imagemagick" >&2
	exit 1
fi
[[ -f $font ]] || { echo "build-icon.sh: $font missing; run fonts/build-fonts.sh" >&2; exit 1; }

size=512
margin=16
radius=112
far=$((size - margin - 1))

# 1. Indigo gradient clipped to a rounded square.
# 2. A faint lighter rim so the tile reads on dark docks.
# 3. The glyph with a soft shadow, then the orange accent bar.
"$convert" \
	-size ${size}x${size} gradient:'#3F51B5-#1A237E' \
	\( -size ${size}x${size} xc:none -fill white \
		-draw "roundrectangle $margin,$margin $far,$far $radius,$radius" \) \
	-alpha set -compose DstIn -composite \
	-compose Over \
	-fill none -stroke 'rgba(255,255,255,0.18)' -strokewidth 4 \
	-draw "roundrectangle $((margin + 2)),$((margin + 2)) $((far - 2)),$((far - 2)) $((radius - 2)),$((radius - 2))" \
	-stroke none \
	\( -size ${size}x${size} xc:none -font "$font" -pointsize 280 -fill 'rgba(8,10,40,0.55)' \
		-gravity center -annotate +0-20 '求' -blur 0x10 \) \
	-geometry +0+8 -composite \
	-font "$font" -pointsize 280 -fill white -gravity center -annotate +0-34 '求' \
	-fill '#E69F00' \
	-draw "roundrectangle 200,404 312,422 9,9" \
	-depth 8 -define png:exclude-chunks=date,time -strip \
	"$out"

echo "build-icon.sh: wrote $out"
