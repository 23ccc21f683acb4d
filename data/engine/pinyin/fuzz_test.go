package pinyin

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind: any term against any text parses or is refused, and every
// match lies inside the text and reads as Han characters only.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"jiqiren", "ji'qi'ren", "jīqìrén", "ji1qi4ren2", "lu:e", "jqr", "zhd", "AI", "296X", "xian", "'", "u:", "ｊｑｒ"} {
		f.Add(s, "宇树科技的机器人登上春晚。行业重点：西安")
	}
	f.Fuzz(func(t *testing.T, term, text string) {
		if !utf8.ValidString(term) {
			return
		}
		q, ok := Parse(term)
		if !ok {
			return
		}
		rs := []rune(text)
		for _, m := range NewIndex(rs).Find(q) {
			if m.Pos < 0 || m.Len < 1 || m.Pos+m.Len > len(rs) {
				t.Fatalf("%q in %q: match %+v outside the text", term, text, m)
			}
			for _, r := range rs[m.Pos : m.Pos+m.Len] {
				if len(Readings(r)) == 0 {
					t.Fatalf("%q in %q: match %+v covers %q, which has no reading", term, text, m, r)
				}
			}
		}
	})
}
