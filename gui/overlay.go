package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// tapCatcher is an invisible widget that takes every tap, drag and scroll
// over the area it covers, so an overlay (attract loop, countdown, PIN pad)
// is not tapped through. onTap may be nil.
type tapCatcher struct {
	widget.BaseWidget
	onTap func()
}

func newTapCatcher(onTap func()) *tapCatcher {
	t := &tapCatcher{onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tapCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

func (t *tapCatcher) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

func (t *tapCatcher) Dragged(*fyne.DragEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

func (t *tapCatcher) DragEnd() {}

func (t *tapCatcher) Scrolled(*fyne.ScrollEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

func spacer() fyne.CanvasObject { return layout.NewSpacer() }

func fixedHeight(h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(1, h))
	return r
}

// minSize grows o to at least w×h (touch targets).
func minSize(o fyne.CanvasObject, w, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, h))
	return container.NewStack(r, o)
}
