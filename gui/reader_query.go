package gui

import "fyne.io/fyne/v2"

// lineAt returns the index of the line box containing content y, or -1.
func (lay *readerLayout) lineAt(y float32) int {
	lo, hi := 0, len(lay.lines)
	for lo < hi {
		m := (lo + hi) / 2
		if lay.lines[m].top+lay.lines[m].height <= y {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(lay.lines) && lay.lines[lo].top <= y {
		return lo
	}
	return -1
}

// passageAt maps a content position to the passage drawn there, or -1.
// Taps a little outside a run (between two sentences, just past a line's
// end) still count: fingers are wider than the gap.
func (lay *readerLayout) passageAt(pos fyne.Position, slop float32) int {
	li := lay.lineAt(pos.Y)
	if li < 0 {
		return -1
	}
	x := pos.X - lay.colX
	best, bestD := -1, slop
	for _, r := range lay.runs[lay.lines[li].first:lay.lines[li].last] {
		if x >= r.x && x < r.x+r.w {
			return r.passage
		}
		d := min(abs32(x-r.x), abs32(x-(r.x+r.w)))
		if d <= bestD {
			best, bestD = r.passage, d
		}
	}
	return best
}

// extent returns the top and bottom of passage p's line boxes.
func (lay *readerLayout) extent(p int) (top, bottom float32, ok bool) {
	if p < 0 || p >= len(lay.boxes) || len(lay.boxes[p]) == 0 {
		return 0, 0, false
	}
	bs := lay.boxes[p]
	first, last := lay.lines[bs[0].line], lay.lines[bs[len(bs)-1].line]
	return first.top, last.top + last.height, true
}

// lineOfOffset returns the line showing article rune offset off, or -1.
func (lay *readerLayout) lineOfOffset(off int) int {
	for i := range lay.runs {
		if r := &lay.runs[i]; off >= r.start && off < r.end {
			return r.line
		}
	}
	return -1
}

// spanBoxes returns the column-relative boxes covering the article span
// [s, e): the runs it overlaps, cut to the overlap.
func (lay *readerLayout) spanBoxes(s, e int, measure *measurer, ss *styleSet, out []passageBox) []passageBox {
	for i := range lay.runs {
		r := &lay.runs[i]
		from, to := max(s, r.start), min(e, r.end)
		if from >= to {
			continue
		}
		st := &ss.styles[r.style]
		tab := measure.table(st.size, st.text)
		x0 := r.x + tab.width(r.runes[:from-r.start])
		x1 := x0 + tab.width(r.runes[from-r.start:to-r.start])
		if n := len(out); n > 0 && out[n-1].line == r.line && i > 0 && lay.runs[i-1].end == r.start {
			out[n-1].x1 = x1 // the same span across a justification gap
			continue
		}
		out = append(out, passageBox{line: r.line, x0: x0, x1: x1})
	}
	return out
}

func abs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
