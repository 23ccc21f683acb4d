package wrap

import (
	"sync"

	"github.com/go-text/typesetting/segmenter"
)

// Per-position attributes: attrs[i] describes the boundary between text[i-1]
// and text[i]; attrs has len(text)+1 entries.
const (
	bGrapheme  uint8 = 1 << iota // a grapheme cluster starts at i
	bUAX                         // UAX #14 allows a line break at i
	bMandatory                   // UAX #14 requires a line break at i (after BK, CR, LF, NL)
	bAllowed                     // the wrapper may break at i (UAX #14 + kinsoku)
)

// fast is the line-break class of the runes whose breaks can be decided
// without running the segmenter (see breakAttrs). cNone means "ask the
// segmenter".
type fast uint8

const (
	cNone fast = iota
	cID        // Han ideograph
	cCL        // closing punctuation ，。、）》…
	cOP        // opening punctuation （《「…
	cNS        // non-starter ：；
	cEX        // exclamation/interrogation ！？
	cQU        // ambiguous quotation “”‘’
	cIN        // inseparable …
	cB2        // break opportunity before and after, but not within —— (U+2014)
	cLF        // line feed
)

// fastClass returns the UAX #14 class of r if r is one of the very common
// runes of Chinese text handled by the fast path, cNone otherwise. Each
// entry is checked against go-text's tables in breaks_test.go.
func fastClass(r rune) fast {
	if r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf {
		return cID
	}
	switch r {
	case '，', '。', '、', '）', '》', '」', '』', '】', '〕', '〉', '〗', '〙', '〛', '｝', '］':
		return cCL
	case '（', '《', '「', '『', '【', '〔', '〈', '〖', '〘', '〚', '｛', '［':
		return cOP
	case '：', '；':
		return cNS
	case '？', '！':
		return cEX
	case '“', '”', '‘', '’':
		return cQU
	case '…':
		return cIN
	case '—':
		return cB2
	case '\n':
		return cLF
	}
	return cNone
}

// fastPair returns the UAX #14 attributes of the boundary between two
// fast-path runes a and b. For these classes no rule of UAX #14 (as
// implemented by go-text v0.2.1, rules LB4–LB31) looks further than the two
// runes themselves: LF !; × (CL | EX | NS | IN | QU | LF); (OP | QU) ×;
// B2 × B2; otherwise LB31 (break). Both are always grapheme boundaries.
func fastPair(a, b fast) uint8 {
	switch {
	case a == cLF:
		return bGrapheme | bUAX | bMandatory
	case b == cCL, b == cEX, b == cNS, b == cIN, b == cQU, b == cLF,
		a == cOP, a == cQU, a == cB2 && b == cB2:
		return bGrapheme
	}
	return bGrapheme | bUAX
}

// props packs what the wrapper needs to know about a rune: its fast-path
// class in the low bits, and the kinsoku and blank flags, computed once
// per rune so that the later passes do no table lookups.
type props uint8

const (
	pClass   props = 0x0f
	pClosing props = 1 << (iota + 3) // isClosing
	pOpening                         // isOpening
	pBlank                           // isBlank
	pHard                            // isHardBreak
)

func (p props) class() fast { return fast(p & pClass) }

func runeProps(r rune) props {
	if r >= 0x4e00 && r <= 0x9fff { // the bulk of Chinese text
		return props(cID)
	}
	p := props(fastClass(r))
	switch {
	case isClosing(r):
		p |= pClosing
	case isOpening(r):
		p |= pOpening
	case isBlank(r):
		p |= pBlank
	case isHardBreak(r):
		p |= pHard
	}
	return p
}

// state is the reusable scratch space of one Lines call.
type state struct {
	seg   segmenter.Segmenter
	attrs []uint8
	props []props
}

var statePool = sync.Pool{New: func() any { return new(state) }}

// breakAttrs computes the props of every rune into st.props, and grapheme
// boundaries and UAX #14 line-break opportunities (bGrapheme, bUAX,
// bMandatory) into st.attrs.
//
// go-text's segmenter costs about half a microsecond per rune, too slow to
// rewrap a whole article on every resize, and Chinese text is mostly Han
// ideographs and CJK punctuation whose breaks depend only on the two runes
// around the boundary (fastPair). So the text is cut at every boundary
// between two fast-path runes; those boundaries come from fastPair and
// only the remaining chunks (Latin words, digits, spaces, other scripts,
// each with one fast-path rune of context on both sides) go through the
// segmenter. A chunk always starts with a fast-path rune that follows
// another one (or at the start of text), and after such a rune the
// segmenter's state does not depend on what came before it, so the result
// equals segmenting the whole text at once (checked in breaks_test.go).
func (st *state) breakAttrs(text []rune) []uint8 {
	n := len(text)
	st.attrs = resize(st.attrs, n+1)
	st.props = resize(st.props, n)
	attrs, pr := st.attrs, st.props
	clear(attrs)
	for i, r := range text {
		pr[i] = runeProps(r)
	}
	for i := 0; i < n; {
		j := i + 1
		for j < n && (pr[j-1]&pClass == 0 || pr[j]&pClass == 0) {
			j++
		}
		if j-i > 1 {
			st.segment(text[i:j], attrs[i:j+1])
		}
		if j < n {
			attrs[j] = fastPair(pr[j-1].class(), pr[j].class())
		}
		i = j
	}
	attrs[0] = bGrapheme
	attrs[n] = bGrapheme | bUAX | bMandatory
	return attrs
}

// segment runs the UAX #14 and #29 segmenter on chunk and stores the
// attributes of its inner boundaries (1 … len(chunk)-1) into attrs.
func (st *state) segment(chunk []rune, attrs []uint8) {
	n := len(chunk)
	st.seg.Init(chunk)
	lines := st.seg.LineIterator()
	for lines.Next() {
		l := lines.Line()
		if end := l.Offset + len(l.Text); end < n {
			if l.IsMandatoryBreak {
				attrs[end] |= bUAX | bMandatory
			} else {
				attrs[end] |= bUAX
			}
		}
	}
	graphemes := st.seg.GraphemeIterator()
	for graphemes.Next() {
		g := graphemes.Grapheme()
		if end := g.Offset + len(g.Text); end < n {
			attrs[end] |= bGrapheme
		}
	}
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
