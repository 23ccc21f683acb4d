package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// searchRowHeight is every row's height, headers included: 44 units is
// the smallest comfortable touch target, and one height for all rows
// lets widget.List skip per-row height bookkeeping on every keystroke.
const searchRowHeight = 44

// searchLook is what rows take from the theme, compared on every
// refresh so a theme switch re-measures and re-colours.
type searchLook struct {
	fg, caption, primary, heading, tint, current, rule color.Color
	text, small                                        float32
	regular, bold                                      fyne.Resource
	ell, markerW, textH, smallH                        float32
}

// searchRowView draws one row of the results list with canvas objects of
// its own: widget.Label cannot emphasise part of a line, and RichText
// cannot measure where the match falls to align it.
type searchRowView struct {
	widget.BaseWidget
	p  *SearchPanel
	id int // row index, -1 when unused
}

func newSearchRowView(p *SearchPanel) *searchRowView {
	v := &searchRowView{p: p, id: -1}
	v.ExtendBaseWidget(v)
	return v
}

// Dragged and DragEnd scroll the list: its rows are the top-most
// Draggable under a finger, and the desktop List ignores drags.
func (v *searchRowView) Dragged(e *fyne.DragEvent) { v.p.drag.Dragged(e) }
func (v *searchRowView) DragEnd()                  { v.p.drag.DragEnd() }

func (v *searchRowView) show(id int) {
	v.id = id
	v.Refresh()
}

func (v *searchRowView) CreateRenderer() fyne.WidgetRenderer {
	r := &searchRowRenderer{v: v,
		bg: canvas.NewRectangle(color.Transparent), bar: canvas.NewRectangle(color.Transparent),
		rule: canvas.NewRectangle(color.Transparent), marker: canvas.NewText("", nil),
		title: canvas.NewText("", nil), count: canvas.NewText("", nil),
	}
	r.title.TextStyle.Bold = true
	return r
}

type searchRowRenderer struct {
	v                    *searchRowView
	bg, bar, rule        *canvas.Rectangle
	marker, title, count *canvas.Text
	tints                []*canvas.Rectangle
	texts                []*canvas.Text
	used                 int // texts (and tints) in use
	segs                 []kwicSeg
	objects              []fyne.CanvasObject
}

func (r *searchRowRenderer) Objects() []fyne.CanvasObject {
	r.objects = append(r.objects[:0], r.bg, r.bar, r.rule, r.marker, r.title, r.count)
	for _, t := range r.tints {
		r.objects = append(r.objects, t)
	}
	for _, t := range r.texts {
		r.objects = append(r.objects, t)
	}
	return r.objects
}

func (r *searchRowRenderer) MinSize() fyne.Size { return fyne.NewSize(120, searchRowHeight) }

func (r *searchRowRenderer) Refresh() {
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}

func (r *searchRowRenderer) Destroy() {}

// Layout places everything: the row's content depends on its width (how
// much context fits), so it is rebuilt here rather than in Refresh.
func (r *searchRowRenderer) Layout(size fyne.Size) {
	p := r.v.p
	for _, o := range []fyne.CanvasObject{r.bar, r.rule, r.marker, r.title, r.count} {
		o.Hide()
	}
	r.bg.FillColor = color.Transparent
	if r.v.id < 0 || r.v.id >= len(p.rows) || size.Width <= 0 {
		r.hideFrom(0)
		return
	}
	look := p.themeLook()
	row := &p.rows[r.v.id]
	pad := theme.InnerPadding()
	r.bg.Resize(size)
	if row.header {
		r.hideFrom(0)
		r.layoutHeader(row, look, size, pad)
		return
	}
	if r.v.id == p.current {
		r.bg.FillColor = look.current
		r.bar.FillColor = look.primary
		r.bar.Move(fyne.NewPos(0, 0))
		r.bar.Resize(fyne.NewSize(3, size.Height))
		r.bar.Show()
	}
	r.bg.Refresh()
	r.bar.Refresh()

	r.marker.Text = rowMarker(p.story, row.passage)
	r.marker.TextSize = look.small
	r.marker.Color = look.caption
	r.marker.Move(fyne.NewPos(pad, (size.Height-look.smallH)/2))
	r.marker.Show()
	r.marker.Refresh()

	x0 := pad + look.markerW + pad
	w := size.Width - x0 - pad
	text := p.passageRunes(row.passage)
	reg := p.measure.table(look.text, fyne.TextStyle{})
	bold := p.measure.table(look.text, fyne.TextStyle{Bold: true})
	inHit := func(i int) bool {
		for _, h := range row.hits {
			if i >= h[0] && i < h[1] {
				return true
			}
		}
		return false
	}
	r.segs = kwicLayout(text, row.start, row.end, inHit, reg.advance, bold.advance, look.ell, w, r.segs)
	y := (size.Height - look.textH) / 2
	for i, s := range r.segs {
		t := r.text(i)
		t.Text, t.TextSize = s.text, look.text
		t.TextStyle = fyne.TextStyle{Bold: s.hit}
		t.Color = look.fg
		t.Move(fyne.NewPos(x0+s.x, y))
		t.Show()
		t.Refresh()
		tint := r.tints[i]
		if s.hit {
			// The same amber tint as the reader's marks, so a hit looks
			// the same in the list and in the article.
			tint.FillColor = look.tint
			tint.CornerRadius = 3
			tint.Move(fyne.NewPos(x0+s.x-1, y-1))
			tint.Resize(fyne.NewSize(s.w+2, look.textH+2))
			tint.Show()
		} else {
			tint.Hide()
		}
		tint.Refresh()
	}
	r.hideFrom(len(r.segs))
}

func (r *searchRowRenderer) layoutHeader(row *searchRow, look *searchLook, size fyne.Size, pad float32) {
	p := r.v.p
	r.count.Text = groupCount(row.count)
	r.count.TextSize = look.small
	r.count.Color = look.caption
	cw := fyne.MeasureText(r.count.Text, look.small, fyne.TextStyle{}).Width
	// Headers sit low in their row: the space above separates sections.
	base := size.Height - pad/2
	r.count.Move(fyne.NewPos(size.Width-pad-cw, base-look.smallH))
	r.count.Show()
	r.count.Refresh()

	title := []rune(sectionTitle(p.story, row.section))
	tab := p.measure.table(look.text, fyne.TextStyle{Bold: true})
	room := size.Width - 3*pad - cw
	if tab.width(title) > room {
		for len(title) > 0 && tab.width(title)+look.ell > room {
			title = title[:len(title)-1]
		}
		title = append(title, '…')
	}
	r.title.Text = string(title)
	r.title.TextSize = look.text
	r.title.Color = look.heading
	r.title.Move(fyne.NewPos(pad, base-look.textH))
	r.title.Show()
	r.title.Refresh()

	if r.v.id > 0 {
		r.rule.FillColor = look.rule
		r.rule.Move(fyne.NewPos(pad, pad/2))
		r.rule.Resize(fyne.NewSize(size.Width-2*pad, 1))
		r.rule.Show()
		r.rule.Refresh()
	}
	r.bg.Refresh()
}

// text returns the i-th text object (and its tint), creating both.
func (r *searchRowRenderer) text(i int) *canvas.Text {
	for len(r.texts) <= i {
		r.texts = append(r.texts, canvas.NewText("", nil))
		r.tints = append(r.tints, canvas.NewRectangle(color.Transparent))
	}
	r.used = max(r.used, i+1)
	return r.texts[i]
}

func (r *searchRowRenderer) hideFrom(n int) {
	for i := n; i < r.used; i++ {
		r.texts[i].Hide()
		r.tints[i].Hide()
	}
	r.used = min(r.used, n)
}
