package gui

import (
	"slices"

	"github.com/qiusuo/qiusuo/data/wrap"
)

// gap is extra space before rune index at, for justification.
type gap struct {
	at int
	w  float32
}

// justifyGaps chooses where a line of width slack short of the column is
// stretched (两端对齐). Punctuation (after closing marks, before opening
// ones) and the boundaries between Chinese and Latin letters, digits or
// signs come first and take up to a fifth of an em each: the punctuation
// glyphs carry their own white space, and Chinese typesetting puts about
// that much between Chinese and Latin anyway. What is left is spread
// between ideographs, aiming at a tenth of an em per gap so no single gap
// stands out, and never more than a quarter em, past which a line reads
// as letter-spaced: such a line stays a little short. The gaps are
// returned in order.
func justifyGaps(text []rune, l wrap.Line, slack, em float32, buf []gap, han []int) ([]gap, []int) {
	if slack < 0.5 || l.VisibleEnd-l.Start < 2 {
		return buf, han
	}
	start := len(buf)
	for i := l.Start + 1; i < l.VisibleEnd; i++ {
		a, b := text[i-1], text[i]
		switch {
		case isBlankRune(a) || isBlankRune(b):
		case gapAfter(a) && !closesAgain(b), opensQuote(b) && !opensQuote(a),
			isHan(a) != isHan(b) && (isLatin(a) || isLatin(b)):
			buf = append(buf, gap{at: i})
		case isIdeograph(a) && isIdeograph(b):
			han = append(han, i)
		}
	}
	n := len(buf) - start
	var each float32
	if n > 0 {
		each = min(slack/float32(n), em/5)
		for i := start; i < len(buf); i++ {
			buf[i].w = each
		}
	}
	rest := slack - each*float32(n)
	if rest < 0.5 || len(han) == 0 {
		return buf, han
	}
	k := min(len(han), int(rest/(em/10))+1)
	w := min(rest/float32(k), em/4)
	for j := range k {
		buf = append(buf, gap{at: han[(2*j+1)*len(han)/(2*k)], w: w})
	}
	slices.SortFunc(buf[start:], func(x, y gap) int { return x.at - y.at })
	return buf, han
}

// isIdeograph reports CJK unified ideographs (not punctuation).
func isIdeograph(r rune) bool {
	return r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff || r >= 0x20000
}

// gapAfter reports punctuation after which a line may be stretched.
func gapAfter(r rune) bool {
	switch r {
	case '，', '。', '、', '；', '：', '！', '？', '”', '’', '）', '》', '」', '』':
		return true
	}
	return false
}

// closesAgain reports marks that must stay tight against the mark before
// them (。” or ）。).
func closesAgain(r rune) bool { return gapAfter(r) || r == '…' || r == '—' }

func isHan(r rune) bool {
	return r >= 0x2e80 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff || r >= 0xff00 && r <= 0xffef || r >= 0x20000
}

// opensQuote reports opening marks, whose glyphs carry white space on
// their left: a little more before them does not show.
func opensQuote(r rune) bool {
	switch r {
	case '“', '‘', '（', '《', '「', '『':
		return true
	}
	return false
}

// isLatin reports visible ASCII: letters, digits and signs such as + that
// sit between Chinese words.
func isLatin(r rune) bool { return r > ' ' && r < 0x7f }

func isBlankRune(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' }
