package timeaxis

import (
	"math"
	"time"
)

// Day counts days since 1970-01-01 (UTC). Fractions are positions within a
// day: an interval [from, to] of whole days is drawn from Day(from) to
// Day(to)+1, so a one-day event has a width of one day.
type Day float64

// DayOf returns the Day of a civil date. Month and day may be 0 when the
// date is less precise: they count as 1.
func DayOf(year, month, day int) Day {
	t := time.Date(year, time.Month(max(month, 1)), max(day, 1), 0, 0, 0, 0, time.UTC)
	return Day(t.Unix() / 86400)
}

// civil returns the calendar date of a day.
func (d Day) civil() (year, month, day int) {
	t := time.Unix(int64(math.Floor(float64(d)))*86400, 0).UTC()
	return t.Year(), int(t.Month()), t.Day()
}

// Scale maps days to x positions in a view of a given width. From is the
// day at the left edge, PerDay the pixels one day takes.
type Scale struct {
	From   Day
	PerDay float32
}

// X returns the x position of day d.
func (s Scale) X(d Day) float32 { return float32(d-s.From) * s.PerDay }

// At returns the day at x.
func (s Scale) At(x float32) Day { return s.From + Day(x/s.PerDay) }

// Fit returns the scale that shows [from, to] in width, with margin pixels
// free on each side. An empty or inverted interval is widened to a year
// around its start, so a single event is not drawn across the whole view.
func Fit(from, to Day, width, margin float32) Scale {
	if to-from < 1 {
		from, to = from-183, from+183
	}
	inner := max(width-2*margin, 1)
	per := inner / float32(to-from)
	return Scale{From: from - Day(margin/per), PerDay: per}
}

// Zoom returns the scale magnified by f (f > 1 zooms in) about the point
// at x, which stays where it is. The result is clamped to [minPer, maxPer]
// pixels a day.
func (s Scale) Zoom(f, x, minPer, maxPer float32) Scale {
	anchor := s.At(x)
	per := min(max(s.PerDay*f, minPer), maxPer)
	return Scale{From: anchor - Day(x/per), PerDay: per}
}

// Pan returns the scale moved by dx pixels (dx > 0 moves the content right,
// showing earlier days).
func (s Scale) Pan(dx float32) Scale {
	return Scale{From: s.From - Day(dx/s.PerDay), PerDay: s.PerDay}
}

// Bounds for zooming: from about fifty years across a view to a day about
// 80 pixels wide.
const (
	minPerDay = 1.0 / 40
	maxPerDay = 80
)
