package gui

import (
	"strings"
	"testing"
)

// TestKeywordBarsAgreeWithSearch: each bar's number is what a search for
// its term reports, its length is that number (relative to the longest),
// and tapping it opens search with the same count.
func TestKeywordBarsAgreeWithSearch(t *testing.T) {
	x, _ := newTestExplorer(t, 1280, 800)
	x.Engine.Wait()
	x.showTab(1 + toolKeywords)
	c := x.Keywords
	c.update()
	top := 0
	for _, k := range c.shown {
		top = max(top, k.Count)
	}
	prev := top
	for i, k := range c.shown {
		b := c.bars[i]
		hits := x.Engine.Search(k.Term).Hits
		if b.count != groupCount(hits) {
			t.Errorf("%q: bar says %q, search finds %d", k.Term, b.count, hits)
		}
		if want := float32(hits) / float32(top); b.frac != want {
			t.Errorf("%q: bar length %v, want %v (%d of %d)", k.Term, b.frac, want, hits, top)
		}
		if k.Count > prev {
			t.Errorf("%q (%d) after a shorter bar (%d)", k.Term, k.Count, prev)
		}
		prev = k.Count
	}
	// Tap the second bar: search shows its count.
	b := c.bars[1]
	b.Tapped(nil)
	hits := x.Engine.Search(b.term).Hits
	if x.Search == nil || x.Search.Query() != b.term {
		t.Fatalf("tapping %q did not search it", b.term)
	}
	if status := x.Search.statusText(); !strings.HasPrefix(status, countLine(x.Engine.Search(b.term))) || !strings.Contains(b.count, itoa(hits)) {
		t.Errorf("bar %q says %q, search says %q", b.term, b.count, status)
	}
}

func itoa(n int) string {
	s := ""
	for {
		s = string(rune('0'+n%10)) + s
		n /= 10
		if n == 0 {
			return s
		}
	}
}
