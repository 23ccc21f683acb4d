package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui/touch"
)

// studyList is a scrolling column of cards that follows the selection.
// It lays out at the width it is given, so wrapped text inside the cards
// is measured at the width it is drawn at (see heightFor).
type studyList struct {
	widget.BaseWidget
	sel    *Selection
	cards  []*studyCard
	stack  *vstack
	outer  *inset
	box    *fyne.Container
	scroll *container.Scroll
	// unfollow stops following the selection (explorer_story.go).
	unfollow func()

	// follow, if set, is called on every selection change after the
	// cards' states are updated (for marks inside cards).
	follow  func(State)
	pending *studyCard // to reveal once laid out
	shown   *studyCard // last revealed: kept in view when the width changes
	width   float32    // of the last layout
}

func (l *studyList) init(sel *Selection, cards []*studyCard) {
	l.sel, l.cards = sel, cards
	l.stack = &vstack{gap: 8}
	objs := make([]fyne.CanvasObject, len(cards))
	for i, c := range cards {
		objs[i] = c
	}
	l.outer = &inset{x: 8, y: 8}
	l.box = container.New(l.outer, container.New(l.stack, objs...))
	l.scroll = touch.NewVScroll(l.box) // a finger drags it (touch kiosks)
	l.unfollow = sel.OnChange(func(State) { l.update(true) })
	// A list built while something is selected (the window is rebuilt
	// after a language switch) opens at the selected card.
	l.update(true)
}

// Card returns the card of r, or nil.
func (l *studyList) card(r data.Ref) *studyCard {
	for _, c := range l.cards {
		if c.ref == r {
			return c
		}
	}
	return nil
}

// update re-tints the cards for the current selection and scrolls the
// selected card (or, failing that, the first linked one) into view.
func (l *studyList) update(reveal bool) {
	cur := l.sel.Current()
	st := l.sel.Story()
	var target *studyCard
	for _, c := range l.cards {
		s := cardPlain
		switch {
		case c.ref == cur.Ref:
			s = cardSelected
			target = c
		case Related(st, cur.Ref, c.ref):
			s = cardRelated
		}
		c.setState(s)
	}
	if target == nil {
		for _, c := range l.cards {
			if c.state == cardRelated {
				target = c
				break
			}
		}
	}
	if l.follow != nil {
		l.follow(cur)
	}
	if reveal && target != nil {
		l.reveal(target)
	}
}

// reveal scrolls c into view if it is not already fully visible; a card
// already on screen stays put so the list never jumps under a finger.
func (l *studyList) reveal(c *studyCard) {
	view := l.scroll.Size().Height
	if view <= 0 || c.Size().Height <= 0 {
		l.pending = c
		return
	}
	l.pending, l.shown = nil, c
	top := c.Position().Y + l.outer.y
	bottom := top + c.Size().Height
	off := l.scroll.Offset.Y
	if top >= off && bottom <= off+view {
		return
	}
	y := top - l.outer.y
	if bottom-top < view && top > off {
		y = bottom - view + l.outer.y // scrolling down: just bring it in
	}
	l.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y)))
}

// ScrollToTop scrolls back to the first card (a kiosk's idle reset).
func (l *studyList) ScrollToTop() {
	touch.Halt(l.scroll)
	l.scroll.ScrollToOffset(fyne.Position{})
}

func (l *studyList) CreateRenderer() fyne.WidgetRenderer { return &studyListRenderer{l: l} }

type studyListRenderer struct{ l *studyList }

func (r *studyListRenderer) Layout(size fyne.Size) {
	l := r.l
	// The content is measured at the width it will get, before the scroll
	// asks it for its MinSize.
	l.outer.width = size.Width
	l.stack.width = size.Width - 2*l.outer.x
	l.scroll.Resize(size)
	l.scroll.Refresh()
	resized := size.Width != l.width
	l.width = size.Width
	switch {
	case l.pending != nil:
		l.reveal(l.pending)
	case resized && l.shown != nil && l.shown.state != cardPlain:
		// Wrapped text changed every card's height: bring the card
		// the list last showed back into view.
		l.reveal(l.shown)
	}
}

func (r *studyListRenderer) MinSize() fyne.Size {
	return fyne.NewSize(240, 3*touchHeight)
}

func (r *studyListRenderer) Refresh() {
	for _, c := range r.l.cards {
		c.Refresh()
	}
	r.Layout(r.l.Size())
}

func (r *studyListRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.l.scroll} }
func (r *studyListRenderer) Destroy()                     {}
