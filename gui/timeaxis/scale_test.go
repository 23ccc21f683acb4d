package timeaxis

import (
	"math"
	"testing"
)

func TestDayOf(t *testing.T) {
	if d := DayOf(1970, 1, 1); d != 0 {
		t.Fatalf("epoch = %v", d)
	}
	if d := DayOf(2025, 1, 29) - DayOf(2025, 1, 28); d != 1 {
		t.Fatalf("one day apart = %v", d)
	}
	if DayOf(2025, 0, 0) != DayOf(2025, 1, 1) {
		t.Fatal("missing month and day should count as the first")
	}
	y, m, d := DayOf(2024, 2, 29).civil()
	if y != 2024 || m != 2 || d != 29 {
		t.Fatalf("civil = %d-%d-%d", y, m, d)
	}
}

func TestFitShowsTheSpan(t *testing.T) {
	from, to := DayOf(2017, 1, 1), DayOf(2026, 1, 1)
	s := Fit(from, to, 1000, 20)
	if x := s.X(from); math.Abs(float64(x-20)) > 0.01 {
		t.Errorf("first day at %v, want 20", x)
	}
	if x := s.X(to); math.Abs(float64(x-980)) > 0.01 {
		t.Errorf("last day at %v, want 980", x)
	}
	one := Fit(from, from, 1000, 20)
	if one.PerDay > 3 {
		t.Errorf("a single day fills the view: %v px/day", one.PerDay)
	}
}

func TestZoomKeepsTheAnchor(t *testing.T) {
	s := Fit(DayOf(2020, 1, 1), DayOf(2026, 1, 1), 800, 0)
	at := s.At(300)
	z := s.Zoom(2, 300, minPerDay, maxPerDay)
	if got := z.At(300); math.Abs(float64(got-at)) > 1e-3 {
		t.Errorf("day under the pointer moved: %v → %v", at, got)
	}
	if z.PerDay != 2*s.PerDay {
		t.Errorf("per day %v, want %v", z.PerDay, 2*s.PerDay)
	}
	if c := s.Zoom(1e9, 0, minPerDay, maxPerDay); c.PerDay != maxPerDay {
		t.Errorf("zoom not clamped: %v", c.PerDay)
	}
	p := s.Pan(50)
	if got := p.X(s.At(100)); math.Abs(float64(got-150)) > 1e-3 {
		t.Errorf("pan by 50 moved x=100 to %v", got)
	}
}

func TestTicksFollowTheZoom(t *testing.T) {
	from, to := DayOf(2017, 1, 1), DayOf(2026, 1, 1)
	wide := Fit(from, to, 900, 0) // nine years in 900 px: 100 px a year
	ticks := Ticks(wide, from, to, 60, false)
	if len(ticks) != 10 || ticks[0].Label != "2017" || !ticks[0].Major || ticks[9].Label != "2026" {
		t.Fatalf("years: %+v", ticks)
	}
	year := Fit(DayOf(2025, 1, 1), DayOf(2026, 1, 1), 1200, 0) // a year in 1200 px
	ticks = Ticks(year, DayOf(2025, 1, 1), DayOf(2025, 12, 31), 60, false)
	if len(ticks) != 12 || ticks[0].Label != "2025" || ticks[6].Label != "7月" || ticks[6].Major {
		t.Fatalf("months: %+v", ticks)
	}
	en := Ticks(year, DayOf(2025, 7, 1), DayOf(2025, 7, 1), 60, true)
	if len(en) != 1 || en[0].Label != "Jul" {
		t.Fatalf("English month: %+v", en)
	}
	for i := 1; i < len(ticks); i++ {
		if gap := year.X(ticks[i].Day) - year.X(ticks[i-1].Day); gap < 60 {
			t.Errorf("ticks %d and %d only %v px apart", i-1, i, gap)
		}
	}
	days := Fit(DayOf(2025, 6, 1), DayOf(2025, 6, 8), 800, 0)
	ticks = Ticks(days, DayOf(2025, 6, 1), DayOf(2025, 6, 7), 60, false)
	if len(ticks) != 7 || ticks[0].Label != "6月" || ticks[1].Label != "2日" {
		t.Fatalf("days: %+v", ticks)
	}
	// Each tick knows its full name, for the first label in view.
	if ticks[1].Context != "6月2日" || en[0].Context != "Jul 2025" || ticks[0].Context != "6月1日" {
		t.Errorf("contexts: %q %q %q", ticks[1].Context, en[0].Context, ticks[0].Context)
	}
}

func TestPack(t *testing.T) {
	lanes, n := pack([][2]float32{{0, 100}, {50, 120}, {110, 200}, {130, 140}, {205, 300}}, 4)
	want := []int{0, 1, 0, 1, 0}
	if n != 2 {
		t.Fatalf("lanes = %d, want 2", n)
	}
	for i := range want {
		if lanes[i] != want[i] {
			t.Fatalf("lanes = %v, want %v", lanes, want)
		}
	}
}
