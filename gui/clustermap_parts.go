package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cmBadge labels a band: the tier's digit, large and in the tier colour
// (the cue that survives colour blindness and a washed-out projector), and
// the tier's name beside it.
type cmBadge struct {
	widget.BaseWidget
	m    *ClusterMap
	band *cmBand
	r    *cmBadgeRenderer // once created, for ClusterMap.prerender
}

func newCMBadge(m *ClusterMap, b *cmBand) *cmBadge {
	bd := &cmBadge{m: m, band: b}
	bd.ExtendBaseWidget(bd)
	return bd
}

func (b *cmBadge) CreateRenderer() fyne.WidgetRenderer {
	r := &cmBadgeRenderer{b: b, digit: canvas.NewText(b.band.tier.ID, nil)}
	r.digit.TextStyle.Bold = true
	r.digit.Alignment = fyne.TextAlignCenter
	r.Refresh()
	b.r = r
	return r
}

type cmBadgeRenderer struct {
	b       *cmBadge
	digit   *canvas.Text
	name    diagramLines
	objects []fyne.CanvasObject
	digitW  float32 // the widest digit of all tiers, so names line up
	min     fyne.Size
}

// cmBadgeStyle is the style of tier names.
var cmBadgeStyle = fyne.TextStyle{Bold: true}

// measure sizes the badge from the theme. Names wrap at half the longest
// tier name, so every badge has the same width and at most two lines.
func (r *cmBadgeRenderer) measure() {
	b := r.b
	p := theme.SizeForWidget(theme.SizeNamePadding, b)
	text := theme.SizeForWidget(theme.SizeNameText, b)
	r.digit.TextSize = 2 * text
	var nameW float32
	r.digitW = 0
	for _, t := range b.m.sel.Story().Tiers {
		r.digitW = max(r.digitW, fyne.MeasureText(t.ID, r.digit.TextSize, r.digit.TextStyle).Width)
		nameW = max(nameW, fyne.MeasureText(Pick(t.Name, t.NameEn), text, cmBadgeStyle).Width)
	}
	nameW = nameW/2 + text/2 // half, rounded up to a glyph
	lines := diagramWrap(Pick(b.band.tier.Name, b.band.tier.NameEn), nameW, text, cmBadgeStyle, 0)
	if r.name.set(lines, text, cmBadgeStyle, theme.ColorForWidget(theme.ColorNameForeground, b)) || r.objects == nil {
		r.objects = append([]fyne.CanvasObject{r.digit}, diagramObjects(r.name.texts)...)
	}
	nameH := float32(len(lines)) * diagramLineHeight(text, cmBadgeStyle)
	r.min = fyne.NewSize(r.digitW+p+nameW, max(diagramLineHeight(r.digit.TextSize, r.digit.TextStyle), nameH))
}

func (r *cmBadgeRenderer) MinSize() fyne.Size { return r.min }

func (r *cmBadgeRenderer) Layout(size fyne.Size) {
	p := theme.SizeForWidget(theme.SizeNamePadding, r.b)
	dh := diagramLineHeight(r.digit.TextSize, r.digit.TextStyle)
	r.digit.Move(fyne.NewPos(0, (size.Height-dh)/2))
	r.digit.Resize(fyne.NewSize(r.digitW, dh))
	if len(r.name.texts) == 0 {
		return
	}
	lh := diagramLineHeight(r.name.lineSize(), cmBadgeStyle)
	nameH := float32(len(r.name.texts)) * lh
	r.name.place(fyne.NewPos(r.digitW+p, (size.Height-nameH)/2), size.Width-r.digitW-p, lh, fyne.TextAlignLeading)
}

func (r *cmBadgeRenderer) Refresh() {
	r.measure()
	r.digit.Color = cmDigitInk(theme.ColorForWidget(r.b.band.color, r.b), theme.ColorForWidget(theme.ColorNameBackground, r.b))
	r.name.setColor(theme.ColorForWidget(theme.ColorNameForeground, r.b))
	r.Layout(r.b.Size())
	r.digit.Refresh()
}

func (r *cmBadgeRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *cmBadgeRenderer) Destroy()                     {}

// cmTip shows, next to the node under the mouse (or a tapped
// placeholder), the node's tipText: a name in the other language, or why
// a placeholder has no name. It is drawn in inverted colours above the
// diagram and is hidden when no node is hovered.
type cmTip struct {
	widget.BaseWidget
	m     *ClusterMap
	node  *cmNode
	lines []string
}

func newCMTip(m *ClusterMap) *cmTip {
	t := &cmTip{m: m}
	t.ExtendBaseWidget(t)
	t.Hidden = true // not Hide(): nothing is on a canvas yet
	return t
}

// show shows n's English name.
func (t *cmTip) show(n *cmNode) {
	t.node = n
	t.place()
	t.Show()
	t.Refresh()
}

// hide hides the tip if it is showing n.
func (t *cmTip) hide(n *cmNode) {
	if t.node == n {
		t.node = nil
		t.Hide()
	}
}

// place wraps the name to the map's width and puts the tip under its node,
// or above it when there is no room below.
func (t *cmTip) place() {
	n := t.node
	if n == nil {
		return
	}
	p := theme.SizeForWidget(theme.SizeNamePadding, t)
	size := theme.SizeForWidget(theme.SizeNameCaptionText, t)
	area := t.m.scroll.Content.Size()
	t.lines = diagramWrap(n.tipText(), min(area.Width-2*p-3*p, 24*size), size, fyne.TextStyle{}, 0)
	var w float32
	for _, l := range t.lines {
		w = max(w, fyne.MeasureText(l, size, fyne.TextStyle{}).Width)
	}
	s := fyne.NewSize(w+3*p, float32(len(t.lines))*diagramLineHeight(size, fyne.TextStyle{})+2*p)
	pos := fyne.NewPos(max(p, min(n.Position().X, area.Width-p-s.Width)), n.Position().Y+n.Size().Height+p)
	if pos.Y+s.Height > area.Height {
		pos.Y = n.Position().Y - p - s.Height
	}
	t.Move(pos)
	t.Resize(s)
}

func (t *cmTip) CreateRenderer() fyne.WidgetRenderer {
	r := &cmTipRenderer{t: t, bg: canvas.NewRectangle(nil)}
	r.objects = []fyne.CanvasObject{r.bg}
	r.Refresh()
	return r
}

type cmTipRenderer struct {
	t       *cmTip
	bg      *canvas.Rectangle
	text    diagramLines
	objects []fyne.CanvasObject
}

func (r *cmTipRenderer) MinSize() fyne.Size { return fyne.NewSize(0, 0) }

func (r *cmTipRenderer) Layout(size fyne.Size) {
	p := theme.SizeForWidget(theme.SizeNamePadding, r.t)
	r.bg.Resize(size)
	if len(r.text.texts) > 0 {
		lh := diagramLineHeight(r.text.lineSize(), fyne.TextStyle{})
		r.text.place(fyne.NewPos(1.5*p, p), size.Width-3*p, lh, fyne.TextAlignLeading)
	}
}

func (r *cmTipRenderer) Refresh() {
	t := r.t
	col := func(c fyne.ThemeColorName) color.Color { return theme.ColorForWidget(c, t) }
	r.bg.FillColor = col(theme.ColorNameForeground)
	r.bg.CornerRadius = theme.SizeForWidget(theme.SizeNamePadding, t)
	size := theme.SizeForWidget(theme.SizeNameCaptionText, t)
	if r.text.set(t.lines, size, fyne.TextStyle{}, col(theme.ColorNameBackground)) {
		r.objects = append(r.objects[:1], diagramObjects(r.text.texts)...)
	}
	r.Layout(t.Size())
	r.bg.Refresh()
}

func (r *cmTipRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *cmTipRenderer) Destroy()                     {}

// cmDigitInk is the colour of a tier's digit on its band: the tier colour,
// deepened (on a light background) or lightened (on a dark one) just
// enough for 3:1 against the band's tint, WCAG's minimum for large text.
// The light orange and pink tiers need it; the palette itself stays as
// chosen for colour-blind viewers (theme.go).
func cmDigitInk(tier, bg color.Color) color.Color {
	band := color.NRGBAModel.Convert(cmTint(tier, bg)).(color.NRGBA)
	t := color.NRGBAModel.Convert(tier).(color.NRGBA)
	toward := uint8(0)
	if diagramLuminance(bg) < 0.5 {
		toward = 0xff
	}
	c := t
	for a := 0.0; a <= 1; a += 0.05 {
		mix := func(x uint8) uint8 { return uint8(float64(x)*(1-a) + float64(toward)*a + 0.5) }
		c = color.NRGBA{R: mix(t.R), G: mix(t.G), B: mix(t.B), A: 0xff}
		if kwContrast(c, band) >= 3 {
			break
		}
	}
	return c
}
