package gui

// A keyword-in-context line puts every occurrence's match at the same
// x, with as much of the sentence on either side as fits, so a student's
// eye runs down one column of matches and reads the context across, as
// in a printed concordance. Widths come from the advance tables the
// reader uses (Chinese text has few distinct glyphs, all cached).

// kwicAnchor is where the match starts, as a fraction of the line: a
// little left of centre, since Chinese context after a word (what it
// does) usually says more than the context before it.
const kwicAnchor = 0.34

// kwicSeg is one run of a context line: plain context or a hit.
type kwicSeg struct {
	text  string
	hit   bool
	x, w  float32
	first bool // the occurrence the row is for
}

// kwicLayout lays out text around the match [start, end) in a line of
// width w. bold reports which runes are hits (drawn bold); adv and
// advBold measure runes in the two styles; ell is the width of "…",
// shown where the sentence is cut. It returns the runs left to right,
// positioned from x = 0.
func kwicLayout(text []rune, start, end int, bold func(i int) bool, adv, advBold func(rune) float32, ell, w float32, out []kwicSeg) []kwicSeg {
	width := func(i int) float32 {
		if bold(i) {
			return advBold(text[i])
		}
		return adv(text[i])
	}
	var mw float32
	for i := start; i < end; i++ {
		mw += width(i)
	}
	// A match wider than the line is cut like the context.
	if mw > w {
		cut := start
		var acc float32
		for cut < end && acc+width(cut)+ell <= w {
			acc += width(cut)
			cut++
		}
		end, mw = cut, acc
	}
	anchor := min(w*kwicAnchor, max(0, w-mw))

	// Context before the match, right to left, keeping room for "…" if
	// the sentence does not fit.
	from := start
	var before float32
	for i := start - 1; i >= 0; i-- {
		need := before + width(i)
		if i > 0 {
			need += ell
		}
		if need > anchor {
			break
		}
		before += width(i)
		from = i
	}
	to := end
	room := w - anchor - mw
	var after float32
	for i := end; i < len(text); i++ {
		need := after + width(i)
		if i < len(text)-1 {
			need += ell
		}
		if need > room {
			break
		}
		after += width(i)
		to = i + 1
	}

	out = out[:0]
	x := anchor - before
	if from > 0 {
		x -= ell
		out = append(out, kwicSeg{text: "…", x: x, w: ell})
		x += ell
	}
	// Runs of equal boldness between from and to.
	for i := from; i < to; {
		j, hit := i, bold(i)
		var sw float32
		for j < to && bold(j) == hit && (j != start || j == i) && (j != end || j == i) {
			sw += width(j)
			j++
		}
		out = append(out, kwicSeg{text: string(text[i:j]), hit: hit, x: x, w: sw, first: i == start})
		x += sw
		i = j
	}
	if to < len(text) {
		out = append(out, kwicSeg{text: "…", x: x, w: ell})
	}
	return out
}
