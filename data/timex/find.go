package timex

import "unicode/utf8"

// Find scans the folded text left to right; at each rune that can start a
// time expression it runs every grammar rule and keeps the longest
// candidate (leftmost-longest, non-overlapping). Rules resolve their own
// interval: they see the anchor and the last year the text itself stated
// (for 同年 and for zodiac years when there is no publication year).

// cand is one rule's match: its end (rune index) and its expression
// without offsets.
type cand struct {
	end int
	e   Expr
}

type scanner struct {
	f        folded
	a        Anchor
	lastYear int // the last year the text stated, 0 before any
}

// Find returns every time expression in text, in text order, resolved
// against the publication anchor a (pass Anchor{} when there is none).
func Find(text string, a Anchor) []Expr {
	if a.Known && (a.Date.Year < minYear || a.Date.Year > maxYear || a.Date.Month < 0 || a.Date.Month > 12 ||
		(a.Date.Month == 0 && a.Date.Day != 0) || (a.Date.Day != 0 && !validDay(a.Date.Year, a.Date.Month, a.Date.Day))) {
		a = Anchor{} // an impossible anchor resolves nothing rather than something wrong
	}
	s := &scanner{f: fold(text), a: a}
	var out []Expr
	var pendingZodiac []int // zodiac holidays waiting for a year the text states later
	r := s.f.r
	for i := 0; i < len(r); {
		if c := r[i]; c >= 0x10000 || startRune[c>>6]&(1<<(c&63)) == 0 {
			i++
			continue
		}
		best := cand{end: i}
		for _, rule := range rules {
			if c, ok := rule(s, i); ok && c.end > best.end {
				best = c
			}
		}
		if best.end == i {
			i++
			continue
		}
		e := best.e
		e.Start, e.End = s.f.off[i], s.f.off[best.end]
		e.Text = text[e.Start:e.End]
		if e.YearBasis == "" {
			e.YearBasis = e.Basis
		}
		if e.Note == noteZodiacPending {
			pendingZodiac = append(pendingZodiac, len(out))
		}
		if e.YearBasis == BasisStated && !e.From.IsZero() {
			s.lastYear = e.From.Year
		}
		out = append(out, e)
		i = best.end
	}
	for _, k := range pendingZodiac {
		for _, e := range out[k+1:] { // none before it, or lastYear would have served
			if e.YearBasis == BasisStated && !e.From.IsZero() {
				z := resolveZodiac(out[k].Text, e.From.Year, BasisStated)
				z.Start, z.End, z.Text = out[k].Start, out[k].End, out[k].Text
				out[k] = z
				break
			}
		}
	}
	return out
}

// rules are tried at every start rune; each returns its longest match.
var rules = []func(*scanner, int) (cand, bool){
	(*scanner).yearSpan,
	(*scanner).isoDate,
	(*scanner).dated,
	(*scanner).zodiac,
	(*scanner).dayOnly,
	(*scanner).relativeMonth,
	(*scanner).relativeDay,
	(*scanner).relativeWeek,
	(*scanner).plan,
	(*scanner).decade,
	(*scanner).vague,
}

// startRune lists the runes (after folding) an expression can start
// with besides ASCII digits; a quick filter that keeps Find linear and fast.
var startRune [0x10000 / 64]uint64

func setStart(c rune) { startRune[c>>6] |= 1 << (c & 63) }

func init() {
	for _, s := range []string{
		"(今去前明后本上下同次翌来年岁开春夏秋冬元端中七重除大正腊冬农阴新清劳五国圣双情妇儿教植青建民",
		"一二三四五六七八九十〇零○两廿卅首第近过未目当眼如现日昨最多今此时这“\"「『‘二十上世纪",
	} {
		for _, c := range s {
			setStart(c)
		}
	}
	for _, a := range animals {
		setStart(a)
	}
	for c := '0'; c <= '9'; c++ {
		setStart(c)
	}
}

func (s *scanner) at(i int) rune {
	if i >= 0 && i < len(s.f.r) {
		return s.f.r[i]
	}
	return 0
}

// lit reports whether the folded text at i spells lit, and where it ends.
func (s *scanner) lit(i int, lit string) (int, bool) {
	if s.at(i) != firstRune(lit) {
		return i, false // the common case, without walking the literal
	}
	j := i
	for _, c := range lit {
		if s.at(j) != c {
			return i, false
		}
		j++
	}
	return j, true
}

// oneOf matches the first (put longer ones first) of lits at i.
func (s *scanner) oneOf(i int, lits ...string) (int, string, bool) {
	for _, l := range lits {
		if j, ok := s.lit(i, l); ok {
			return j, l, true
		}
	}
	return i, "", false
}

// sp skips up to two spaces (2026 年, 3 月): only used between a number
// and its unit or between units, never at the ends of a match.
func (s *scanner) sp(i int) int {
	for k := 0; k < 2 && s.at(i) == ' '; k++ {
		i++
	}
	return i
}

func isHan(c rune) bool {
	return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0x20000
}

func isLatin(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// numBefore reports whether a number runs into position i from the left
// (2025 in 12025年, 十二 in 三十二月), so a match at i would start mid-number.
func (s *scanner) numBefore(i int) bool {
	p := s.at(i - 1)
	return isDigit(p) || p == '.' || isHanNumeral(p) || p == '第'
}

// firstRune decodes the first rune of a literal, with a fast path for the
// three-byte runes of Chinese.
func firstRune(s string) rune {
	if len(s) >= 3 && s[0] >= 0xE0 && s[0] < 0xF0 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	}
	c, _ := utf8.DecodeRuneInString(s)
	return c
}
