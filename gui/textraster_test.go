package gui

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/qiusuo/qiusuo/resources"
)

// readerLine is a typical line of the reader: Han text with a Latin word,
// so two script runs.
var readerLine = []rune("在夏季达沃斯论坛上，年轻的杭州科创企业引入AI技术构建从发现、预测到优化的全流")

// BenchmarkRasterText compares drawing a reader line as Fyne's GL painter
// draws a canvas.Text (go-text/render into NRGBA) with drawnText's raster
// (the same renderer into RGBA). The ratio is what the reader saves.
func BenchmarkRasterText(b *testing.B) {
	lightSelection(b)
	f := rasterFaceFor(resources.FontRegular)
	const size, scale = 16, 1
	sz := fyne.MeasureText(string(readerLine), size, fyne.TextStyle{})
	w, h := int(sz.Width+1), int(sz.Height+1)
	b.Run("nrgba-as-fyne-gl", func(b *testing.B) {
		for range b.N {
			img := image.NewNRGBA(image.Rect(0, 0, w, h))
			f.drawInto(img, readerLine, size, scale, color.Black)
		}
	})
	b.Run("rgba-drawnText", func(b *testing.B) {
		for range b.N {
			img := image.NewRGBA(image.Rect(0, 0, w, h))
			f.draw(img, readerLine, size, scale, color.Black)
		}
	})
}

// TestRasterTextMatchesCanvasText: a drawnText's raster looks as the
// canvas.Text of the same text would, pixel for pixel give or take rounding.
func TestRasterTextMatchesCanvasText(t *testing.T) {
	lightSelection(t)
	for _, scale := range []float32{1, 1.25, 2} {
		const size = 16
		style := fyne.TextStyle{}
		sz := fyne.MeasureText(string(readerLine), size, style)
		txt := canvas.NewText(string(readerLine), color.Black)
		txt.TextSize = size
		want := Render(txt, sz, scale)
		d := newDrawnText(readerLine, resources.FontRegular, style, size, color.Black)
		if _, ok := d.obj.(*canvas.Raster); !ok {
			t.Fatalf("the bundled font covers the line, got %T", d.obj)
		}
		got := Render(d.obj, sz, scale)
		if d := maxChannelDiff(want, got); d > 2 {
			t.Errorf("scale %.2f: the raster differs from canvas.Text by up to %d levels", scale, d)
		}
	}
}

// TestTextObjectFallsBack: text outside the bundled font stays a
// canvas.Text, so that Fyne's font fallback draws it.
func TestTextObjectFallsBack(t *testing.T) {
	lightSelection(t)
	d := newDrawnText([]rune("表情😀"), resources.FontRegular, fyne.TextStyle{}, 16, color.Black)
	if _, ok := d.obj.(*canvas.Text); !ok {
		t.Errorf("an emoji is not in the bundled font: want a canvas.Text, got %T", d.obj)
	}
	d = newDrawnText([]rune("x"), fyne.NewStaticResource("bad.ttf", []byte("not a font")), fyne.TextStyle{}, 16, color.Black)
	if _, ok := d.obj.(*canvas.Text); !ok {
		t.Errorf("a font that does not parse: want a canvas.Text, got %T", d.obj)
	}
}

func maxChannelDiff(a, b image.Image) int {
	if a.Bounds() != b.Bounds() {
		return 1 << 16
	}
	d := 0
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			for _, p := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}, {a1, a2}} {
				v := int(p[0]>>8) - int(p[1]>>8)
				d = max(d, v, -v)
			}
		}
	}
	return d
}
