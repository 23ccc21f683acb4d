package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// readerContent is the scrolled text: it draws the reader's objects and
// turns taps into passage selections and drags into scrolling.
type readerContent struct {
	widget.BaseWidget
	r *Reader
}

var (
	_ fyne.Tappable  = (*readerContent)(nil)
	_ fyne.Draggable = (*readerContent)(nil)
)

func newReaderContent(r *Reader) *readerContent {
	c := &readerContent{r: r}
	c.ExtendBaseWidget(c)
	return c
}

func (c *readerContent) CreateRenderer() fyne.WidgetRenderer { return &contentRenderer{c: c} }

// Tapped selects the entity named under the tap (an underlined name) or
// else the sentence under it: the reverse link, which shows what the
// sentence belongs to.
func (c *readerContent) Tapped(e *fyne.PointEvent) {
	if c.r.tapMention(e.Position) {
		return
	}
	if p := c.r.PassageAt(e.Position); p >= 0 {
		c.r.sel.SelectPassage(p)
	}
}

// Dragged scrolls the text with the finger or mouse.
func (c *readerContent) Dragged(e *fyne.DragEvent) { c.r.dragBy(e.Dragged.DY) }

// DragEnd is part of fyne.Draggable.
func (c *readerContent) DragEnd() {}

type contentRenderer struct {
	c *readerContent
}

func (cr *contentRenderer) Objects() []fyne.CanvasObject { return cr.c.r.contentObjects() }

func (cr *contentRenderer) Layout(size fyne.Size) {
	if r := cr.c.r; size.Width > 0 && size.Width != r.width {
		r.prepare(size.Width)
	}
}

func (cr *contentRenderer) MinSize() fyne.Size {
	r := cr.c.r
	if r.layout == nil {
		return fyne.Size{}
	}
	return fyne.NewSize(r.styles.minWidth, r.layout.height)
}

// Refresh is called by the scroll container whenever it refreshes, so it
// only does work when the theme changed.
func (cr *contentRenderer) Refresh() {
	if r := cr.c.r; r.styles != nil && r.currentLook() != r.look {
		r.Refresh()
	}
}

func (cr *contentRenderer) Destroy() {}
