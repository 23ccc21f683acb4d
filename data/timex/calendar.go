package timex

import "time"

// Plain Gregorian arithmetic through package time (UTC, so no zone
// transitions): the lunar calendar lives in lunar.go.

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func validDay(y, m, d int) bool {
	return y >= minYear && y <= maxYear && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func addDays(d Date, n int) Date {
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// addMonths moves a month (Day ignored) by n months.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

func weekday(d Date) time.Weekday {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Weekday()
}

// monthSpan is the whole of months m1..m2 of year y (m2 may exceed 12:
// winter runs into the next year).
func monthSpan(y, m1, m2 int) (Date, Date) {
	ey, em := addMonths(y, 1, m2-1)
	return Date{y, m1, 1}, Date{ey, em, daysIn(ey, em)}
}

// The years Find accepts as calendar years: four-digit years of the modern
// and historical era a news article talks about. Numbers outside are
// counts (5000年历史), not dates.
const (
	minYear = 1000
	maxYear = 2999
)
