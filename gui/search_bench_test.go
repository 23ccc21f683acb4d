package gui

import (
	"testing"
)

// BenchmarkSearchKeystroke is search as you type in the panel on the
// seed: 人工智能 typed one rune at a time into the box, each keystroke
// searching, grouping, laying out the visible rows and marking every hit
// in the reader beside it; every fifth keystroke clears the box (Escape).
// One op is one keystroke. Goal: ≤ 2 ms.
func BenchmarkSearchKeystroke(b *testing.B) {
	p, _, _, _ := newTestSearch(b, true)
	runes := []rune("人工智能")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if k := i % (len(runes) + 1); k < len(runes) {
			p.entry.TypedRune(runes[k])
		} else {
			p.Reset()
		}
		i++
	}
	b.StopTimer()
	if p.Query() != "" && len(p.rows) == 0 {
		b.Fatalf("query %q found nothing", p.Query())
	}
}
