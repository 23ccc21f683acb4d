package timex

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkExprs holds the invariants every Find result keeps, whatever the
// input: in order, non-overlapping, offsets on rune boundaries, Text the
// exact slice, intervals ordered and well formed.
func checkExprs(t *testing.T, text string, a Anchor, got []Expr) {
	t.Helper()
	starts := map[int]bool{len(text): true} // rune starts as Go decodes them (a stray byte is one rune)
	for i := range text {
		starts[i] = true
	}
	prev := 0
	for _, e := range got {
		if e.Start < prev || e.End <= e.Start || e.End > len(text) {
			t.Fatalf("bad offsets %d:%d (previous end %d, len %d) in %q", e.Start, e.End, prev, len(text), text)
		}
		if !starts[e.Start] || !starts[e.End] || utf8.ValidString(text) && !utf8.RuneStart(text[e.Start]) {
			t.Fatalf("offsets %d:%d not on rune boundaries in %q", e.Start, e.End, text)
		}
		if e.Text != text[e.Start:e.End] {
			t.Fatalf("Text %q != text[%d:%d] %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
		prev = e.End
		switch {
		case e.Vague:
			if !e.From.IsZero() || !e.To.IsZero() || e.Basis != BasisVague {
				t.Fatalf("vague %q has an interval %s / basis %s", e.Text, e.Interval(), e.Basis)
			}
		case e.Basis == BasisUnresolved:
			if !e.From.IsZero() || !e.To.IsZero() {
				t.Fatalf("unresolved %q has an interval %s", e.Text, e.Interval())
			}
		case e.OpenEnd:
			if a.Known || e.From.IsZero() || !e.To.IsZero() {
				t.Fatalf("open-ended %q with anchor %v: %s", e.Text, a, e.Interval())
			}
		default:
			if !validDay(e.From.Year, e.From.Month, e.From.Day) || !validDay(e.To.Year, e.To.Month, e.To.Day) {
				t.Fatalf("%q: invalid interval %s", e.Text, e.Interval())
			}
			if e.To.Before(e.From) {
				t.Fatalf("%q: From after To: %s", e.Text, e.Interval())
			}
			if e.Basis != BasisStated && e.Basis != BasisPublished && e.Basis != BasisLunar {
				t.Fatalf("%q: resolved with basis %q", e.Text, e.Basis)
			}
			if e.YearBasis == BasisPublished && !a.Known {
				t.Fatalf("%q: year from a publication date that is not known", e.Text)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"2024年5月31日至6月12日", "２０２５年３月", "今年7月", "17日", "馬年春晚", "蛇年春晚。2025年", "“十五五”时期",
		"（2024—2027年）", "2024-2027", "近年来", "2026 年中國", "2月30日", "上世纪90年代", "农历八月十五", "同年12月",
		"2024年以来", "6月12日至14日", "二〇二五年十二月三十日", "\xff2025年", "2025年\xe5\xb9", "接近3年",
	} {
		f.Add(s, 2025, 6, 30)
		f.Add(s, 0, 0, 0)
	}
	if b, err := os.ReadFile("../hangzhou-2025.txt"); err == nil {
		f.Add(string(b[:min(len(b), 3000)]), 2025, 0, 0)
	}
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		a := Anchor{Date: Date{y, m, d}, Known: y != 0}
		got := Find(text, a)
		if a.Known && (y < minYear || y > maxYear || m < 0 || m > 12 || d != 0 && !validDay(y, m, d) || m == 0 && d != 0) {
			a = Anchor{}
		}
		checkExprs(t, text, a, got)
		// a clean anchor check: the same text with no anchor resolves nothing relative
		for _, e := range Find(text, Anchor{}) {
			if e.YearBasis == BasisPublished {
				t.Fatalf("%q resolved against no publication date", e.Text)
			}
		}
		_, _ = AnchorFromDateline(text)
	})
}

func FuzzParseAnchor(f *testing.F) {
	for _, s := range []string{"2025", "2025-06", "2025-06-30", "2024-02-29", "2025-02-29", "", "-", "2025--", "+2025", "２０２５", "2025-6-3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAnchor(s)
		if err != nil {
			if a != (Anchor{}) || !strings.Contains(err.Error(), "YYYY") {
				t.Fatalf("ParseAnchor(%q): error %v with anchor %v", s, err, a)
			}
			return
		}
		d := a.Date
		if !a.Known || d.Year < minYear || d.Year > maxYear || d.Month < 0 || d.Month > 12 ||
			d.Day != 0 && !validDay(d.Year, d.Month, d.Day) {
			t.Fatalf("ParseAnchor(%q) = %v", s, a)
		}
		// round trip
		b, err := ParseAnchor(a.String())
		if err != nil || b != a {
			t.Fatalf("round trip %q → %v → %v, %v", s, a, b, err)
		}
	})
}
