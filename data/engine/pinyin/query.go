package pinyin

import (
	"strings"
	"unicode"
)

// Query is a term typed in pinyin, in search form: lower-case letters
// with ü as v and tones removed, cut into chunks where the typist marked
// a syllable's end (a tone mark's digit, an apostrophe, a space).
type Query struct {
	chunks []string
	// toned: a tone or a syllable boundary was typed, so the term is
	// full syllables, never initials.
	toned bool
	// open: the last syllable may still be being typed (no tone or
	// boundary after it), so it matches any syllable it begins.
	open bool
}

// String is the query's letters with its boundaries as apostrophes
// (ji'qi'ren): what was understood, for tests and messages.
func (q Query) String() string { return strings.Join(q.chunks, "'") }

// toneless maps a vowel with a tone mark to its plain letter (ü to v).
var toneless = map[rune]rune{
	'ā': 'a', 'á': 'a', 'ǎ': 'a', 'à': 'a',
	'ē': 'e', 'é': 'e', 'ě': 'e', 'è': 'e', 'ê': 'e',
	'ī': 'i', 'í': 'i', 'ǐ': 'i', 'ì': 'i',
	'ō': 'o', 'ó': 'o', 'ǒ': 'o', 'ò': 'o',
	'ū': 'u', 'ú': 'u', 'ǔ': 'u', 'ù': 'u',
	'ü': 'v', 'ǖ': 'v', 'ǘ': 'v', 'ǚ': 'v', 'ǜ': 'v',
	'ń': 'n', 'ň': 'n', 'ǹ': 'n', 'ḿ': 'm',
}

// Parse reads a term as pinyin. It reports false for anything that is not
// pinyin: other characters than letters, tone marks, tone digits 1–5
// after a letter, apostrophes, spaces and "u:"; fewer than two letters;
// or an acronym in capitals (AI, CCTV), which means itself.
func Parse(term string) (Query, bool) {
	var q Query
	var cur strings.Builder
	letters, upper := 0, 0
	flush := func() {
		if cur.Len() > 0 {
			q.chunks = append(q.chunks, cur.String())
			cur.Reset()
		}
	}
	rs := []rune(term)
	if len(rs) == 0 {
		return Query{}, false
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII from an input method
			r -= 0xFEE0
		}
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
			letters++
			cur.WriteRune(r + 'a' - 'A')
		case r >= 'a' && r <= 'z':
			if r == 'u' && i+1 < len(rs) && rs[i+1] == ':' { // lu:e, nu:
				r = 'v'
				i++
			}
			letters++
			cur.WriteRune(r)
		case toneless[unicode.ToLower(r)] != 0:
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			cur.WriteRune(toneless[unicode.ToLower(r)])
			if r != 'ü' && r != 'Ü' && r != 'ê' {
				q.toned = true
			}
		case r >= '1' && r <= '5':
			if cur.Len() == 0 {
				return Query{}, false // 296X: a number, not a tone
			}
			q.toned = true
			flush()
		case r == '\'' || r == '’' || r == ' ' || r == '\u3000':
			if r != ' ' && r != '\u3000' {
				q.toned = true
			}
			flush()
		default:
			return Query{}, false
		}
	}
	last := rs[len(rs)-1:]
	flush()
	if letters < 2 || (upper == letters && letters > 1 && !q.toned) {
		return Query{}, false
	}
	q.open = len(last) == 1 && (unicode.IsLetter(last[0]))
	return q, true
}
