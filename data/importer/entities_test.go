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
		// The names listed before 等企业 are companies.
		{"会上，来自亿航智能、峰飞航空等企业的代表签约。", []string{"亿航智能", "峰飞航空"}},
		{"宇树科技、银河通用、松延动力及魔法原子等企业的机器人登台。", []string{"松延动力", "魔法原子"}},
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

// A list of common nouns before 等单位 names no one, nor does an
// -ization noun gse tags as an organisation (国际化), nor words glued
// round a preposition (文化节在良|渚文化艺术中心).
func TestListOfCommonNounsNamesNoOne(t *testing.T) {
	s, err := Import("t", "标题\n\n科研院所、高校等单位参与了项目，城市国际化水平进一步提升。首届数字文化节在良渚文化艺术中心举行。", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range s.Entities {
		if e.Kind != "place" {
			t.Errorf("entity %q (%s) from common nouns or glued words", e.Name, e.Kind)
		}
	}
}
