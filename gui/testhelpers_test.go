package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// lightSelection starts a test app in the light variant of the bundled
// theme (so images are the same on every machine) and returns a selection
// over the default story. Every widget test starts here.
func lightSelection(t testing.TB) *Selection {
	t.Helper()
	a := test.NewTempApp(t)
	v := theme.VariantLight
	a.Settings().SetTheme(NewTheme(&v))
	st, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewSelection(st)
}

// drawn walks w's content as a frame does before it is painted, so that
// lazy layouts (the explorer's) are done, as they are on screen.
func drawn(w fyne.Window) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	walk(w.Canvas().Content())
}
