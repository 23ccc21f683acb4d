#!/usr/bin/env bash
# Regenerates NotoSansSC-Regular.otf and NotoSansSC-Bold.otf in this folder.
#
# Why: Fyne's bundled fonts have no Chinese glyphs, and Fyne 2.7.1 panics when a
# theme hands it a .ttc collection, so the app embeds two single-face fonts cut
# out of Debian's Noto Sans CJK collections. The whole SC face is ~16 MB;
# subsetting it to the characters Chinese news actually uses (GB2312 for
# simplified, Big5 levels 1 and 2 for traditional, the HKSCS additions for Hong
# Kong) plus Latin and punctuation keeps the binary lean.
#
# One family per weight: the Simplified Chinese face (Noto Sans CJK SC) maps
# every traditional and HKSCS ideograph too (the faces of the collection share
# one glyph set and differ in which regional shape their cmap prefers), so
# traditional text renders with mainland glyph shapes in the same face, with
# no mixing of fonts inside a line.
#
# The outlines stay CFF (cubic). go-text/typesetting, which Fyne renders with,
# parses a CFF face's charstrings lazily but a TrueType face's whole glyf table
# eagerly, once per text style Fyne caches: with TrueType outlines of these
# 18,501 characters the explorer's RSS was 264 MB at start against 191 MB with
# CFF. The PDF handout needs TrueType (go-pdf/fpdf cannot embed CFF), so
# data/fontconv converts the few hundred glyphs a handout uses at export time.
#
# Needs (Debian 12): python3-fonttools 4.38.0-1+deb12u1 and the collections of
# fonts-noto-cjk 1:20220127+repack1-1 (Noto Sans CJK 2.004).
# Installing fonts-noto-cjk puts Chinese system fonts on the machine, which hides
# missing glyphs from screenshots and tests (Fyne falls back to system fonts);
# to avoid that, unpack the package elsewhere and point NOTO_DIR at it:
#   apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto
#   NOTO_DIR=/tmp/noto/usr/share/fonts/opentype/noto resources/fonts/build-fonts.sh
#
# Usage:
#   resources/fonts/build-fonts.sh                  rebuild both fonts
#   resources/fonts/build-fonts.sh --collect FILE…  add the characters of FILEs
#       (any of UTF-8, UTF-16 with BOM, GB18030/GBK, Big5-HKSCS; decoded with
#       iconv) to extra-chars.txt, then rebuild
#
# The character set is fixed by files in the repository (the seed article, the
# default story, the UI translations and extra-chars.txt), so reruns give
# byte-identical fonts.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
noto=${NOTO_DIR:-/usr/share/fonts/opentype/noto}
extra="$here/extra-chars.txt"
# Debian's python3-fonttools installs into the system interpreter only; a
# python3 earlier on PATH may be another build without fontTools.
py=/usr/bin/python3

# to_utf8 FILE: FILE's text as UTF-8 on stdout. UTF-8 and UTF-16 (with a BOM)
# are recognised by content; anything else is decoded as Big5-HKSCS when the
# name says big5, else as GB18030 (a superset of GB2312 and GBK).
to_utf8() {
	local f=$1
	case $(head -c 2 "$f" | od -An -tx1 | tr -d ' ') in
	fffe | feff) iconv -f UTF-16 -t UTF-8 "$f"; return ;;
	esac
	if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then
		cat "$f"
	elif [[ ${f,,} == *big5* ]]; then
		iconv -f BIG5-HKSCS -t UTF-8 "$f"
	else
		iconv -f GB18030 -t UTF-8 "$f"
	fi
}

if [[ ${1:-} == --collect ]]; then
	shift
	(($#)) || { echo "build-fonts.sh: --collect needs files" >&2; exit 2; }
	{
		for f in "$@"; do
			to_utf8 "$f" || { echo "build-fonts.sh: cannot decode $f" >&2; exit 1; }
		done
		[[ ! -f $extra ]] || cat "$extra"
	} | "$py" -c '
import sys, unicodedata
text = sys.stdin.read()
chars = sorted({c for c in text if not c.isspace() and unicodedata.category(c)[0] != "C"})
sys.stdout.write("".join(chars) + "\n")' >"$extra.tmp"
	mv "$extra.tmp" "$extra"
	echo "build-fonts.sh: $extra holds $(($(wc -m <"$extra") - 1)) characters"
fi

missing=()
for f in "$noto/NotoSansCJK-Regular.ttc" "$noto/NotoSansCJK-Bold.ttc"; do
	[[ -f $f ]] || missing+=(fonts-noto-cjk)
done
if [[ ! -x $py ]] || ! "$py" -c 'import fontTools.subset' 2>/dev/null; then
	missing+=(python3-fonttools)
fi
if ((${#missing[@]})); then
	echo "build-fonts.sh: missing Debian packages (or NOTO_DIR); run:" >&2
	echo "  apt-get install -y $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')" >&2
	exit 1
fi
echo "build-fonts.sh: fontTools $("$py" -c 'import fontTools; print(fontTools.version)'), fonts-noto-cjk $(dpkg-query -W -f='${db:Status-Abbrev}${Version}' fonts-noto-cjk 2>/dev/null | sed -n 's/^ii *//p' | grep . || echo "unpacked in $noto")"

texts=("$repo/data/hangzhou-2025.txt" "$repo/data/hangzhou-2025.story.json" "$repo"/gui/translations/*.json)
[[ -f $extra ]] && texts+=("$extra")

start=$SECONDS
"$py" - "$noto" "$here" "${texts[@]}" <<'PY'
import sys
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

noto, outdir, *texts = sys.argv[1:]

def decode_all(codec, leads, trails):
    """Every single character a double-byte codec decodes in the given lead
    and trail byte ranges: the character set of that standard."""
    chars = set()
    for hi in leads:
        for lo in trails:
            try:
                c = bytes((hi, lo)).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(c) == 1:  # HKSCS maps 4 codes to base + combining pairs
                chars.add(ord(c))
    return chars

BIG5_TRAILS = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
# GB2312: both levels of hanzi plus its symbols (7,445 characters).
gb2312 = decode_all("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
# Big5: symbols, level 1 (5,401 常用字) and level 2 (7,652 次常用字).
big5 = decode_all("big5", range(0xA1, 0xFA), BIG5_TRAILS)
# HKSCS-2008 additions (Cantonese characters, names, places in Hong Kong
# news) — those in the main CJK Unified Ideographs block (U+4E00–U+9FFF,
# where 啲 嘅 咗 冇 嚟 喺 are) and the non-ideographs. The 562 in Extension A
# and 1,693 in Extension B+ are rare in news (many fonts lack them); as
# TrueType they cost ~1.4 MB a font, too much for the 40 MB binary budget
# (as CFF, not measured).
hkscs = {cp for cp in decode_all("big5hkscs", range(0x81, 0xFF), BIG5_TRAILS) - big5
         if 0x4E00 <= cp <= 0x9FFF or not (0x3400 <= cp <= 0x4DBF or cp >= 0x20000)}

def ranges(*spans):
    return {cp for lo, hi in spans for cp in range(lo, hi + 1)}

# Characters the app's own files show: the seed article, the default story,
# the UI translations, and extra-chars.txt (collected from real articles).
text_cps = set()
for path in texts:
    with open(path, encoding="utf-8") as f:
        text_cps |= {ord(c) for c in f.read() if not c.isspace()}
text_cps = {cp for cp in text_cps if cp >= 0x20}

UI_SYMBOLS = "→←↑↓▶◀●○■□✓×…·⏎⌫"
unicodes = (
    gb2312 | big5 | hkscs | text_cps
    | ranges(
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x00FF),  # Latin-1 Supplement
        (0x2000, 0x206F),  # General Punctuation
        (0x3000, 0x303F),  # CJK Symbols and Punctuation
        (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    )
    | {ord(c) for c in UI_SYMBOLS}
)

def sc_face(path):
    """Font number of the Simplified Chinese face, found by its PostScript
    name rather than trusting a fixed index in the collection."""
    for i, f in enumerate(TTCollection(path, lazy=True).fonts):
        if f["name"].getDebugName(6).startswith("NotoSansCJKsc-"):
            return i
    sys.exit(f"no NotoSansCJKsc face in {path}")

opts = subset.Options()
opts.hinting = False               # Fyne rasterises unhinted; hints only cost bytes
opts.layout_features = ["kern"]    # proportional Latin kerning; no vertical/locl/aalt
opts.drop_tables += ["VORG", "vhea", "vmtx"]  # vertical metrics: Fyne lays out horizontally
opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]  # keep copyright, trademark and licence
opts.notdef_outline = True
opts.glyph_names = False

for style in ("Regular", "Bold"):
    src = f"{noto}/NotoSansCJK-{style}.ttc"
    idx = sc_face(src)
    # recalcTimestamp=False keeps head.modified from the source, so reruns
    # produce byte-identical files.
    font = TTFont(src, fontNumber=idx, recalcTimestamp=False)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    out = f"{outdir}/NotoSansSC-{style}.otf"
    font.save(out)
    font = TTFont(out)
    cmap = font.getBestCmap()
    print(f"{out}: face {idx}, {len(cmap)} characters, {len(font.getGlyphOrder())} glyphs; "
          f"lacks {len(gb2312 - cmap.keys())} of GB2312, {len(big5 - cmap.keys())} of Big5, "
          f"{len(hkscs - cmap.keys())} of the HKSCS additions")
    lost = sorted(chr(cp) for cp in text_cps if cp not in cmap)
    if lost:
        sys.exit(f"characters of the app's texts missing from {style}: {''.join(lost)}")
    absent = [c for c in UI_SYMBOLS if ord(c) not in cmap]
    if absent:
        print(f"  note: UI symbols not in Noto Sans CJK SC: {' '.join(absent)}")
PY
rm -f "$here"/NotoSansSC-*.ttf
ls -l "$here"/NotoSansSC-*.otf
echo "build-fonts.sh: done in $((SECONDS - start)) s"
