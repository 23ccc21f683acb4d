package timex

import "testing"

// lunar-go panics on impossible dates; lunarToSolar must not, for any
// year Find accepts, and must give each festival in the expected season.
func TestLunarAllYears(t *testing.T) {
	for y := lunarMinYear; y <= maxYear; y += 7 { // every 7th year: lunar-go computes each year afresh (~ms)
		sf, ok := springFestival(y)
		if !ok || sf.Year != y || sf.Month < 1 || sf.Month > 2 {
			t.Fatalf("春节 %d = %v, %v", y, sf, ok)
		}
		if d, ok := lunarToSolar(y, 8, 15); !ok || d.Month < 8 || d.Month > 10 {
			t.Fatalf("中秋 %d = %v", y, d)
		}
		if y%49 == 0 {
			if d, ok := qingming(y); !ok || d.Month != 4 || d.Day < 3 || d.Day > 6 {
				t.Fatalf("清明 %d = %v", y, d)
			}
		}
	}
	for _, bad := range [][3]int{{2025, 13, 1}, {2025, 0, 1}, {2025, 1, 31}, {2025, 1, 0}, {1582, 1, 1}, {3000, 1, 1}} {
		if d, ok := lunarToSolar(bad[0], bad[1], bad[2]); ok {
			t.Errorf("lunar %v gave %v", bad, d)
		}
	}
}

// Published calendars: the Spring Festival and its eve for recent years.
func TestSpringFestivals(t *testing.T) {
	for y, want := range map[int]Date{2020: {2020, 1, 25}, 2023: {2023, 1, 22}, 2024: {2024, 2, 10}, 2025: {2025, 1, 29},
		2026: {2026, 2, 17}, 2027: {2027, 2, 6}} {
		if got, _ := springFestival(y); got != want {
			t.Errorf("春节 %d = %v, want %v", y, got, want)
		}
		if eve, _ := newYearsEve(y); eve != addDays(want, -1) {
			t.Errorf("除夕 %d = %v", y, eve)
		}
	}
	if d, _ := qingming(2025); d != (Date{2025, 4, 4}) {
		t.Errorf("清明 2025 = %v", d)
	}
}

// Find may run on several articles at once (the importer's goroutines):
// the lunar caches and lunar-go's own are safe for that (go test -race).
func TestConcurrentFind(t *testing.T) {
	done := make(chan []Expr)
	for k := 0; k < 4; k++ {
		go func(k int) {
			done <- Find("2031年春节、2032年中秋、马年春晚、2033年清明节", Anchor{Date: Date{2030 + k, 0, 0}, Known: true})
		}(k)
	}
	for k := 0; k < 4; k++ {
		if got := <-done; len(got) != 4 || !got[0].Resolved() {
			t.Errorf("concurrent Find: %v", got)
		}
	}
}
