package fontconv

import (
	"bytes"
	"image"
	"math"
	"os"
	"testing"

	"github.com/go-text/typesetting/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

func bundled(t testing.TB, style string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../resources/fonts/NotoSansSC-" + style + ".otf")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// dist is the distance from p to the nearest of the points.
func dist(p vec, pts []vec) float64 {
	best := math.Inf(1)
	for _, q := range pts {
		best = math.Min(best, p.sub(q).len())
	}
	return best
}

// TestCubicToQuads: the quadratics stay within Tolerance of the cubic,
// both ways (sampled densely), end where the cubic ends, and a curve that
// is nearly quadratic needs one piece.
func TestCubicToQuads(t *testing.T) {
	for _, c := range []struct {
		name           string
		p0, c1, c2, p3 vec
	}{
		{"quarter circle r=500", vec{500, 0}, vec{500, 276}, vec{276, 500}, vec{0, 500}},
		{"S curve", vec{0, 0}, vec{900, 0}, vec{-300, 800}, vec{600, 800}},
		{"cusp-like", vec{0, 0}, vec{800, 600}, vec{0, 600}, vec{800, 0}},
		{"tiny stroke end", vec{10, 10}, vec{12, 14}, vec{15, 15}, vec{20, 15}},
		{"straight", vec{0, 0}, vec{100, 100}, vec{200, 200}, vec{300, 300}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctrl, end := cubicToQuads(c.p0, c.c1, c.c2, c.p3, Tolerance)
			if end[len(end)-1] != c.p3 {
				t.Fatalf("ends at %v, want %v", end[len(end)-1], c.p3)
			}
			var cub, quad []vec
			for i := 0; i <= 2000; i++ {
				cub = append(cub, cubicAt(c.p0, c.c1, c.c2, c.p3, float64(i)/2000))
			}
			start := c.p0
			for k := range ctrl {
				for i := 0; i <= 500; i++ {
					s := float64(i) / 500
					quad = append(quad, lerp(lerp(start, ctrl[k], s), lerp(ctrl[k], end[k], s), s))
				}
				start = end[k]
			}
			worst := 0.0
			for _, p := range quad {
				worst = math.Max(worst, dist(p, cub))
			}
			for _, p := range cub {
				worst = math.Max(worst, dist(p, quad))
			}
			if worst > Tolerance+0.05 {
				t.Errorf("%d pieces, %.3f units off, want ≤ %v", len(ctrl), worst, Tolerance)
			}
			t.Logf("%d pieces, %.3f units off", len(ctrl), worst)
		})
	}
	ctrl, _ := cubicToQuads(vec{0, 0}, vec{100, 200}, vec{200, 200}, vec{300, 0}, Tolerance)
	if len(ctrl) != 1 {
		// control points on a parabola's thirds: exactly quadratic
		t.Errorf("an exact quadratic took %d pieces", len(ctrl))
	}
}

// raster draws glyph g of f at ppem pixels into a size×size mask.
func raster(t *testing.T, f *sfnt.Font, g sfnt.GlyphIndex, ppem, size int) *image.Alpha {
	t.Helper()
	var buf sfnt.Buffer
	segs, err := f.LoadGlyph(&buf, g, fixed.I(ppem), nil)
	if err != nil {
		t.Fatal(err)
	}
	z := vector.NewRasterizer(size, size)
	base := float32(ppem) * 0.88
	pt := func(p fixed.Point26_6) (float32, float32) { return float32(p.X) / 64, float32(p.Y)/64 + base }
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			z.ClosePath()
			z.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			z.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			z.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			x3, y3 := pt(s.Args[2])
			z.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	z.ClosePath()
	img := image.NewAlpha(image.Rect(0, 0, size, size))
	z.Draw(img, img.Bounds(), image.Opaque, image.Point{})
	return img
}

// TestTrueType converts a few characters of both bundled weights and
// checks the result against the source: same glyph order, character map
// and advances; the requested glyphs draw the same shapes (rasterised at
// 200 px, where a font unit is 0.2 px); the others are empty; and Fyne's
// text engine parses the font.
func TestTrueType(t *testing.T) {
	const chars = "求索Ag，。杭州2025“”"
	for _, style := range []string{"Regular", "Bold"} {
		t.Run(style, func(t *testing.T) {
			src := bundled(t, style)
			out, err := TrueType(src, []rune(chars))
			if err != nil {
				t.Fatal(err)
			}
			if string(out[:4]) != "\x00\x01\x00\x00" {
				t.Fatalf("sfnt version %q, want TrueType", out[:4])
			}
			if len(out) > 200<<10 {
				t.Errorf("%d bytes for %d characters", len(out), len([]rune(chars)))
			}
			a, err := sfnt.Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			b, err := sfnt.Parse(out)
			if err != nil {
				t.Fatalf("parse the result: %v", err)
			}
			if a.NumGlyphs() != b.NumGlyphs() {
				t.Errorf("%d glyphs, want %d", b.NumGlyphs(), a.NumGlyphs())
			}
			var buf sfnt.Buffer
			for _, r := range chars + "的國" {
				ga, _ := a.GlyphIndex(&buf, r)
				gb, _ := b.GlyphIndex(&buf, r)
				if ga == 0 || ga != gb {
					t.Errorf("%q: glyph %d, want %d (non-zero)", r, gb, ga)
					continue
				}
				adva, _ := a.GlyphAdvance(&buf, ga, 1000, 0)
				advb, _ := b.GlyphAdvance(&buf, gb, 1000, 0)
				if adva != advb {
					t.Errorf("%q: advance %v, want %v", r, advb, adva)
				}
				segs, err := b.LoadGlyph(&buf, gb, 1000, nil)
				if err != nil {
					t.Fatalf("%q: %v", r, err)
				}
				if r == '的' || r == '國' {
					if len(segs) != 0 {
						t.Errorf("%q was not asked for but has an outline", r)
					}
					continue
				}
				ia, ib := raster(t, a, ga, 200, 240), raster(t, b, gb, 200, 240)
				var ink, diff, worst int
				for i := range ia.Pix {
					d := int(ia.Pix[i]) - int(ib.Pix[i])
					if d < 0 {
						d = -d
					}
					ink += int(ia.Pix[i])
					diff += d
					worst = max(worst, d)
				}
				if ink == 0 || float64(diff) > 0.01*float64(ink) || worst > 110 {
					t.Errorf("%q: %d of %d ink differs (worst pixel %d/255)", r, diff, ink, worst)
				}
			}
			if _, err := font.ParseTTF(bytes.NewReader(out)); err != nil {
				t.Errorf("go-text/typesetting: %v", err)
			}
		})
	}
}

func TestNotAFont(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not a font at all"), append([]byte("ttcf"), make([]byte, 40)...)} {
		if _, err := TrueType(b, []rune("a")); err == nil {
			t.Errorf("%q: no error", b)
		}
	}
}
