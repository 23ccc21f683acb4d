package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"strings"
	"unicode"

	"github.com/qiusuo/qiusuo/data"
)

// chip is a small button that selects one linked item. The kind is spelt
// out in a prefix (事件, 集群 …) so the link reads without colour.
type chip struct {
	widget.Button
	sel  *Selection
	ref  data.Ref
	full string // the label; Text may be shortened to fit (fit)
}

// chipPrefix names the kind of a linked item.
func chipPrefix(k data.RefKind) string {
	switch k {
	case data.RefEvent:
		return T("chip.event", "事件")
	case data.RefCluster:
		return T("chip.cluster", "集群")
	case data.RefEntity:
		return T("chip.entity", "实体")
	case data.RefFact:
		return T("chip.fact", "数字")
	case data.RefTerm:
		return T("chip.term", "术语")
	}
	return T("chip.other", "相关")
}

func newChip(sel *Selection) *chip {
	c := &chip{sel: sel}
	c.Importance = widget.LowImportance
	c.OnTapped = func() { sel.Select(c.ref) }
	c.ExtendBaseWidget(c)
	return c
}

// set points the chip at r and relabels it. A cluster's chip names its
// tier ("万亿级集群 · 人工智能"), not the tier's id: "集群 2" reads as
// cluster number 2.
func (c *chip) set(r data.Ref) {
	s := c.sel.Story()
	c.ref = r
	text := chipPrefix(r.Kind) + " · " + RefLabel(s, r)
	if i := s.Index(r); r.Kind == data.RefCluster && i >= 0 {
		text = tierShort(s, s.Clusters[i].Tier) + " · " + RefLabel(s, r)
	}
	c.full = text
	c.SetText(text)
}

// fit shortens the chip's label with "…" so that the chip is at most w
// wide (an English cluster's name on a narrow card), and returns its
// width. It cuts between words where it can; a name too long for a whole
// line is cut inside a word rather than lost.
func (c *chip) fit(w float32) float32 {
	cw, _ := c.shorten(w, false)
	return cw
}

// fitWords is fit for a chip that may instead go behind the "more" chip:
// it refuses (false, the label left whole) to cut inside a Latin word or
// to leave no word of the name ("Future industry · Syntheti…" would name
// nothing a reader can use).
func (c *chip) fitWords(w float32) (float32, bool) { return c.shorten(w, true) }

func (c *chip) shorten(w float32, wordsOnly bool) (float32, bool) {
	if c.Text != c.full {
		c.SetText(c.full)
	}
	cw := c.MinSize().Width
	if cw <= w {
		return cw, true
	}
	style := fyne.TextStyle{Bold: true} // a button's label is strong
	size := theme.TextSize()
	pad := cw - fyne.MeasureText(c.full, size, style).Width
	rs := []rune(c.full)
	lo, hi := 0, len(rs)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if pad+fyne.MeasureText(string(rs[:mid])+"…", size, style).Width <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	cut := wordCut(rs, lo)
	name := 0 // where the name starts, after "Kind · "
	if k := strings.Index(c.full, " · "); k >= 0 {
		name = len([]rune(c.full[:k+len(" · ")]))
	}
	switch {
	case cut > name:
		lo = cut
	case wordsOnly:
		return cw, false
	}
	c.SetText(strings.TrimRight(string(rs[:lo]), " ") + "…")
	return w, true
}

// wordCut moves a cut of rs at i back to the start of the Latin word it
// falls in (Chinese may be cut between any two characters); 0 if the
// word starts the text.
func wordCut(rs []rune, i int) int {
	latin := func(r rune) bool { return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	for i > 0 && i < len(rs) && latin(rs[i-1]) && latin(rs[i]) {
		i--
	}
	return i
}

// MouseIn and MouseOut keep the button's hover tint and let a kiosk's
// reset take it away (see ClearHover).
func (c *chip) MouseIn(e *desktop.MouseEvent) {
	c.Button.MouseIn(e)
	hoverIn(c)
}

func (c *chip) MouseOut() {
	c.Button.MouseOut()
	hoverOut(c)
}
