package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// detailsColumn lays out the reader's column: the details card on top at
// its height for the column's width, the reader below in the rest. A
// Border layout would take the card's MinSize, which is its height at the
// width it had before: a note that wraps to two lines when the window
// narrows then ran over the links until the next layout.
type detailsColumn struct {
	d *Details
}

// newDetailsColumn returns the column of card d above reader.
func newDetailsColumn(d *Details, reader fyne.CanvasObject) *fyne.Container {
	l := &detailsColumn{d: d}
	c := &fyne.Container{Layout: l, Objects: []fyne.CanvasObject{d, reader}}
	// The more chip changes the card's height: lay the column out again
	// (the reader only moves; nothing else needs refreshing).
	d.relayout = func() {
		l.Layout(c.Objects, c.Size())
		d.Refresh()
	}
	return c
}

// Layout implements fyne.Layout.
func (l *detailsColumn) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	d := l.d
	d.avail = size.Height
	h := min(d.heightFor(size.Width), size.Height)
	d.Move(fyne.NewPos(0, 0))
	d.Resize(fyne.NewSize(size.Width, h))
	p := theme.Padding()
	for _, o := range objs {
		if o == fyne.CanvasObject(d) {
			continue
		}
		o.Move(fyne.NewPos(0, h+p))
		o.Resize(fyne.NewSize(size.Width, max(size.Height-h-p, 0)))
	}
}

// MinSize implements fyne.Layout.
func (l *detailsColumn) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		m := o.MinSize()
		w, h = max(w, m.Width), h+m.Height
	}
	return fyne.NewSize(w, h+theme.Padding())
}
