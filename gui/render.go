package gui

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"
)

// Render draws content at size with Fyne's software painter (in the
// current app's theme), the same renderer the tests use. It needs no display, so `--screenshot` works on
// a headless machine and gives the same pixels as the golden tests.
func Render(content fyne.CanvasObject, size fyne.Size, scale float32) image.Image {
	c := software.NewCanvas()
	c.SetScale(scale)
	c.SetPadded(false)
	c.SetContent(content)
	c.Resize(size)
	return c.Capture()
}
