package timex

import (
	"strings"
	"testing"
)

func TestParseAnchor(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025", "2025"}, {"2025-06", "2025-06"}, {"2025-06-30", "2025-06-30"}, {" 2024-02-29 ", "2024-02-29"},
	} {
		a, err := ParseAnchor(c.in)
		if err != nil || !a.Known || a.String() != c.want {
			t.Errorf("ParseAnchor(%q) = %v, %v; want %s", c.in, a, err, c.want)
		}
	}
	for _, c := range []struct{ in, why string }{
		{"", "year must have 4 digits"}, {"25", "year must have 4 digits"}, {"2025-6", "month must have 2 digits"},
		{"2025-13", "no such month"}, {"2025-02-29", "no such day"}, {"2025-06-31", "no such day"},
		{"2025-06-30-1", "too many parts"}, {"0999", "year outside"}, {"abcd", "not a number"},
		{"2025/06/30", "year must have 4 digits"}, {"+202", "not a number"},
	} {
		_, err := ParseAnchor(c.in)
		if err == nil || !strings.Contains(err.Error(), c.why) || !strings.Contains(err.Error(), "YYYY-MM-DD") {
			t.Errorf("ParseAnchor(%q) error = %v; want one naming %q and the accepted forms", c.in, err, c.why)
		}
	}
}

func TestAnchorFromDateline(t *testing.T) {
	for _, c := range []struct {
		line string
		want string // Anchor.String(), or "" when no dateline
	}{
		{"发布时间:2025-09-28 14:21:47", "2025-09-28"},
		{"发布时间：2025-09-28 14:21:47  来源：中国网", "2025-09-28"},
		{"鉅亨網新聞中心 2026-02-20 11:30", "2026-02-20"},
		{"2026-02-20 11:30", "2026-02-20"},
		{"2024年5月31日", "2024-05-31"},
		{"2025年02月18日 08:30", "2025-02-18"},
		{"日期：2024年5月31日", "2024-05-31"},
		{"中新网杭州12月18日电", "--12-18"},
		{"中新网杭州12月18日电（记者 张斌）杭州市今年以来……", "--12-18"},
		{"新华社北京2025年3月5日电", "2025-03-05"},
		{"發布日期：114年11月20日　發布單位：產業發展署", "2025-11-20"}, // the Republic's calendar
		{"日期：民國114年2月30日", ""},                       // no such day
		// not datelines
		{"2024年5月31日至6月12日。", ""},
		{"2025年6月30日，首屆魔搭開發者大會現場人頭攢動，這個曾經只有英文代號的平臺。", ""},
		{"来源:九派新闻", ""},
		{"", ""},
		{"作者：记者 高瑞怡", ""},
	} {
		a, ok := AnchorFromDateline(c.line)
		got := ""
		if ok {
			got = a.String()
		}
		if got != c.want {
			t.Errorf("AnchorFromDateline(%q) = %q (%v), want %q", c.line, got, a, c.want)
		}
	}
	a, _ := AnchorFromDateline("中新网杭州12月18日电")
	if a.Known {
		t.Error("a dateline without a year must not give a Known anchor")
	}
	if b := a.WithYear(2025); !b.Known || b.String() != "2025-12-18" {
		t.Errorf("WithYear(2025) = %v", b)
	}
}
