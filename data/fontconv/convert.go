package fontconv

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TrueType returns a TrueType font made from src (an OpenType font with
// CFF or TrueType outlines) that draws the given characters. It has src's
// glyph order, and src's cmap, hhea, hmtx, OS/2, name and post tables
// unchanged, so every character src maps still maps and measures the same;
// only the glyphs of chars (and .notdef) have outlines, the rest are empty.
// A document's fonts need only the glyphs it draws, and converting all of
// a CJK face's 18,000 takes seconds.
func TrueType(src []byte, chars []rune) ([]byte, error) {
	t, err := tables(src)
	if err != nil {
		return nil, err
	}
	for _, tag := range []string{"head", "hhea", "hmtx", "cmap", "maxp", "OS/2", "name", "post"} {
		if t[tag] == nil {
			return nil, fmt.Errorf("fontconv: the font has no %q table", tag)
		}
	}
	if len(t["head"]) < 54 {
		return nil, errors.New("fontconv: short head table")
	}
	f, err := sfnt.Parse(src)
	if err != nil {
		return nil, fmt.Errorf("fontconv: %w", err)
	}
	var buf sfnt.Buffer
	numGlyphs := f.NumGlyphs()
	want := map[sfnt.GlyphIndex]bool{0: true}
	for _, r := range chars {
		if g, err := f.GlyphIndex(&buf, r); err == nil && g != 0 {
			want[g] = true
		}
	}
	gids := make([]sfnt.GlyphIndex, 0, len(want))
	for g := range want {
		gids = append(gids, g)
	}
	sort.Slice(gids, func(i, j int) bool { return gids[i] < gids[j] })

	// Outlines at ppem = unitsPerEm come back in font units.
	ppem := fixed.I(int(f.UnitsPerEm()))
	glyphs := make(map[sfnt.GlyphIndex][]byte, len(gids))
	var maxPoints, maxContours int
	for _, g := range gids {
		segs, err := f.LoadGlyph(&buf, g, ppem, nil)
		if err != nil {
			return nil, fmt.Errorf("fontconv: glyph %d: %w", g, err)
		}
		cs := contours(segs)
		b, n := encodeGlyph(cs)
		glyphs[g] = b
		maxPoints, maxContours = max(maxPoints, n), max(maxContours, len(cs))
	}

	// glyf and loca (long offsets): an empty glyph is a zero-length entry.
	var glyf []byte
	loca := make([]byte, 0, 4*(numGlyphs+1))
	for g := 0; g < numGlyphs; g++ {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		glyf = append(glyf, glyphs[sfnt.GlyphIndex(g)]...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))

	head := append([]byte(nil), t["head"]...)
	binary.BigEndian.PutUint16(head[50:], 1) // indexToLocFormat: long
	binary.BigEndian.PutUint16(head[52:], 0) // glyphDataFormat

	return assemble(map[string][]byte{
		"head": head,
		"hhea": t["hhea"],
		"maxp": maxp(numGlyphs, maxPoints, maxContours),
		"OS/2": t["OS/2"],
		"hmtx": t["hmtx"],
		"cmap": t["cmap"],
		"loca": loca,
		"glyf": glyf,
		"name": t["name"],
		"post": t["post"],
	}), nil
}

// maxp is a version 1.0 maxp table (TrueType outlines; CFF fonts carry
// the 6-byte version 0.5) for glyphs without instructions or components.
func maxp(numGlyphs, maxPoints, maxContours int) []byte {
	b := make([]byte, 32)
	be := binary.BigEndian
	be.PutUint32(b[0:], 0x00010000)
	be.PutUint16(b[4:], uint16(numGlyphs))
	be.PutUint16(b[6:], uint16(maxPoints))
	be.PutUint16(b[8:], uint16(maxContours))
	be.PutUint16(b[14:], 1) // maxZones: no twilight zone
	return b
}
