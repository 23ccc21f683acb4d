package timex

import (
	"fmt"
	"strings"
)

// Rules for expressions that are not "a year and a part of it": ISO
// dates, a day of the publication month, relative months and days,
// spans of years and plan periods, decades, and vague expressions.

// isoDate: 2025-06-30, 2025/6/30, 2025.06.30 (datelines, tables).
func (s *scanner) isoDate(i int) (cand, bool) {
	if s.numBefore(i) || isLatin(s.at(i-1)) {
		return cand{}, false
	}
	y, j, ok := s.f.arabic(i)
	if !ok || j-i != 4 {
		return cand{}, false
	}
	sep := s.at(j)
	if sep != '-' && sep != '/' && sep != '.' {
		return cand{}, false
	}
	m, k, ok := s.f.arabic(j + 1)
	if !ok || k-j-1 > 2 || s.at(k) != sep {
		return cand{}, false
	}
	d, e, ok := s.f.arabic(k + 1)
	if !ok || e-k-1 > 2 || isDigit(s.at(e)) || s.at(e) == sep || isLatin(s.at(e)) || !validDay(y, m, d) {
		return cand{}, false
	}
	if s.at(e) == '.' && isDigit(s.at(e+1)) {
		return cand{}, false // a version number 2025.6.30.1
	}
	dt := Date{y, m, d}
	return cand{end: e, e: Expr{From: dt, To: dt, Precision: PrecisionDay, Basis: BasisStated}}, true
}

// dayOnly: 17日 — that day of the publication month (a day-of-month
// without a month, as news reports write about the days around
// publication). Only ASCII digits: 三日 is as often "three days".
func (s *scanner) dayOnly(i int) (cand, bool) {
	if s.numBefore(i) || s.at(i-1) == '月' || s.at(i-1) == '-' {
		return cand{}, false
	}
	if !isDigit(s.at(i)) {
		return cand{}, false
	}
	d, j, ok := s.dayNum(i, false)
	if !ok {
		return cand{}, false
	}
	if _, _, ok := s.oneOf(j, "内", "以内", "之内", "游", "均", "元"); ok {
		return cand{}, false // 3日内: a count of days
	}
	if !s.a.Known || s.a.Date.Month == 0 {
		return cand{end: j, e: unresolved(PrecisionDay)}, true
	}
	y, m := s.a.Date.Year, s.a.Date.Month
	if !validDay(y, m, d) {
		return cand{end: j, e: unresolved(PrecisionDay)}, true
	}
	dt := Date{y, m, d}
	c := cand{end: j, e: Expr{From: dt, To: dt, Precision: PrecisionDay, Basis: BasisPublished,
		Note: "a day of the publication month"}}
	// 17日至19日
	if k, _, ok := s.oneOf(j, "至", "到", "-"); ok {
		if d2, e, ok := s.dayNum(k, false); ok && d2 > d && validDay(y, m, d2) {
			c.end = e
			c.e.To, c.e.Precision = Date{y, m, d2}, PrecisionRange
		}
	}
	return c, true
}

// relativeMonth: 本月, 当月 is anaphoric and left alone; 上月/上个月,
// 下月/下个月 from the publication month.
func (s *scanner) relativeMonth(i int) (cand, bool) {
	j, l, ok := s.oneOf(i, "本月", "上个月", "上月", "下个月", "下月")
	if !ok {
		return cand{}, false
	}
	if l == "下月" || l == "上月" {
		if s.at(j) == '球' || s.at(j) == '旬' {
			return cand{}, false
		}
	}
	off := 0
	switch l {
	case "上个月", "上月":
		off = -1
	case "下个月", "下月":
		off = 1
	}
	if !s.a.Known || s.a.Date.Month == 0 {
		return cand{end: j, e: unresolved(PrecisionMonth)}, true
	}
	y, m := addMonths(s.a.Date.Year, s.a.Date.Month, off)
	from, to := monthSpan(y, m, m)
	return cand{end: j, e: Expr{From: from, To: to, Precision: PrecisionMonth, Basis: BasisPublished}}, true
}

// relativeDay: 昨天/昨日, 前天, 今天/今日, 明天/明日 from a full
// publication date. 今天的… and 明天的… read as "nowadays" and "the
// future" and are left alone, as is 今日头条 (an app).
func (s *scanner) relativeDay(i int) (cand, bool) {
	if c, ok := s.bracketedDay(i); ok {
		return c, true
	}
	j, l, ok := s.oneOf(i, "昨天", "昨日", "前天", "今天", "今日", "明天", "明日")
	if !ok {
		return cand{}, false
	}
	if l == "前天" && (s.numBefore(i) || s.at(i-1) == '年') {
		return cand{}, false
	}
	if (l[:3] == "今" || l[:3] == "明") && (s.at(j) == '的' || s.at(i-1) == '的') {
		return cand{}, false
	}
	if _, _, ok := s.oneOf(j, "头条", "之星", "说法", "关注"); ok {
		return cand{}, false
	}
	off := map[string]int{"昨天": -1, "昨日": -1, "前天": -2, "今天": 0, "今日": 0, "明天": 1, "明日": 1}[l]
	if !s.a.Known || s.a.Date.Day == 0 {
		return cand{end: j, e: unresolved(PrecisionDay)}, true
	}
	d := addDays(s.a.Date, off)
	return cand{end: j, e: Expr{From: d, To: d, Precision: PrecisionDay, Basis: BasisPublished}}, true
}

// bracketedDay: 今（20）日, 昨(19)日 — a press release's today or
// yesterday with its day of the month in brackets. The day printed is
// the day meant: with a full publication date it must agree with it,
// with only a month it is that day of the month.
func (s *scanner) bracketedDay(i int) (cand, bool) {
	k, l, ok := s.oneOf(i, "今", "昨", "明")
	if !ok || (s.at(k) != '（' && s.at(k) != '(') {
		return cand{}, false
	}
	d, k2, ok := s.f.arabic(k + 1)
	if !ok || (s.at(k2) != '）' && s.at(k2) != ')') || s.at(k2+1) != '日' || d < 1 || d > 31 {
		return cand{}, false
	}
	end := k2 + 2
	if !s.a.Known || s.a.Date.Month == 0 {
		return cand{end: end, e: unresolved(PrecisionDay)}, true
	}
	if s.a.Date.Day != 0 {
		off := map[string]int{"昨": -1, "今": 0, "明": 1}[l]
		if at := addDays(s.a.Date, off); at.Day == d {
			return cand{end: end, e: Expr{From: at, To: at, Precision: PrecisionDay, Basis: BasisPublished}}, true
		}
	}
	if !validDay(s.a.Date.Year, s.a.Date.Month, d) {
		return cand{end: end, e: unresolved(PrecisionDay)}, true
	}
	at := Date{s.a.Date.Year, s.a.Date.Month, d}
	return cand{end: end, e: Expr{From: at, To: at, Precision: PrecisionDay, Basis: BasisPublished,
		Note: "the day printed in brackets, in the publication month"}}, true
}

// yearSpan: 2024—2027年, 2024-2027年, 2024年至2027年, (2024-2027). A
// span in brackets or beside a plan word (规划, 方案, 计划, 纲要, 行动, 时期)
// is a plan period; otherwise it is a stretch of years.
func (s *scanner) yearSpan(i int) (cand, bool) {
	if s.numBefore(i) {
		return cand{}, false
	}
	y1, j, ok := s.f.arabic(i)
	if !ok || j-i != 4 || y1 < minYear || y1 > maxYear {
		return cand{}, false
	}
	nian1 := false
	if k := s.sp(j); s.at(k) == '年' {
		j, nian1 = k+1, true
	}
	k, _, ok := s.oneOf(j, "至", "到", "-")
	if !ok {
		return cand{}, false
	}
	k = s.sp(k)
	y2, e, ok := s.f.arabic(k)
	if !ok || e-k != 4 || y2 <= y1 || y2 > y1+100 {
		return cand{}, false
	}
	nian2 := false
	if k2 := s.sp(e); s.at(k2) == '年' {
		e, nian2 = k2+1, true
	}
	open := s.at(i-1) == '(' || s.at(i-1) == '（'
	closed := s.at(e) == ')' || s.at(e) == '）'
	bracketed := open && closed
	if !nian2 && !bracketed || nian1 && !nian2 || isDigit(s.at(e)) {
		return cand{}, false
	}
	if nian2 && s.at(e) == '代' {
		return cand{}, false
	}
	p, note := PrecisionMultiYear, ""
	if bracketed || s.planWordNear(i, e) {
		p, note = PrecisionPlanPeriod, "the period of a plan"
	}
	return cand{end: e, e: Expr{From: Date{y1, 1, 1}, To: Date{y2, 12, 31}, Precision: p, Basis: BasisStated, Note: note}}, true
}

// planWordNear: a plan word just before i or just after e.
func (s *scanner) planWordNear(i, e int) bool {
	for _, w := range []string{"规划", "方案", "计划", "纲要", "行动", "时期", "期间", "周期"} {
		if _, ok := s.lit(e, w); ok {
			return true
		}
		n := len([]rune(w))
		if _, ok := s.lit(i-n, w); ok {
			return true
		}
	}
	return false
}

// plan: “十四五”, 十五五时期, “十四五”规划, 第十五个五年规划. The Nth
// five-year plan from the third on covers 1966+5(N-3) to 1970+5(N-3)
// (十四五 = 2021–2025, 十五五 = 2026–2030).
func (s *scanner) plan(i int) (cand, bool) {
	j := i
	quote := false
	if c := s.at(i); c == '“' || c == '"' || c == '「' || c == '『' || c == '‘' {
		j, quote = i+1, true
	}
	var n, k int
	if k2, ok := s.lit(j, "第"); ok {
		v, k3, ok := s.f.hanSmall(k2)
		if !ok {
			return cand{}, false
		}
		e, ok := s.lit(k3, "个五年")
		if !ok {
			return cand{}, false
		}
		e2, _, ok := s.oneOf(e, "规划", "计划")
		if !ok {
			return cand{}, false
		}
		n, k = v, e2
		quote = false
	} else {
		if s.at(j) != '十' || s.numBefore(j) {
			return cand{}, false
		}
		d, ok := hanDigitOf(s.at(j + 1))
		if !ok || d < 1 || s.at(j+2) != '五' || s.at(j+1) == '两' {
			return cand{}, false
		}
		n, k = 10+d, j+3
		if quote {
			switch s.at(k) {
			case '”', '"', '」', '』', '’':
				k++
			default:
				return cand{}, false
			}
		} else if _, _, ok := s.oneOf(k, "时期", "期间", "规划", "计划", "末", "初", "以来", "开局", "收官", "中期"); !ok {
			return cand{}, false // 十五五 without quotes or a plan word: too easily a number
		}
	}
	if n < 3 || n > 40 {
		return cand{}, false
	}
	start := 1966 + 5*(n-3)
	e := k
	if q, _, ok := s.oneOf(k, "时期", "期间"); ok {
		e = q
	}
	note := fmt.Sprintf("the %s Five-Year Plan", ordinal(n))
	return cand{end: e, e: Expr{From: Date{start, 1, 1}, To: Date{start + 4, 12, 31}, Precision: PrecisionPlanPeriod,
		Basis: BasisStated, Note: note}}, true
}

func ordinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suf)
}

// decade: 1990年代, 上世纪90年代, 20世纪90年代, 二十世纪九十年代.
func (s *scanner) decade(i int) (cand, bool) {
	if s.numBefore(i) {
		return cand{}, false
	}
	century := 0
	j := i
	if k, ok := s.lit(i, "上世纪"); ok {
		century, j = 1900, k
	} else if v, k, _, ok := s.f.number(i); ok && v >= 11 && v <= 29 {
		if k2, ok := s.lit(s.sp(k), "世纪"); ok {
			century, j = (v-1)*100, k2
		}
	}
	v, k, _, ok := s.f.number(j)
	if !ok {
		return cand{}, false
	}
	e, ok := s.lit(s.sp(k), "年代")
	if !ok {
		return cand{}, false
	}
	var from int
	switch {
	case century > 0 && v%10 == 0 && v < 100:
		from = century + v
	case century == 0 && k-j == 4 && v%10 == 0 && v >= minYear && v <= maxYear:
		from = v
	default:
		return cand{}, false
	}
	return cand{end: e, e: Expr{From: Date{from, 1, 1}, To: Date{from + 9, 12, 31}, Precision: PrecisionMultiYear,
		Basis: BasisStated, Note: "a decade"}}, true
}

// vague: expressions of "now", "recently", "in the past/next N years" are
// kept as stated and given no interval. So is the turn of the year (岁末
// 年初): it straddles two years and the text does not say which.
var vagueWords = []string{
	"岁末年初", "年末岁初", "年终岁末", "年末年初", "时至今日", "今后一段时期", "今后一个时期", "近年来", "近些年来", "近几年来", "近几年", "近些年", "近年", "多年来", "近日", "日前",
	"近期", "近来", "最近", "目前", "当前", "眼下", "如今", "当下", "现阶段", "当今", "今后",
}

// vagueByFirst indexes vagueWords by first rune, longest first as listed.
var vagueByFirst = map[rune][]string{}

func init() {
	for _, w := range vagueWords {
		c := firstRune(w)
		vagueByFirst[c] = append(vagueByFirst[c], w)
	}
}

func (s *scanner) vague(i int) (cand, bool) {
	switch s.at(i - 1) {
	case '接', '将', '临', '附', '靠', '亲', '逼', '贴', '相', '几', '最':
		if s.at(i) == '近' {
			return cand{}, false // 接近3年: "nearly three years", a count
		}
	}
	best := cand{end: i}
	if j, w, ok := s.oneOf(i, vagueByFirst[s.at(i)]...); ok {
		if s.at(i) == '多' && s.numBefore(i) {
			return cand{}, false
		}
		if !(w == "最近" && s.at(j) == '的') { // 最近的地铁站: the nearest
			best = s.vagueCand(j)
		}
	}
	if c, ok := s.vagueSpan(i); ok && c.end > best.end {
		best = c
	}
	return best, best.end > i
}

// vagueSpan: 过去十年, 未来五年, 近三年, 最近3年, 近5年来, 过去几年间, 未来一段时间.
func (s *scanner) vagueSpan(i int) (cand, bool) {
	j, _, ok := s.oneOf(i, "过去", "未来", "最近", "近", "今后")
	if !ok {
		return cand{}, false
	}
	if k, ok := s.lit(j, "一段时间"); ok {
		return s.vagueCand(k), true
	}
	k := j
	if _, k2, _, ok := s.f.number(j); ok {
		k = k2
	} else if k2, _, ok := s.oneOf(j, "几", "数", "十几", "两"); ok {
		k = k2
	} else {
		return cand{}, false
	}
	k = s.sp(k)
	if k2, ok := s.lit(k, "个"); ok {
		k = k2
	}
	e, unit, ok := s.oneOf(k, "年", "月", "周", "天")
	if !ok || unit == "月" && s.at(k-1) != '个' {
		return cand{}, false
	}
	if k2, _, ok := s.oneOf(e, "来", "间", "里", "中"); ok && !(s.at(e) == '中' && !s.middleEnds(k2)) {
		e = k2
	}
	return s.vagueCand(e), true
}

func (s *scanner) vagueCand(end int) cand {
	return cand{end: end, e: Expr{Precision: PrecisionVague, Basis: BasisVague, YearBasis: BasisVague, Vague: true}}
}

// relativeWeek: 本周/这周, 上周, 下周 — the Monday-to-Sunday week of, before
// or after a full publication date; with a weekday (本周三, 上周五, 下周日)
// that day, with 末 (上周末) its Saturday and Sunday. News writes the
// weekday this way rather than the date: 本周三，首届…论坛开幕.
func (s *scanner) relativeWeek(i int) (cand, bool) {
	j, l, ok := s.oneOf(i, "本周", "这周", "上周", "下周")
	if !ok || s.at(j) == '年' || s.at(j) == '期' || s.at(j) == '边' || s.at(j) == '围' {
		return cand{}, false // 周年, 周期, 周边, 周围
	}
	day, p := -1, PrecisionRange // day: 0 = Monday … 6 = Sunday
	if k := strings.IndexRune("一二三四五六日天", s.at(j)); k >= 0 {
		day, p = min(k/3, 6), PrecisionDay // k is a byte offset, 3 bytes a rune
		j++
	} else if s.at(j) == '末' {
		day = 5
		j++
	}
	if !s.a.Known || s.a.Date.Day == 0 {
		return cand{end: j, e: unresolved(p)}, true
	}
	wd := int(weekday(s.a.Date)) // 0 = Sunday
	monday := addDays(s.a.Date, -((wd + 6) % 7))
	switch l {
	case "上周":
		monday = addDays(monday, -7)
	case "下周":
		monday = addDays(monday, 7)
	}
	switch {
	case p == PrecisionDay:
		d := addDays(monday, day)
		return cand{end: j, e: Expr{From: d, To: d, Precision: p, Basis: BasisPublished,
			Note: "a weekday of the week of the publication date, or the one before or after"}}, true
	case day == 5:
		return cand{end: j, e: Expr{From: addDays(monday, 5), To: addDays(monday, 6), Precision: p, Basis: BasisPublished,
			Note: "a weekend, Saturday and Sunday"}}, true
	}
	return cand{end: j, e: Expr{From: monday, To: addDays(monday, 6), Precision: p, Basis: BasisPublished,
		Note: "a week, Monday to Sunday"}}, true
}
