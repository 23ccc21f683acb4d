package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// BenchmarkExplorerSelect is a whole-window selection change: the model
// changes and every view (timeline, map, details, reader) updates, lays
// out and scrolls, then the window is laid out. Goal: < 8 ms.
func BenchmarkExplorerSelect(b *testing.B) {
	a := test.NewTempApp(b)
	v := theme.VariantLight
	a.Settings().SetTheme(NewTheme(&v))
	s, _ := data.Default()
	x := NewExplorer(s)
	w := test.NewTempWindow(b, x)
	w.Resize(fyne.NewSize(1280, 800))
	refs := []data.Ref{
		{Kind: data.RefEvent, ID: "gala"},
		{Kind: data.RefCluster, ID: "ai"},
		{Kind: data.RefPassage, ID: "p34.3"},
		{Kind: data.RefEntity, ID: "unitree"},
		{Kind: data.RefEvent, ID: "modelscope"},
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x.Sel.Select(refs[i%len(refs)])
		x.Refresh()
		i++
	}
}
