package timex

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// AnchorFromDateline reads a publication date from one line of a news
// page: a labelled time (发布时间:2025-09-28 14:21:47, 日期：2024年5月31日),
// a short metadata line carrying one full date (鉅亨網新聞中心 2026-02-20
// 11:30, 2025年02月18日 08:30, a signature line 2024年5月31日), or a
// news-agency dateline (中新网杭州12月18日电 at the start of a paragraph).
//
// An agency dateline without a year gives Anchor{Date{0, 12, 18}, false}
// and ok = true: the month and day are kept, but the anchor is not Known
// (Find resolves nothing against it) until WithYear supplies the year —
// guessing the year from today's date would invent it.
func AnchorFromDateline(line string) (Anchor, bool) {
	line = strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
	if line == "" || !utf8.ValidString(line) {
		return Anchor{}, false
	}
	exprs := Find(line, Anchor{})
	// 中新网杭州12月18日电: within the first 40 runes, a day followed by 电
	for _, e := range exprs {
		if utf8.RuneCountInString(line[:e.Start]) > 40 {
			break
		}
		if e.Precision != PrecisionDay || !strings.HasPrefix(line[e.End:], "电") && !strings.HasPrefix(line[e.End:], "電") {
			continue
		}
		if e.Basis == BasisStated {
			return Anchor{Date: e.From, Known: true}, true
		}
		if m, d, ok := monthDayOf(e.Text); ok {
			return Anchor{Date: Date{0, m, d}}, true
		}
	}
	// 发布时间：2025-09-28 14:21:47, 日期: 2024年5月31日
	for _, label := range []string{"发布时间", "發佈時間", "發布時間", "发表时间", "發表時間", "更新时间", "更新時間",
		"发布日期", "發佈日期", "发表日期", "出版日期", "时间", "時間", "日期"} {
		k := strings.Index(line, label)
		if k < 0 {
			continue
		}
		rest := strings.TrimLeft(line[k+len(label):], " \t\u3000")
		if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "：") {
			continue
		}
		for _, e := range exprs {
			if e.Start > k && e.Precision == PrecisionDay && e.Basis == BasisStated {
				return Anchor{Date: e.From, Known: true}, true
			}
		}
		// 發布日期：114年11月20日: Taiwan's pages date in the Republic's
		// calendar, and a labelled field's three-digit year is one.
		if m := rocField.FindStringSubmatch(rest); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			if y += 1911; y >= minYear && y <= maxYear && validDay(y, mo, d) {
				return Anchor{Date: Date{y, mo, d}, Known: true}, true
			}
		}
	}
	// a short metadata line with exactly one full date and no sentence
	if utf8.RuneCountInString(line) > 60 || strings.ContainsAny(line, "。！？；，,") {
		return Anchor{}, false
	}
	var found []Expr
	for _, e := range exprs {
		if !e.Vague {
			found = append(found, e)
		}
	}
	if len(found) == 1 && found[0].Precision == PrecisionDay && found[0].Basis == BasisStated {
		return Anchor{Date: found[0].From, Known: true}, true
	}
	return Anchor{}, false
}

// rocField is a labelled field's date in the Republic's calendar, after
// the colon: ：114年11月20日, ：民國114年11月20日.
var rocField = regexp.MustCompile(`^[:：][\s\x{3000}]*(?:民國|民国)?[\s\x{3000}]*(1[0-9]{2})[\s\x{3000}]*年[\s\x{3000}]*([0-9]{1,2})[\s\x{3000}]*月[\s\x{3000}]*([0-9]{1,2})[\s\x{3000}]*日`)

// monthDayOf reads the month and day of a year-less date (12月18日).
func monthDayOf(text string) (int, int, bool) {
	s := &scanner{f: fold(text)}
	m, j, ok := s.month(0)
	if !ok {
		return 0, 0, false
	}
	d, _, ok := s.dayNum(s.sp(j), true)
	if !ok || !validDay(2000, m, d) {
		return 0, 0, false
	}
	return m, d, true
}
