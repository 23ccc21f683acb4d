package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// themeLook is everything the reader takes from the theme. When it
// changes (light/dark switch, another theme) colours are re-applied; when
// sizes or fonts change the cached layouts are thrown away.
type themeLook struct {
	fg, primary, hl, strong, caption, sep, warning color.Color
	body, title                                    float32
	regular, bold                                  fyne.Resource
	scale                                          float32 // of the canvas; text is sized to whole pixels
}

func (r *Reader) currentLook() themeLook {
	th := r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	return themeLook{
		fg: c(theme.ColorNameForeground), primary: c(theme.ColorNamePrimary),
		hl: c(ColorHighlight), strong: c(ColorHighlightStrong), caption: c(ColorCaption),
		sep: c(theme.ColorNameSeparator), warning: c(theme.ColorNameWarning),
		body: th.Size(SizeNameReaderText), title: th.Size(SizeNameDisplayTitle),
		regular: th.Font(fyne.TextStyle{}), bold: th.Font(fyne.TextStyle{Bold: true}),
		scale: scaleOf(r),
	}
}

// ensureLook brings styles and colours up to date with the theme and
// reports whether anything changed. Any change drops the cached layouts:
// text colours are baked into their objects, and theme changes are rare.
func (r *Reader) ensureLook() bool {
	look := r.currentLook()
	if r.styles != nil && look == r.look {
		return false
	}
	r.look = look
	r.styles = newStyleSet(r.Theme())
	r.measure = newMeasurer()
	clear(r.layouts)
	r.layout = nil
	r.rule.FillColor = look.sep
	r.focusBar.FillColor = look.primary
	r.objectsDirty = true
	return true
}

// prepare makes sure a layout for content width is on screen. Only a new
// column width wraps the text again; each is cached, so dragging a split
// back and forth re-uses earlier layouts.
func (r *Reader) prepare(width float32) {
	r.ensureLook()
	colW, colX := r.styles.columnFor(width)
	lay := r.layouts[colW]
	if lay == nil {
		if len(r.layouts) >= 6 {
			clear(r.layouts)
		}
		lay = buildLayout(r.layoutInput(r.measure), colW)
		r.layouts[colW] = lay
	}
	changed := lay != r.layout
	anchor := -1
	if changed && r.layout != nil && len(r.state.Passages) == 0 {
		anchor = r.topTextOffset()
	}
	moved := lay.colX != colX
	r.layout, r.width = lay, width
	lay.place(colX, r.styles.ruleW)
	if changed {
		r.objectsDirty = true
		r.pendingReveal = len(r.state.Passages) > 0
		r.pendingAnchor = anchor
	}
	if changed || moved {
		r.applyHighlights()
		r.applyMarks()
		r.applyMentions()
	}
}

// layoutInput is what a layout of the article depends on besides the
// width, with glyph advances from m.
func (r *Reader) layoutInput(m *measurer) *layoutInput {
	th := r.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return &layoutInput{
		article: r.story.Article,
		styles:  r.styles,
		measure: m,
		color:   func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) },
		font:    th.Font,
		scale:   r.look.scale,
	}
}

// topTextOffset is the article offset of the first text at the top of the
// view, so a re-wrap can keep the reader's place.
func (r *Reader) topTextOffset() int {
	lay := r.layout
	li := lay.lineAt(r.scroll.Offset.Y)
	for ; li >= 0 && li < len(lay.lines); li++ {
		if l := lay.lines[li]; l.first < l.last {
			return lay.runs[l.first].start
		}
	}
	return -1
}

// applyHighlights places a rectangle behind every line piece of the
// selected passages, the focused one last and stronger, and a bar in the
// margin beside the focused one so it can be found at a glance on a
// projector. Rectangles are pooled: a selection change moves at most a few
// dozen of them and creates none once the pool has grown.
func (r *Reader) applyHighlights() {
	lay := r.layout
	if lay == nil {
		return
	}
	n := 0
	pad := r.styles.body * 0.15
	put := func(b passageBox, c color.Color) {
		if n == len(r.hl) {
			r.hl = append(r.hl, canvas.NewRectangle(c))
			r.objectsDirty = true
		}
		rect := r.hl[n]
		n++
		l := lay.lines[b.line]
		rect.FillColor = c
		rect.Move(fyne.NewPos(lay.colX+b.x0-pad, l.top))
		rect.Resize(fyne.NewSize(b.x1-b.x0+2*pad, l.height))
		rect.Show()
		rect.Refresh()
	}
	focus := -1
	if ps := r.state.Passages; len(ps) > 0 {
		focus = ps[min(max(r.state.Focus, 0), len(ps)-1)]
	}
	for _, p := range r.state.Passages {
		if p != focus && p >= 0 && p < len(lay.boxes) {
			for _, b := range lay.boxes[p] {
				put(b, r.look.hl)
			}
		}
	}
	if focus >= 0 && focus < len(lay.boxes) {
		for _, b := range lay.boxes[focus] {
			put(b, r.look.strong)
		}
	}
	for i := n; i < r.hlUsed; i++ {
		r.hl[i].Hide()
		r.hl[i].Refresh()
	}
	r.hlUsed = n

	if top, bottom, ok := lay.extent(focus); ok {
		w := r.styles.barW
		r.focusBar.Move(fyne.NewPos(lay.colX-r.styles.margin/2-w/2, top+2))
		r.focusBar.Resize(fyne.NewSize(w, bottom-top-4))
		r.focusBar.Show()
	} else {
		r.focusBar.Hide()
	}
	r.focusBar.Refresh()
	r.tintMentions()
}

// applyMarks tints the glyph band of every marked span.
func (r *Reader) applyMarks() {
	lay := r.layout
	if lay == nil {
		return
	}
	c := color.NRGBAModel.Convert(r.look.warning).(color.NRGBA)
	c.A = 0x66
	n := 0
	for _, sp := range r.marks {
		r.boxBuf = lay.spanBoxes(sp[0], sp[1], r.measure, r.styles, r.boxBuf[:0])
		for _, b := range r.boxBuf {
			if n == len(r.markRects) {
				r.markRects = append(r.markRects, canvas.NewRectangle(c))
				r.objectsDirty = true
			}
			rect := r.markRects[n]
			n++
			l := lay.lines[b.line]
			run := &lay.runs[l.first]
			h := r.styles.styles[run.style].textHeight
			rect.FillColor = c
			rect.Move(fyne.NewPos(lay.colX+b.x0, run.y))
			rect.Resize(fyne.NewSize(b.x1-b.x0, h))
			rect.Show()
			rect.Refresh()
		}
	}
	for i := n; i < r.markUsed; i++ {
		r.markRects[i].Hide()
		r.markRects[i].Refresh()
	}
	r.markUsed = n
}

// contentObjects lists the content's objects back to front: highlights,
// focus bar, marks, entity underlines, then the layout's rules and text.
func (r *Reader) contentObjects() []fyne.CanvasObject {
	if !r.objectsDirty && r.objects != nil {
		return r.objects
	}
	r.objectsDirty = false
	// A new slice: the driver may still hold the old one.
	ment := r.mentionObjects()
	n := len(r.hl) + 1 + len(r.markRects) + len(ment)
	if r.layout != nil {
		n += len(r.layout.objects)
	}
	r.objects = make([]fyne.CanvasObject, 0, n)
	for _, h := range r.hl {
		r.objects = append(r.objects, h)
	}
	r.objects = append(r.objects, r.focusBar)
	for _, m := range r.markRects {
		r.objects = append(r.objects, m)
	}
	for _, m := range ment {
		r.objects = append(r.objects, m)
	}
	if r.layout != nil {
		r.objects = append(r.objects, r.layout.objects...)
	}
	return r.objects
}

// readerRenderer lays out the header row above the scrolled text.
type readerRenderer struct {
	r *Reader
}

func (rr *readerRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.r.header, rr.r.rule, rr.r.scroll}
}

func (rr *readerRenderer) headerHeight() float32 {
	return max(rr.r.header.MinSize().Height, 44)
}

func (rr *readerRenderer) Layout(size fyne.Size) {
	r := rr.r
	hh := rr.headerHeight()
	r.header.Move(fyne.NewPos(0, 0))
	r.header.Resize(fyne.NewSize(size.Width, hh))
	r.rule.Move(fyne.NewPos(0, hh))
	r.rule.Resize(fyne.NewSize(size.Width, 1))

	view := fyne.NewSize(size.Width, max(0, size.Height-hh-1))
	if size.Width <= 0 {
		return // collapsed: keep the last layout rather than wrap at width 0
	}
	r.prepare(size.Width)
	content := fyne.NewSize(size.Width, max(r.layout.height, view.Height))
	grew := r.content.Size() != content
	r.layingOut = true
	r.content.Resize(content)
	r.scroll.Move(fyne.NewPos(0, hh+1))
	r.scroll.Resize(view)
	r.layingOut = false
	if grew {
		r.scroll.Refresh() // the bars follow the new content height
	}

	switch {
	case r.pendingAnchor >= 0:
		if li := r.layout.lineOfOffset(r.pendingAnchor); li >= 0 {
			r.scrollTo(r.layout.lines[li].top, false)
		}
		r.pendingAnchor = -1
	case r.pendingReveal:
		r.revealFocus(false)
	}
	if y := r.clampOffset(r.scroll.Offset.Y); y != r.scroll.Offset.Y {
		r.scroll.ScrollToOffset(fyne.NewPos(0, y))
	}
	r.cull()
}

func (rr *readerRenderer) MinSize() fyne.Size {
	h := rr.r.header.MinSize()
	return fyne.NewSize(max(h.Width, 160), rr.headerHeight()+1+120)
}

func (rr *readerRenderer) Refresh() {
	r := rr.r
	if r.ensureLook() {
		rr.Layout(r.Size())
		r.scroll.Refresh()
	}
	r.rule.Refresh()
	r.header.Refresh()
}

func (rr *readerRenderer) Destroy() { rr.r.stopScroll() }
