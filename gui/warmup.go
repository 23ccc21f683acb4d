package gui

import (
	"image"
	"image/color"
	"image/draw"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// NewWarmUp returns what the window shows while the explorer is being
// built (see Explorer.Prepare): to the eye, the theme's background only.
//
// It draws with each of the GL painter's programs the explorer uses, in
// the background colour. Without a GPU (kiosk PCs, virtual machines,
// Xvfb) Fyne renders through Mesa's llvmpipe, which compiles each shader
// the first time it draws with it, 5–10 ms apiece. Drawn here they are
// compiled while the explorer is still being built on the other core,
// instead of during the explorer's first frame (about 25 ms of it under
// Xvfb). TestWarmUpCoversExplorer keeps the list complete.
//
// It has no text: measuring or drawing text here would use Fyne's font
// faces, which are not safe for concurrent use, while the other core
// measures the explorer's text (TestPrepareOffMain). Text is drawn with
// the same program as images.
func NewWarmUp() fyne.CanvasObject {
	bg := theme.Color(theme.ColorNameBackground)
	at := func(o fyne.CanvasObject, x float32) fyne.CanvasObject {
		o.Move(fyne.NewPos(x, 4))
		o.Resize(fyne.NewSize(16, 16))
		return o
	}
	line := canvas.NewLine(bg)
	line.StrokeWidth = 2
	line.Position1, line.Position2 = fyne.NewPos(4, 4), fyne.NewPos(20, 12)
	rounded := canvas.NewRectangle(bg)
	rounded.CornerRadius = 4
	rounded.StrokeColor, rounded.StrokeWidth = bg, 1
	fill := image.NewRGBA(image.Rect(0, 0, 2, 2))
	draw.Draw(fill, fill.Rect, image.NewUniform(bg), image.Point{}, draw.Src)
	return container.NewWithoutLayout(
		line,
		at(canvas.NewRectangle(bg), 24),
		at(rounded, 44),
		at(canvas.NewCircle(bg), 64),
		at(canvas.NewHorizontalGradient(bg, bg), 84),
		at(canvas.NewRasterWithPixels(func(_, _, _, _ int) color.Color { return bg }), 104),
		at(canvas.NewImageFromImage(fill), 124),
	)
}
