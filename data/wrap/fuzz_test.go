package wrap

import (
	"strings"
	"testing"
)

// FuzzLines wraps random text at random widths: Lines must not panic,
// must terminate, must cover the text exactly and keep the structural
// invariants of check; the fast path must agree with the segmenter.
func FuzzLines(f *testing.F) {
	for _, p := range strings.Split(readArticle(f), "\n") {
		if p != "" {
			f.Add(p, int16(200))
		}
	}
	for _, s := range []string{
		"", "\n", "\r\n\r\n", "  \n  ", "Rokid，好", "ab。”cd", "（（（（字", "“”“”", "……——",
		"don’t stop", "字\u0301\u0301字", "👍🏽👨‍👩‍👧", "\u200b\u200b字", "　　缩进",
	} {
		f.Add(s, int16(40))
		f.Add(s, int16(0))
		f.Add(s, int16(-1))
	}
	f.Fuzz(func(t *testing.T, s string, w int16) {
		text := []rune(s)
		max := float32(w)
		lines := Lines(text, max, adv)
		for _, err := range check(text, max, lines, false) {
			t.Errorf("Lines(%q, %g): %s", s, max, err)
		}
		if len(text) > 0 {
			diffAttrs(t, text)
		}
	})
}
