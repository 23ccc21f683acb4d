package timelinejs

import (
	"fmt"
	"strconv"
	"time"

	"github.com/qiusuo/qiusuo/data"
)

const iso = "2006-01-02"

// unit is how finely a TimelineJS date object is given.
type unit int

const (
	unitYear unit = iota
	unitMonth
	unitDay
)

// datesOf turns a closed interval of ISO days into TimelineJS start and
// end dates at the coarsest unit that states it exactly: whole years give
// only years, whole months only year and month, anything else days. The
// end is nil when the interval is one unit. So a month-precision event
// has no day, and the interval survives a round trip unchanged.
func datesOf(from, to string) (start, end *Date, err error) {
	f, err := time.Parse(iso, from)
	if err != nil {
		return nil, nil, fmt.Errorf("date %q is not YYYY-MM-DD", from)
	}
	t, err := time.Parse(iso, to)
	if err != nil {
		return nil, nil, fmt.Errorf("date %q is not YYYY-MM-DD", to)
	}
	u := unitDay
	switch {
	case f.YearDay() == 1 && t.AddDate(0, 0, 1).YearDay() == 1:
		u = unitYear
	case f.Day() == 1 && t.AddDate(0, 0, 1).Day() == 1:
		u = unitMonth
	}
	start, end = dateAt(f, u), dateAt(t, u)
	if *start == *end {
		end = nil
	}
	return start, end, nil
}

func dateAt(t time.Time, u unit) *Date {
	d := &Date{Year: Part(strconv.Itoa(t.Year()))}
	if u >= unitMonth {
		d.Month = Part(strconv.Itoa(int(t.Month())))
	}
	if u >= unitDay {
		d.Day = Part(strconv.Itoa(t.Day()))
	}
	return d
}

// intervalOf is the inverse of datesOf: the first and last day a
// TimelineJS start (and optional end) date stand for, and the precision
// that says how finely they were given. Times of day are ignored: the
// story model dates events to the day.
func intervalOf(start, end *Date) (*data.DateInterval, error) {
	if start == nil {
		return nil, fmt.Errorf("missing start_date (TimelineJS needs one for every event)")
	}
	f, u, err := firstDay(start, "start_date")
	if err != nil {
		return nil, err
	}
	t := lastDay(f, u)
	p := precisionOf(u)
	if end != nil && end.Year != "" {
		ef, eu, err := firstDay(end, "end_date")
		if err != nil {
			return nil, err
		}
		et := lastDay(ef, eu)
		if et.Before(f) {
			return nil, fmt.Errorf("end_date %s is before start_date %s", et.Format(iso), f.Format(iso))
		}
		if !et.Equal(t) {
			t, p = et, data.PrecisionRange
		}
	}
	return &data.DateInterval{From: f.Format(iso), To: t.Format(iso), Precision: p, Basis: data.BasisStated}, nil
}

func precisionOf(u unit) data.Precision {
	switch u {
	case unitYear:
		return data.PrecisionYear
	case unitMonth:
		return data.PrecisionMonth
	}
	return data.PrecisionDay
}

// firstDay reads a date object's first day and unit, rejecting what is
// not a calendar day (month 13, 31 February, years outside 1–9999).
func firstDay(d *Date, field string) (time.Time, unit, error) {
	y, ok := d.Year.Int()
	if !ok {
		return time.Time{}, 0, fmt.Errorf("%s.year %q is not a year", field, d.Year)
	}
	if y < 1 || y > 9999 {
		return time.Time{}, 0, fmt.Errorf("%s.year %d is outside the calendar Qiusuo places events on (1–9999)", field, y)
	}
	m, u := 1, unitYear
	if d.Month != "" {
		if m, ok = d.Month.Int(); !ok || m < 1 || m > 12 {
			return time.Time{}, 0, fmt.Errorf("%s.month %q is not 1–12", field, d.Month)
		}
		u = unitMonth
	}
	day := 1
	if d.Day != "" {
		if u != unitMonth {
			return time.Time{}, 0, fmt.Errorf("%s has a day but no month", field)
		}
		day, ok = d.Day.Int()
		t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		if !ok || day < 1 || t.Day() != day {
			return time.Time{}, 0, fmt.Errorf("%s.day %q is not a day of %04d-%02d", field, d.Day, y, m)
		}
		u = unitDay
	}
	return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC), u, nil
}

func lastDay(f time.Time, u unit) time.Time {
	switch u {
	case unitYear:
		return f.AddDate(1, 0, -1)
	case unitMonth:
		return f.AddDate(0, 1, -1)
	}
	return f
}
