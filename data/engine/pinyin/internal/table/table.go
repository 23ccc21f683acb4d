// Package table builds the readings table from go-pinyin. It is shared
// by the generator and the test that checks the embedded copy; the
// program itself never links it (see genreadings).
package table

import (
	"slices"
	"strings"

	gopinyin "github.com/mozillazg/go-pinyin"
)

// Readings returns go-pinyin's toneless readings of r, heteronyms
// included, keeping only plain a–z (ü is v).
func Readings(r rune) []string {
	args := gopinyin.Args{Style: gopinyin.Normal, Heteronym: true,
		Fallback: func(rune, gopinyin.Args) []string { return nil }}
	var out []string
	for _, s := range gopinyin.SinglePinyin(r, args) {
		if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz") == "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Chars returns every character go-pinyin has readings for, ascending.
func Chars() []rune {
	out := make([]rune, 0, len(gopinyin.PinyinDict))
	for k := range gopinyin.PinyinDict {
		out = append(out, rune(k))
	}
	slices.Sort(out)
	return out
}

// Generate returns the table's text (format: see genreadings).
func Generate() []byte {
	groups := map[string][]rune{}
	var keys []string
	for _, r := range Chars() {
		rd := Readings(r)
		if len(rd) == 0 {
			continue
		}
		k := strings.Join(rd, " ")
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], r)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(string(groups[k]))
		b.WriteByte('\t')
		b.WriteString(k)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}
