package gui

import (
	"unicode"

	"fyne.io/fyne/v2"
)

// advanceTable caches glyph advances for one text size and style.
//
// Line breaking asks for the advance of every rune of the article at each
// width; fyne.MeasureText shapes its argument every time it is not in
// Fyne's string cache, which is far too slow per rune. Chinese text uses
// a few hundred distinct characters, all of one width, so a table keyed
// by rune (per size and style) answers almost every call from memory.
type advanceTable struct {
	size  float32
	style fyne.TextStyle
	adv   map[rune]float32
	han   float32 // the advance of every Han ideograph; 0 until measured
}

func (t *advanceTable) advance(r rune) float32 {
	if w, ok := t.adv[r]; ok {
		return w
	}
	// Every ideograph of a CJK font is one em wide (the bundled Noto Sans
	// CJK: 1000 units each; a test checks the article's). Measuring one
	// instead of ~1,500 distinct characters saves ~100 ms before the first
	// frame.
	if r >= 0x3400 && unicode.Is(unicode.Han, r) {
		if t.han == 0 {
			t.han = fyne.MeasureText("国", t.size, t.style).Width
		}
		t.adv[r] = t.han
		return t.han
	}
	w := fyne.MeasureText(string(r), t.size, t.style).Width
	t.adv[r] = w
	return w
}

// width sums the advances of rs.
func (t *advanceTable) width(rs []rune) float32 {
	var w float32
	for _, r := range rs {
		w += t.advance(r)
	}
	return w
}

type advanceKey struct {
	size  float32
	style fyne.TextStyle
}

// measurer hands out one advanceTable per (size, style), so the cache is
// keyed by (rune, size, style). It belongs to one Reader and is dropped
// when the theme changes, since the theme supplies the font.
type measurer struct {
	tables map[advanceKey]*advanceTable
}

func newMeasurer() *measurer { return &measurer{tables: map[advanceKey]*advanceTable{}} }

func (m *measurer) table(size float32, style fyne.TextStyle) *advanceTable {
	k := advanceKey{size, style}
	t := m.tables[k]
	if t == nil {
		t = &advanceTable{size: size, style: style, adv: make(map[rune]float32, 512)}
		m.tables[k] = t
	}
	return t
}
