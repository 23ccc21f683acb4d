package gui

import (
	"reflect"

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
	// column holds the cards, in the list's order.
	column *fyne.Container

	// follow, if set, is called on every selection change after the
	// cards' states are updated (for marks inside cards).
	follow  func(State)
	pending *studyCard // to reveal once laid out
	shown   *studyCard // last revealed: kept in view when the width changes
	width   float32    // of the last layout
}

// init shows the cards of views (see setCards) and follows sel.
func (l *studyList) init(sel *Selection, views []cardView, build func(k int) *studyCard) {
	l.sel = sel
	l.stack = &vstack{gap: 8}
	l.column = container.New(l.stack)
	l.outer = &inset{x: 8, y: 8}
	l.box = container.New(l.outer, l.column)
	l.scroll = touch.NewVScroll(l.box) // a finger drags it (touch kiosks)
	l.setCards(views, build)
	l.unfollow = sel.OnChange(func(State) { l.update(true) })
	// A list built while something is selected (the window is rebuilt
	// after a language switch) opens at the selected card.
	l.update(true)
}

// cardView is what one card draws from the story: its item, and what it
// shows of it (compared with reflect.DeepEqual).
type cardView struct {
	ref   data.Ref
	shows any
}

// setCards shows a card for each of views, in order. A card the list
// already has for the same item and an equal view is kept as it is, with
// its wrapped text; the others are built by build(k). So an edit that
// renames one cluster builds again the few entity cards that show it, not
// all of them, and keeps the list where it was scrolled. setCards returns
// the cards it dropped.
func (l *studyList) setCards(views []cardView, build func(k int) *studyCard) (dropped []*studyCard) {
	had := make(map[data.Ref]*studyCard, len(l.cards))
	for _, c := range l.cards {
		had[c.ref] = c
	}
	same := len(views) == len(l.cards)
	cards := make([]*studyCard, len(views))
	objs := make([]fyne.CanvasObject, len(views))
	for k, v := range views {
		c := had[v.ref]
		if c != nil && reflect.DeepEqual(c.view, v.shows) {
			delete(had, v.ref)
		} else {
			c = build(k)
			c.view = v.shows
		}
		same = same && c == l.cards[k]
		cards[k], objs[k] = c, c
	}
	if same {
		return nil
	}
	for _, c := range l.cards {
		if had[c.ref] == c {
			dropped = append(dropped, c)
		}
	}
	for _, c := range dropped {
		if l.pending == c {
			l.pending = nil
		}
		if l.shown == c {
			l.shown = nil
		}
	}
	l.cards = cards
	l.column.Objects = objs
	if l.width > 0 { // laid out before: again, with the new cards
		l.Refresh()
	}
	return dropped
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
