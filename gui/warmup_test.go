package gui

import (
	"fmt"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// glPrograms collects the GL painter programs (Fyne 2.7's
// internal/painter/gl) that o's tree is drawn with: text, images, rasters
// and gradients are textures; circles are drawn as rounded rectangles.
func glPrograms(o fyne.CanvasObject, kinds map[string]bool) {
	walkTree(o, func(o fyne.CanvasObject) bool {
		if !o.Visible() {
			return false
		}
		switch o := o.(type) {
		case *fyne.Container, fyne.Widget:
		case *canvas.Text, *canvas.Image, *canvas.Raster, *canvas.LinearGradient, *canvas.RadialGradient:
			kinds["texture"] = true
		case *canvas.Rectangle:
			if o.CornerRadius > 0 || o.TopLeftCornerRadius > 0 || o.BottomLeftCornerRadius > 0 {
				kinds["round rectangle"] = true
			} else {
				kinds["rectangle"] = true
			}
		case *canvas.Circle:
			kinds["round rectangle"] = true
		default:
			kinds[fmt.Sprintf("%T", o)] = true
		}
		return true
	})
}

// TestWarmUpCoversExplorer: the warm-up draws with every GL program the
// explorer's first frame uses, so none compiles its shader then.
func TestWarmUpCoversExplorer(t *testing.T) {
	x, _ := newTestExplorer(t, 1280, 800)
	x.Sel.Select(ev("gala"))
	drawnKinds, warmKinds := map[string]bool{}, map[string]bool{}
	glPrograms(x, drawnKinds)
	glPrograms(NewWarmUp(), warmKinds)
	for k := range drawnKinds {
		if !warmKinds[k] {
			t.Errorf("the explorer draws with the %s program; NewWarmUp should too", k)
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

// TestWarmUpHasNoText: the warm-up is drawn while another goroutine
// measures the explorer's text, and Fyne's font faces are not safe for
// concurrent use (see NewWarmUp), so it must not measure or draw any.
func TestWarmUpHasNoText(t *testing.T) {
	lightSelection(t)
	for _, o := range NewWarmUp().(*fyne.Container).Objects {
		switch o.(type) {
		case *canvas.Text, fyne.Widget:
			t.Errorf("the warm-up holds a %T", o)
		}
	}
}
