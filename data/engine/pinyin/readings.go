package pinyin

import (
	"sync"
	"unicode"

	gopinyin "github.com/mozillazg/go-pinyin"
)

// args asks go-pinyin for every reading of a character, without tones.
var args = gopinyin.Args{Style: gopinyin.Normal, Heteronym: true,
	Fallback: func(rune, gopinyin.Args) []string { return nil }}

// readingCache holds each character's readings: go-pinyin strips tones
// with a regular expression per reading, and a text repeats its
// characters, so each is converted once per process.
var readingCache sync.Map // rune → []string

// Readings returns every toneless reading of r (行: xing, hang), with ü
// as v (绿: lv); nil for anything that is not a Han character.
func Readings(r rune) []string {
	if r < 0x2E80 || !unicode.Is(unicode.Han, r) {
		return nil
	}
	if v, ok := readingCache.Load(r); ok {
		return v.([]string)
	}
	var out []string
	for _, s := range gopinyin.SinglePinyin(r, args) {
		if isLetters(s) {
			out = append(out, s)
		}
	}
	readingCache.Store(r, out)
	return out
}

// isLetters reports whether s is a non-empty run of a–z (a reading
// go-pinyin could not strip to plain letters is left out).
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}
