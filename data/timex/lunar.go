package timex

import (
	"sync"

	"github.com/6tail/lunar-go/calendar"
)

// The lunar calendar comes from github.com/6tail/lunar-go (MIT licence),
// an astronomical implementation; nothing here is a hand-made table.
// lunar-go panics on impossible dates, so every call goes through
// lunarToSolar, which checks first, and results are cached per date:
// lunar-go computes a whole year's solar terms for each new Lunar value.

// lunarMinYear: lunar-go gives Julian dates before the Gregorian reform
// of October 1582, while Date is Gregorian; earlier lunar dates are left
// unresolved rather than given in the wrong calendar.
const lunarMinYear = 1583

var lunarCache sync.Map // [3]int{year, month, day} → Date

// lunarToSolar converts day d of month m (non-leap) of lunar year y to
// the Gregorian calendar. ok is false for a day that does not exist.
func lunarToSolar(y, m, d int) (Date, bool) {
	if y < lunarMinYear || y > maxYear || m < 1 || m > 12 || d < 1 || d > 30 {
		return Date{}, false
	}
	key := [3]int{y, m, d}
	if v, ok := lunarCache.Load(key); ok {
		dt := v.(Date)
		return dt, !dt.IsZero()
	}
	var out Date
	if lm := calendar.NewLunarYear(y).GetMonth(m); lm != nil && d <= lm.GetDayCount() {
		s := calendar.NewSolarFromJulianDay(lm.GetFirstJulianDay() + float64(d-1))
		out = Date{s.GetYear(), s.GetMonth(), s.GetDay()}
	}
	lunarCache.Store(key, out)
	return out, !out.IsZero()
}

// springFestival is the first day of lunar year y (春节).
func springFestival(y int) (Date, bool) { return lunarToSolar(y, 1, 1) }

// newYearsEve is the last day of lunar year y-1: the eve of lunar year
// y's Spring Festival (除夕), when the CCTV Spring Festival Gala airs.
func newYearsEve(y int) (Date, bool) {
	sf, ok := springFestival(y)
	if !ok {
		return Date{}, false
	}
	return addDays(sf, -1), true
}

var termCache sync.Map // [2]int{year, term} → Date

// qingming is the day of the Qingming solar term in Gregorian year y.
func qingming(y int) (Date, bool) {
	if y < lunarMinYear || y > maxYear {
		return Date{}, false
	}
	key := [2]int{y, 0}
	if v, ok := termCache.Load(key); ok {
		return v.(Date), true
	}
	var out Date
	if s, ok := calendar.NewSolarFromYmd(y, 4, 1).GetLunar().GetJieQiTable()["清明"]; ok && s != nil {
		out = Date{s.GetYear(), s.GetMonth(), s.GetDay()}
	}
	if out.IsZero() || out.Year != y {
		return Date{}, false
	}
	termCache.Store(key, out)
	return out, true
}

// zodiac animals in cycle order; lunar year y is animals[(y-4) mod 12].
var animals = []rune{'鼠', '牛', '虎', '兔', '龙', '蛇', '马', '羊', '猴', '鸡', '狗', '猪'}

func animalIndex(c rune) int {
	for i, a := range animals {
		if a == c {
			return i
		}
	}
	return -1
}

// zodiacYear picks the lunar year of the given animal nearest to year
// near (within six years; on a tie, the earlier: news looks back more
// often than ahead).
func zodiacYear(animal, near int) int {
	base := ((near-4)%12 + 12) % 12
	diff := ((animal-base)%12 + 12) % 12 // 0..11 years ahead
	if diff >= 6 {
		diff -= 12
	}
	return near + diff
}
