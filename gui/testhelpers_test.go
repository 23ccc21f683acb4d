package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// lightSelection starts a test app in the light variant of the bundled
// theme (so images are the same on every machine) and returns a selection
// over the default story. Every widget test starts here.
func lightSelection(t testing.TB) *Selection {
	t.Helper()
	discardUI()
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
	walkTree(w.Canvas().Content(), func(fyne.CanvasObject) bool { return true })
}

// walkTree calls visit on o and, if it returns true, on o's children
// (a widget's from its renderer), depth first as a frame walks the tree.
func walkTree(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if !visit(o) {
		return
	}
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walkTree(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			walkTree(c, visit)
		}
	}
}

// inked is a text and the box its glyphs take, in its parent's
// coordinates: what layout tests check, whatever draws the text.
type inked struct {
	text       string
	x, y, w, h float32
}

func inkOfText(tx *canvas.Text) inked {
	m := fyne.MeasureText(tx.Text, tx.TextSize, tx.TextStyle)
	x := tx.Position().X
	switch tx.Alignment {
	case fyne.TextAlignCenter:
		x += (tx.Size().Width - m.Width) / 2
	case fyne.TextAlignTrailing:
		x += tx.Size().Width - m.Width
	}
	return inked{tx.Text, x, tx.Position().Y, m.Width, m.Height}
}

func inkOf(t *drawnText) inked {
	if tx, ok := t.obj.(*canvas.Text); ok {
		return inkOfText(tx)
	}
	m := fyne.MeasureText(string(t.text), t.size, t.style)
	return inked{string(t.text), t.obj.Position().X, t.obj.Position().Y, m.Width, m.Height}
}

func inkOfLines(b diagramLines) []inked {
	var out []inked
	for _, t := range b.texts {
		out = append(out, inkOf(t))
	}
	return out
}
