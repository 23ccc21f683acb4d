package gui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// BenchmarkKeywordChartRender draws the whole-article chart at 420×600
// with Fyne's software renderer (the renderer of the golden tests and
// --screenshot). Goal: ≤ 16 ms, one frame at 60 Hz. The empty frame is
// the baseline: Fyne's Capture fills and composites a whole NRGBA image
// through image/draw's generic path whatever is on it, so the chart's own
// cost is the difference.
func BenchmarkKeywordChartRender(b *testing.B) {
	sel := lightSelection(b)
	size := fyne.NewSize(420, 600)
	b.Run("chart", func(b *testing.B) {
		c := NewKeywordChart(sel, studyEngine())
		b.ReportAllocs()
		for b.Loop() {
			Render(c, size, 1)
		}
	})
	b.Run("empty-frame", func(b *testing.B) {
		r := canvas.NewRectangle(color.Transparent)
		for b.Loop() {
			Render(r, size, 1)
		}
	})
}

// BenchmarkKeywordChartScope switches scope (rank, relabel, lay out), the
// work a tap on a scope button does before the frame is drawn.
func BenchmarkKeywordChartScope(b *testing.B) {
	sel := lightSelection(b)
	c := NewKeywordChart(sel, studyEngine())
	showStudy(b, c, 420, 600)
	sel.Select(clusterRef("ai"))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c.SetScope(i % len(c.scopes))
		i++
	}
}
