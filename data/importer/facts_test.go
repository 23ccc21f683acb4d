package importer

import (
	"strings"
	"testing"
)

// Figures as a student reads them: the whole figure with its unit, and
// what it counts in the article's words. Each case is a sentence and its
// "figure|counts" pairs.
func TestFigureRules(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// A sum's noun comes after it; other currencies are units too.
		{"杭州将每年统筹安排不少于10亿元专项资金。", "10亿元|专项资金"},
		{"对新认定的国家级平台，给予最高1000万元奖励。", "1000万元|奖励"},
		{"日本政府提供最高4760亿日元补助。", "4760亿日元|日本政府提供"},
		// A digit after a Han unit does not glue to it; 可达 is not part of
		// what is counted.
		{"月产能可达5.5万片12吋晶圆。", "5.5万片|月产能"},
		// An ordinal is not a count.
		{"JASM宣布第二座工厂计划。", ""},
		// A verbal noun after a count is what happened, not what it counts.
		{"贡献机构从最初的100多个发展到超过500家。", "100多个|贡献机构 500家|贡献机构"},
		// What is counted follows a date in its clause; 约 in 签约 is no 约.
		{"指南明确到2027年制修订标准300项以上。", "300项|制修订标准"},
		{"会上，多家企业签约项目总金额超过100亿元。", "100亿元|多家企业签约项目总金额"},
	} {
		s, err := Import("t", "标题\n\n"+tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range s.Facts {
			got = append(got, f.Figure+"|"+f.Counts)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s\n  got  %q\n  want %q", tc.text, strings.Join(got, " "), tc.want)
		}
	}
}
