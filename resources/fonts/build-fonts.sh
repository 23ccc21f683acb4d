#!/usr/bin/env bash
# Regenerates NotoSansSC-Regular.otf and NotoSansSC-Bold.otf in this folder.
#
# Why: Fyne's bundled fonts have no Chinese glyphs, and Fyne 2.7.1 panics when a
# theme hands it a .ttc collection, so the app embeds two single-face OpenType
# (CFF) fonts cut out of Debian's Noto Sans CJK collections. The whole SC face
# is ~16 MB; subsetting it to GB2312 + the article's characters + Latin and
# punctuation keeps the binary small while covering any Simplified Chinese text
# the app is likely to show.
#
# Needs (Debian): apt-get install fonts-noto-cjk python3-fonttools
# Usage:          resources/fonts/build-fonts.sh   (from any directory)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
article="$repo/data/hangzhou-2025.txt"
noto=/usr/share/fonts/opentype/noto
# Debian's python3-fonttools installs into the system interpreter only; a
# python3 earlier on PATH may be another build without fontTools.
py=/usr/bin/python3

missing=()
for f in "$noto/NotoSansCJK-Regular.ttc" "$noto/NotoSansCJK-Bold.ttc"; do
	[[ -f $f ]] || missing+=(fonts-noto-cjk)
done
if [[ ! -x $py ]] || ! "$py" -c 'import fontTools.subset' 2>/dev/null; then
	missing+=(python3-fonttools)
fi
if ((${#missing[@]})); then
	echo "build-fonts.sh: missing Debian packages; run:" >&2
	echo "  apt-get install -y $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')" >&2
	exit 1
fi
[[ -f $article ]] || { echo "build-fonts.sh: $article not found" >&2; exit 1; }

start=$SECONDS
"$py" - "$noto" "$here" "$article" <<'PY'
import sys
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

noto, outdir, article = sys.argv[1:4]

def gb2312():
    """Every character of GB2312 (levels 1 and 2 plus symbols): encode each
    two-byte code point through Python's codec and keep those that decode."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return {ord(c) for c in chars}

def ranges(*spans):
    return {cp for lo, hi in spans for cp in range(lo, hi + 1)}

with open(article, encoding="utf-8") as f:
    article_cps = {ord(c) for c in f.read() if not c.isspace()}

unicodes = (
    gb2312()
    | article_cps
    | ranges(
        (0x0020, 0x007E),  # ASCII
        (0x00A0, 0x00FF),  # Latin-1 Supplement
        (0x2000, 0x206F),  # General Punctuation
        (0x3000, 0x303F),  # CJK Symbols and Punctuation
        (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    )
    # Symbols the UI draws (arrows, bullets, check marks, return key).
    | {ord(c) for c in "→←▶◀●○■□✓×…·⏎"}
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
    cmap = font.getBestCmap()
    lost = sorted(chr(cp) for cp in article_cps if cp not in cmap)
    print(f"{out}: face {idx}, {len(cmap)} characters, {len(font.getGlyphOrder())} glyphs")
    if lost:
        sys.exit(f"article characters missing from {style}: {''.join(lost)}")
    absent = [c for c in "→←▶◀●○■□✓×…·⏎" if ord(c) not in cmap]
    if absent:
        print(f"  note: UI symbols not in Noto Sans CJK SC: {' '.join(absent)}")
PY
ls -l "$here"/NotoSansSC-*.otf
echo "build-fonts.sh: done in $((SECONDS - start)) s"
