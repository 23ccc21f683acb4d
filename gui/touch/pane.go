package touch

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Pane is scroll content that scrolls its container.Scroll when dragged.
// It sits between the scroll and the real content, so it is the top-most
// Draggable under a finger anywhere in the content (unless something
// inside is draggable itself), while taps still reach what is inside.
type Pane struct {
	widget.BaseWidget
	content fyne.CanvasObject
	scroll  *container.Scroll
	drag    *Drag
}

// NewScroll returns a scroll of content in the given direction that a
// finger (or a mouse) can drag, with momentum. The scroll's OnScrolled
// hears of drags and flings as it would of a mouse wheel.
func NewScroll(content fyne.CanvasObject, dir container.ScrollDirection) *container.Scroll {
	p := &Pane{content: content}
	p.ExtendBaseWidget(p)
	p.scroll = container.NewScroll(p)
	p.scroll.Direction = dir
	p.drag = NewDrag(ScrollTarget(p.scroll))
	p.drag.OnScrolled = func() {
		if f := p.scroll.OnScrolled; f != nil {
			f(p.scroll.Offset)
		}
	}
	return p.scroll
}

// NewVScroll is NewScroll(content, container.ScrollVerticalOnly).
func NewVScroll(content fyne.CanvasObject) *container.Scroll {
	return NewScroll(content, container.ScrollVerticalOnly)
}

// PaneOf returns the Pane of a scroll made by NewScroll, or nil.
func PaneOf(s *container.Scroll) *Pane {
	p, _ := s.Content.(*Pane)
	return p
}

// Halt stops a fling of a scroll made by NewScroll (before a program
// scrolls it, as a kiosk's reset does); other scrolls are left alone.
func Halt(s *container.Scroll) {
	if p := PaneOf(s); p != nil {
		p.drag.Stop()
	}
}

// Drag is the pane's drag handler (its clock can be set by tests).
func (p *Pane) Drag() *Drag { return p.drag }

// Content is what the pane wraps.
func (p *Pane) Content() fyne.CanvasObject { return p.content }

// CreateRenderer implements fyne.Widget.
func (p *Pane) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.content) }

// Dragged implements fyne.Draggable.
func (p *Pane) Dragged(e *fyne.DragEvent) { p.drag.Dragged(e) }

// DragEnd implements fyne.Draggable.
func (p *Pane) DragEnd() { p.drag.DragEnd() }

var _ fyne.Draggable = (*Pane)(nil)

// ScrollTarget adapts a container.Scroll to Target, keeping to the
// scroll's directions.
func ScrollTarget(s *container.Scroll) Target { return scrollTarget{s} }

type scrollTarget struct{ s *container.Scroll }

func (t scrollTarget) ScrollOffset() fyne.Position { return t.s.Offset }

func (t scrollTarget) ScrollTo(off fyne.Position) bool {
	room := t.s.Content.Size().Subtract(t.s.Size())
	off.X = max(0, min(off.X, room.Width))
	off.Y = max(0, min(off.Y, room.Height))
	switch t.s.Direction {
	case container.ScrollVerticalOnly:
		off.X = t.s.Offset.X
	case container.ScrollHorizontalOnly:
		off.Y = t.s.Offset.Y
	case container.ScrollNone:
		return false
	}
	if off == t.s.Offset {
		return false
	}
	t.s.ScrollToOffset(off)
	return true
}

// ListTarget adapts a widget.List (which scrolls vertically) to Target.
// A list's rows are made by the list, so there is no pane to put around
// them: give each row a Dragged and DragEnd that call one Drag of this
// target.
func ListTarget(l *widget.List) Target { return &listTarget{l: l} }

type listTarget struct {
	l *widget.List
	// The furthest offset, measured for a length and a height: the list
	// clamps ScrollToOffset to its content's height, not to the content
	// less the view, so left alone a drag would scroll past the end.
	maxY         float32
	length       int
	height       float32
	measuredOnce bool
}

func (t *listTarget) ScrollOffset() fyne.Position { return fyne.NewPos(0, t.l.GetScrollOffset()) }

func (t *listTarget) ScrollTo(off fyne.Position) bool {
	before := t.l.GetScrollOffset()
	n := 0
	if t.l.Length != nil {
		n = t.l.Length()
	}
	if h := t.l.Size().Height; !t.measuredOnce || n != t.length || h != t.height {
		// ScrollToBottom knows the end; both moves happen before the
		// next frame is painted, so nothing flickers.
		t.l.ScrollToBottom()
		t.maxY, t.length, t.height, t.measuredOnce = t.l.GetScrollOffset(), n, h, true
		t.l.ScrollToOffset(before)
	}
	t.l.ScrollToOffset(max(0, min(off.Y, t.maxY)))
	return t.l.GetScrollOffset() != before
}
