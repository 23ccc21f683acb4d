package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui/touch"
)

// ClusterMap draws Hangzhou's "296X" cluster plan as a diagram: one band
// per tier, stacked, each with a badge (the tier's digit, in the tier
// colour, and its name) wired to its members. Named members are tappable
// nodes showing how many sentences mention them; members the article
// counts but never names are drawn as small empty placeholders and cannot
// be selected.
//
// It follows the shared Selection: the selected cluster is filled with its
// tier colour and the clusters related to the selection (those of a
// selected event, entity or sentence) get a thick outline, so fill versus
// outline, not colour alone, tells them apart. When the pane is too short
// for the diagram it scrolls vertically (by dragging, too) and keeps the
// selection in view.
type ClusterMap struct {
	widget.BaseWidget

	sel    *Selection
	bands  []*cmBand
	nodes  []*cmNode // every member of every band, band by band
	tip    *cmTip
	lay    *cmLayout
	scroll *container.Scroll
	legend *widget.RichText // the title and how to read the map
	words  map[cmWordKey]float32

	// OnTapped, if set, is called after a named cluster is tapped (the
	// narrow explorer then shows the cluster's card).
	OnTapped func()

	unfollow func() // stops following the selection (explorer_story.go)
}

// cmBand is one tier: its background, badge and wires.
type cmBand struct {
	tier  *data.Tier
	color fyne.ThemeColorName
	bg    *canvas.Rectangle
	badge *cmBadge
	// wires[0] runs from the badge to the trunk, wires[1] is the trunk
	// and wires[2+r] runs along row r behind its nodes.
	wires []*canvas.Line
	nodes []*cmNode
}

// cmTierColors maps the tiers of the 296X plan to their theme colours.
var cmTierColors = map[string]fyne.ThemeColorName{
	"2": ColorTier2, "9": ColorTier9, "6": ColorTier6, "X": ColorTierX,
}

// NewClusterMap returns the cluster map of sel's story, following sel.
func NewClusterMap(sel *Selection) *ClusterMap {
	m := &ClusterMap{sel: sel}
	m.ExtendBaseWidget(m)
	st := sel.Story()
	// Drawn back to front: band backgrounds, wires, badges, nodes, tip.
	var bgs, wires, badges, nodes []fyne.CanvasObject
	for ti := range st.Tiers {
		tier := &st.Tiers[ti]
		b := &cmBand{tier: tier, color: cmTierColors[tier.ID], bg: canvas.NewRectangle(nil)}
		if b.color == "" {
			b.color = ColorTimeline // a tier this palette does not know
		}
		b.badge = newCMBadge(m, b)
		for _, ci := range st.TierClusters(tier.ID) {
			n := newCMNode(m, b, ci)
			b.nodes = append(b.nodes, n)
			m.nodes = append(m.nodes, n)
			nodes = append(nodes, n)
		}
		// One wire from the badge, the trunk, and one per row at most.
		for range len(b.nodes) + 2 {
			w := canvas.NewLine(nil)
			b.wires = append(b.wires, w)
			wires = append(wires, w)
		}
		bgs = append(bgs, b.bg)
		badges = append(badges, b.badge)
		m.bands = append(m.bands, b)
	}
	m.tip = newCMTip(m)
	m.lay = &cmLayout{m: m}
	objs := append(append(append(append(bgs, wires...), badges...), nodes...), m.tip)
	m.scroll = touch.NewScroll(container.New(m.lay, objs...), container.ScrollVerticalOnly)
	m.legend = newCMLegend(sel.Story())
	m.mark(false)
	m.unfollow = sel.OnChange(func(State) { m.mark(true) })
	return m
}

// CreateRenderer implements fyne.Widget.
func (m *ClusterMap) CreateRenderer() fyne.WidgetRenderer {
	r := &cmRenderer{m: m, objects: []fyne.CanvasObject{m.legend, m.scroll}}
	r.applyTheme()
	return r
}

// mark updates every node's relation to the selection, refreshing only
// the nodes whose mark changed: a selection change restyles a handful of
// nodes and moves nothing.
func (m *ClusterMap) mark(refresh bool) {
	var selected *cmNode
	for _, n := range m.nodes {
		mk := diagramMarkOf(m.sel, n.ref())
		if mk == diagramSelected {
			selected = n
		}
		if mk != n.mark {
			n.mark = mk
			if refresh {
				n.Refresh()
			}
		}
	}
	if refresh && selected != nil {
		m.reveal(selected)
	}
}

// reveal scrolls n fully into view, if it is not.
func (m *ClusterMap) reveal(n *cmNode) {
	view := m.scroll.Size().Height
	if view <= 0 {
		return
	}
	margin := theme.SizeForWidget(theme.SizeNamePadding, m)
	top, bottom := n.Position().Y-margin, n.Position().Y+n.Size().Height+margin
	if off, move := scrollToShow(top, bottom, m.scroll.Offset.Y, view, m.scroll.Content.Size().Height); move {
		m.scroll.ScrollToOffset(fyne.NewPos(0, off))
	}
}

type cmRenderer struct {
	m       *ClusterMap
	objects []fyne.CanvasObject
}

// Layout tells the diagram the pane's size before the scroll asks for its
// height: the diagram's height depends on how many nodes fit a row.
// The legend shows when the map fits under it; on a pane too short for
// both the map keeps the room (a placeholder's tap still explains it).
func (r *cmRenderer) Layout(size fyne.Size) {
	lh := r.legendHeight(size.Width)
	r.m.lay.width, r.m.lay.view = size.Width, max(0, size.Height-lh)
	if r.m.lay.plan(size.Width, 0).height > size.Height-lh {
		lh = 0
	}
	r.m.legend.Hidden = lh == 0
	r.m.legend.Move(fyne.NewPos(0, 0))
	r.m.legend.Resize(fyne.NewSize(size.Width, lh))
	view := fyne.NewSize(size.Width, max(0, size.Height-lh))
	r.m.lay.width, r.m.lay.view = view.Width, view.Height
	r.m.scroll.Move(fyne.NewPos(0, lh))
	r.m.scroll.Resize(view)
}

// legendHeight is the height of the legend wrapped to width.
func (r *cmRenderer) legendHeight(width float32) float32 {
	l := r.m.legend
	if l.Size().Width != width {
		l.Resize(fyne.NewSize(width, l.MinSize().Height))
	}
	return l.MinSize().Height
}

func (r *cmRenderer) MinSize() fyne.Size { return r.m.scroll.MinSize() }

// Refresh is the full redraw, after a theme change; selection changes go
// through ClusterMap.mark instead.
func (r *cmRenderer) Refresh() {
	r.applyTheme()
	for _, b := range r.m.bands {
		b.badge.Refresh() // re-measured before the layout uses its size
	}
	r.m.lay.invalidate()
	r.m.scroll.Refresh()
}

// applyTheme colours the bands and wires; nodes, badges and the tip
// colour themselves.
func (r *cmRenderer) applyTheme() {
	for _, b := range r.m.bands {
		c := theme.ColorForWidget(b.color, r.m)
		b.bg.FillColor = cmTint(c, theme.ColorForWidget(theme.ColorNameBackground, r.m))
		b.bg.CornerRadius = 2 * theme.SizeForWidget(theme.SizeNamePadding, r.m)
		for _, w := range b.wires {
			w.StrokeColor, w.StrokeWidth = c, 1.5
		}
	}
}

func (r *cmRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *cmRenderer) Destroy()                     {}

// cmTint is a band's background: its tier colour mixed into the
// background at low strength, so that the bands read as groups while nodes
// and text on them keep their contrast. It is opaque, so placeholders
// filled with it hide the wires behind them.
func cmTint(c, bg color.Color) color.Color {
	const a = 0.11
	cn, bn := color.NRGBAModel.Convert(c).(color.NRGBA), color.NRGBAModel.Convert(bg).(color.NRGBA)
	mix := func(x, y uint8) uint8 { return uint8(float64(y)*(1-a) + float64(x)*a + 0.5) }
	return color.NRGBA{R: mix(cn.R, bn.R), G: mix(cn.G, bn.G), B: mix(cn.B, bn.B), A: 0xff}
}

// prerender draws the nodes' and tiers' names ahead (see
// drawnText.prerender).
func (m *ClusterMap) prerender() {
	for _, n := range m.nodes {
		if n.r != nil {
			n.r.name.prerender()
		}
	}
	for _, b := range m.bands {
		if b.badge.r != nil {
			b.badge.r.name.prerender()
		}
	}
}
