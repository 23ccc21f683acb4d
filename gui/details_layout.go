package gui

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// detailsCompactBelow is the height (in units) of the reader's column
// under which the details card is compact: the title and its line of facts
// share a row if they fit, the note (a public-knowledge date the timeline
// card shows too, an entity's gloss) waits behind "More", and the links
// keep to one line. The article is what a visitor came to read; on
// a 1024×600 kiosk panel (scale 1.4, the column about 220 units) the full
// card left it 23 pixels.
const detailsCompactBelow = 320

// detailsChipShare is the share of the column the card's links may take
// before the rest is counted on a "+k more" chip: one line at 1024×600
// (kiosk or window), two at 1280×800, three at 1920×1080.
const detailsChipShare = 0.18

// detailsExpandedShare is how much of the column the card may take when
// the visitor has asked for all its links; beyond it they scroll.
const detailsExpandedShare = 0.75

// compact reports whether the card is in its compact form.
func (d *Details) compact() bool { return d.avail > 0 && d.avail < detailsCompactBelow }

// chipLines is how many lines of links the card shows before "+k more".
func (d *Details) chipLines() int {
	if d.avail <= 0 {
		return 2
	}
	n := int(detailsChipShare * d.avail / (d.chipHeight() + theme.Padding()))
	return min(max(n, 1), 3)
}

// chipHeight is the height of a link chip (every chip's is the same).
func (d *Details) chipHeight() float32 { return d.more.MinSize().Height }

// toggleMore is the more/fewer chip's tap.
func (d *Details) toggleMore() {
	d.expanded = !d.expanded
	d.strip.Offset = fyne.Position{}
	if d.relayout != nil {
		d.relayout()
	} else {
		d.Refresh()
	}
}

// heightFor is the card's height at width w (see heightForer): its texts
// wrap, so a narrower card is taller. It also places the card's parts
// for w.
func (d *Details) heightFor(w float32) float32 { return d.arrange(w) }

// arrange places the card's parts for a card w wide and returns the
// card's height: a stack, theme padding apart, of the title (with the
// line of facts beside it when compact), the facts, the note and the
// links, which wrap onto lines.
func (d *Details) arrange(w float32) float32 {
	p := theme.Padding()
	inner := max(w-2*p, 1)
	compact := d.compact()
	y := p
	ts := d.title.MinSize()
	tw := min(ts.Width, inner)
	d.title.Move(fyne.NewPos(p, y))
	d.title.Resize(fyne.NewSize(tw, ts.Height))
	if sw, sm := inner-tw-p, d.subWidth(); compact && sm <= sw {
		sh := wrappedHeight(d.sub, sw)
		rowH := max(ts.Height, sh)
		d.title.Move(fyne.NewPos(p, y+(rowH-ts.Height)/2))
		d.sub.Move(fyne.NewPos(p+tw+p, y+(rowH-sh)/2))
		d.sub.Resize(fyne.NewSize(sw, sh))
		y += rowH + p
	} else {
		y += ts.Height + p
		y = stackAt(d.sub, p, y, inner, wrappedHeight(d.sub, inner))
	}
	hidden := false // something waits behind the more chip
	if d.hasNote {
		if compact && !d.expanded {
			d.note.Hide()
			hidden = true
		} else {
			d.note.Show()
			y = stackAt(d.note, p, y, inner, wrappedHeight(d.note, inner))
		}
	} else {
		d.note.Hide()
	}
	if h := d.arrangeChips(inner, hidden); h > 0 {
		if d.expanded && d.avail > 0 {
			h = d.capChips(h, detailsExpandedShare*d.avail-y)
		}
		d.strip.Show()
		y = stackAt(d.strip, p, y, inner, h)
	} else {
		d.strip.Hide()
	}
	return y
}

// stackAt places o, w wide and h tall, at y in a column p from the card's
// edges, and returns the y of the next part, p below it.
func stackAt(o fyne.CanvasObject, p, y, w, h float32) float32 {
	o.Move(fyne.NewPos(p, y))
	o.Resize(fyne.NewSize(w, h))
	return y + h + p
}

// capChips is the height of the strip of links h tall when it may take
// at most limit: all of it if it fits, else whole lines and half of the
// next, so that the cut shows there is more to drag up.
func (d *Details) capChips(h, limit float32) float32 {
	if h <= limit {
		return h
	}
	line := d.chipHeight() + theme.Padding()
	k := max(float32(math.Floor(float64((limit+theme.Padding())/line))), 2)
	return min(h, (k-0.5)*line)
}

// subWidth is the width of the line of facts unwrapped: when compact it
// goes beside the title if it fits there whole (a cut-off hint would
// leave a visitor guessing), else on its own lines.
func (d *Details) subWidth() float32 {
	return fyne.MeasureText(d.sub.Text, theme.TextSize(), d.sub.TextStyle).Width + 2*theme.InnerPadding()
}

// wrappedHeight is the height a wrapping text needs at width w.
func wrappedHeight(o fyne.CanvasObject, w float32) float32 {
	if o.Size().Width != w {
		o.Resize(fyne.NewSize(w, o.Size().Height))
	}
	return o.MinSize().Height
}

// arrangeChips fills the chips' container with the chips that fit in the
// card's lines of links, w wide, and the more chip if some do not (or
// hidden says the note waits behind it), and returns the height of their
// lines (0: no chips).
func (d *Details) arrangeChips(w float32, hidden bool) float32 {
	n := len(d.refs)
	chips := d.pool[:n]
	widths := make([]float32, n+1)
	for i, c := range chips {
		widths[i] = c.fit(w)
	}
	objs := d.chips.Objects[:0]
	shown := n
	switch {
	case n == 0 && !hidden:
		d.chips.Objects = objs
		return 0
	case d.expanded:
		d.more.SetText(T("details.fewer", "收起"))
	default:
		lines := d.chipLines()
		if !hidden && flowLines(widths[:n], w) <= lines {
			break
		}
		for shown = n; shown >= 0; shown-- {
			if shown < n {
				d.more.SetText(T("details.more.n", "另有 {{.N}} 项", map[string]any{"N": n - shown}))
			} else {
				d.more.SetText(T("details.more", "更多"))
			}
			mw := min(d.more.MinSize().Width, w)
			widths[shown] = mw
			if flowLines(widths[:shown+1], w) <= lines {
				break
			}
			// A long link (an imported event's title is a sentence) may
			// give up some of its words rather than its place.
			if shown > 0 && shown < n {
				if cw := squeeze(widths[:shown-1], mw, w, lines); cw > 0 && cw < widths[shown-1] {
					if fw, ok := chips[shown-1].fitWords(cw); ok {
						widths[shown-1] = fw
						break
					}
				}
			}
		}
		shown = max(shown, 0)
	}
	for _, c := range chips[:shown] {
		objs = append(objs, c)
	}
	if shown < n || hidden || d.expanded {
		widths[shown] = min(d.more.MinSize().Width, w)
		objs = append(objs, d.more)
	}
	d.chips.Objects = objs
	ws := widths[:len(objs)]
	h := d.chipHeight()
	gap := theme.Padding()
	x, y := float32(0), float32(0)
	for i, o := range objs {
		if x > 0 && x+ws[i] > w {
			x, y = 0, y+h+gap
		}
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(ws[i], h))
		x += ws[i] + gap
	}
	d.flow.h = y + h
	d.chips.Resize(fyne.NewSize(w, y+h))
	d.chips.Refresh()
	return y + h
}

// squeeze is the width left for one more item, followed by the more chip
// (mw wide), after items of these widths, in at most lines lines w wide;
// 0 if less than a few characters' room.
func squeeze(widths []float32, mw, w float32, lines int) float32 {
	gap := theme.Padding()
	n, x := flowEnd(widths, w)
	if n > lines {
		return 0
	}
	room := w - x - gap - mw - 1 // 1: rounding must not wrap the more chip
	if n == 0 || (room < 8*theme.TextSize() && n < lines) {
		room = w - gap - mw - 1 // on a line of its own
	}
	if room < 8*theme.TextSize() {
		return 0
	}
	return room
}

// flowEnd is how many lines items of these widths take and where the
// last line ends (after its trailing gap).
func flowEnd(widths []float32, w float32) (int, float32) {
	gap := theme.Padding()
	lines, x := 0, float32(0)
	for i, iw := range widths {
		if i == 0 || x+iw > w {
			lines++
			x = 0
		}
		x += iw + gap
	}
	return lines, x
}

// flowLines is how many lines items of these widths take, left to right
// and theme padding apart, in lines w wide.
func flowLines(widths []float32, w float32) int {
	n, _ := flowEnd(widths, w)
	return n
}

// chipFlow is the chips' container's layout: arrangeChips places them;
// the height it records is what the strip scrolls through.
type chipFlow struct{ h float32 }

func (f *chipFlow) Layout([]fyne.CanvasObject, fyne.Size) {}

func (f *chipFlow) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(1, f.h) }

var _ fyne.Layout = (*chipFlow)(nil)
