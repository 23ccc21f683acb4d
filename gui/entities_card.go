package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// The study views (entity cards, facts, glossary) are columns of cards
// that follow the one Selection: the card of the selected item is tinted
// strongly and scrolled into view, cards linked to it lightly. The pieces
// they share live here.

// touchHeight is the smallest height of anything tapped: a kiosk's finger
// needs about 44 px (Apple's and Google's guidance agree).
const touchHeight = 44

type cardState int

const (
	cardPlain cardState = iota
	cardRelated
	cardSelected
)

// tapRow is a touch target: content over a hover tint, at least
// touchHeight tall, calling onTap. A card is made of them, so a card can
// have several targets (an entity's title selects the entity, each of its
// sentences selects that sentence).
type tapRow struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
	padX    float32
	padY    float32
	minH    float32             // touchHeight when zero
	fill    fyne.ThemeColorName // resting background (a chip's pill), or none
	hovered bool
	marked  bool // tinted as related to the selection
}

var (
	_ fyne.Tappable      = (*tapRow)(nil)
	_ desktop.Hoverable  = (*tapRow)(nil)
	_ desktop.Cursorable = (*tapRow)(nil)
)

func newTapRow(content fyne.CanvasObject, onTap func()) *tapRow {
	t := &tapRow{content: content, onTap: onTap, padX: 12, padY: 6}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tapRow) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap()
	}
}

func (t *tapRow) MouseIn(*desktop.MouseEvent)    { t.hovered = true; hoverIn(t); t.Refresh() }
func (t *tapRow) MouseMoved(*desktop.MouseEvent) {}
func (t *tapRow) MouseOut()                      { t.hovered = false; hoverOut(t); t.Refresh() }

// Cursor shows a pointing hand: the row does something when tapped.
func (t *tapRow) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (t *tapRow) setMarked(m bool) {
	if t.marked != m {
		t.marked = m
		t.Refresh()
	}
}

func (t *tapRow) heightFor(w float32) float32 {
	minH := t.minH
	if minH == 0 {
		minH = touchHeight
	}
	return max(minH, heightAt(t.content, w-2*t.padX)+2*t.padY)
}

func (t *tapRow) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	return &tapRowRenderer{t: t, bg: bg, objs: []fyne.CanvasObject{bg, t.content}}
}

type tapRowRenderer struct {
	t    *tapRow
	bg   *canvas.Rectangle
	objs []fyne.CanvasObject
}

func (r *tapRowRenderer) Layout(size fyne.Size) {
	t := r.t
	r.bg.Resize(size)
	cw := size.Width - 2*t.padX
	ch := heightAt(t.content, cw)
	t.content.Move(fyne.NewPos(t.padX, (size.Height-ch)/2))
	t.content.Resize(fyne.NewSize(cw, ch))
}

func (r *tapRowRenderer) MinSize() fyne.Size {
	w := r.t.Size().Width
	if w <= 0 {
		w = 320
	}
	return fyne.NewSize(r.t.content.MinSize().Width+2*r.t.padX, r.t.heightFor(w))
}

func (r *tapRowRenderer) Refresh() {
	t := r.t
	th, v := t.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	switch {
	case t.hovered:
		r.bg.FillColor = th.Color(theme.ColorNameHover, v)
	case t.marked:
		r.bg.FillColor = th.Color(ColorHighlightStrong, v)
	case t.fill != "":
		r.bg.FillColor = th.Color(t.fill, v)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.Refresh()
	r.Layout(t.Size())
	t.content.Refresh()
}

func (r *tapRowRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *tapRowRenderer) Destroy()                     {}

// studyCard is one item of a study list: a rounded card around content,
// tinted by how the item relates to the selection, with a bar in the
// primary colour down its left edge when it is the selected item (so the
// state reads without relying on the tint alone).
type studyCard struct {
	widget.BaseWidget
	ref     data.Ref
	content fyne.CanvasObject
	state   cardState
	view    any // what it shows of the story (studyList.setCards)
}

func newStudyCard(ref data.Ref, content fyne.CanvasObject) *studyCard {
	c := &studyCard{ref: ref, content: content}
	c.ExtendBaseWidget(c)
	return c
}

// cardInset is the room between a card's edge and its content: the
// selection bar's width plus a hairline.
const cardInset = 4

func (c *studyCard) setState(s cardState) {
	if c.state != s {
		c.state = s
		c.Refresh()
	}
}

func (c *studyCard) heightFor(w float32) float32 {
	return heightAt(c.content, w-2*cardInset) + 2*cardInset
}

func (c *studyCard) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	bar := canvas.NewRectangle(color.Transparent)
	r := &studyCardRenderer{c: c, bg: bg, bar: bar, objs: []fyne.CanvasObject{bg, bar, c.content}}
	r.Refresh()
	return r
}

type studyCardRenderer struct {
	c       *studyCard
	bg, bar *canvas.Rectangle
	objs    []fyne.CanvasObject
}

func (r *studyCardRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.bar.Move(fyne.NewPos(0, 0))
	r.bar.Resize(fyne.NewSize(cardInset, size.Height))
	r.c.content.Move(fyne.NewPos(cardInset, cardInset))
	r.c.content.Resize(fyne.NewSize(size.Width-2*cardInset, size.Height-2*cardInset))
}

func (r *studyCardRenderer) MinSize() fyne.Size {
	w := r.c.Size().Width
	if w <= 0 {
		w = 320
	}
	return fyne.NewSize(r.c.content.MinSize().Width+2*cardInset, r.c.heightFor(w))
}

func (r *studyCardRenderer) Refresh() {
	c := r.c
	th, v := c.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.StrokeWidth = 1
	r.bg.StrokeColor = th.Color(theme.ColorNameSeparator, v)
	r.bar.FillColor = color.Transparent
	switch c.state {
	case cardSelected:
		r.bg.FillColor = th.Color(ColorHighlight, v)
		r.bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
		r.bar.FillColor = th.Color(theme.ColorNamePrimary, v)
	case cardRelated:
		r.bg.FillColor = th.Color(ColorHighlight, v)
	default:
		r.bg.FillColor = th.Color(theme.ColorNameBackground, v)
	}
	r.bar.CornerRadius = r.bg.CornerRadius / 2
	r.bg.Refresh()
	r.bar.Refresh()
	c.content.Refresh()
}

func (r *studyCardRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *studyCardRenderer) Destroy()                     {}

// inset pads one object on each side and passes heightFor through.
type inset struct {
	x, y  float32
	width float32
}

func padded(o fyne.CanvasObject, x, y float32) *fyne.Container {
	return container.New(&inset{x: x, y: y}, o)
}

func (l *inset) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	var h float32
	for _, o := range objs {
		h = max(h, heightAt(o, w-2*l.x))
	}
	return h + 2*l.y
}

func (l *inset) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	for _, o := range objs {
		o.Move(fyne.NewPos(l.x, l.y))
		o.Resize(fyne.NewSize(size.Width-2*l.x, size.Height-2*l.y))
	}
}

func (l *inset) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := l.width
	if w <= 0 {
		w = 320
	}
	var mw float32
	for _, o := range objs {
		mw = max(mw, o.MinSize().Width)
	}
	return fyne.NewSize(mw+2*l.x, l.heightFor(objs, w))
}
