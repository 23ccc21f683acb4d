package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// tlTitleLines is how many lines an event title may take before it is cut
// with an ellipsis: the strip is short, and the full title is one tap away.
// A card is made wide enough (up to tlTitleMaxChars) for its title to fit
// these lines whole: titles are what tells the four year-end events
// apart. Chinese titles take two lines; English ones up to three.
const tlTitleLines = 3

// tlShortTitleLines is the limit on a short window (a 600-pixel kiosk
// panel, 800×600), where a third line would take the article's room.
const tlShortTitleLines = 2

// tlTitleMaxChars bounds a card's width, in text sizes, so one long
// title cannot take the strip.
const tlTitleMaxChars = 15

// tlTitleMinChars is how many title characters a card fits on a line at
// least, so that short dates do not make unreadably narrow cards.
const tlTitleMinChars = 8

// tlCard is one event on the timeline: a dot on the axis and, under it, a
// card with the date as the article states it, its precision, any public
// date and the title. The whole column is the touch target.
type tlCard struct {
	widget.BaseWidget
	t       *Timeline
	i       int
	mark    diagramMark
	hovered bool
	r       *tlCardRenderer // once created, for Timeline.prerender
}

func newTLCard(t *Timeline, i int) *tlCard {
	c := &tlCard{t: t, i: i}
	c.ExtendBaseWidget(c)
	return c
}

func (c *tlCard) event() *data.Event { return &c.t.sel.Story().Events[c.i] }
func (c *tlCard) ref() data.Ref      { return data.Ref{Kind: data.RefEvent, ID: c.event().ID} }

// Tapped selects the card's event.
func (c *tlCard) Tapped(*fyne.PointEvent) { c.t.sel.Select(c.ref()) }

// MouseIn, MouseMoved and MouseOut give desktop users hover feedback.
func (c *tlCard) MouseIn(*desktop.MouseEvent)    { c.hovered = true; hoverIn(c); c.Refresh() }
func (c *tlCard) MouseMoved(*desktop.MouseEvent) {}
func (c *tlCard) MouseOut()                      { c.hovered = false; hoverOut(c); c.Refresh() }

// Cursor shows that the card can be clicked.
func (c *tlCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (c *tlCard) CreateRenderer() fyne.WidgetRenderer {
	r := &tlCardRenderer{c: c,
		box: canvas.NewRectangle(nil), hover: canvas.NewRectangle(nil),
		stem: canvas.NewLine(nil), dot: canvas.NewCircle(nil),
		when: canvas.NewText(Pick(c.event().When, c.event().WhenEn), nil), chip: canvas.NewRectangle(nil),
		chipText: canvas.NewText(PrecisionLabel(c.event().Precision), nil), public: canvas.NewText("", nil),
	}
	r.when.TextStyle.Bold = true
	r.chipText.Alignment = fyne.TextAlignCenter
	if pd := c.event().Public; pd != nil {
		r.public.Text = T("timeline.public", "公开资料：") + pd.Date
	}
	r.objects = []fyne.CanvasObject{r.box, r.hover, r.stem, r.dot, r.when, r.chip, r.chipText, r.public}
	r.Refresh()
	c.r = r
	return r
}

// tlAxisY is the height of the axis in the strip: the middle of the band
// above the cards where the dots sit.
func tlAxisY(w fyne.Widget) float32 { return 3 * theme.SizeForWidget(theme.SizeNamePadding, w) }

type tlCardRenderer struct {
	c                *tlCard
	box, hover, chip *canvas.Rectangle
	stem             *canvas.Line
	dot              *canvas.Circle
	when, chipText   *canvas.Text
	public           *canvas.Text
	title            diagramLines
	objects          []fyne.CanvasObject

	// Set by measure, from the theme.
	pad, lineH, capH, chipW float32
	min                     fyne.Size
	// The width and text size the title was last wrapped for.
	titleW, titleSize float32
}

// measure derives the card's metrics and minimum size from the theme.
func (r *tlCardRenderer) measure() {
	c := r.c
	r.pad = theme.SizeForWidget(theme.SizeNamePadding, c)
	text := theme.SizeForWidget(theme.SizeNameText, c)
	small := theme.SizeForWidget(theme.SizeNameCaptionText, c)
	r.when.TextSize, r.chipText.TextSize, r.public.TextSize = text, small, small
	r.lineH = diagramLineHeight(text, fyne.TextStyle{})
	r.capH = diagramLineHeight(small, fyne.TextStyle{})
	r.chipW = 0
	if r.chipText.Text != "" {
		r.chipW = fyne.MeasureText(r.chipText.Text, small, fyne.TextStyle{}).Width + 2*r.pad
	}
	head := fyne.MeasureText(r.when.Text, text, r.when.TextStyle).Width + 1.5*r.pad + r.chipW
	pub := fyne.MeasureText(r.public.Text, small, fyne.TextStyle{}).Width
	inner := max(head, pub, tlTitleMinChars*text)
	inner, lines := tlTitleFit(Pick(c.event().Title, c.event().TitleEn), inner, text, c.t.titleLines())
	// The dot zone, then inside the box: inset, date, public date, a gap,
	// the title, inset (as Layout places them); under the box, the lane of
	// the strip's scroll bar.
	zone, inset := 6*r.pad, 2*r.pad
	r.min = fyne.NewSize(inner+2*inset,
		zone+inset+r.lineH+r.capH+r.pad+float32(lines)*r.lineH+inset+r.pad)
}

func (r *tlCardRenderer) MinSize() fyne.Size { return r.min }

// tlTitleFit returns the width (at least minW) at which title fits in the
// fewest lines, no more than tlTitleLines and at most tlTitleMaxChars text
// sizes wide, and how many lines it then takes (at least two, so cards
// line up).
func tlTitleFit(title string, minW, size float32, most int) (width float32, lines int) {
	maxW := max(minW, tlTitleMaxChars*size)
	for w := minW; ; w += size {
		w = min(w, maxW)
		n := len(diagramWrap(title, w, size, fyne.TextStyle{}, 0))
		if n <= 2 || w >= maxW {
			return w, max(2, min(n, most))
		}
		if n <= most {
			// Fits: widen further only while that saves a line.
			if m := len(diagramWrap(title, maxW, size, fyne.TextStyle{}, 0)); m >= n {
				return w, n
			}
		}
	}
}

func (r *tlCardRenderer) Layout(size fyne.Size) {
	p := r.pad
	zone, inset := 6*p, 2*p
	r.layoutDot(size)
	r.stem.Position1 = fyne.NewPos(size.Width/2, tlAxisY(r.c))
	r.stem.Position2 = fyne.NewPos(size.Width/2, zone)
	for _, b := range []*canvas.Rectangle{r.box, r.hover} {
		b.Move(fyne.NewPos(0, zone))
		b.Resize(fyne.NewSize(size.Width, size.Height-zone-p))
	}
	inner := size.Width - 2*inset
	y := zone + inset
	r.when.Move(fyne.NewPos(inset, y))
	r.when.Resize(fyne.NewSize(inner-r.chipW, r.lineH))
	chipH := r.capH
	r.chip.Move(fyne.NewPos(size.Width-inset-r.chipW, y+(r.lineH-chipH)/2))
	r.chip.Resize(fyne.NewSize(r.chipW, chipH))
	r.chipText.Move(r.chip.Position())
	r.chipText.Resize(r.chip.Size())
	y += r.lineH
	r.public.Move(fyne.NewPos(inset, y))
	r.public.Resize(fyne.NewSize(inner, r.capH))
	y += r.capH + p
	r.setTitle(inner)
	r.title.place(fyne.NewPos(inset, y), inner, r.lineH, fyne.TextAlignLeading)
}

// layoutDot sizes the dot for the card's mark: the selected event gets
// the biggest dot, so the axis shows it even when the card is off screen.
func (r *tlCardRenderer) layoutDot(size fyne.Size) {
	rad := []float32{1.25, 1.75, 2.25}[r.c.mark] * r.pad
	r.dot.Move(fyne.NewPos(size.Width/2-rad, tlAxisY(r.c)-rad))
	r.dot.Resize(fyne.NewSquareSize(2 * rad))
}

// setTitle wraps the title to width, unless it already is, and rebuilds
// the object list if the number of lines changed.
func (r *tlCardRenderer) setTitle(width float32) {
	size := r.when.TextSize
	if width == r.titleW && size == r.titleSize {
		return
	}
	r.titleW, r.titleSize = width, size
	lines := diagramWrap(Pick(r.c.event().Title, r.c.event().TitleEn), width, size, fyne.TextStyle{}, r.c.t.titleLines())
	if r.title.set(lines, size, fyne.TextStyle{}, r.ink()) {
		r.objects = append(r.objects[:tlCardFixed], diagramObjects(r.title.texts)...)
	}
}

// tlCardFixed is the number of objects of a card before its title lines.
const tlCardFixed = 8

// ink is the title colour for the card's mark.
func (r *tlCardRenderer) ink() color.Color {
	if r.c.mark == diagramSelected {
		return theme.ColorForWidget(theme.ColorNameForegroundOnPrimary, r.c)
	}
	return theme.ColorForWidget(theme.ColorNameForeground, r.c)
}

// Refresh restyles the card for its mark and hover state (and the theme).
// It keeps every object and only changes colours and the dot's size.
func (r *tlCardRenderer) Refresh() {
	c := r.c
	col := func(n fyne.ThemeColorName) color.Color { return theme.ColorForWidget(n, c) }
	r.measure()
	primary, onPrimary := col(theme.ColorNamePrimary), col(theme.ColorNameForegroundOnPrimary)
	fill, stroke, width := col(theme.ColorNameInputBackground), col(theme.ColorNameInputBorder), float32(1)
	// The date is indigo text: the hyperlink colour is the theme's indigo
	// that keeps text contrast in the dark variant too.
	when, caption, dot := col(theme.ColorNameHyperlink), col(ColorCaption), col(ColorTimeline)
	switch c.mark {
	case diagramSelected:
		fill, stroke, when, caption, dot = primary, primary, onPrimary, onPrimary, primary
	case diagramRelated:
		stroke, width, dot = primary, 0.75*r.pad, primary
	}
	radius := 1.5 * r.pad
	r.box.FillColor, r.box.StrokeColor, r.box.StrokeWidth, r.box.CornerRadius = fill, stroke, width, radius
	r.hover.FillColor, r.hover.CornerRadius = col(theme.ColorNameHover), radius
	r.hover.Hidden = !c.hovered
	r.stem.StrokeColor, r.stem.StrokeWidth = col(ColorTimeline), 1
	r.dot.FillColor, r.dot.StrokeColor, r.dot.StrokeWidth = dot, col(theme.ColorNameBackground), 2
	r.when.Color, r.public.Color, r.chipText.Color = when, caption, caption
	r.chip.StrokeColor, r.chip.StrokeWidth, r.chip.CornerRadius = caption, 1, r.capH/2
	r.chip.Hidden, r.chipText.Hidden = r.chipW == 0, r.chipW == 0
	if size := c.Size(); !size.IsZero() {
		r.Layout(size)
	}
	r.title.setColor(r.ink())
	for _, o := range r.objects[:tlCardFixed] {
		o.Refresh()
	}
}

func (r *tlCardRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *tlCardRenderer) Destroy()                     {}
