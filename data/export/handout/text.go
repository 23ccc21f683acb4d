package handout

import (
	"strings"

	"github.com/go-pdf/fpdf"

	"github.com/qiusuo/qiusuo/data/wrap"
)

// measurer caches glyph advances per style: fpdf's GetStringWidth walks
// the font's width table for every call, and a handout measures every
// character of every quoted sentence.
type measurer struct {
	pdf *fpdf.Fpdf
	adv map[string]map[rune]float64 // style → rune → advance at 1 pt (mm)
	// the font last set through doc.font, restored after measuring
	curStyle string
	curPt    float64
}

func newMeasurer(pdf *fpdf.Fpdf) *measurer {
	return &measurer{pdf: pdf, adv: map[string]map[rune]float64{}}
}

// advance is the width of r in mm at size pt.
func (m *measurer) advance(r rune, style string, pt float64) float64 {
	t := m.adv[style]
	if t == nil {
		t = map[rune]float64{}
		m.adv[style] = t
	}
	a, ok := t[r]
	if !ok {
		m.pdf.SetFont(family, style, 1)
		a = m.pdf.GetStringWidth(string(r))
		if m.curPt > 0 {
			m.pdf.SetFont(family, m.curStyle, m.curPt)
		}
		t[r] = a
	}
	return a * pt
}

func (m *measurer) width(s, style string, pt float64) float64 {
	w := 0.0
	for _, r := range s {
		w += m.advance(r, style, pt)
	}
	return w
}

// lines breaks s to lines at most w mm wide with the reader's rules.
func (m *measurer) lines(s, style string, pt, w float64) []string {
	rs := []rune(s)
	var out []string
	for _, l := range wrap.Lines(rs, float32(w), func(r rune) float32 { return float32(m.advance(r, style, pt)) }) {
		out = append(out, string(rs[l.Start:l.VisibleEnd]))
	}
	return out
}

// balanced wraps a short label into as many lines as lines would, but
// evenly: the narrowest width that does not add a line, so a two-line
// label never leaves one character alone on its second line (千亿级特色产业集/群).
func (m *measurer) balanced(s, style string, pt, w float64) []string {
	best := m.lines(s, style, pt, w)
	if len(best) < 2 {
		return best
	}
	for lo := w * 0.4; w-lo > 0.3; {
		mid := (lo + w) / 2
		if ls := m.lines(s, style, pt, mid); len(ls) == len(best) {
			best, w = ls, mid
		} else {
			lo = mid
		}
	}
	return best
}

// ellipsize shortens s to fit w mm, ending it with … when cut.
func (m *measurer) ellipsize(s, style string, pt, w float64) string {
	if m.width(s, style, pt) <= w {
		return s
	}
	ell := m.advance('…', style, pt)
	acc := 0.0
	for i, r := range s {
		acc += m.advance(r, style, pt)
		if acc+ell > w {
			return strings.TrimSpace(s[:i]) + "…"
		}
	}
	return s
}

// lineH is the line height (mm) for a type size: 1.55 leading, generous
// for Chinese.
func lineH(pt float64) float64 { return pt * ptMM * 1.55 }

// baseline is the offset (mm) from a line's top to its baseline.
func baseline(pt float64) float64 { return pt*ptMM*1.55/2 + pt*ptMM*0.34 }

// para draws s wrapped to w mm at (x, d.y), moving the cursor below it
// and starting new pages as needed (a page break never splits a line).
func (d *doc) para(x, w float64, s, style string, pt float64, c rgb) {
	lh := lineH(pt)
	for _, ln := range d.m.lines(s, style, pt, w) {
		d.need(lh)
		d.font(style, pt, c)
		d.text(x, d.y+baseline(pt), ln)
		d.y += lh
	}
}

// paraHeight is the height para would take.
func (d *doc) paraHeight(w float64, s, style string, pt float64) float64 {
	return float64(len(d.m.lines(s, style, pt, w))) * lineH(pt)
}

// textAt draws one line of text with its top at y.
func (d *doc) textAt(x, y float64, s, style string, pt float64, c rgb) {
	d.font(style, pt, c)
	d.text(x, y+baseline(pt), s)
}

// heading draws a section heading with a short indigo rule, keeping at
// least keep mm of the section on the same page.
func (d *doc) heading(title, note string, keep float64) {
	h := lineH(ptH1) + 3
	if note != "" {
		h += d.paraHeight(d.width(), note, "", ptSmall)
	}
	d.need(h + keep)
	if d.y > top+1 {
		d.y += 5
	}
	d.fill(colPrimary)
	d.pdf.Rect(margin, d.y+1.2, 1.2, lineH(ptH1)-2.4, "F")
	d.textAt(margin+3.5, d.y, title, "B", ptH1, colInk)
	d.y += lineH(ptH1) + 1
	if note != "" {
		d.para(margin, d.width(), note, "", ptSmall, colMuted)
	}
	d.y += 2
}
