package engine

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldRune maps a rune to its search form: Latin letters to lower case and
// full-width ASCII (ＡＩ，１２) to plain ASCII, so "ai" finds "AI" and
// "ＡＩ". It always maps one rune to one rune, which keeps offsets in the
// folded text aligned with the original.
func foldRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	if r < utf8.RuneSelf || unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Greek, r) || unicode.Is(unicode.Cyrillic, r) {
		return unicode.ToLower(r)
	}
	return r
}

// folded is a passage's text in search form with, for each byte of the
// folded string, the rune offset it came from.
type folded struct {
	s      string
	runeAt []int32 // len(s)+1 entries
}

func fold(text string) folded {
	var b strings.Builder
	b.Grow(len(text))
	runeAt := make([]int32, 0, len(text)+1)
	i := int32(0)
	for _, r := range text {
		n, _ := b.WriteRune(foldRune(r))
		for k := 0; k < n; k++ {
			runeAt = append(runeAt, i)
		}
		i++
	}
	runeAt = append(runeAt, i)
	return folded{s: b.String(), runeAt: runeAt}
}

// foldString folds a query term.
func foldString(s string) string { return strings.Map(foldRune, s) }
