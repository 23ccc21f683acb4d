package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// kwBar is one row of the keyword chart: the term right-aligned against
// the axis, the bar, and the count just past the bar's end. The whole row
// is the touch target.
type kwBar struct {
	widget.BaseWidget
	c       *KeywordChart
	term    string
	count   string
	frac    float32 // occurrences relative to the most frequent term, (0, 1]
	color   fyne.ThemeColorName
	tinted  bool // the term names a cluster
	hovered bool
}

var (
	_ fyne.Tappable      = (*kwBar)(nil)
	_ desktop.Hoverable  = (*kwBar)(nil)
	_ desktop.Cursorable = (*kwBar)(nil)
)

func newKWBar(c *KeywordChart) *kwBar {
	b := &kwBar{c: c}
	b.ExtendBaseWidget(b)
	return b
}

func (b *kwBar) set(term, count string, frac float32, col fyne.ThemeColorName, tinted bool) {
	b.term, b.count, b.frac, b.color, b.tinted = term, count, frac, col, tinted
	b.Refresh()
}

func (b *kwBar) Tapped(*fyne.PointEvent)        { b.c.tapped(b.term) }
func (b *kwBar) MouseIn(*desktop.MouseEvent)    { b.hovered = true; hoverIn(b); b.Refresh() }
func (b *kwBar) MouseMoved(*desktop.MouseEvent) {}
func (b *kwBar) MouseOut()                      { b.hovered = false; hoverOut(b); b.Refresh() }

// Cursor shows a pointing hand: a bar searches for its term.
func (b *kwBar) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (b *kwBar) CreateRenderer() fyne.WidgetRenderer {
	r := &kwBarRenderer{b: b,
		bg:    canvas.NewRectangle(color.Transparent),
		bar:   canvas.NewRectangle(color.Transparent),
		label: canvas.NewText("", color.Black),
		count: canvas.NewText("", color.Black),
	}
	r.label.Alignment = fyne.TextAlignTrailing
	r.Refresh()
	return r
}

type kwBarRenderer struct {
	b            *kwBar
	bg, bar      *canvas.Rectangle
	label, count *canvas.Text
}

func (r *kwBarRenderer) Layout(size fyne.Size) {
	p := r.b.c.plot
	lh := r.label.MinSize().Height
	r.bg.Resize(size)
	r.label.Move(fyne.NewPos(0, (size.Height-lh)/2))
	r.label.Resize(fyne.NewSize(p.labelW, lh))
	x0 := p.labelW + kwGap
	length := max(2, r.b.frac*(size.Width-x0-p.countW-2*kwGap))
	bh := min(size.Height*0.62, 24)
	r.bar.Move(fyne.NewPos(x0, (size.Height-bh)/2))
	r.bar.Resize(fyne.NewSize(length, bh))
	ch := r.count.MinSize().Height
	r.count.Move(fyne.NewPos(x0+length+kwGap*0.75, (size.Height-ch)/2))
	r.count.Resize(r.count.MinSize())
}

// kwMuted is the colour of bars for terms that name no cluster: the
// primary colour mixed toward the background, so the tier-coloured terms
// stand out, but no further than keeps 3:1 contrast with the background
// (WCAG's minimum for graphics). On a dark background the primary colour
// itself is barely 3:1, so it is hardly mixed at all there.
func kwMuted(th fyne.Theme, v fyne.ThemeVariant) color.Color {
	p := color.NRGBAModel.Convert(th.Color(theme.ColorNamePrimary, v)).(color.NRGBA)
	b := color.NRGBAModel.Convert(th.Color(theme.ColorNameBackground, v)).(color.NRGBA)
	var c color.NRGBA
	for a := 0.6; a <= 1; a += 0.05 {
		mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
		c = color.NRGBA{R: mix(p.R, b.R), G: mix(p.G, b.G), B: mix(p.B, b.B), A: 0xff}
		if kwContrast(c, b) >= 3 {
			break
		}
	}
	return c
}

// kwContrast is the WCAG contrast ratio of two opaque colours.
func kwContrast(x, y color.NRGBA) float64 {
	lx, ly := diagramLuminance(x), diagramLuminance(y)
	return (max(lx, ly) + 0.05) / (min(lx, ly) + 0.05)
}

// kwGap separates the term, the bar and the count.
const kwGap = 8

func (r *kwBarRenderer) MinSize() fyne.Size { return fyne.NewSize(120, kwMinRow) }

func (r *kwBarRenderer) Refresh() {
	b := r.b
	th, v := b.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	// The hover tint is hidden, not transparent, at rest: the software
	// renderer would still rasterise a rounded rectangle the size of the
	// row, and fifteen of them cost more than the rest of the chart.
	r.bg.FillColor = th.Color(theme.ColorNameHover, v)
	if b.hovered {
		r.bg.Show()
	} else {
		r.bg.Hide()
	}
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	col := kwMuted(th, v)
	if b.tinted {
		col = th.Color(b.color, v)
	}
	r.bar.FillColor = col
	r.bar.CornerRadius = 3
	r.label.Text, r.label.TextSize = b.term, th.Size(theme.SizeNameText)
	r.label.Color = th.Color(theme.ColorNameForeground, v)
	r.count.Text, r.count.TextSize = b.count, th.Size(theme.SizeNameCaptionText)
	r.count.Color = th.Color(ColorCaption, v)
	for _, o := range []fyne.CanvasObject{r.bg, r.bar, r.label, r.count} {
		o.Refresh()
	}
	r.Layout(b.Size())
}

func (r *kwBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.bar, r.label, r.count}
}
func (r *kwBarRenderer) Destroy() {}

// Row heights of the chart: rows grow to fill the chart up to a full
// touch target, and never shrink below a comfortable mouse target.
const (
	kwMinRow = 28
	kwMaxRow = touchHeight
)

// kwPlot is the bar area: the shown bars and the widths they share (the
// term column and the count column, so bars start on one axis).
type kwPlot struct {
	c              *KeywordChart
	objs           []fyne.CanvasObject
	labelW, countW float32
}

func (p *kwPlot) measure(width float32) {
	th := p.c.Theme()
	ts, cs := th.Size(theme.SizeNameText), th.Size(theme.SizeNameCaptionText)
	p.labelW, p.countW = 0, 0
	for _, k := range p.c.bars[:len(p.objs)] {
		p.labelW = max(p.labelW, fyne.MeasureText(k.term, ts, fyne.TextStyle{}).Width)
		p.countW = max(p.countW, fyne.MeasureText(k.count, cs, fyne.TextStyle{}).Width)
	}
	p.labelW = min(p.labelW+2, width*0.42)
}

// kwRenderer stacks the scope buttons, the caption, the bars and the
// legend.
type kwRenderer struct {
	c    *KeywordChart
	objs []fyne.CanvasObject
}

const kwPad = 8

func (r *kwRenderer) Layout(size fyne.Size) {
	c := r.c
	w := size.Width - 2*kwPad
	y := float32(kwPad)
	hh := heightAt(c.head, w)
	c.head.Move(fyne.NewPos(kwPad, y))
	c.head.Resize(fyne.NewSize(w, hh))
	y += hh + 4
	ch := c.caption.lineHeight()
	c.caption.Move(fyne.NewPos(kwPad+4, y))
	c.caption.Resize(fyne.NewSize(w-4, ch))
	y += ch + 4

	lh := heightAt(c.legend, w)
	bottom := size.Height - kwPad - lh
	c.legend.Move(fyne.NewPos(kwPad+4, bottom))
	c.legend.Resize(fyne.NewSize(w-4, lh))
	bottom -= 6

	p := c.plot
	lw, cw := p.labelW, p.countW
	p.measure(w)
	n := len(p.objs)
	if n > 0 {
		row := min(max((bottom-y)/float32(n), kwMinRow), kwMaxRow)
		for i, o := range p.objs {
			o.Move(fyne.NewPos(kwPad, y+float32(i)*row))
			o.Resize(fyne.NewSize(w, row))
			if p.labelW != lw || p.countW != cw {
				// Same size, new axis: Resize alone would not lay it out.
				o.Refresh()
			}
		}
	}
	// The status line is centred in the plot, a third of the way down.
	sw := min(c.status.naturalWidth(), w)
	sh := c.status.heightFor(sw)
	c.status.Move(fyne.NewPos(kwPad+(w-sw)/2, y+(bottom-y-sh)/3))
	c.status.Resize(fyne.NewSize(sw, sh))
}

func (r *kwRenderer) MinSize() fyne.Size {
	c := r.c
	w := float32(360)
	h := 2*kwPad + heightAt(c.head, w) + c.caption.lineHeight() + 14 + heightAt(c.legend, w) +
		float32(max(len(c.plot.objs), 3))*kwMinRow
	return fyne.NewSize(240, h)
}

func (r *kwRenderer) Refresh() {
	c := r.c
	r.objs = append(r.objs[:0], c.head, c.caption, c.status, c.legend)
	r.objs = append(r.objs, c.plot.objs...)
	c.caption.Refresh()
	c.status.Refresh()
	c.legend.Refresh()
	for _, o := range c.plot.objs {
		o.Refresh()
	}
	r.Layout(c.Size())
}

func (r *kwRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *kwRenderer) Destroy()                     {}

// newLegend explains the colours: one swatch per tier of the plan, then
// the primary colour for words that name no cluster.
func (c *KeywordChart) newLegend() *fyne.Container {
	var items []fyne.CanvasObject
	for _, t := range c.story.Tiers {
		if col, ok := kwTierColors[t.ID]; ok {
			items = append(items, newSwatch(col, kwTierLabel(t.ID)))
		}
	}
	items = append(items, newSwatch("", T("study.keywords.other", "其他词")))
	return newBox(&flow{gap: 10, rowH: 20}, items...)
}

// kwTierLabel is a short name for a 296X tier in the legend.
func kwTierLabel(id string) string {
	switch id {
	case "2":
		return T("study.keywords.tier2", "2 · 万亿级")
	case "9":
		return T("study.keywords.tier9", "9 · 千亿级")
	case "6":
		return T("study.keywords.tier6", "6 · 未来产业")
	case "X":
		return T("study.keywords.tierX", "X · 新赛道")
	}
	return id
}

// swatch is a legend entry: a colour square and its label.
type swatch struct {
	widget.BaseWidget
	color fyne.ThemeColorName // "" is the muted colour of other terms
	label string
}

func newSwatch(col fyne.ThemeColorName, label string) *swatch {
	s := &swatch{color: col, label: label}
	s.ExtendBaseWidget(s)
	return s
}

func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	r := &swatchRenderer{s: s, box: canvas.NewRectangle(color.Transparent), text: canvas.NewText(s.label, color.Black)}
	r.Refresh()
	return r
}

type swatchRenderer struct {
	s    *swatch
	box  *canvas.Rectangle
	text *canvas.Text
}

func (r *swatchRenderer) Layout(size fyne.Size) {
	th := r.text.MinSize().Height
	r.box.Move(fyne.NewPos(0, (size.Height-10)/2))
	r.box.Resize(fyne.NewSize(10, 10))
	r.text.Move(fyne.NewPos(14, (size.Height-th)/2))
	r.text.Resize(r.text.MinSize())
}

func (r *swatchRenderer) MinSize() fyne.Size {
	m := r.text.MinSize()
	return fyne.NewSize(14+m.Width, max(m.Height, 12))
}

func (r *swatchRenderer) Refresh() {
	th, v := r.s.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.box.FillColor = kwMuted(th, v)
	if r.s.color != "" {
		r.box.FillColor = th.Color(r.s.color, v)
	}
	r.box.CornerRadius = 2
	r.text.TextSize = th.Size(theme.SizeNameCaptionText)
	r.text.Color = th.Color(ColorCaption, v)
	r.box.Refresh()
	r.text.Refresh()
}

func (r *swatchRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box, r.text} }
func (r *swatchRenderer) Destroy()                     {}
