package timex

import "fmt"

// The calendar grammar: an optional year (2025年, 二〇二五年, 今年, 去年,
// 同年 …) followed by an optional part of that year (a month and day, a
// part of a month, a part of the year, a half, a quarter, a season, a
// holiday), then an optional "since" (以来, 至今) or a range to a second
// date (至 6月12日).

// yearSpec is the year a phrase starts with.
type yearSpec struct {
	given bool  // the phrase names a year (otherwise the publication year is meant)
	y     int   // the year, 0 if it cannot be known
	basis Basis // stated, published or unresolved
	text  bool  // an absolute year written in the text (not 今年/同年)
}

var relYears = []struct {
	lit string
	off int
}{{"今年", 0}, {"本年", 0}, {"去年", -1}, {"上年", -1}, {"前年", -2}, {"明年", 1}, {"来年", 1}, {"后年", 2}}

// year reads a year at i.
func (s *scanner) year(i int) (yearSpec, int, bool) {
	if s.numBefore(i) {
		return yearSpec{}, i, false
	}
	// 民国114年, 民國一百一十四年: a year of the Republic of China's
	// calendar, as Taiwan's official documents write it (year 1 is 1912).
	if j, ok := s.lit(i, "民国"); ok {
		if n, k, ok := s.rocNumber(s.sp(j)); ok && n >= 1 {
			if k = s.sp(k); s.at(k) == '年' && 1911+n >= minYear && 1911+n <= maxYear {
				return yearSpec{given: true, y: 1911 + n, basis: BasisStated, text: true}, k + 1, true
			}
		}
		return yearSpec{}, i, false
	}
	// 2025年, 2025 年, 二〇二五年
	v, j, ok := s.f.arabic(i)
	if ok && j-i != 4 {
		ok = false
	}
	if !ok {
		v, j, ok = s.f.hanYear(i)
	}
	if ok {
		k := s.sp(j)
		if s.at(k) == '年' && v >= minYear && v <= maxYear && !s.durationAround(i, k+1) {
			return yearSpec{given: true, y: v, basis: BasisStated, text: true}, k + 1, true
		}
		return yearSpec{}, i, false
	}
	for _, ry := range relYears {
		if j, ok := s.lit(i, ry.lit); ok {
			if ry.lit == "前年" || ry.lit == "后年" || ry.lit == "上年" || ry.lit == "来年" {
				// 三年前年… / 多年来年… : part of a count, not a relative year
				if p := s.at(i - 1); p == '年' || isHanNumeral(p) || isDigit(p) || p == '未' || p == '近' {
					return yearSpec{}, i, false
				}
			}
			if s.a.Known {
				return yearSpec{given: true, y: s.a.Date.Year + ry.off, basis: BasisPublished}, j, true
			}
			return yearSpec{given: true, basis: BasisUnresolved}, j, true
		}
	}
	// 同年 (the year just stated), 次年/翌年 (the one after it)
	if j, l, ok := s.oneOf(i, "同年", "次年", "翌年"); ok {
		if s.lastYear == 0 {
			return yearSpec{given: true, basis: BasisUnresolved}, j, true
		}
		y := s.lastYear
		if l != "同年" {
			y++
		}
		return yearSpec{given: true, y: y, basis: BasisStated}, j, true
	}
	return yearSpec{}, i, false
}

// rocNumber reads a Republic year's number: Arabic, or Chinese up to
// 一百九十九 (一百一十四, 一百十四, 一百零五, 九十九).
func (s *scanner) rocNumber(i int) (int, int, bool) {
	if v, k, ok := s.f.arabic(i); ok {
		return v, k, true
	}
	n, k := 0, i
	if d, ok := hanDigitOf(s.at(k)); ok && d > 0 && s.at(k+1) == '百' {
		n, k = d*100, k+2
		if s.at(k) == '零' || s.at(k) == '〇' {
			k++
		}
		if s.at(k) == '一' && s.at(k+1) == '十' {
			k++ // 一百一十四: 一十 is 十
		}
	}
	if v, e, ok := s.f.hanSmall(k); ok {
		return n + v, e, true
	}
	return n, k, n > 0
}

// durationAround rejects a "year" that is a count of years: 长达2000年,
// 约1000年, 2000年历史, 1000年以上.
func (s *scanner) durationAround(start, end int) bool {
	switch s.at(start - 1) {
	case '近', '约', '逾', '超', '达', '过', '余', '经', '足', '整', '长', '历', '每', '隔', '第':
		return true
	}
	_, _, after := s.oneOf(end, "历史", "之久", "以上", "以下", "左右的", "多", "余", "间的", "代")
	return after
}

// dated is the rule for everything that starts with a year or with a
// part of the publication year.
func (s *scanner) dated(i int) (cand, bool) {
	ys, j, hasYear := s.year(i)
	if !hasYear {
		if s.numBefore(i) && !isDigit(s.at(i)) {
			// 一年中, 多年初: a count, not a part of a year
			if s.at(i) == '年' || s.at(i) == '岁' {
				return cand{}, false
			}
		}
		ys = s.publicationYear()
		j = i
	}
	best := cand{end: j}
	if hasYear {
		best.e = s.yearExpr(ys)
	}
	for _, body := range bodies {
		if c, ok := body(s, j, ys); ok && c.end > best.end {
			best = c
		}
	}
	if best.end == i || (!hasYear && best.end == j) {
		return cand{}, false
	}
	if best.e.Precision != PrecisionRange {
		best = s.rangeAny(best, ys)
	}
	return s.suffix(best), true
}

// rangeAny joins two dated expressions with a connector into one range
// when the second does not start before the first: 9月下旬至10月上旬,
// 一季度至三季度, 年初至年中, 2023年至2024年6月. A second date without a
// year takes the first one's year, or the next year when the range would
// otherwise run backwards (12月31日至1月2日): a range runs forward.
func (s *scanner) rangeAny(c cand, ys yearSpec) cand {
	j, _, ok := s.oneOf(c.end, "至", "到", "-")
	if !ok || c.e.Vague {
		return c
	}
	j = s.sp(j)
	right := cand{end: j}
	ry, k, hasYear := s.year(j)
	if hasYear && !ry.text {
		return c // 至今年…: not a second date of the same kind
	}
	if !hasYear {
		ry, k = ys, j
	} else {
		right = cand{end: k, e: s.yearExpr(ry)}
	}
	for _, body := range bodies {
		if r, ok := body(s, k, ry); ok && r.end > right.end {
			right = r
		}
	}
	if right.end == j || right.e.Precision == PrecisionRange {
		return c
	}
	if c.e.From.IsZero() || right.e.From.IsZero() {
		if c.e.Basis == BasisUnresolved && (right.e.Basis == BasisUnresolved) {
			return cand{end: right.end, e: unresolved(PrecisionRange)}
		}
		return c
	}
	note := ""
	if right.e.From.Before(c.e.From) && !hasYear && ys.y != 0 {
		// the end is in the next year
		ny := ry
		ny.y++
		again := cand{end: k}
		for _, body := range bodies {
			if r, ok := body(s, k, ny); ok && r.end > again.end {
				again = r
			}
		}
		if again.end != right.end || again.e.From.IsZero() {
			return c
		}
		right, note = again, "the range crosses the year end: its end is in the next year"
	}
	if right.e.To.Before(c.e.From) || right.e.To.Before(c.e.To) && right.e.From.Before(c.e.From) {
		return c
	}
	e := c.e
	e.To, e.Precision, e.Note = right.e.To, PrecisionRange, note
	if e.To.Before(c.e.To) {
		return c
	}
	return cand{end: right.end, e: e}
}

func (s *scanner) publicationYear() yearSpec {
	if s.a.Known {
		return yearSpec{y: s.a.Date.Year, basis: BasisPublished}
	}
	return yearSpec{basis: BasisUnresolved}
}

func unresolved(p Precision) Expr {
	return Expr{Precision: p, Basis: BasisUnresolved, YearBasis: BasisUnresolved}
}

// within builds an expression for an interval inside year ys.
func within(ys yearSpec, p Precision, from, to Date, note string) Expr {
	if ys.y == 0 {
		return unresolved(p)
	}
	return Expr{From: from, To: to, Precision: p, Basis: ys.basis, YearBasis: ys.basis, Note: note}
}

func (s *scanner) yearExpr(ys yearSpec) Expr {
	return within(ys, PrecisionYear, Date{ys.y, 1, 1}, Date{ys.y, 12, 31}, "")
}

// bodies follow a year (or stand alone for the publication year).
var bodies = []func(*scanner, int, yearSpec) (cand, bool){
	(*scanner).monthDay,
	(*scanner).yearPart,
	(*scanner).halfYear,
	(*scanner).quarter,
	(*scanner).season,
	(*scanner).holiday,
	(*scanner).lunarDate,
}

// month reads a month number and 月 at i (3月, 十二月, 12 月).
func (s *scanner) month(i int) (int, int, bool) {
	if s.numBefore(i) {
		return 0, i, false
	}
	m, j, han, ok := s.f.number(i)
	if !ok || m < 1 || m > 12 {
		return 0, i, false
	}
	if han && (s.at(i) == '两' || s.at(i) == '廿' || s.at(i) == '卅') {
		return 0, i, false
	}
	k := s.sp(j)
	if s.at(k) != '月' {
		return 0, i, false
	}
	switch s.at(k + 1) {
	case '球', '饼', '亮', '光', '薪', '嫂', '供', '租', '均', '度', '刊', '息', '台', '季':
		return 0, i, false
	}
	return m, k + 1, true
}

// dayNum reads a day number and 日 (or 号 when asked) at i.
func (s *scanner) dayNum(i int, hao bool) (int, int, bool) {
	d, j, _, ok := s.f.number(i)
	if !ok || d < 1 || d > 31 {
		return 0, i, false
	}
	k := s.sp(j)
	if s.at(k) == '日' || (hao && s.at(k) == '号') {
		return d, k + 1, true
	}
	return 0, i, false
}

// monthDay: 7月, 12月份, 12月17日, 6月上旬, 12月底, then a possible range.
func (s *scanner) monthDay(i int, ys yearSpec) (cand, bool) {
	if c, ok := s.compactRange(i, ys); ok {
		return c, true
	}
	m, j, ok := s.month(s.sp(i))
	if !ok || (ys.given && s.at(i) == ' ' && !ys.text) {
		return cand{}, false
	}
	if !ys.given && s.at(i) == ' ' {
		return cand{}, false
	}
	vy := ys.y
	if vy == 0 {
		vy = 2000 // a leap year, to accept 2月29日 before the year is known
	}
	if d, e, ok := s.dayNum(s.sp(j), true); ok {
		if !validDay(vy, m, d) {
			return cand{}, false // 2月30日: no such day, and nothing invented
		}
		c := cand{end: e, e: within(ys, PrecisionDay, Date{ys.y, m, d}, Date{ys.y, m, d}, "")}
		return s.rangeTo(c, ys, m, d), true
	}
	if !ys.given && isHan(s.at(s.sp(i))) && !s.bareHanMonthOK(i, j) {
		return cand{}, false // 统一月报, 同一月: 一月 inside a word
	}
	if j2, ok := s.lit(j, "份"); ok {
		j = j2
	}
	// part of the month
	if e, part, ok := s.monthPart(j); ok {
		from, to := partOfMonth(ys.y, m, part)
		return cand{end: e, e: within(ys, PrecisionMonthPart, from, to, "a part of a month: first, middle or last ten days (旬)")}, true
	}
	from, to := monthSpan(ys.y, m, m)
	c := cand{end: j, e: within(ys, PrecisionMonth, from, to, "")}
	return s.rangeTo(c, ys, m, 0), true
}

// compactRange: the statistical forms 1-11月, 1—9月, 1至11月 (months) and
// 12月3-5日, 12月3至5日 (days), one unit after both numbers.
func (s *scanner) compactRange(i int, ys yearSpec) (cand, bool) {
	if s.numBefore(i) {
		return cand{}, false
	}
	n1, j, han, ok := s.f.number(i)
	if !ok || han {
		return cand{}, false
	}
	if k, _, ok := s.oneOf(j, "-", "至", "到"); ok {
		m2, e, ok := s.month(k)
		if !ok || n1 < 1 || n1 >= m2 {
			return cand{}, false
		}
		if e2, ok := s.lit(e, "份"); ok {
			e = e2
		}
		if _, _, day := s.dayNum(s.sp(e), true); day {
			return cand{}, false // 1-12月3日 is not a range of months
		}
		from, _ := monthSpan(ys.y, n1, n1)
		_, to := monthSpan(ys.y, m2, m2)
		return cand{end: e, e: within(ys, PrecisionRange, from, to, "")}, true
	}
	// a month, then days: 12月3-5日
	m, e, ok := s.month(i)
	if !ok {
		return cand{}, false
	}
	d1, k1, _, ok := s.f.number(s.sp(e))
	if !ok {
		return cand{}, false
	}
	k2, _, ok := s.oneOf(k1, "-", "至", "到")
	if !ok {
		return cand{}, false
	}
	d2, end, ok := s.dayNum(k2, true)
	vy := ys.y
	if vy == 0 {
		vy = 2000
	}
	if !ok || d1 < 1 || d1 >= d2 || !validDay(vy, m, d2) {
		return cand{}, false
	}
	return cand{end: end, e: within(ys, PrecisionRange, Date{ys.y, m, d1}, Date{ys.y, m, d2}, "")}, true
}

// bareHanMonthOK: a month in Chinese numerals with no year (十二月) is
// taken as a date only where a word cannot run into it: after punctuation
// or the start, after a preposition (在, 于, 到 …), or before 份.
func (s *scanner) bareHanMonthOK(i, end int) bool {
	if s.at(end) == '份' {
		return true
	}
	p := s.at(i - 1)
	if !isHan(p) {
		return true
	}
	switch p {
	case '在', '于', '到', '至', '从', '自', '截', '是', '和', '与', '及':
		return true
	}
	return false
}

// monthPart reads 上旬/中旬/下旬/初/中/底/末 after a month: part 0, 1, 2.
func (s *scanner) monthPart(i int) (int, int, bool) {
	if j, l, ok := s.oneOf(i, "中下旬", "上中旬", "上旬", "中旬", "下旬", "初", "底", "末", "中"); ok {
		switch l {
		case "中下旬":
			return j, 3, true
		case "上中旬":
			return j, 4, true
		case "上旬":
			return j, 0, true
		case "中旬":
			return j, 1, true
		case "下旬", "底", "末":
			return j, 2, true
		case "初":
			if s.initialCompound(j) {
				return i, 0, false
			}
			return j, 0, true
		case "中":
			if !s.middleEnds(j) {
				return i, 0, false
			}
			return j, 1, true
		}
	}
	return i, 0, false
}

func partOfMonth(y, m, part int) (Date, Date) {
	switch part {
	case 0:
		return Date{y, m, 1}, Date{y, m, 10}
	case 1:
		return Date{y, m, 11}, Date{y, m, 20}
	case 4:
		return Date{y, m, 1}, Date{y, m, 20}
	}
	if y == 0 {
		return Date{}, Date{}
	}
	if part == 3 {
		return Date{y, m, 11}, Date{y, m, daysIn(y, m)}
	}
	return Date{y, m, 21}, Date{y, m, daysIn(y, m)}
}

// initialCompound: 初 at i-1 begins a word (初步, 初中, 初心 …) rather
// than meaning "the start of".
func (s *scanner) initialCompound(i int) bool {
	switch s.at(i) {
	case '步', '中', '心', '次', '始', '衷', '级', '创', '赛', '选', '审', '稿', '见', '具', '现', '显', '探', '露', '评',
		'值', '版', '期', '等', '学', '试', '恋', '识', '生', '夏', '秋', '冬', '八', '九', '十':
		return true
	}
	return false
}

// middleEnds: 中 at i-1 means "the middle of" only when what follows
// cannot continue a word with it (2026 年中国 is not mid-2026).
func (s *scanner) middleEnds(i int) bool {
	c := s.at(i)
	if !isHan(c) {
		return true
	}
	switch c {
	case '以', '前', '后', '时', '的', '左', '起', '至', '到', '将', '举', '召', '发', '推', '正', '即', '再', '又',
		'也', '已', '便', '就', '会', '开', '完', '才', '还', '仍', '达', '公', '实', '出', '旬':
		return true
	}
	return false
}

// rangeTo extends a day (d > 0) or month (d == 0) expression into a range
// when a connector and a later date follow: 5月31日至6月12日, 6月12日至14日,
// 3月至5月, 2024年5月至2025年3月.
func (s *scanner) rangeTo(c cand, ys yearSpec, m, d int) cand {
	j, _, ok := s.oneOf(c.end, "至", "到", "-")
	if !ok || ys.y == 0 && ys.basis != BasisUnresolved {
		return c
	}
	j = s.sp(j)
	ry := ys
	if y2, k, ok := s.year(j); ok && y2.text {
		ry, j = y2, k
	} else if ok {
		return c
	}
	end := Date{}
	var k int
	if m2, k2, ok := s.month(j); ok {
		k = k2
		if d > 0 {
			d2, k3, ok := s.dayNum(k2, true)
			if !ok {
				return c
			}
			end, k = Date{ry.y, m2, d2}, k3
		} else {
			if _, _, ok := s.dayNum(k2, true); ok {
				return c
			}
			_, end = monthSpan(ry.y, m2, m2)
		}
	} else if d > 0 && ry == ys {
		d2, k2, ok := s.dayNum(j, true)
		if !ok {
			return c
		}
		end, k = Date{ys.y, m, d2}, k2
	} else {
		return c
	}
	if ys.y == 0 {
		return cand{end: k, e: unresolved(PrecisionRange)}
	}
	if !validDay(end.Year, end.Month, end.Day) || end.Before(c.e.From) || end == c.e.From {
		return c
	}
	e := c.e
	e.To, e.Precision = end, PrecisionRange
	return cand{end: k, e: e}
}

// suffix turns a dated expression into an open "since" range: 2024年以来,
// 今年以来, 2019年至今.
func (s *scanner) suffix(c cand) cand {
	j, _, ok := s.oneOf(c.end, "以来", "至今", "迄今")
	if !ok || c.e.Precision == PrecisionRange {
		return c
	}
	e := c.e
	e.Precision = PrecisionRange
	if e.From.IsZero() {
		return cand{end: j, e: unresolved(PrecisionRange)}
	}
	if s.a.Known {
		e.To = s.a.last()
		if e.To.Before(e.From) {
			e.To = e.From // the text speaks of a start after publication: keep the start only
		}
		e.Note = "since " + e.From.String() + ", up to the publication date"
	} else {
		e.To, e.OpenEnd = Date{}, true
		e.Note = "since " + e.From.String() + ", up to the (unknown) publication date"
	}
	return cand{end: j, e: e}
}

// yearPart: 年初, 年中, 年末/年底/年尾/年终, 岁末 (after a year: 2024年初,
// 今年末, 今年年底). Conventions: the start is January–February, the
// middle June–July, the end November–December.
func (s *scanner) yearPart(i int, ys yearSpec) (cand, bool) {
	j := i
	if ys.given {
		// 2024年底 / 今年末: the part follows the year's 年; 今年年底 repeats it
		if k, _, ok := s.oneOf(i, "年", "岁"); ok {
			j = k
		}
	} else {
		k, _, ok := s.oneOf(i, "年", "岁")
		if !ok {
			if k, l, ok := s.oneOf(i, "开年", "开春"); ok {
				from, to := Date{ys.y, 1, 1}, Date{ys.y, 2, daysIn(max(ys.y, 1), 2)}
				note := "the start of the year: January–February"
				if l == "开春" {
					from, to = Date{ys.y, 2, 1}, Date{ys.y, 3, 31}
					note = "the start of spring: February–March (立春 falls in early February)"
				}
				return cand{end: k, e: within(ys, PrecisionYearPart, from, to, note)}, true
			}
			return cand{}, false
		}
		if p := s.at(i - 1); isHanNumeral(p) || isDigit(p) || p == '每' || p == '历' || p == '往' || p == '逐' || p == '当' || p == '新' || p == '周' || p == '一' {
			return cand{}, false // 一年中, 多年初心, 每年底: not a part of one year
		}
		j = k
	}
	c := s.at(j)
	var from, to Date
	var note string
	switch c {
	case '初':
		if s.initialCompound(j + 1) {
			return cand{}, false
		}
		from, to = Date{ys.y, 1, 1}, Date{ys.y, 2, daysIn(max(ys.y, 1), 2)}
		note = "the start of the year: January–February"
	case '中':
		if !s.middleEnds(j + 1) {
			return cand{}, false
		}
		from, to = Date{ys.y, 6, 1}, Date{ys.y, 7, 31}
		note = "the middle of the year: June–July"
	case '末', '底', '尾', '终':
		from, to = Date{ys.y, 11, 1}, Date{ys.y, 12, 31}
		note = "the end of the year: November–December"
	default:
		return cand{}, false
	}
	return cand{end: j + 1, e: within(ys, PrecisionYearPart, from, to, note)}, true
}

// halfYear: 上半年, 下半年.
func (s *scanner) halfYear(i int, ys yearSpec) (cand, bool) {
	j, l, ok := s.oneOf(i, "上半年", "下半年")
	if !ok {
		return cand{}, false
	}
	from, to := monthSpan(ys.y, 1, 6)
	if l == "下半年" {
		from, to = monthSpan(ys.y, 7, 12)
	}
	return cand{end: j, e: within(ys, PrecisionHalfYear, from, to, "")}, true
}

// quarter: 一季度, 第一季度, 1季度, 首季度, 前三季度, Q1 (after a year).
func (s *scanner) quarter(i int, ys yearSpec) (cand, bool) {
	first, j := false, i
	if k, ok := s.lit(i, "前"); ok {
		first, j = true, k
	} else if k, ok := s.lit(i, "第"); ok {
		j = k
	}
	var q, k int
	if k2, ok := s.lit(j, "首"); ok && !first {
		q, k = 1, k2
	} else if ys.given && (s.at(j) == 'Q' || s.at(j) == 'q') && j == i && s.at(j+1) >= '1' && s.at(j+1) <= '4' && !isDigit(s.at(j+2)) && !isLatin(s.at(j+2)) {
		q := int(s.at(j+1) - '0')
		from, to := monthSpan(ys.y, 3*q-2, 3*q)
		return cand{end: j + 2, e: within(ys, PrecisionQuarter, from, to, "")}, true
	} else {
		n, k2, _, ok := s.f.number(j)
		if !ok || n < 1 || n > 4 {
			return cand{}, false
		}
		q, k = n, k2
	}
	if j == i && !first && s.numBefore(i) {
		return cand{}, false
	}
	e, ok := s.lit(k, "季度")
	if e2, one := s.lit(k, "季"); !ok && one && ys.given && !first && (s.at(i) == '第' || s.at(i) == '首') && s.at(e2) != '节' {
		// 今年第四季, 2024年首季 (Taiwan's usage): right after a year and
		// with its ordinal, 季 is a quarter (alone, 第四季 may be a
		// series' fourth season).
		e, ok = e2, true
	}
	if !ok {
		return cand{}, false
	}
	if first {
		if q < 2 || q > 3 {
			return cand{}, false
		}
		from, to := monthSpan(ys.y, 1, 3*q)
		return cand{end: e, e: within(ys, PrecisionQuarter, from, to, fmt.Sprintf("the first %d quarters", q))}, true
	}
	from, to := monthSpan(ys.y, 3*q-2, 3*q)
	return cand{end: e, e: within(ys, PrecisionQuarter, from, to, "")}, true
}

// season: 春季/春天 … 冬季/冬天, 今夏 … Meteorological seasons: spring
// March–May, summer June–August, autumn September–November, winter
// December to February of the next year.
func (s *scanner) season(i int, ys yearSpec) (cand, bool) {
	j := i
	if !ys.given {
		if k, ok := s.lit(i, "今"); ok { // 今春, 今夏, 今秋, 今冬
			if k2, _, ok := s.oneOf(k, "春", "夏", "秋", "冬"); ok && s.at(k2) != '季' && s.at(k2) != '天' && s.at(k2) != '节' {
				if s.a.Known {
					ys = yearSpec{given: true, y: s.a.Date.Year, basis: BasisPublished}
				} else {
					ys = yearSpec{given: true, basis: BasisUnresolved}
				}
				return s.seasonOf(i, k, k2, ys)
			}
			return cand{}, false
		}
	}
	k, l, ok := s.oneOf(j, "春季", "春天", "夏季", "夏天", "秋季", "秋天", "冬季", "冬天")
	if !ok && ys.text {
		// 2025年春，: a one-character season right after a stated year
		if k2, _, one := s.oneOf(j, "春", "夏", "秋", "冬"); one && !isHan(s.at(k2)) {
			return s.seasonOf(i, j, k2, ys)
		}
	}
	if !ok {
		return cand{}, false
	}
	if !ys.given && (l[3:] == "天") && (s.at(i-1) == '的' || s.at(i-1) == '个') {
		return cand{}, false // 科技的春天: a figure of speech; 这个夏天 is anaphoric
	}
	if _, _, games := s.oneOf(k, "奥运", "奥林匹克", "残奥", "运动会", "亚运"); games {
		return cand{}, false // 冬季奥运会: a named event of its own year, not this year's winter
	}
	return s.seasonOf(i, j, k, ys)
}

func (s *scanner) seasonOf(i, at, end int, ys yearSpec) (cand, bool) {
	var m1 int
	var note string
	switch s.at(at) {
	case '春':
		m1, note = 3, "spring, meteorological: March–May"
	case '夏':
		m1, note = 6, "summer, meteorological: June–August"
	case '秋':
		m1, note = 9, "autumn, meteorological: September–November"
	default:
		m1, note = 12, "winter, meteorological: December to February of the next year"
	}
	from, to := monthSpan(ys.y, m1, m1+2)
	return cand{end: end, e: within(ys, PrecisionSeason, from, to, note)}, true
}
