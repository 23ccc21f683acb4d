package importer

import (
	"slices"
	"testing"
)

// Names a student expects in the Entities tab, by the language's own
// marks: an institution's suffix (博物馆, 联盟), adjectives inside a
// company's name (日本先进半导体制造公司), a person after an occupation
// or office (考古学家夏鼐, 首相…).
func TestEntityRules(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"1936年，西湖博物馆的施昕更在良渚镇一带发现了黑陶。", []string{"西湖博物馆"}},
		{"杭州市人工智能产业联盟在滨江区揭牌成立。", []string{"杭州市人工智能产业联盟"}},
		{"该厂由合资成立的日本先进半导体制造公司运营。", []string{"日本先进半导体制造公司"}},
		{"1959年，考古学家夏鼐正式提出“良渚文化”的命名。", []string{"夏鼐"}},
		{"中国科学院院士李兰娟表示，将继续推进研究。", []string{"中国科学院", "李兰娟"}},
	} {
		s, err := Import("t", "标题\n\n"+tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range s.Entities {
			got = append(got, e.Name)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s\n  found %v, not %s", tc.text, got, w)
			}
		}
	}
}
