package wrap

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/width"
)

// adv is the test advance: 16 px for East Asian Wide and Fullwidth runes,
// 8 px otherwise (the curly quotes are Ambiguous, hence 8 px).
func adv(r rune) float32 {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 16
	}
	return 8
}

func strs(text []rune, lines []Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = string(text[l.Start:l.End])
		if l.Hanging {
			out[i] += "^"
		}
	}
	return out
}

func TestLinesCases(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		width float32
		want  []string // text[Start:End] of each line, "^" marks Hanging
	}{
		{"empty", "", 100, []string{""}},
		{"fits", "深度求索", 100, []string{"深度求索"}},
		{"han per width", "一二三四五六七", 48, []string{"一二三", "四五六", "七"}},
		// “ fits on the first line, but must not end it.
		{"open quote moves down", "词条的“深度求索”高度", 56, []string{"词条的", "“深度求", "索”高度"}},
		// Break after the closing quote, not between 。 and ”.
		{"period quote together", "他说：好了。”然后", 96, []string{"他说：好", "了。”然后"}},
		{"close quote then han", "“深度求索”的", 80, []string{"“深度求索”", "的"}},
		// 。 would start line 2: push 四 down with it.
		{"push before period", "一二三四。五", 64, []string{"一二三", "四。五"}},
		{"push before comma", "一二三四，五六", 64, []string{"一二三", "四，五六"}},
		// No opportunity before the mark: let it hang.
		{"hang comma", "Rokid，好", 40, []string{"Rokid，^", "好"}},
		{"hang period at end", "AI。", 16, []string{"AI。^"}},
		// 。” cannot hang as one mark: push the word down instead.
		{"no double hang", "ab。”cd", 24, []string{"a", "b。”^", "cd"}},
		// Too narrow to push: 。 has to start a line (last resort).
		{"last resort", "ab。”cd", 16, []string{"a", "b", "。”^", "cd"}},
		{"ellipsis pair", "设备……而且", 40, []string{"设", "备……", "而且"}},
		{"dash pair", "工具——提高", 40, []string{"工", "具——", "提高"}},
		{"latin whole", "用AI赋能Rokid眼镜", 80, []string{"用AI赋能", "Rokid眼镜"}},
		{"latin number", "撬动“296X”领域", 56, []string{"撬动", "“296X”", "领域"}},
		{"plus inside", "以“3+N”杭州", 48, []string{"以", "“3+N”", "杭州"}},
		{"percent", "占比63.2%，目前", 80, []string{"占比", "63.2%，目", "前"}},
		{"spaces hang", "foo bar baz", 56, []string{"foo bar ", "baz"}},
		{"long word", "Supercalifragilistic", 40, []string{"Super", "calif", "ragil", "istic"}},
		{"apostrophe glues", "don’t stop", 40, []string{"don’t ", "stop"}},
		{"hard breaks", "a\n\nb\r\nc\n", 100, []string{"a\n", "\n", "b\r\n", "c\n"}},
		{"hard break after hang", "Rokid，\n好", 40, []string{"Rokid，\n^", "好"}},
		{"zero width", "字。a b", 0, []string{"字", "。", "a ", "b"}},
		{"negative width", "ab", -5, []string{"a", "b"}},
		{"NaN width", "一二 三", float32(math.NaN()), []string{"一二 三"}},
		{"infinite width", "一二\n三", float32(math.Inf(1)), []string{"一二\n", "三"}},
		{"opening run", "（（（（字", 32, []string{"（（", "（（", "字"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := []rune(c.text)
			lines := Lines(text, c.width, adv)
			if got := strs(text, lines); fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("Lines(%q, %g) = %q, want %q", c.text, c.width, got, c.want)
			}
			for _, err := range check(text, c.width, lines, false) {
				t.Error(err)
			}
		})
	}
}

func TestLineFields(t *testing.T) {
	text := []rune("foo bar\n\nRokid，好")
	got := Lines(text, 40, adv)
	want := []Line{
		{Start: 0, End: 4, VisibleEnd: 3, Width: 24},
		{Start: 4, End: 8, VisibleEnd: 7, Width: 24},
		{Start: 8, End: 9, VisibleEnd: 8, Width: 0},
		{Start: 9, End: 15, VisibleEnd: 15, Width: 56, Hanging: true},
		{Start: 15, End: 16, VisibleEnd: 16, Width: 16},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func readArticle(t testing.TB) string {
	data, err := os.ReadFile("../../data/hangzhou-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestArticle wraps every paragraph of the article at many widths and
// checks coverage, kinsoku, width and unsplit Latin words.
func TestArticle(t *testing.T) {
	paras := strings.Split(readArticle(t), "\n")
	for w := float32(120); w <= 900; w += 4 {
		for _, p := range paras {
			text := []rune(p)
			for _, err := range check(text, w, Lines(text, w, adv), true) {
				t.Errorf("width %g: %s", w, err)
			}
		}
	}
}

// TestArticleWhole wraps the article as one text, hard breaks included.
func TestArticleWhole(t *testing.T) {
	text := []rune(readArticle(t))
	for _, w := range []float32{120, 333, 600, 900} {
		lines := Lines(text, w, adv)
		for _, err := range check(text, w, lines, true) {
			t.Errorf("width %g: %s", w, err)
		}
		paras := strings.Count(string(text), "\n")
		if len(lines) < paras {
			t.Errorf("width %g: %d lines for %d hard breaks", w, len(lines), paras)
		}
	}
}

// TestChecksCatchViolations wraps the article with the kinsoku rules off:
// plain UAX #14 must produce violations that check reports, or check
// would be proving nothing.
func TestChecksCatchViolations(t *testing.T) {
	text := []rune(readArticle(t))
	var errs int
	for w := float32(120); w <= 900; w += 4 {
		errs += len(check(text, w, wrapLines(text, w, adv, false), true))
	}
	if errs == 0 {
		t.Fatal("no violation found with kinsoku disabled")
	}
	t.Logf("%d violations without kinsoku", errs)
}

// check returns the violated invariants of lines = Lines(text, max, adv).
// strict adds the typographic rules that hold for real text at sane
// widths: kinsoku, overflow only by a hanging mark, Latin words unsplit.
func check(text []rune, max float32, lines []Line, strict bool) []string {
	var errs []string
	fail := func(format string, args ...any) {
		if len(errs) < 10 {
			errs = append(errs, fmt.Sprintf(format, args...))
		}
	}
	if len(lines) == 0 {
		return []string{"no lines"}
	}
	n := len(text)
	ref := fullAttrs(text) // reference grapheme boundaries
	// lastCluster returns the start of the last grapheme cluster of
	// text[s:e] and whether it is the only non-blank one.
	lastCluster := func(s, e int) (int, bool) {
		c := e - 1
		for c > s && ref[c]&bGrapheme == 0 {
			c--
		}
		for k := s; k < c; k++ {
			if !isBlank(text[k]) {
				return c, false
			}
		}
		return c, true
	}
	if lines[0].Start != 0 || lines[len(lines)-1].End != n {
		fail("lines cover [%d,%d), want [0,%d)", lines[0].Start, lines[len(lines)-1].End, n)
	}
	for i, l := range lines {
		s := string(text[l.Start:l.End])
		if i > 0 && l.Start != lines[i-1].End {
			fail("line %d %q starts at %d, previous ended at %d", i, s, l.Start, lines[i-1].End)
		}
		if l.End <= l.Start && n > 0 || l.VisibleEnd < l.Start || l.VisibleEnd > l.End || l.End > n {
			fail("line %d: bad offsets %+v", i, l)
			continue
		}
		vis := text[l.Start:l.VisibleEnd]
		// Hidden tail: blanks, then at most one hard break, at the end.
		tail := text[l.VisibleEnd:l.End]
		for j, r := range tail {
			if isHardBreak(r) && j < len(tail)-1 && !(r == '\r' && j == len(tail)-2 && tail[j+1] == '\n') {
				fail("line %d %q: hard break inside the hidden tail", i, s)
			}
			if !isBlank(r) && !isHardBreak(r) {
				fail("line %d %q: visible rune %q after VisibleEnd", i, s, r)
			}
		}
		if len(vis) > 0 && isBlank(vis[len(vis)-1]) {
			fail("line %d %q: VisibleEnd includes a trailing blank", i, s)
		}
		for _, r := range vis {
			if isHardBreak(r) {
				fail("line %d %q: hard break in visible content", i, s)
			}
		}
		if l.End < n && !(len(tail) > 0 && isHardBreak(tail[len(tail)-1])) && len(vis) == 0 {
			fail("line %d %q: empty line inside a paragraph", i, s)
		}
		if len(vis) == 0 && l.Start > 0 && !isHardBreak(text[l.Start-1]) {
			fail("line %d %q: empty line inside a paragraph", i, s)
		}
		var wsum float32
		for _, r := range vis {
			if !isHardBreak(r) {
				wsum += adv(r)
			}
		}
		if wsum != l.Width {
			fail("line %d %q: Width %g, measured %g", i, s, l.Width, wsum)
		}
		if l.Hanging && (len(vis) == 0 || !isClosing(text[first(lastCluster(l.Start, l.VisibleEnd))])) {
			fail("line %d %q: Hanging without a closing mark", i, s)
		}
		// Width: over max only by the hanging mark or a lone cluster.
		if l.Width > max && len(vis) > 0 {
			c, single := lastCluster(l.Start, l.VisibleEnd)
			var last float32
			for _, r := range text[c:l.VisibleEnd] {
				last += adv(r)
			}
			switch {
			case l.Hanging && l.Width-last <= max:
			case !strict && single:
			default:
				fail("line %d %q: width %g > %g (hanging %v)", i, s, l.Width, max, l.Hanging)
			}
		}
		if !strict || i == 0 || l.Start == lines[i-1].End && isHardBreak(text[l.Start-1]) {
			continue
		}
		// Kinsoku at the soft break between lines i-1 and i.
		if r := text[l.Start]; isClosing(r) {
			fail("line %d starts with closing mark %q: %q", i, r, s)
		}
		prev := lines[i-1]
		if prev.VisibleEnd > prev.Start {
			if r := text[prev.VisibleEnd-1]; isOpening(r) {
				fail("line %d ends with opening mark %q: %q", i-1, r, string(text[prev.Start:prev.End]))
			}
		}
		if isPairMark(text[l.Start]) && text[l.Start-1] == text[l.Start] {
			fail("line %d: pair mark %q split", i, text[l.Start])
		}
	}
	if strict {
		checkLatin(text, max, lines, fail)
	}
	return errs
}

// checkLatin reports Latin words ("Rokid", "App", "296X", "3+N", "63.2%")
// split across lines although they fit on one.
func checkLatin(text []rune, max float32, lines []Line, fail func(string, ...any)) {
	breaks := make(map[int]bool, len(lines))
	for _, l := range lines {
		breaks[l.End] = true
	}
	latin := func(r rune) bool {
		return isASCIIAlnum(r) || r == '+' || r == '.' || r == '%'
	}
	for i := 0; i < len(text); {
		if !latin(text[i]) {
			i++
			continue
		}
		j := i
		var w float32
		for j < len(text) && latin(text[j]) {
			w += adv(text[j])
			j++
		}
		if w <= max {
			for k := i + 1; k < j; k++ {
				if breaks[k] {
					fail("Latin word %q split at %d (width %g <= %g)", string(text[i:j]), k-i, w, max)
				}
			}
		}
		i = j
	}
}

func first(c int, _ bool) int { return c }
