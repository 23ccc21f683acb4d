package timex

import "fmt"

// Named days. Lunar festivals are converted with lunar-go for the lunar
// year that begins in the Gregorian year meant (2025年春节 = 2025-01-29,
// 2025年除夕 = 2025-01-28). The CCTV Spring Festival Gala (春晚) airs on
// New Year's Eve (除夕). A zodiac year (马年春晚, 蛇年春节) picks the
// lunar year of that animal nearest the publication year, or, with no
// publication date, nearest a year the text states.

type holidayKind int

const (
	hLunar    holidayKind = iota // lunar month/day of the lunar year starting in the year meant
	hEve                         // the eve of the Spring Festival
	hSolar                       // a fixed Gregorian day
	hQingming                    // the Qingming solar term
)

type holidayDef struct {
	name string
	kind holidayKind
	m, d int
	note string
}

// holidays, longest names first among those sharing a start.
var holidays = []holidayDef{
	{"春节联欢晚会", hEve, 0, 0, "the Spring Festival Gala airs on New Year's Eve (除夕)"},
	{"春节晚会", hEve, 0, 0, "the Spring Festival Gala airs on New Year's Eve (除夕)"},
	{"春晚", hEve, 0, 0, "the Spring Festival Gala airs on New Year's Eve (除夕)"},
	{"农历新年", hLunar, 1, 1, "Lunar New Year: 1st day of the 1st lunar month"},
	{"农历春节", hLunar, 1, 1, "Spring Festival: 1st day of the 1st lunar month"},
	{"春节", hLunar, 1, 1, "Spring Festival: 1st day of the 1st lunar month"},
	{"新春佳节", hLunar, 1, 1, "Spring Festival: 1st day of the 1st lunar month"},
	{"大年初一", hLunar, 1, 1, "1st day of the 1st lunar month"},
	{"大年三十", hEve, 0, 0, "New Year's Eve: last day of the lunar year"},
	{"大年夜", hEve, 0, 0, "New Year's Eve: last day of the lunar year"},
	{"除夕", hEve, 0, 0, "New Year's Eve: last day of the lunar year"},
	{"元宵节", hLunar, 1, 15, "Lantern Festival: 15th day of the 1st lunar month"},
	{"元宵", hLunar, 1, 15, "Lantern Festival: 15th day of the 1st lunar month"},
	{"端午节", hLunar, 5, 5, "Dragon Boat Festival: 5th day of the 5th lunar month"},
	{"端午", hLunar, 5, 5, "Dragon Boat Festival: 5th day of the 5th lunar month"},
	{"七夕节", hLunar, 7, 7, "Qixi: 7th day of the 7th lunar month"},
	{"七夕", hLunar, 7, 7, "Qixi: 7th day of the 7th lunar month"},
	{"中秋节", hLunar, 8, 15, "Mid-Autumn Festival: 15th day of the 8th lunar month"},
	{"中秋", hLunar, 8, 15, "Mid-Autumn Festival: 15th day of the 8th lunar month"},
	{"重阳节", hLunar, 9, 9, "Double Ninth: 9th day of the 9th lunar month"},
	{"清明节", hQingming, 0, 0, "Qingming: the day of the solar term"},
	{"清明", hQingming, 0, 0, "Qingming: the day of the solar term"},
	{"元旦", hSolar, 1, 1, ""},
	{"情人节", hSolar, 2, 14, ""},
	{"妇女节", hSolar, 3, 8, ""},
	{"植树节", hSolar, 3, 12, ""},
	{"五一劳动节", hSolar, 5, 1, ""},
	{"劳动节", hSolar, 5, 1, ""},
	{"青年节", hSolar, 5, 4, ""},
	{"儿童节", hSolar, 6, 1, ""},
	{"建党节", hSolar, 7, 1, ""},
	{"建军节", hSolar, 8, 1, ""},
	{"教师节", hSolar, 9, 10, ""},
	{"国庆节", hSolar, 10, 1, ""},
	{"国庆", hSolar, 10, 1, ""},
	{"双十一", hSolar, 11, 11, ""},
	{"双11", hSolar, 11, 11, ""},
	{"圣诞节", hSolar, 12, 25, ""},
	{"圣诞", hSolar, 12, 25, ""},
}

// holidaysByFirst indexes holidays by their first rune, in table order.
var holidaysByFirst = map[rune][]holidayDef{}

func init() {
	for _, h := range holidays {
		c := firstRune(h.name)
		holidaysByFirst[c] = append(holidaysByFirst[c], h)
	}
}

// holidayName reads a holiday name at i.
func (s *scanner) holidayName(i int) (holidayDef, int, bool) {
	for _, h := range holidaysByFirst[s.at(i)] {
		if j, ok := s.lit(i, h.name); ok {
			if h.name == "双11" && isDigit(s.at(j)) {
				continue
			}
			if _, _, name := s.oneOf(j, "上河", "老人", "树"); name && (h.name == "清明" || h.name == "圣诞") {
				continue // 清明上河图, 圣诞老人, 圣诞树: names, not days
			}
			if h.name == "清明" && s.at(i-1) == '治' {
				continue // 政治清明
			}
			return h, j, true
		}
	}
	return holidayDef{}, i, false
}

// holidayDate is the day of h in the year y (for lunar holidays: the
// lunar year that begins in Gregorian year y).
func holidayDate(h holidayDef, y int) (Date, bool) {
	switch h.kind {
	case hLunar:
		return lunarToSolar(y, h.m, h.d)
	case hEve:
		return newYearsEve(y)
	case hQingming:
		return qingming(y)
	}
	if y < minYear || y > maxYear {
		return Date{}, false
	}
	return Date{y, h.m, h.d}, true
}

// holiday is a body: 春节, 2025年春节, 今年中秋, 2025年春节联欢晚会.
func (s *scanner) holiday(i int, ys yearSpec) (cand, bool) {
	h, j, ok := s.holidayName(i)
	if !ok && ys.given {
		// 2025年央视春晚: the broadcaster between the year and the gala
		if k, _, isTV := s.oneOf(i, "中央广播电视总台", "中央电视台", "央视", "总台"); isTV {
			if h, j, ok = s.holidayName(k); ok && h.kind != hEve {
				ok = false
			}
		}
	}
	if !ok {
		return cand{}, false
	}
	if h.name == "国庆" && s.at(j) == '节' {
		return cand{}, false
	}
	if !ys.given && s.recurring(i) {
		return cand{}, false // 每年春节, 三登春晚: no one day is meant
	}
	return cand{end: j, e: s.holidayExpr(h, ys.y, ys.basis, "")}, true
}

func (s *scanner) holidayExpr(h holidayDef, y int, yb Basis, extra string) Expr {
	if y == 0 {
		return unresolved(PrecisionHoliday)
	}
	d, ok := holidayDate(h, y)
	if !ok {
		return unresolved(PrecisionHoliday)
	}
	basis := yb
	note := h.note
	if h.kind == hLunar || h.kind == hEve || h.kind == hQingming {
		basis = BasisLunar
		note = fmt.Sprintf("%s (lunar year %d)", h.note, y)
		if h.kind == hQingming {
			note = fmt.Sprintf("%s (%d)", h.note, y)
		}
	}
	if extra != "" {
		note = extra + "; " + note
	}
	return Expr{From: d, To: d, Precision: PrecisionHoliday, Basis: basis, YearBasis: yb, Note: note}
}

const noteZodiacPending = "zodiac year: waiting for a year from the text"

// zodiac is the rule for 马年春晚, 蛇年春节, 馬年春晚: an animal year
// followed by a lunar holiday.
func (s *scanner) zodiac(i int) (cand, bool) {
	a := animalIndex(s.at(i))
	if a < 0 || s.at(i+1) != '年' || s.at(i-1) == '生' || s.at(i-1) == '属' {
		return cand{}, false
	}
	h, j, ok := s.holidayName(i + 2)
	if !ok || (h.kind != hLunar && h.kind != hEve) {
		return cand{}, false
	}
	e := Expr{Precision: PrecisionHoliday, Basis: BasisUnresolved, YearBasis: BasisUnresolved, Note: noteZodiacPending}
	switch {
	case s.a.Known:
		e = resolveZodiac(s.runes(i, j), s.a.Date.Year, BasisPublished)
	case s.lastYear != 0:
		e = resolveZodiac(s.runes(i, j), s.lastYear, BasisStated)
	}
	return cand{end: j, e: e}, true
}

func (s *scanner) runes(i, j int) string { return string(s.f.r[i:j]) }

// resolveZodiac dates a zodiac-year holiday (text as in the article)
// against the year near.
func resolveZodiac(text string, near int, yb Basis) Expr {
	z := &scanner{f: fold(text)}
	a := animalIndex(z.at(0))
	h, _, ok := z.holidayName(2)
	if a < 0 || !ok {
		return unresolved(PrecisionHoliday)
	}
	y := zodiacYear(a, near)
	return z.holidayExpr(h, y, yb, fmt.Sprintf("%c年 = lunar year %d, the %c year nearest %d", animals[a], y, animals[a], near))
}

// lunarDate is a body: 农历八月十五, 正月十五, 腊月二十三, 农历正月初一.
// Months named 正月, 冬月 and 腊月 are lunar without the 农历 prefix. The
// lunar year is the one that begins in the Gregorian year meant.
func (s *scanner) lunarDate(i int, ys yearSpec) (cand, bool) {
	j, prefixed := i, false
	if k, _, ok := s.oneOf(i, "农历", "阴历"); ok {
		j, prefixed = k, true
	}
	var m, k int
	if k2, l, ok := s.oneOf(j, "正月", "冬月", "腊月"); ok {
		m, k = map[string]int{"正月": 1, "冬月": 11, "腊月": 12}[l], k2
	} else if prefixed {
		v, k2, han, ok := s.f.number(j)
		if !ok || !han || v < 1 || v > 12 || s.at(k2) != '月' {
			return cand{}, false
		}
		m, k = v, k2+1
	} else {
		return cand{}, false
	}
	var d, e int
	if k2, ok := s.lit(k, "初"); ok {
		v, k3, ok := s.f.hanSmall(k2)
		if !ok || v < 1 || v > 10 {
			return cand{}, false
		}
		d, e = v, k3
	} else {
		v, k3, ok := s.f.hanSmall(k)
		if !ok || v < 11 || v > 30 {
			return cand{}, false
		}
		d, e = v, k3
	}
	if ys.y == 0 {
		return cand{end: e, e: unresolved(PrecisionDay)}, true
	}
	dt, ok := lunarToSolar(ys.y, m, d)
	if !ok {
		return cand{}, false
	}
	return cand{end: e, e: Expr{From: dt, To: dt, Precision: PrecisionDay, Basis: BasisLunar, YearBasis: ys.basis,
		Note: fmt.Sprintf("lunar year %d, month %d, day %d", ys.y, m, d)}}, true
}

// recurring: a holiday at i that stands for every year's (每年春节,
// 历届春晚) or for several (三登春晚, 多次登上春晚, 连续三年春晚).
func (s *scanner) recurring(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch c := s.at(k); c {
		case '每':
			return true
		case '历', '连':
			if n := s.at(k + 1); n == '届' || n == '年' || n == '次' || n == '续' {
				return true
			}
		case '登', '上', '次', '度':
			if p := s.at(k - 1); isHanNumeral(p) && p != '一' || isDigit(p) {
				return true
			}
		case '。', '，', '、', '；', '！', '？', '\n':
			return false
		}
	}
	return false
}
