package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// Anchor is the publication date relative expressions are resolved
// against. Date may be a year only (Month and Day 0), a year and month,
// or a full date. Known is false when there is no usable publication
// year; AnchorFromDateline may then still fill Month and Day from a
// year-less dateline (中新网杭州12月18日电), which Find does not use
// until a year is supplied with WithYear.
type Anchor struct {
	Date  Date
	Known bool
}

// WithYear completes a year-less anchor (from a dateline that gives only
// month and day) with a year from elsewhere (the --published option).
func (a Anchor) WithYear(y int) Anchor {
	a.Date.Year = y
	a.Known = y >= minYear && y <= maxYear
	return a
}

// String renders the anchor as ISO 8601 ("2025", "2025-06", "2025-06-30"),
// "--12-18" for a year-less dateline, or "none".
func (a Anchor) String() string {
	if !a.Known {
		if a.Date.Month > 0 && a.Date.Day > 0 {
			return fmt.Sprintf("--%02d-%02d", a.Date.Month, a.Date.Day)
		}
		return "none"
	}
	return a.Date.String()
}

// last is the last day the anchor can stand for: the publication day
// itself, or the end of its month or year when only those are known.
func (a Anchor) last() Date {
	d := a.Date
	switch {
	case d.Month == 0:
		return Date{d.Year, 12, 31}
	case d.Day == 0:
		return Date{d.Year, d.Month, daysIn(d.Year, d.Month)}
	}
	return d
}

// ParseAnchor reads a publication date given as YYYY, YYYY-MM or
// YYYY-MM-DD (the --published option).
func ParseAnchor(s string) (Anchor, error) {
	bad := func(why string) (Anchor, error) {
		return Anchor{}, fmt.Errorf("publication date %q: %s (want YYYY, YYYY-MM or YYYY-MM-DD)", s, why)
	}
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 {
		return bad("too many parts")
	}
	want := []int{4, 2, 2}
	var v [3]int
	for i, p := range parts {
		if len(p) != want[i] {
			return bad(fmt.Sprintf("%s must have %d digits", [...]string{"year", "month", "day"}[i], want[i]))
		}
		n, err := strconv.Atoi(p)
		if err != nil || strings.ContainsAny(p, "+-") {
			return bad("not a number")
		}
		v[i] = n
	}
	y, m, d := v[0], v[1], v[2]
	switch {
	case y < minYear || y > maxYear:
		return bad(fmt.Sprintf("year outside %d–%d", minYear, maxYear))
	case len(parts) > 1 && (m < 1 || m > 12):
		return bad("no such month")
	case len(parts) > 2 && !validDay(y, m, d):
		return bad("no such day")
	}
	return Anchor{Date: Date{y, m, d}, Known: true}, nil
}
