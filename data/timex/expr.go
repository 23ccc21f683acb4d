package timex

import "fmt"

// Date is a civil (Gregorian) date. Month and Day are 0 when the date is
// known only to the year or month (an anchor such as "2025" or "2025-06");
// an interval end in an Expr is always a full date.
type Date struct{ Year, Month, Day int }

// IsZero reports whether d is the zero Date (no date at all).
func (d Date) IsZero() bool { return d == Date{} }

// String renders d as ISO 8601 to the precision it has: 2025, 2025-06 or
// 2025-06-30; the zero Date renders as "-".
func (d Date) String() string {
	switch {
	case d.IsZero():
		return "-"
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Before reports whether d falls strictly before e (full dates compared
// field by field; a missing month or day counts as 0).
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// Precision says how exactly an expression dates its interval.
type Precision string

// The precisions Find gives.
const (
	PrecisionDay        Precision = "day"         // 2025年6月30日, 12月17日, 17日
	PrecisionMonthPart  Precision = "month-part"  // 6月上旬, 12月底 (ten-day thirds of a month)
	PrecisionMonth      Precision = "month"       // 2019年10月, 今年7月, 12月份
	PrecisionSeason     Precision = "season"      // 夏季, 今年秋天 (meteorological months)
	PrecisionQuarter    Precision = "quarter"     // 一季度, 前三季度
	PrecisionHalfYear   Precision = "half-year"   // 上半年, 2025年下半年
	PrecisionYearPart   Precision = "year-part"   // 年初, 年中, 年末/年底/年尾
	PrecisionYear       Precision = "year"        // 2025年, 今年, 去年
	PrecisionHoliday    Precision = "holiday"     // 春节, 中秋, 马年春晚, 国庆
	PrecisionRange      Precision = "range"       // 2024年5月31日至6月12日, 2024年以来
	PrecisionPlanPeriod Precision = "plan-period" // “十五五”时期, （2024—2027年）
	PrecisionMultiYear  Precision = "multi-year"  // 2019年至2024年, 2020年代
	PrecisionVague      Precision = "vague"       // 近日, 近年来, 目前
)

// Basis says how an expression's interval was obtained.
type Basis string

// The bases Find gives.
const (
	BasisStated     Basis = "stated"     // the text gives the year (or the whole date)
	BasisPublished  Basis = "published"  // resolved against the publication date
	BasisLunar      Basis = "lunar"      // the lunar calendar decided the day (see Expr.YearBasis for the year)
	BasisUnresolved Basis = "unresolved" // relative, and no publication date (or not precise enough) to resolve it
	BasisVague      Basis = "vague"      // stated vaguely; never given an interval
)

// Expr is one time expression found in a text.
type Expr struct {
	Start, End int    // byte offsets of the expression in the text passed to Find
	Text       string // exactly text[Start:End]

	// From and To bound the inclusive interval the expression denotes
	// (To == From for one day). Both are zero when the expression is
	// unresolved or vague. When OpenEnd is set, To is zero: the interval
	// runs from From up to a publication date that is not known.
	From, To  Date
	Precision Precision
	Basis     Basis
	Vague     bool // 近日, 近年来, 过去十年, 目前: kept as stated, never given an invented interval

	// YearBasis says where the year came from: BasisStated (the text),
	// BasisPublished (the publication date) or BasisUnresolved. It differs
	// from Basis for lunar holidays (Basis is then BasisLunar).
	YearBasis Basis
	// OpenEnd marks "since …" expressions (2024年以来, 2019年至今) whose
	// end is the publication date when that is not known.
	OpenEnd bool
	// Note says in English how the interval was obtained when that is not
	// obvious from the text (a zodiac year, a lunar date, a plan number,
	// the convention used for a season or part of a year).
	Note string
}

// Resolved reports whether the expression was given a date: a full
// interval, or an open-ended "since" interval with a known start.
func (e Expr) Resolved() bool {
	return !e.From.IsZero() && (!e.To.IsZero() || e.OpenEnd)
}

// Interval renders the interval as "2025-01-28", "2024-05-31..2024-06-12",
// "2024-01-01..(publication)" or "-" when there is none.
func (e Expr) Interval() string {
	switch {
	case e.From.IsZero():
		return "-"
	case e.OpenEnd:
		return e.From.String() + "..(publication)"
	case e.From == e.To:
		return e.From.String()
	}
	return e.From.String() + ".." + e.To.String()
}
