package gui

import (
	"image/color"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// cmNode is one member of a tier on the cluster map. A named cluster shows
// its name and how many sentences mention it; a member the article does
// not name is a muted placeholder that cannot be selected.
type cmNode struct {
	widget.BaseWidget
	m       *ClusterMap
	band    *cmBand
	i       int // index into Story.Clusters
	mark    diagramMark
	hovered bool

	// The wrapped name, for the width and text sizes it was wrapped at.
	wrapW, wrapSize, wrapSmall float32
	lines                      []string

	r *cmNodeRenderer // once created, for ClusterMap.prerender
}

func newCMNode(m *ClusterMap, b *cmBand, i int) *cmNode {
	n := &cmNode{m: m, band: b, i: i}
	n.ExtendBaseWidget(n)
	return n
}

func (n *cmNode) cluster() *data.Cluster { return &n.m.sel.Story().Clusters[n.i] }
func (n *cmNode) named() bool            { return n.cluster().InArticle }
func (n *cmNode) ref() data.Ref          { return data.Ref{Kind: data.RefCluster, ID: n.cluster().ID} }

// span is how many half cells of the map's grid the node takes.
func (n *cmNode) span() int {
	if n.named() {
		return 2
	}
	return 1
}

// count is the node's sentence count, as shown.
func (n *cmNode) count() string {
	return T("map.count", "{{.N}} 句", map[string]any{"N": len(n.cluster().Passages)})
}

// name is the cluster's name in the interface language.
func (n *cmNode) name() string { c := n.cluster(); return Pick(c.Name, c.NameEn) }

// Tapped selects a named cluster; a placeholder explains why it has no
// name.
func (n *cmNode) Tapped(*fyne.PointEvent) {
	if !n.named() {
		n.m.tip.show(n)
		return
	}
	n.m.sel.Select(n.ref())
	if n.m.OnTapped != nil {
		n.m.OnTapped()
	}
}

// tipText is what the tip says over the node: a named cluster's name in
// the other language, for visitors who read only that one; for a
// placeholder, why it has no name, in the interface language.
func (n *cmNode) tipText() string {
	if !n.named() {
		return cmUnnamedExplanation(n.m.sel.Story(), n.band.tier.ID)
	}
	return Pick(n.cluster().NameEn, n.cluster().Name)
}

// MouseIn highlights the node and shows its English name.
func (n *cmNode) MouseIn(*desktop.MouseEvent) {
	n.hovered = true
	hoverIn(n)
	n.Refresh()
	n.m.tip.show(n)
}

func (n *cmNode) MouseMoved(*desktop.MouseEvent) {}

func (n *cmNode) MouseOut() {
	n.hovered = false
	hoverOut(n)
	n.Refresh()
	n.m.tip.hide(n)
}

// Cursor shows a pointer: a named node selects, a placeholder explains.
func (n *cmNode) Cursor() desktop.Cursor { return desktop.PointerCursor }

// cmNodeChrome is the horizontal space a node takes besides its text: the
// tier stripe and the inner padding on both sides.
func cmNodeChrome(pad float32) float32 { return pad + 2*1.5*pad }

// textBox returns where a node width wide puts its text: the left edge
// and the width. Named nodes leave room for the tier stripe.
func (n *cmNode) textBox(width float32, g cmMetrics) (x, w float32) {
	if !n.named() {
		return g.pad, width - 2*g.pad
	}
	return g.pad + 1.5*g.pad, width - cmNodeChrome(g.pad)
}

// wrap wraps the name for a node width wide, unless it already is. The
// count goes at the end of the name's last line, so every node reads the
// same way. If it does not fit there the name is wrapped again around it,
// unless that strands a lone character on a line (人工智 / 能), which
// Chinese typesetting avoids: then the count gets a line of its own.
func (n *cmNode) wrap(width float32, g cmMetrics) {
	if width == n.wrapW && g.name == n.wrapSize && g.small == n.wrapSmall {
		return
	}
	n.wrapW, n.wrapSize, n.wrapSmall = width, g.name, g.small
	_, tw := n.textBox(width, g)
	if !n.named() {
		n.lines = diagramWrap(n.name(), tw, g.small, fyne.TextStyle{}, 0)
		if words, ok := cmWordBreaks[n.name()]; ok && len(n.lines) > 1 {
			n.lines = words
		}
		return
	}
	n.lines = diagramWrap(n.name(), tw, g.name, fyne.TextStyle{}, 0)
	room := g.pad + fyne.MeasureText(n.count(), g.small, fyne.TextStyle{}).Width
	if fyne.MeasureText(n.lines[len(n.lines)-1], g.name, fyne.TextStyle{}).Width+room <= tw {
		return
	}
	around := diagramWrapTail(n.name(), room, tw, g.name, fyne.TextStyle{}, 0)
	for _, l := range around {
		if utf8.RuneCountInString(l) < 2 {
			n.lines = append(n.lines, "")
			return
		}
	}
	n.lines = around
}

// heightFor is the height the node needs at width.
func (n *cmNode) heightFor(width float32, g cmMetrics) float32 {
	n.wrap(width, g)
	return n.textSize(g).lineH*float32(len(n.lines)) + 2*g.pad
}

// cmNodeFont is the size and line height of a node's name.
type cmNodeFont struct{ size, lineH float32 }

// textSize returns the size of the node's name: placeholders, being
// muted, use the small size.
func (n *cmNode) textSize(g cmMetrics) cmNodeFont {
	size := g.name
	if !n.named() {
		size = g.small
	}
	return cmNodeFont{size, diagramLineHeight(size, fyne.TextStyle{})}
}

func (n *cmNode) CreateRenderer() fyne.WidgetRenderer {
	r := &cmNodeRenderer{n: n, bg: canvas.NewRectangle(nil), stripe: canvas.NewRectangle(nil),
		count: canvas.NewText(n.count(), nil)}
	r.count.Alignment = fyne.TextAlignTrailing
	r.objects = []fyne.CanvasObject{r.bg, r.stripe, r.count}
	r.stripe.Hidden, r.count.Hidden = !n.named(), !n.named()
	r.Refresh()
	n.r = r
	return r
}

type cmNodeRenderer struct {
	n          *cmNode
	bg, stripe *canvas.Rectangle
	count      *canvas.Text
	name       diagramLines
	objects    []fyne.CanvasObject
}

// cmNodeFixed is the number of a node's objects before its name lines.
const cmNodeFixed = 3

func (r *cmNodeRenderer) MinSize() fyne.Size {
	g := r.n.m.lay.metrics()
	return fyne.NewSize(g.nodeMinW, g.nodeMinH)
}

func (r *cmNodeRenderer) Layout(size fyne.Size) {
	n := r.n
	g := n.m.lay.metrics()
	n.wrap(size.Width, g)
	r.bg.Resize(size)
	r.stripe.Resize(fyne.NewSize(g.pad, size.Height))

	font, align := n.textSize(g), fyne.TextAlignLeading
	if !n.named() {
		align = fyne.TextAlignCenter
	}
	if r.name.set(n.lines, font.size, fyne.TextStyle{}, r.ink()) {
		r.objects = append(r.objects[:cmNodeFixed], diagramObjects(r.name.texts)...)
	}
	x, tw := n.textBox(size.Width, g)
	y := (size.Height - font.lineH*float32(len(n.lines))) / 2
	r.name.place(fyne.NewPos(x, y), tw, font.lineH, align)

	// The count, smaller, centred on the last line.
	smallH := diagramLineHeight(g.small, fyne.TextStyle{})
	r.count.TextSize = g.small
	r.count.Move(fyne.NewPos(x, y+font.lineH*float32(len(n.lines)-1)+(font.lineH-smallH)/2))
	r.count.Resize(fyne.NewSize(tw, smallH))
}

// ink is the text colour: contrasting with the tier colour when the node
// is filled with it.
func (r *cmNodeRenderer) ink() color.Color {
	n := r.n
	switch {
	case !n.named():
		return theme.ColorForWidget(ColorCaption, n)
	case n.mark == diagramSelected:
		return diagramInk(theme.ColorForWidget(n.band.color, n))
	}
	return theme.ColorForWidget(theme.ColorNameForeground, n)
}

// Refresh restyles the node for its mark and hover state; it changes
// colours and stroke widths only.
func (r *cmNodeRenderer) Refresh() {
	n := r.n
	col := func(c fyne.ThemeColorName) color.Color { return theme.ColorForWidget(c, n) }
	p := theme.SizeForWidget(theme.SizeNamePadding, n)
	tier := col(n.band.color)
	fill, stroke, width := col(theme.ColorNameBackground), col(theme.ColorNameInputBorder), float32(1)
	count := col(ColorCaption)
	switch {
	case !n.named():
		// Filled with the band's own tint: it looks empty but hides the
		// wire running behind it.
		fill, stroke = cmTint(tier, col(theme.ColorNameBackground)), col(theme.ColorNamePlaceHolder)
	case n.mark == diagramSelected:
		fill, stroke, count = tier, tier, r.ink()
	case n.mark == diagramRelated:
		stroke, width = tier, 0.75*p
	case n.hovered:
		stroke, width = col(theme.ColorNameForeground), 0.5*p
	}
	r.bg.FillColor, r.bg.StrokeColor, r.bg.StrokeWidth, r.bg.CornerRadius = fill, stroke, width, 1.5*p
	r.stripe.FillColor = tier
	r.stripe.TopLeftCornerRadius, r.stripe.BottomLeftCornerRadius = 1.5*p, 1.5*p
	r.count.Color = count
	if size := n.Size(); !size.IsZero() {
		r.Layout(size)
	}
	r.name.setColor(r.ink())
	for _, o := range r.objects[:cmNodeFixed] {
		o.Refresh()
	}
}

func (r *cmNodeRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *cmNodeRenderer) Destroy()                     {}
