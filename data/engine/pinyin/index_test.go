package pinyin

import (
	"fmt"
	"slices"
	"testing"
)

func find(text, term string) []string {
	q, ok := Parse(term)
	if !ok {
		return nil
	}
	rs := []rune(text)
	var out []string
	for _, m := range NewIndex(rs).Find(q) {
		out = append(out, fmt.Sprintf("%s%d", string(rs[m.Pos:m.Pos+m.Len]), m.Kind))
	}
	return out
}

func TestFind(t *testing.T) {
	const text = "宇树科技的机器人登上春晚。行业重点：西安的先进绿色制造，旅游。"
	for _, c := range []struct {
		term string
		want []string
	}{
		{"jiqiren", []string{"机器人0"}},
		{"ji qi ren", []string{"机器人0"}},
		{"ji'qi'ren", []string{"机器人0"}},
		{"jīqìrén", []string{"机器人0"}},
		{"JiQiRen", []string{"机器人0"}},
		{"ji1qi4ren2", []string{"机器人0"}},
		{"jiqir", []string{"机器人0"}}, // still typing
		{"jqr", []string{"机器人1"}},
		{"hangye", []string{"行业0"}},    // 行: xing and hang
		{"zhongdian", []string{"重点0"}}, // 重: zhong and chong
		{"chongdian", []string{"重点0"}},
		{"zhd", []string{"重点1"}}, // zh as one initial
		{"xian", []string{"西安0", "先0"}},
		{"lvse", []string{"绿色0"}}, // ü as v
		{"lu:se", []string{"绿色0"}},
		{"lǜsè", []string{"绿色0"}},
		{"yushukeji", []string{"宇树科技0"}},
		{"ysk", []string{"宇树科1"}},
		{"jiqiren4", []string{"机器人0"}},
		{"jiqirenx", nil},
		{"AI", nil},   // an acronym, not pinyin
		{"296X", nil}, // digits first: not pinyin
		{"j", nil},    // one letter is too little
	} {
		if got := find(text, c.term); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.term, got, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]string{
		"jīqìrén": "jiqiren", "ji1qi4ren2": "ji'qi'ren", "xi'an": "xi'an", "ji qi ren": "ji'qi'ren",
		"nu:": "nv", "Lǚ": "lv", "ｊｑｒ": "jqr",
	} {
		q, ok := Parse(in)
		if !ok || q.String() != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", in, q.String(), ok, want)
		}
	}
	for _, in := range []string{"", "a", "AI", "CCTV", "296X", "机器人", "ji-qi", "3+N"} {
		if _, ok := Parse(in); ok {
			t.Errorf("Parse(%q) should not be pinyin", in)
		}
	}
}

func TestReadingsHeteronyms(t *testing.T) {
	for r, want := range map[rune]string{'行': "hang", '重': "chong", '绿': "lv", '乐': "yue"} {
		if !slices.Contains(Readings(r), want) {
			t.Errorf("Readings(%c) = %v, want %s among them", r, Readings(r), want)
		}
	}
	if Readings('A') != nil || Readings('。') != nil {
		t.Error("only Han characters have readings")
	}
}
