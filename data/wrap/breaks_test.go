package wrap

import (
	"strings"
	"testing"
	"unicode"

	"github.com/go-text/typesetting/segmenter"
	ucd "github.com/go-text/typesetting/unicodedata"
)

// fullAttrs segments the whole text at once with go-text, the reference
// for the fast path of breakAttrs.
func fullAttrs(text []rune) []uint8 {
	attrs := make([]uint8, len(text)+1)
	var seg segmenter.Segmenter
	seg.Init(text)
	lines := seg.LineIterator()
	for lines.Next() {
		l := lines.Line()
		end := l.Offset + len(l.Text)
		attrs[end] |= bUAX
		if l.IsMandatoryBreak {
			attrs[end] |= bMandatory
		}
	}
	graphemes := seg.GraphemeIterator()
	for graphemes.Next() {
		g := graphemes.Grapheme()
		attrs[g.Offset+len(g.Text)] |= bGrapheme
	}
	attrs[0] |= bGrapheme
	return attrs
}

func diffAttrs(t *testing.T, text []rune) {
	t.Helper()
	if len(text) == 0 {
		return
	}
	var st state
	got := st.breakAttrs(text)
	want := fullAttrs(text)
	for i := range want {
		if got[i] != want[i] {
			lo, hi := max(i-3, 0), min(i+3, len(text))
			t.Fatalf("attrs[%d] = %04b, segmenter says %04b, around %q|%q",
				i, got[i], want[i], string(text[lo:i]), string(text[i:hi]))
		}
	}
}

// TestFastClass checks the fast-path classes against go-text's tables and
// that no fast-path rune takes part in grapheme clustering.
func TestFastClass(t *testing.T) {
	classes := map[fast]*unicode.RangeTable{
		cID: ucd.BreakID, cCL: ucd.BreakCL, cOP: ucd.BreakOP, cNS: ucd.BreakNS,
		cEX: ucd.BreakEX, cQU: ucd.BreakQU, cIN: ucd.BreakIN, cB2: ucd.BreakB2, cLF: ucd.BreakLF,
	}
	var count int
	for r := rune(0); r <= 0x10ffff; r++ {
		c := fastClass(r)
		if c == cNone {
			continue
		}
		count++
		if got := ucd.LookupLineBreakClass(r); got != classes[c] {
			t.Errorf("%U: fast class %d, but not in the matching UAX #14 table", r, c)
		}
		if r != '\n' && (ucd.LookupGraphemeBreakClass(r) != nil || unicode.Is(ucd.Extended_Pictographic, r)) {
			t.Errorf("%U has a grapheme break property", r)
		}
	}
	if count < 20000 {
		t.Errorf("only %d fast-path runes", count)
	}
}

// TestFastPathMatchesSegmenter compares breakAttrs with segmenting the
// whole text at once.
func TestFastPathMatchesSegmenter(t *testing.T) {
	for _, s := range []string{
		readArticle(t),

		"a",
		"字",
		"“深度求索”——“296X”……AI，App。Rokid眼镜（AR）",
		"5）%字。）%，1.5元；“a b”  （ 字）  “ x ”",
		"字\u0301字\u200d字🇨🇳🇨🇳字👍🏽字",
		"\r\n字\n\n字\r字\u2028字\u0085字\v\f",
		"——字—— ——字…… …字",
		"HL-\u05d0-字\u05d0\u2010字",
		"$(字%)字¥100字100%字",
	} {
		diffAttrs(t, []rune(s))
	}
	// Every paragraph separately too (starts and ends differ).
	for _, p := range strings.Split(readArticle(t), "\n") {
		diffAttrs(t, []rune(p))
	}
}
