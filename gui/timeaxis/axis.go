package timeaxis

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Item is one event to place. From and To are inclusive days, used when
// Dated; an undated item (a vague date, or a relative one the text gives
// no year for) is shown in the undated band with When as stated.
type Item struct {
	From, To Day
	Dated    bool
	When     string // the date as the text states it
	Title    string
}

// Mark is how an item relates to the viewer's selection. The three are
// drawn with different shapes (filled, outlined, plain), not colour alone.
type Mark uint8

// The marks an item can have.
const (
	Plain Mark = iota
	Related
	Selected
)

// Labels are the widget's own words, in the interface language.
type Labels struct {
	Undated string // heading of the undated band: "未定日期"
	Empty   string // shown when there is nothing to place
	English bool   // month names in English
}

// Axis is the time-axis widget. Drag pans, the wheel zooms about the
// pointer, the buttons zoom and fit; a tap on an event calls OnTapped.
type Axis struct {
	widget.BaseWidget

	// OnTapped is called with the index of the tapped item.
	OnTapped func(i int)
	// OnViewChanged, if set, is called when the viewer pans or zooms.
	OnViewChanged func()

	items  []Item
	marks  []Mark
	labels Labels

	scale Scale
	// fitted: the scale has been fitted to a real width; moved: the viewer
	// has zoomed or panned since, so a resize keeps their view instead of
	// fitting again.
	fitted, moved bool
	fitW          float32
	span          [2]Day

	// short: the window is short (a 1024×600 kiosk panel), so the axis
	// asks for one lane of labels and leaves the article its room.
	short bool

	zoomIn, zoomOut, fit *widget.Button
	hits                 []hit // where each item was drawn, for taps
}

// hit is the touch target of one drawn item.
type hit struct {
	i    int
	pos  fyne.Position
	size fyne.Size
}

// New returns an axis of items.
func New(items []Item, labels Labels, onTapped func(i int)) *Axis {
	a := &Axis{items: items, marks: make([]Mark, len(items)), labels: labels, OnTapped: onTapped}
	a.span = dateSpan(items)
	a.zoomIn = widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { a.ZoomBy(1.6) })
	a.zoomOut = widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { a.ZoomBy(1 / 1.6) })
	a.fit = widget.NewButtonWithIcon("", theme.ZoomFitIcon(), a.FitAll)
	a.ExtendBaseWidget(a)
	return a
}

// dateSpan is the first and last day of the dated items.
func dateSpan(items []Item) [2]Day {
	var s [2]Day
	first := true
	for _, it := range items {
		if !it.Dated {
			continue
		}
		if first || it.From < s[0] {
			s[0] = it.From
		}
		if first || it.To+1 > s[1] {
			s[1] = it.To + 1
		}
		first = false
	}
	return s
}

// SetItems replaces the items (an editor changed a date or a title,
// added or removed an event), keeping the viewer's view: a view the
// viewer zoomed or panned stays where it is; one that was fitted is
// fitted again to the new dates. Marks start plain: the caller sets them.
func (a *Axis) SetItems(items []Item) {
	a.items = items
	a.marks = make([]Mark, len(items))
	a.span = dateSpan(items)
	if a.fitted && !a.moved {
		a.fitTo(a.Size().Width)
	}
	a.Refresh()
}

// View is the part of time in view: the first day at the left edge and
// the zoom (what an edit must not move; tests compare it).
func (a *Axis) View() Scale { return a.scale }

// SetShort makes the axis ask for one lane of labels (short) or two.
// Events that would need a second lane share the one: each label runs on
// only until the next event.
func (a *Axis) SetShort(short bool) {
	if a.short != short {
		a.short = short
		a.Refresh()
	}
}

// Dated reports how many items are placed on the axis.
func (a *Axis) Dated() int {
	n := 0
	for _, it := range a.items {
		if it.Dated {
			n++
		}
	}
	return n
}

// SetMarks sets every item's mark and brings the selected one into view.
func (a *Axis) SetMarks(marks []Mark) {
	if slices.Equal(marks, a.marks) {
		return
	}
	copy(a.marks, marks)
	if i := slices.Index(a.marks, Selected); i >= 0 {
		a.Reveal(i)
	}
	a.Refresh()
}

// Reveal pans (zooming out if needed) so that item i is in view.
func (a *Axis) Reveal(i int) {
	if i < 0 || i >= len(a.items) || !a.items[i].Dated || !a.fitted {
		return
	}
	it := a.items[i]
	w := a.Size().Width
	margin := a.margin()
	x0, x1 := a.scale.X(it.From), a.scale.X(it.To+1)
	if x0 >= margin && x1 <= w-margin {
		return
	}
	// Not a move of the viewer's: a resize may still fit the axis again
	// (and then reveals the selected item anew).
	if x1-x0 > w-2*margin {
		a.scale = Fit(it.From, it.To+1, w, margin)
		return
	}
	switch {
	case x0 < margin:
		a.scale = a.scale.Pan(margin - x0)
	case x1 > w-margin:
		a.scale = a.scale.Pan(w - margin - x1)
	}
}

// ZoomBy zooms about the middle of the view.
func (a *Axis) ZoomBy(f float32) {
	a.scale = a.scale.Zoom(f, a.Size().Width/2, minPerDay, maxPerDay)
	a.viewChanged()
}

// FitAll shows every dated item.
func (a *Axis) FitAll() {
	a.fitTo(a.Size().Width)
	a.moved = false
	a.Refresh()
}

func (a *Axis) fitTo(width float32) {
	if width <= 0 {
		return
	}
	a.scale = Fit(a.span[0], a.span[1], width, a.margin())
	a.fitted, a.fitW = true, width
	if a.span[1]-a.span[0] < 1 {
		return // one day, in the middle of a year's view
	}
	// Every label starts at its event and runs right: leave the later
	// ones room to be read whole, rather than cut at the edge. The last
	// event is often the one a story builds to (列入《世界遗产名录》).
	inner := width - 2*a.margin()
	per := a.scale.PerDay
	for _, it := range a.items {
		if !it.Dated || it.From <= a.span[0] {
			continue
		}
		lw := min(a.labelWidth(it), width/4)
		if p := (inner - lw) / float32(it.From-a.span[0]); p > 0 && p < per {
			per = p
		}
	}
	a.scale = Scale{From: a.span[0] - Day(a.margin()/per), PerDay: per}
}

// labelWidth is how far item it's label runs right of its start, as the
// home view reserves it: its date as stated, or the start of its title.
// A label may take more (maxLabelEms) when there is room.
// fitLabelEms is how much of a title, in text sizes, the home view keeps
// room for after the last events.
const fitLabelEms = 12

func (a *Axis) labelWidth(it Item) float32 {
	text := theme.SizeForWidget(theme.SizeNameText, a)
	when := fyne.MeasureText(it.When, text, fyne.TextStyle{Bold: true}).Width
	return max(when, min(fyne.MeasureText(it.Title, text, fyne.TextStyle{}).Width, fitLabelEms*text))
}

func (a *Axis) margin() float32 { return 3 * theme.SizeForWidget(theme.SizeNamePadding, a) }

// Dragged pans the axis with the pointer or finger.
func (a *Axis) Dragged(e *fyne.DragEvent) {
	a.scale = a.scale.Pan(e.Dragged.DX)
	a.viewChanged()
}

// DragEnd implements fyne.Draggable.
func (a *Axis) DragEnd() {}

// Scrolled zooms about the pointer: up zooms in.
func (a *Axis) Scrolled(e *fyne.ScrollEvent) {
	f := float32(1.15)
	switch {
	case e.Scrolled.DY < 0:
		f = 1 / f
	case e.Scrolled.DY == 0:
		a.scale = a.scale.Pan(e.Scrolled.DX)
		a.viewChanged()
		return
	}
	a.scale = a.scale.Zoom(f, e.Position.X, minPerDay, maxPerDay)
	a.viewChanged()
}

// viewChanged records that the viewer moved the view, redraws and tells
// OnViewChanged.
func (a *Axis) viewChanged() {
	a.moved = true
	a.Refresh()
	if a.OnViewChanged != nil {
		a.OnViewChanged()
	}
}

// Tapped selects the item under the pointer, if any.
func (a *Axis) Tapped(e *fyne.PointEvent) {
	if i := a.ItemAt(e.Position); i >= 0 && a.OnTapped != nil {
		a.OnTapped(i)
	}
}

// ItemAt returns the item drawn at p, or -1. The last drawn wins, as it
// is on top.
func (a *Axis) ItemAt(p fyne.Position) int {
	for k := len(a.hits) - 1; k >= 0; k-- {
		h := a.hits[k]
		if p.X >= h.pos.X && p.X < h.pos.X+h.size.Width && p.Y >= h.pos.Y && p.Y < h.pos.Y+h.size.Height {
			return h.i
		}
	}
	return -1
}

// CreateRenderer implements fyne.Widget.
func (a *Axis) CreateRenderer() fyne.WidgetRenderer { return &renderer{a: a} }
