package gui

import (
	"fmt"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// primitives returns the kinds of canvas primitive drawn in o's tree
// (text by style, rectangles by whether their corners are rounded).
func primitives(o fyne.CanvasObject, kinds map[string]bool) {
	if !o.Visible() {
		return
	}
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			primitives(c, kinds)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			primitives(c, kinds)
		}
	case *canvas.Text:
		kinds[fmt.Sprintf("text bold=%v", o.TextStyle.Bold)] = true
	case *canvas.Rectangle:
		kinds[fmt.Sprintf("rectangle rounded=%v", o.CornerRadius > 0)] = true
	default:
		kinds[fmt.Sprintf("%T", o)] = true
	}
}

// TestWarmUpCoversExplorer: the warm-up draws every kind of primitive the
// explorer's first frame draws, so none compiles its shader then.
func TestWarmUpCoversExplorer(t *testing.T) {
	x, _ := newTestExplorer(t, 1280, 800)
	x.Sel.Select(ev("gala"))
	drawnKinds, warmKinds := map[string]bool{}, map[string]bool{}
	primitives(x, drawnKinds)
	primitives(NewWarmUp(), warmKinds)
	for k := range drawnKinds {
		if !warmKinds[k] {
			t.Errorf("the explorer draws a %s; NewWarmUp should draw one too", k)
		}
	}
}

// TestWarmUpIsInvisible: to the eye the warm-up is the background only.
func TestWarmUpIsInvisible(t *testing.T) {
	lightSelection(t)
	img := Render(NewWarmUp(), fyne.NewSize(200, 40), 1)
	bg := color.NRGBAModel.Convert(theme.Color(theme.ColorNameBackground)).(color.NRGBA)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA); c != bg {
				t.Fatalf("pixel (%d,%d) is %v, not the background %v", x, y, c, bg)
			}
		}
	}
}
