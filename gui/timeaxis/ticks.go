package timeaxis

import (
	"strconv"
)

// Tick is one mark on the axis. Major ticks (years) are drawn taller and
// always labelled; minor ticks (quarters, months, days) are labelled when
// there is room.
type Tick struct {
	Day   Day
	Label string
	// Context names the tick in full where no coarser tick is in view:
	// 11月26日 for a day, 2025年11月 for a month (the axis's first label).
	Context string
	Major   bool
}

// unit is a step between ticks, in calendar terms.
type unit struct {
	years, months, days int
}

// units from the coarsest to the finest. A unit is used when its typical
// length in pixels leaves minGap between labels.
var units = []struct {
	u    unit
	days float32 // typical length
}{
	{unit{years: 10}, 3652}, {unit{years: 5}, 1826}, {unit{years: 2}, 730}, {unit{years: 1}, 365},
	{unit{months: 6}, 182}, {unit{months: 3}, 91}, {unit{months: 1}, 30.4},
	{unit{days: 7}, 7}, {unit{days: 1}, 1},
}

// Ticks returns the ticks between from and to (days) at the scale, spaced
// at least minGap pixels apart. Years are major ticks; below a year the
// finer unit's ticks are minor. en selects English month names.
func Ticks(s Scale, from, to Day, minGap float32, en bool) []Tick {
	pick := units[0].u
	for _, c := range units {
		if c.days*s.PerDay >= minGap {
			pick = c.u
		}
	}
	var ticks []Tick
	y, m, d := from.civil()
	// Start at the unit's boundary at or before from.
	switch {
	case pick.years > 0:
		y, m, d = y-((y%pick.years)+pick.years)%pick.years, 1, 1
	case pick.months > 0:
		m, d = m-(m-1)%pick.months, 1
	}
	for i := 0; i < 100000; i++ {
		day := DayOf(y, m, d)
		if day > to {
			break
		}
		if day >= from {
			major := m == 1 && d == 1
			ticks = append(ticks, Tick{Day: day, Label: tickLabel(y, m, d, pick, major, en), Context: tickContext(y, m, d, pick, major, en), Major: major})
		}
		switch {
		case pick.years > 0:
			y += pick.years
		case pick.months > 0:
			m += pick.months
			for m > 12 {
				m -= 12
				y++
			}
		default:
			y, m, d = (day + Day(pick.days)).civil()
		}
	}
	return ticks
}

// tickContext is a tick's label with the coarser unit it belongs to:
// the month of a day, the year of a month.
func tickContext(y, m, d int, u unit, major, en bool) string {
	switch {
	case major || u.years > 0:
		return strconv.Itoa(y)
	case u.days > 0:
		if en {
			return monthsEn[m-1] + " " + strconv.Itoa(d)
		}
		return strconv.Itoa(m) + "月" + strconv.Itoa(d) + "日"
	}
	if en {
		return monthsEn[m-1] + " " + strconv.Itoa(y)
	}
	return strconv.Itoa(y) + "年" + strconv.Itoa(m) + "月"
}

var monthsEn = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// tickLabel names a tick: the year at year boundaries, else the month (or
// the day of the month when the unit is days).
func tickLabel(y, m, d int, u unit, major, en bool) string {
	if major || u.years > 0 {
		return strconv.Itoa(y)
	}
	if u.days > 0 && d != 1 {
		if en {
			return strconv.Itoa(d)
		}
		return strconv.Itoa(d) + "日"
	}
	if en {
		return monthsEn[m-1]
	}
	return strconv.Itoa(m) + "月"
}
