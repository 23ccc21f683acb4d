// Package wrap breaks Chinese (and mixed Chinese/Latin) text into lines.
//
// Fyne 2.7.1's TextWrapWord and TextWrapBreak are not usable for Chinese
// prose: without spaces they break after any character, so a line may
// start with 。，、” or end with “（; with ASCII spaces in a paragraph they
// only break at the last space and strand whole runs of Chinese. The reader
// therefore lays the article out itself, with this package.
//
// Break opportunities come from Unicode line breaking (UAX #14, via
// go-text/typesetting's segmenter), tightened by the Chinese kinsoku rules
// of kinsoku.go. Lines are filled greedily; see Lines for the fallbacks used
// when the rules leave no acceptable break.
package wrap

// Line is one wrapped line: the runes text[Start:End].
//
// Consecutive lines cover the text exactly once, in order: lines[0].Start
// is 0, each Start equals the previous End and the last End is len(text).
// The runes that end a line but are not drawn belong to that line and lie
// between VisibleEnd and End: the blanks at which the line was broken
// (they "hang" and take no width) and, for a hard break, the line
// terminator itself (\n, \r\n, \r, \v, \f, U+0085, U+2028 or U+2029).
// So a renderer draws text[Start:VisibleEnd] and a hard break never shows
// up in the content of either line it separates. A line with
// VisibleEnd == Start is an empty (or blank) paragraph.
type Line struct {
	Start, End int
	// VisibleEnd is the end of the drawn content: End minus the trailing
	// blanks and hard break.
	VisibleEnd int
	// Width is the advance of text[Start:VisibleEnd] (including any
	// hanging mark).
	Width float32
	// Hanging is set when the last visible cluster is a closing mark
	// (。，” …) that does not fit and is allowed to overhang maxWidth
	// (行末悬挂). Width then exceeds maxWidth by at most that mark.
	Hanging bool
}

// Lines wraps text to lines no wider than maxWidth, measuring each rune
// with advance (which should be cheap, e.g. cached glyph advances).
//
// Lines are filled greedily: as many grapheme clusters as fit, then a
// break at the last opportunity on the line. Opportunities are those of
// UAX #14 that survive the kinsoku rules (no 。，、”） at a line start, no
// “（《 at a line end, no split …… or ——; see kinsoku.go). Blanks at a
// break hang past the width, and hard breaks always end a line.
//
// When no acceptable opportunity exists on the line (kinsoku forbids them
// all, or one Latin word is wider than the line), Lines falls back, in
// order, to
//
//  1. hanging punctuation: the closing mark that does not fit stays on the
//     line and overhangs maxWidth (Line.Hanging);
//  2. pushing: the line ends before the last cluster that may start a
//     line, e.g. the character in front of the mark moves down with it,
//     or a too-long Latin word is cut where the width runs out;
//  3. breaking before the cluster that does not fit, whatever it is.
//
// Hanging is a fallback, not a preference: when a line full of Chinese
// meets a 。 that does not fit, the break before the preceding character is
// still an opportunity, so that character moves down with the mark and the
// line stays one character short, never exceeding maxWidth.
//
// A cluster wider than maxWidth on its own gets a line to itself (with the
// paragraph's leading blanks, if any), so the width is never exceeded by
// more than one glyph, maxWidth <= 0 gives one
// cluster per line, and Lines always terminates. Empty text gives a single
// empty line; a trailing hard break does not open an extra empty line.
// Lines is safe for concurrent use.
func Lines(text []rune, maxWidth float32, advance func(r rune) float32) []Line {
	return wrapLines(text, maxWidth, advance, true)
}

// wrapLines is Lines with the kinsoku rules switchable, so that tests can
// show that their checks catch what the rules prevent.
func wrapLines(text []rune, maxWidth float32, advance func(r rune) float32, kinsoku bool) []Line {
	if len(text) == 0 {
		return []Line{{}}
	}
	st := statePool.Get().(*state)
	defer statePool.Put(st)
	attrs := st.breakAttrs(text)
	if kinsoku {
		applyKinsoku(text, st.props, attrs)
	} else {
		for i, a := range attrs {
			if a&bUAX != 0 {
				attrs[i] |= bAllowed
			}
		}
	}

	w := wrapper{text: text, props: st.props, attrs: attrs, max: maxWidth, advance: advance}
	var lines []Line
	for s := 0; s < len(text); {
		l := w.line(s)
		lines = append(lines, l)
		s = l.End
	}
	return lines
}

type wrapper struct {
	text    []rune
	props   []props
	attrs   []uint8
	max     float32
	advance func(rune) float32
}

// line lays out the line starting at s.
func (w *wrapper) line(s int) Line {
	n := len(w.text)
	var width, vis float32 // width of text[s:i] and of its visible part
	visEnd := s
	brk, brkVis, brkVisEnd := -1, float32(0), s // last allowed break
	for i := s; i < n; {
		if i > s {
			if a := w.attrs[i]; a&bMandatory != 0 {
				return Line{Start: s, End: i, VisibleEnd: visEnd, Width: vis}
			} else if a&bAllowed != 0 && visEnd > s {
				brk, brkVis, brkVisEnd = i, vis, visEnd
			}
		}
		q := w.nextCluster(i)
		cw, blank := w.cluster(i, q)
		if blank {
			width += cw
			i = q
			continue
		}
		if width+cw > w.max {
			if brk > s {
				return Line{Start: s, End: brk, VisibleEnd: brkVisEnd, Width: brkVis}
			}
			return w.fallback(s, i, q, width, cw, visEnd, vis)
		}
		width += cw
		vis, visEnd = width, q
		i = q
	}
	return Line{Start: s, End: n, VisibleEnd: visEnd, Width: vis}
}

// fallback ends the line starting at s when the cluster text[p:q] (of
// width cw) does not fit after width, and no allowed break exists in
// (s, p]. text[s:visEnd] is the visible part of text[s:p], of width vis.
func (w *wrapper) fallback(s, p, q int, width, cw float32, visEnd int, vis float32) Line {
	if visEnd == s {
		// The cluster alone is too wide: give it its own line.
		return Line{Start: s, End: w.absorb(q), VisibleEnd: q, Width: width + cw}
	}
	// 1. Hang the closing mark that does not fit, if a break is allowed
	// after it (a second closing mark, as in 。”, would not hang).
	if w.props[p]&pClosing != 0 {
		if r := w.absorb(q); r == len(w.text) || w.attrs[r]&bAllowed != 0 {
			return Line{Start: s, End: r, VisibleEnd: q, Width: width + cw, Hanging: true}
		}
	}
	// 2. Push: end the line before the last cluster that may start a line
	// (ignoring UAX #14, which found nothing here).
	for g, first := p, w.firstVisible(s); g > first; g = w.prevCluster(g) {
		if _, blank := w.cluster(g, w.nextCluster(g)); blank {
			continue
		}
		if kinsokuOK(w.text, w.props, g, w.lastNonBlank(g)) {
			ve, v := w.measure(s, g)
			return Line{Start: s, End: g, VisibleEnd: ve, Width: v}
		}
	}
	// 3. Break before the cluster that does not fit.
	return Line{Start: s, End: p, VisibleEnd: visEnd, Width: vis}
}

// nextCluster returns the end of the grapheme cluster starting at i.
func (w *wrapper) nextCluster(i int) int {
	i++
	for i < len(w.text) && w.attrs[i]&bGrapheme == 0 {
		i++
	}
	return i
}

// prevCluster returns the start of the grapheme cluster ending at i.
func (w *wrapper) prevCluster(i int) int {
	i--
	for i > 0 && w.attrs[i]&bGrapheme == 0 {
		i--
	}
	return i
}

// cluster returns the advance of text[i:q] and whether it is blank (only
// spaces and hard breaks; hard breaks have no width).
func (w *wrapper) cluster(i, q int) (width float32, blank bool) {
	blank = true
	for k, r := range w.text[i:q] {
		if p := w.props[i+k]; p&pHard == 0 {
			width += w.advance(r)
			blank = blank && p&pBlank != 0
		}
	}
	return width, blank
}

// measure returns the end and width of the visible part of text[s:e].
func (w *wrapper) measure(s, e int) (visEnd int, vis float32) {
	visEnd = s
	var width float32
	for i := s; i < e; {
		q := w.nextCluster(i)
		cw, blank := w.cluster(i, q)
		width += cw
		if !blank {
			vis, visEnd = width, q
		}
		i = q
	}
	return visEnd, vis
}

// firstVisible returns the start of the first non-blank rune at or after s.
func (w *wrapper) firstVisible(s int) int {
	for s < len(w.text) && w.props[s]&(pBlank|pHard) != 0 {
		s++
	}
	return s
}

// lastNonBlank returns the props of the last non-blank rune before i.
func (w *wrapper) lastNonBlank(i int) props {
	for i--; i >= 0; i-- {
		if w.props[i]&pBlank == 0 {
			return w.props[i]
		}
	}
	return 0
}

// absorb extends a line end e over the blanks and the hard break that
// follow it, so that the next line starts with visible text and a hard
// break never produces an extra empty line.
func (w *wrapper) absorb(e int) int {
	n := len(w.text)
	for e < n && w.props[e]&pBlank != 0 {
		e++
	}
	if e < n && w.props[e]&pHard != 0 {
		if w.text[e] == '\r' && e+1 < n && w.text[e+1] == '\n' {
			e++
		}
		e++
	}
	return e
}
