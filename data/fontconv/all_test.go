package fontconv

import (
	"testing"
	"time"

	"golang.org/x/image/font/sfnt"
)

// TestEveryGlyph converts every character of both bundled faces: no glyph
// of theirs defeats the converter (a handout may draw any of them), and
// every glyph of the result loads.
func TestEveryGlyph(t *testing.T) {
	if testing.Short() {
		t.Skip("converts 37,000 glyphs")
	}
	for _, style := range []string{"Regular", "Bold"} {
		src := bundled(t, style)
		var chars []rune
		f, err := sfnt.Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		for r := rune(0); r < 0x10000; r++ {
			if g, _ := f.GlyphIndex(&buf, r); g != 0 {
				chars = append(chars, r)
			}
		}
		start := time.Now()
		out, err := TrueType(src, chars)
		if err != nil {
			t.Fatalf("%s: %v", style, err)
		}
		t.Logf("%s: %d characters in %v, %d bytes", style, len(chars), time.Since(start), len(out))
		b, err := sfnt.Parse(out)
		if err != nil {
			t.Fatal(err)
		}
		for g := 0; g < b.NumGlyphs(); g++ {
			if _, err := b.LoadGlyph(&buf, sfnt.GlyphIndex(g), 1000, nil); err != nil {
				t.Fatalf("%s: glyph %d: %v", style, g, err)
			}
		}
	}
}
