package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui/timeaxis"
	"github.com/qiusuo/qiusuo/gui/touch"
)

// Timeline is a horizontal strip of the story's events in chronological
// order: one tappable card per event, hanging from an axis. It follows the
// shared Selection: the selected event is filled, events related to the
// selection (the events of a selected cluster, entity or sentence) are
// outlined, and tapping a card selects its event.
//
// When the strip is narrower than the cards need it scrolls horizontally
// (by dragging, too) and keeps the selected card in view.
type Timeline struct {
	widget.BaseWidget

	sel      *Selection
	cards    []*tlCard
	axis     *canvas.Line
	arrow    [2]*canvas.Line // the arrowhead: time runs to the right
	scroll   *container.Scroll
	strip    *fyne.Container // the axis and the cards, in scroll
	shown    []tlCardKey     // what the cards show (explorer_story.go)
	selected int             // index of the selected event, -1 if none
	short    bool            // the window is short: titles take fewer lines
	// time is the time-axis face, for stories with calendar dates
	// (timeline_axis.go); nil for the strip of cards.
	time *timeaxis.Axis
	// unfollow stops following the selection (explorer_story.go).
	unfollow func()
}

// titleLines is how many lines a card's title may take.
func (t *Timeline) titleLines() int {
	if t.short {
		return tlShortTitleLines
	}
	return tlTitleLines
}

// SetShort tells the timeline whether the window is short, so that its
// cards keep to two title lines and leave the article its room.
func (t *Timeline) SetShort(short bool) {
	if t.short == short {
		return
	}
	t.short = short
	if t.time != nil {
		t.time.SetShort(short)
	}
	for _, c := range t.cards {
		if c.r != nil {
			c.r.titleW = 0 // wrap again
			c.Refresh()
		}
	}
	t.Refresh()
}

// NewTimeline returns a timeline of sel's story that follows sel.
func NewTimeline(sel *Selection) *Timeline {
	t := &Timeline{sel: sel, selected: -1, axis: canvas.NewLine(nil)}
	t.ExtendBaseWidget(t)
	objs := []fyne.CanvasObject{t.axis}
	if datedEvents(sel.Story()) || len(sel.Story().Events) == 0 {
		t.scroll = container.NewScroll(nil) // unused: the explorer may listen to it
		t.time = t.newTimeAxis()
		t.markAxis()
		t.unfollow = sel.OnChange(func(State) { t.markAxis() })
		return t
	}
	for i := range t.arrow {
		t.arrow[i] = canvas.NewLine(nil)
		objs = append(objs, t.arrow[i])
	}
	for i := range sel.Story().Events {
		t.shown = append(t.shown, cardKey(&sel.Story().Events[i]))
		c := newTLCard(t, i)
		t.cards = append(t.cards, c)
		objs = append(objs, c)
	}
	t.strip = container.New(&tlStripLayout{t}, objs...)
	t.scroll = touch.NewScroll(t.strip, container.ScrollHorizontalOnly)
	// Marks are set without refreshing: nothing is drawn yet.
	t.mark(false)
	t.unfollow = sel.OnChange(func(State) { t.mark(true) })
	return t
}

// Step selects the event d places after (d > 0) or before (d < 0) the
// selected one. With no event selected it selects the first event (d > 0)
// or the last (d < 0). It stops at either end rather than wrapping, so a
// presenter holding → does not jump from the last event back to the first.
func (t *Timeline) Step(d int) {
	n := len(t.sel.Story().Events)
	if n == 0 || d == 0 {
		return
	}
	i := t.selected
	switch {
	case i < 0 && d > 0:
		i = 0
	case i < 0:
		i = n - 1
	default:
		i = min(max(i+d, 0), n-1)
	}
	t.sel.Select(data.Ref{Kind: data.RefEvent, ID: t.sel.Story().Events[i].ID})
}

// CreateRenderer implements fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	if t.time != nil {
		return widget.NewSimpleRenderer(t.time)
	}
	r := &tlRenderer{t: t, objects: []fyne.CanvasObject{t.scroll}}
	r.applyTheme()
	return r
}

// mark updates every card's relation to the selection. Only cards whose
// mark changed are refreshed, so a selection change redraws two or three
// cards, not the strip.
func (t *Timeline) mark(refresh bool) {
	t.selected = -1
	for i, c := range t.cards {
		m := diagramMarkOf(t.sel, c.ref())
		if m == diagramSelected {
			t.selected = i
		}
		if m != c.mark {
			c.mark = m
			if refresh {
				c.Refresh()
			}
		}
	}
	if refresh {
		t.reveal()
	}
}

// reveal scrolls the selected card fully into view. With no event
// selected but some related (a cluster was picked on the map), it makes
// sure at least one related card shows, so the viewer sees the link.
func (t *Timeline) reveal() {
	view := t.scroll.Size().Width
	if view <= 0 {
		return
	}
	target := t.selected
	if target < 0 {
		for i, c := range t.cards {
			if c.mark != diagramRelated {
				continue
			}
			if t.shows(c) {
				return
			}
			if target < 0 {
				target = i
			}
		}
	}
	if target < 0 {
		return
	}
	c := t.cards[target]
	margin := theme.SizeForWidget(theme.SizeNamePadding, t)
	left, right := c.Position().X-margin, c.Position().X+c.Size().Width+margin
	if off, move := scrollToShow(left, right, t.scroll.Offset.X, view, t.scroll.Content.Size().Width); move {
		t.scroll.ScrollToOffset(fyne.NewPos(off, 0))
	}
}

// shows reports whether card c is fully in view.
func (t *Timeline) shows(c *tlCard) bool {
	off := t.scroll.Offset.X
	return c.Position().X >= off && c.Position().X+c.Size().Width <= off+t.scroll.Size().Width
}

type tlRenderer struct {
	t       *Timeline
	objects []fyne.CanvasObject
}

func (r *tlRenderer) Layout(size fyne.Size) {
	r.t.scroll.Resize(size)
	r.t.reveal()
}

func (r *tlRenderer) MinSize() fyne.Size { return r.t.scroll.MinSize() }

// Refresh is the full redraw, after a theme change; selection changes go
// through Timeline.mark instead.
func (r *tlRenderer) Refresh() {
	r.applyTheme()
	for _, c := range r.t.cards {
		c.Refresh() // re-measured before the strip lays them out
	}
	r.t.scroll.Refresh()
}

func (r *tlRenderer) applyTheme() {
	c := theme.ColorForWidget(ColorTimeline, r.t)
	r.t.axis.StrokeColor, r.t.axis.StrokeWidth = c, 2
	for _, a := range r.t.arrow {
		a.StrokeColor, a.StrokeWidth = c, 2
	}
}

func (r *tlRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *tlRenderer) Destroy()                     {}

// tlStripLayout lays the cards out side by side under the axis. Cards get
// their minimum width plus an equal share of any spare width, so short
// dates do not waste room and a wide window spreads the events out.
type tlStripLayout struct{ t *Timeline }

// tlGap is the space between cards, in theme paddings.
const tlGap = 1.5

func (l *tlStripLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	p := theme.SizeForWidget(theme.SizeNamePadding, l.t)
	w := 2*p + tlGap*p*float32(max(len(l.t.cards)-1, 0))
	var h float32
	for _, c := range l.t.cards {
		m := c.MinSize()
		w += m.Width
		h = max(h, m.Height)
	}
	return fyne.NewSize(w, h)
}

func (l *tlStripLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	t := l.t
	p := theme.SizeForWidget(theme.SizeNamePadding, t)
	var extra float32
	if n := len(t.cards); n > 0 {
		extra = max(0, size.Width-l.MinSize(nil).Width) / float32(n)
	}
	x := p
	for _, c := range t.cards {
		w := c.MinSize().Width + extra
		c.Move(fyne.NewPos(x, 0))
		c.Resize(fyne.NewSize(w, size.Height))
		x += w + tlGap*p
	}
	y := tlAxisY(t)
	end := size.Width - p
	t.axis.Position1, t.axis.Position2 = fyne.NewPos(p, y), fyne.NewPos(end, y)
	head := 1.5 * p
	t.arrow[0].Position1, t.arrow[0].Position2 = fyne.NewPos(end-head, y-head), fyne.NewPos(end, y)
	t.arrow[1].Position1, t.arrow[1].Position2 = fyne.NewPos(end-head, y+head), fyne.NewPos(end, y)
}

// prerender draws the cards' titles ahead (see drawnText.prerender).
func (t *Timeline) prerender() {
	for _, c := range t.cards {
		if c.r != nil {
			c.r.title.prerender()
		}
	}
}
