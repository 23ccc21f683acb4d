package timeaxis

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// renderer draws the axis afresh on every layout and refresh: the number
// of objects depends on the zoom (ticks) and on the packing (lanes), and an
// imported article has tens of events, not thousands.
type renderer struct {
	a       *Axis
	objects []fyne.CanvasObject
	size    fyne.Size
}

// metrics are the theme-derived sizes of one layout.
type metrics struct {
	pad, text, lineH, barH, laneH float32
}

func (r *renderer) metrics() metrics {
	a := r.a
	pad := theme.SizeForWidget(theme.SizeNamePadding, a)
	text := theme.SizeForWidget(theme.SizeNameText, a)
	lineH := fyne.MeasureText("国Ag", text, fyne.TextStyle{}).Height
	m := metrics{pad: pad, text: text, lineH: lineH, barH: 2 * pad}
	m.laneH = m.barH + pad + 2*lineH + 2*pad
	return m
}

// MinSize leaves room for the buttons, two lanes (one in a short window),
// the tick labels and the undated band.
func (r *renderer) MinSize() fyne.Size {
	m := r.metrics()
	b := r.a.zoomIn.MinSize()
	lanes := float32(2)
	if r.a.short {
		lanes = 1
	}
	h := b.Height + m.pad + lanes*m.laneH + m.pad + m.lineH + m.pad
	if r.a.Dated() < len(r.a.items) {
		h += m.lineH + 3*m.pad
	}
	return fyne.NewSize(3*b.Width+12*m.text, h)
}

func (r *renderer) Layout(size fyne.Size) {
	r.size = size
	r.build()
}

func (r *renderer) Refresh() {
	r.build()
	canvas.Refresh(r.a)
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *renderer) Destroy()                     {}

func (r *renderer) col(n fyne.ThemeColorName) color.Color { return theme.ColorForWidget(n, r.a) }

// build lays out and draws everything for the current size and scale.
func (r *renderer) build() {
	a, size := r.a, r.size
	r.objects = r.objects[:0]
	a.hits = a.hits[:0]
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	if !a.fitted || (!a.moved && a.fitW != size.Width) {
		a.fitTo(size.Width)
		if i := slices.Index(a.marks, Selected); i >= 0 {
			a.Reveal(i)
		}
	}
	m := r.metrics()
	btn := a.zoomIn.MinSize()
	undatedH := float32(0)
	if a.Dated() < len(a.items) {
		undatedH = m.lineH + 3*m.pad
	}
	axisY := size.Height - undatedH - m.lineH - 2*m.pad
	top := btn.Height + m.pad
	if len(a.items) == 0 || a.Dated() == 0 {
		r.message(a.labels.Empty, fyne.NewPos(0, 0), fyne.NewSize(size.Width, axisY+m.lineH))
	} else {
		r.ticks(m, axisY, top)
		r.events(m, top, axisY)
		r.buttons(size, btn)
	}
	if undatedH > 0 {
		r.undated(m, size.Height-undatedH+m.pad, size.Width)
	}
}

// message centres one line of quiet text in the given box.
func (r *renderer) message(s string, pos fyne.Position, size fyne.Size) {
	t := canvas.NewText(s, r.col(theme.ColorNamePlaceHolder))
	t.Alignment = fyne.TextAlignCenter
	t.TextSize = theme.SizeForWidget(theme.SizeNameText, r.a)
	t.Move(pos)
	t.Resize(size)
	r.objects = append(r.objects, t)
}

// ticks draws the axis line, the ticks with their labels, and a faint
// guide up from each year.
func (r *renderer) ticks(m metrics, axisY, top float32) {
	a, w := r.a, r.size.Width
	line := canvas.NewLine(r.col(theme.ColorNameForeground))
	line.StrokeWidth = 1
	line.Position1, line.Position2 = fyne.NewPos(0, axisY), fyne.NewPos(w, axisY)
	r.objects = append(r.objects, line)
	from, to := a.scale.At(-w), a.scale.At(2*w)
	gap := 4 * m.text // room for "2025" or "12月"
	lastEnd := float32(-1e9)
	first := true
	for _, t := range Ticks(a.scale, from, to, gap, a.labels.English) {
		x := a.scale.X(t.Day)
		if x < 0 || x > w {
			continue
		}
		if first {
			// The first label says which month (or year) the view is in:
			// 11月26日 27日 28日, not 26日 27日 28日.
			t.Label, first = t.Context, false
		}
		h := m.pad
		if t.Major {
			h = 2 * m.pad
			guide := canvas.NewLine(r.col(theme.ColorNameSeparator))
			guide.StrokeWidth = 1
			guide.Position1, guide.Position2 = fyne.NewPos(x, top), fyne.NewPos(x, axisY)
			r.objects = append(r.objects, guide)
		}
		tick := canvas.NewLine(r.col(theme.ColorNameForeground))
		tick.StrokeWidth = 1
		tick.Position1, tick.Position2 = fyne.NewPos(x, axisY), fyne.NewPos(x, axisY+h)
		r.objects = append(r.objects, tick)
		label := canvas.NewText(t.Label, r.col(theme.ColorNameForeground))
		label.TextSize = m.text
		label.TextStyle.Bold = t.Major
		lw := fyne.MeasureText(t.Label, m.text, label.TextStyle).Width
		lx := min(max(x-lw/2, 0), w-lw)
		if lx < lastEnd+m.pad {
			continue // the label would collide with the one before
		}
		lastEnd = lx + lw
		label.Move(fyne.NewPos(lx, axisY+2*m.pad))
		r.objects = append(r.objects, label)
	}
}

// maxLabelEms is the widest a label may be, in text sizes: about 14
// Chinese characters.
const maxLabelEms = 14

// events packs the dated items into lanes and draws each: a bar over its
// interval, a guide down to the axis, its date as stated and its title.
func (r *renderer) events(m metrics, top, axisY float32) {
	a := r.a
	order := make([]int, 0, len(a.items))
	for i, it := range a.items {
		if it.Dated {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(i, j int) int {
		switch {
		case a.items[i].From < a.items[j].From:
			return -1
		case a.items[i].From > a.items[j].From:
			return 1
		}
		return 0
	})
	maxLabel := maxLabelEms * m.text
	bold := fyne.TextStyle{Bold: true}
	fits := max(int((axisY-top)/m.laneH), 1)
	extents := func(withTitle bool) [][2]float32 {
		ext := make([][2]float32, len(order))
		for k, i := range order {
			it := a.items[i]
			x0, x1 := a.scale.X(it.From), max(a.scale.X(it.To+1), a.scale.X(it.From)+m.barH)
			lw := fyne.MeasureText(it.When, m.text, bold).Width
			if withTitle {
				lw = max(lw, min(fyne.MeasureText(it.Title, m.text, fyne.TextStyle{}).Width, maxLabel))
			}
			ext[k] = [2]float32{x0, max(x1, x0+lw)}
		}
		return ext
	}
	ext := extents(true)
	lanes, n := pack(ext, 2*m.pad)
	if n > fits {
		ext = extents(false)
		lanes, _ = pack(ext, 2*m.pad)
	}
	// Draw the selected item last, so it is on top and wins taps.
	draw := make([]int, len(order))
	for k := range draw {
		draw[k] = k
	}
	slices.SortStableFunc(draw, func(p, q int) int { return int(a.marks[order[p]]) - int(a.marks[order[q]]) })
	labelled := placeLabels(order, ext, lanes, fits, 2*m.pad, func(k int) bool { return a.marks[order[k]] == Selected })
	// Each label may run on until the next event of its lane begins (a
	// label is never drawn over another event's mark).
	next := make([]float32, len(order))
	last := map[int]int{}
	for k := len(order) - 1; k >= 0; k-- {
		next[k] = ext[k][1]
		if j, ok := last[lanes[k]%fits]; ok {
			next[k] = max(next[k], min(ext[j][0]-2*m.pad, ext[k][0]+maxLabel))
		} else {
			next[k] = max(next[k], ext[k][0]+maxLabel)
		}
		last[lanes[k]%fits] = k
	}
	for _, k := range draw {
		lane := lanes[k] % fits
		r.event(m, order[k], [2]float32{ext[k][0], next[k]}, top+float32(lane)*m.laneH, axisY, labelled[k])
	}
}

// placeLabels says which events get their label when the lanes are too
// few for all (a short window has one): a label that would run into one
// already placed in its lane is left out — its event keeps its mark, and
// zooming in brings the label back — rather than drawn over the other
// (1986年 and 1987年 printed on top of each other). The selected event's
// label is placed first, so it is never the one left out; the others in
// time order. ext holds each event's extent with its label, gap the room
// kept between two labels.
func placeLabels(order []int, ext [][2]float32, lanes []int, fits int, gap float32, selected func(k int) bool) []bool {
	labelled := make([]bool, len(order))
	taken := map[int][][2]float32{}
	place := func(k int) {
		lane := lanes[k] % fits
		for _, t := range taken[lane] {
			if ext[k][0] < t[1]+gap && ext[k][1]+gap > t[0] {
				return
			}
		}
		labelled[k] = true
		taken[lane] = append(taken[lane], ext[k])
	}
	for k := range order {
		if selected(k) {
			place(k)
		}
	}
	for k := range order {
		if !selected(k) {
			place(k)
		}
	}
	return labelled
}

// event draws item i whose extent (bar and label) is ext, in the lane that
// starts at y; its label only if label is set (see placeLabels).
func (r *renderer) event(m metrics, i int, ext [2]float32, y, axisY float32, label bool) {
	a, w := r.a, r.size.Width
	if ext[1] < 0 || ext[0] > w {
		return // out of view
	}
	it, mark := a.items[i], a.marks[i]
	primary := r.col(theme.ColorNamePrimary)
	x0, x1 := a.scale.X(it.From), max(a.scale.X(it.To+1), a.scale.X(it.From)+m.barH)
	bx0, bx1 := max(x0, 0), min(x1, w)
	guide := canvas.NewLine(r.col(theme.ColorNameForeground))
	guide.StrokeWidth = 1
	if mark != Plain {
		guide.StrokeColor, guide.StrokeWidth = primary, 2
	}
	gx := min(max(x0, 0), w)
	guide.Position1, guide.Position2 = fyne.NewPos(gx, y+m.barH), fyne.NewPos(gx, axisY)
	bar := canvas.NewRectangle(r.col(theme.ColorNameForeground))
	bar.CornerRadius = m.barH / 2
	switch mark {
	case Selected:
		bar.FillColor = primary
	case Related:
		bar.FillColor, bar.StrokeColor, bar.StrokeWidth = r.col(theme.ColorNameBackground), primary, 2
	}
	bar.Move(fyne.NewPos(bx0, y))
	bar.Resize(fyne.NewSize(max(bx1-bx0, 1), m.barH))
	r.objects = append(r.objects, guide, bar)
	if !label {
		// A finger still finds the mark: its target is wider than the bar.
		a.hits = append(a.hits, hit{i: i, pos: fyne.NewPos(bx0-m.barH, y), size: fyne.NewSize(max(bx1-bx0, m.barH)+2*m.barH, m.laneH)})
		return
	}

	// The label sticks to the left edge when the event began off screen,
	// as TimelineJS's markers do, and is cut at the right edge.
	lx := max(x0, 0)
	room := min(ext[1], w) - lx
	ly := y + m.barH + m.pad
	ink, when := r.col(theme.ColorNameForeground), r.col(theme.ColorNameHyperlink)
	bold := fyne.TextStyle{Bold: true}
	whenS := Ellipsize(it.When, room, m.text, bold)
	titleS := Ellipsize(it.Title, room, m.text, fyne.TextStyle{})
	if mark == Selected {
		textW := max(fyne.MeasureText(whenS, m.text, bold).Width, fyne.MeasureText(titleS, m.text, fyne.TextStyle{}).Width)
		bg := canvas.NewRectangle(primary)
		bg.CornerRadius = m.pad
		bg.Move(fyne.NewPos(lx-m.pad/2, ly-m.pad/2))
		bg.Resize(fyne.NewSize(textW+m.pad, 2*m.lineH+m.pad))
		r.objects = append(r.objects, bg)
		ink = r.col(theme.ColorNameForegroundOnPrimary)
		when = ink
	}
	wt := canvas.NewText(whenS, when)
	wt.TextSize, wt.TextStyle = m.text, bold
	wt.Move(fyne.NewPos(lx, ly))
	tt := canvas.NewText(titleS, ink)
	tt.TextSize = m.text
	tt.Move(fyne.NewPos(lx, ly+m.lineH))
	r.objects = append(r.objects, wt, tt)
	a.hits = append(a.hits, hit{i: i, pos: fyne.NewPos(bx0, y), size: fyne.NewSize(max(bx1, lx+room)-bx0, m.laneH)})
}

// undated draws the band of items the axis cannot place: a heading, then
// each item's date as stated and title, as tappable chips.
func (r *renderer) undated(m metrics, y, w float32) {
	a := r.a
	head := canvas.NewText(a.labels.Undated, r.col(theme.ColorNameForeground))
	head.TextSize, head.TextStyle = m.text, fyne.TextStyle{Bold: true}
	head.Move(fyne.NewPos(m.pad, y))
	r.objects = append(r.objects, head)
	x := m.pad + fyne.MeasureText(a.labels.Undated, m.text, head.TextStyle).Width + 2*m.pad
	maxChip := 16 * m.text
	for i, it := range a.items {
		if it.Dated {
			continue
		}
		label := it.When
		if it.Title != "" {
			label += " · " + it.Title
		}
		cw := min(fyne.MeasureText(label, m.text, fyne.TextStyle{}).Width, maxChip) + 2*m.pad
		if x+cw > w {
			break
		}
		box := canvas.NewRectangle(r.col(theme.ColorNameBackground))
		box.StrokeColor, box.StrokeWidth, box.CornerRadius = r.col(theme.ColorNameForeground), 1, m.pad
		ink := r.col(theme.ColorNameForeground)
		if a.marks[i] == Selected {
			box.FillColor = r.col(theme.ColorNamePrimary)
			box.StrokeColor = box.FillColor
			ink = r.col(theme.ColorNameForegroundOnPrimary)
		} else if a.marks[i] == Related {
			box.StrokeColor, box.StrokeWidth = r.col(theme.ColorNamePrimary), 2
		}
		box.Move(fyne.NewPos(x, y-m.pad/2))
		box.Resize(fyne.NewSize(cw, m.lineH+m.pad))
		t := canvas.NewText(Ellipsize(label, cw-2*m.pad, m.text, fyne.TextStyle{}), ink)
		t.TextSize = m.text
		t.Move(fyne.NewPos(x+m.pad, y))
		r.objects = append(r.objects, box, t)
		a.hits = append(a.hits, hit{i: i, pos: box.Position(), size: box.Size()})
		x += cw + m.pad
	}
}

// buttons places zoom in, zoom out and fit at the top right.
func (r *renderer) buttons(size fyne.Size, b fyne.Size) {
	x := size.Width
	for _, btn := range []fyne.CanvasObject{r.a.fit, r.a.zoomOut, r.a.zoomIn} {
		x -= b.Width
		btn.Resize(b)
		btn.Move(fyne.NewPos(x, 0))
		r.objects = append(r.objects, btn)
	}
}
