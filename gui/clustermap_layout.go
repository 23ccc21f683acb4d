package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// cmLayout places the bands of the cluster map.
//
// Members sit on a grid of half cells: a named node takes two, a
// placeholder for an unnamed member one, so the six unnamed members of the
// 9 tier stay visible as members without taking the room of six nodes.
// Columns line up across all bands.
//
// The grid has as many columns as fit at a comfortable node width. If the
// map is then taller than the pane, more columns (down to a minimum node
// width) and then slightly smaller node text are tried, and the first that
// fits is used; if nothing fits, the one that needs the least scrolling.
// Fitting matters more than long lines: a kiosk's touch screen scrolls
// only clumsily. Since the height depends on the pane's size, which a
// fyne.Layout is not told, the map sets width and view before the scroll
// asks for MinSize.
type cmLayout struct {
	m           *ClusterMap
	width, view float32 // the pane's width and visible height

	// Caches: the choice of grid, and the last plans for MinSize (compact)
	// and for Layout (grown to fill).
	chosen          cmChoice
	compact, filled *cmPlan
}

// cmChoice is the grid chosen for a pane.
type cmChoice struct {
	width, view float32
	base        cmMetrics // the theme's metrics it was chosen under
	g           cmMetrics // the metrics chosen
	cols        int
}

// cmTextSteps are the node text sizes tried, relative to the theme's text
// size: 14 and 13 px with the app's type scale. Smaller would fall under
// TypeMin, which reads on a projector.
var cmTextSteps = []float32{1, TypeMin / 14}

// cmMetrics are the map's spacings and node text sizes, derived from the
// theme so the diagram scales with it.
type cmMetrics struct {
	pad, outer, bandPadX, bandPadY, bandGap, gap, wire float32
	name, small                                        float32 // node text sizes
	nodeComfortW, nodeMinW, nodeMinH                   float32
}

// cmMetricsFor returns the metrics with node text at cmTextSteps[step].
func cmMetricsFor(m *ClusterMap, step int) cmMetrics {
	p := theme.SizeForWidget(theme.SizeNamePadding, m)
	name := theme.SizeForWidget(theme.SizeNameText, m) * cmTextSteps[step]
	return cmMetrics{
		pad: p, outer: p / 2, bandPadX: 2 * p, bandPadY: p, bandGap: p, gap: p, wire: 2 * p,
		name: name, small: theme.SizeForWidget(theme.SizeNameCaptionText, m),
		// Eight characters a line fit every name of the story in two
		// lines; six, at the least, in three. 48 px is the usual minimum
		// touch target.
		nodeComfortW: max(8*name, m.longestWord(name)) + cmNodeChrome(p),
		nodeMinW:     max(6*name, m.longestWord(name)) + cmNodeChrome(p),
		nodeMinH:     12 * p,
	}
}

// longestWord is the width of the longest Latin word of the cluster names
// shown, at text size: a node at least that wide breaks English names
// between words ("Opto- / electronics" only where a word cannot fit).
// Chinese names have no such words and need nothing here.
func (m *ClusterMap) longestWord(size float32) float32 {
	key := cmWordKey{size, current}
	if w, ok := m.words[key]; ok {
		return w
	}
	var w float32
	for i := range m.sel.Story().Clusters {
		c := &m.sel.Story().Clusters[i]
		for _, word := range strings.FieldsFunc(Pick(c.Name, c.NameEn), func(r rune) bool { return r == ' ' || r == '-' }) {
			if strings.IndexFunc(word, func(r rune) bool { return r >= 0x2E80 }) >= 0 {
				continue
			}
			w = max(w, fyne.MeasureText(word+"-", size, fyne.TextStyle{}).Width)
		}
	}
	if m.words == nil {
		m.words = map[cmWordKey]float32{}
	}
	m.words[key] = w
	return w
}

// cmWordKey caches longestWord per text size and language.
type cmWordKey struct {
	size float32
	lang string
}

// metrics returns the metrics of the chosen grid (before any layout, those
// of the full text size).
func (l *cmLayout) metrics() cmMetrics {
	if l.chosen.cols > 0 {
		return l.chosen.g
	}
	return cmMetricsFor(l.m, 0)
}

// cmPlan is the geometry of the whole map at one width.
type cmPlan struct {
	width, height float32
	fill          float32 // the height the rows were grown to fill
	cols          int
	g             cmMetrics
	badgeW        float32 // the widest badge: all trunks line up
	trunkX, gridX float32
	unitW         float32 // a half cell
	units         int     // half cells per row
	bands         []cmBandPlan
}

type cmBandPlan struct {
	y, h  float32
	rows  []cmRowPlan
	items []cmItem // one per node of the band
}

type cmRowPlan struct{ y, h float32 }

type cmItem struct{ row, unit, span int }

// x returns the left edge of half cell u.
func (p *cmPlan) x(u int) float32 { return p.gridX + float32(u)*(p.unitW+p.g.gap) }

// span returns the width of n half cells.
func (p *cmPlan) span(n int) float32 { return float32(n)*p.unitW + float32(n-1)*p.g.gap }

func (l *cmLayout) badgeW() float32 {
	var w float32
	for _, b := range l.m.bands {
		w = max(w, b.badge.MinSize().Width)
	}
	return w
}

// gridX is where the nodes start: right of the badges and the trunk.
func (l *cmLayout) gridX(g cmMetrics) float32 {
	return g.outer + g.bandPadX + l.badgeW() + 2*g.wire
}

// minWidth is the narrowest the map can be: one named node a row, in the
// smallest text.
func (l *cmLayout) minWidth() float32 {
	g := cmMetricsFor(l.m, len(cmTextSteps)-1)
	return l.gridX(g) + g.nodeMinW + g.bandPadX + g.outer
}

func (l *cmLayout) invalidate() { l.chosen, l.compact, l.filled = cmChoice{}, nil, nil }

// maxCols is the most columns any band can use: more would stay empty.
func (l *cmLayout) maxCols() int {
	most := 1
	for _, b := range l.m.bands {
		units := 0
		for _, n := range b.nodes {
			units += n.span()
		}
		most = max(most, (units+1)/2)
	}
	return most
}

// choose chooses the grid for a map width wide (see cmLayout).
func (l *cmLayout) choose(width float32) cmChoice {
	base := cmMetricsFor(l.m, 0)
	if c := l.chosen; c.width == width && c.view == l.view && c.base == base && c.cols > 0 {
		return c
	}
	best, bestH := cmChoice{width: width, view: l.view, base: base}, float32(0)
	// A tall pane with room to spare: fewer, wider columns, while the map
	// still fits, so the diagram fills the pane instead of leaving its
	// lower part empty (1920×1080 in Chinese).
	if cc := l.comfortCols(base, width); l.view > 0 && l.planFor(base, width, cc, 0).height <= l.view {
		best.g, best.cols = base, cc
		for cols := cc - 1; cols >= 2 && l.planFor(base, width, cols, 0).height <= l.view; cols-- {
			best.cols = cols
		}
		l.chosen = best
		return best
	}
	for step := range cmTextSteps {
		g := cmMetricsFor(l.m, step)
		for cols := l.comfortCols(g, width); cols <= l.maxCols(); cols++ {
			p := l.planFor(g, width, cols, 0)
			if cols > 1 && 2*p.unitW+g.gap < g.nodeMinW {
				break
			}
			if best.cols == 0 || p.height < bestH {
				best.g, best.cols, bestH = g, cols, p.height
			}
			if p.height <= l.view {
				best.g, best.cols = g, cols
				l.chosen = best
				return best
			}
		}
	}
	l.chosen = best
	return best
}

// comfortCols is how many columns fit at a comfortable node width.
func (l *cmLayout) comfortCols(g cmMetrics, width float32) int {
	gridW := width - l.gridX(g) - g.bandPadX - g.outer
	return min(max(1, int((gridW+g.gap)/(g.nodeComfortW+g.gap))), l.maxCols())
}

// plan returns the geometry for a map width wide, with rows grown to fill
// height if that is taller than the map needs (0: compact), from cache if
// it can.
func (l *cmLayout) plan(width, height float32) *cmPlan {
	width = max(width, l.minWidth())
	c := l.choose(width)
	cache := &l.filled
	if height <= 0 {
		cache = &l.compact
	}
	if p := *cache; p != nil && p.width == width && p.g == c.g && p.fill == height && p.cols == c.cols {
		return p
	}
	*cache = l.planFor(c.g, width, c.cols, height)
	return *cache
}

// planFor computes the geometry with cols columns. Given a height taller
// than the map needs, rows grow (by up to a node each) so that a tall
// pane is filled evenly rather than left with a gap at the bottom.
func (l *cmLayout) planFor(g cmMetrics, width float32, cols int, height float32) *cmPlan {
	p := &cmPlan{width: width, fill: height, cols: cols, g: g, badgeW: l.badgeW()}
	p.gridX = l.gridX(g)
	p.trunkX = p.gridX - g.wire
	gridW := width - p.gridX - g.bandPadX - g.outer
	cell := (gridW - float32(cols-1)*g.gap) / float32(cols)
	p.unitW, p.units = (cell-g.gap)/2, 2*cols

	rows := 0
	for _, b := range l.m.bands {
		var bp cmBandPlan
		row, u := 0, 0
		for _, n := range b.nodes {
			s := n.span()
			if u+s > p.units {
				row, u = row+1, 0
			}
			bp.items = append(bp.items, cmItem{row, u, s})
			u += s
		}
		bp.rows = make([]cmRowPlan, row+1)
		for i, it := range bp.items {
			r := &bp.rows[it.row]
			r.h = max(r.h, g.nodeMinH, b.nodes[i].heightFor(p.span(it.span), g))
		}
		rows += len(bp.rows)
		p.bands = append(p.bands, bp)
	}
	p.place(l.m.bands, 0)
	if height > p.height {
		p.place(l.m.bands, min(g.nodeMinH, (height-p.height)/float32(rows)))
	}
	return p
}

// place stacks the bands, each row grown by grow, and sets p.height.
func (p *cmPlan) place(bands []*cmBand, grow float32) {
	g := p.g
	y := g.outer
	for bi, b := range bands {
		bp := &p.bands[bi]
		bp.y = y
		var content float32
		for i := range bp.rows {
			bp.rows[i].h += grow
			content += bp.rows[i].h
		}
		content += float32(len(bp.rows)-1) * g.gap
		bp.h = max(content, b.badge.MinSize().Height) + 2*g.bandPadY
		top := y + (bp.h-content)/2
		for i := range bp.rows {
			bp.rows[i].y = top
			top += bp.rows[i].h + g.gap
		}
		y += bp.h + g.bandGap
	}
	p.height = y - g.bandGap + g.outer
}

func (l *cmLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(l.minWidth(), l.plan(l.width, 0).height)
}

func (l *cmLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	p := l.plan(size.Width, size.Height)
	g := p.g
	for bi, b := range l.m.bands {
		bp := &p.bands[bi]
		b.bg.Move(fyne.NewPos(g.outer, bp.y))
		b.bg.Resize(fyne.NewSize(p.width-2*g.outer, bp.h))
		bs := b.badge.MinSize()
		cy := bp.y + bp.h/2
		b.badge.Move(fyne.NewPos(g.outer+g.bandPadX, cy-bs.Height/2))
		b.badge.Resize(bs)
		for i, it := range bp.items {
			r := bp.rows[it.row]
			b.nodes[i].Move(fyne.NewPos(p.x(it.unit), r.y))
			b.nodes[i].Resize(fyne.NewSize(p.span(it.span), r.h))
		}
		l.wire(b, p, bp, g.outer+g.bandPadX+bs.Width+g.pad, cy)
	}
	l.m.tip.place()
}

// wire draws a band's connectors: from the badge (whose right edge is at
// x, its middle at y) to the trunk, down the trunk, and along each row
// behind its nodes, so that every member is visibly attached to its tier.
func (l *cmLayout) wire(b *cmBand, p *cmPlan, bp *cmBandPlan, x, y float32) {
	first, last := bp.rows[0], bp.rows[len(bp.rows)-1]
	set := func(i int, x1, y1, x2, y2 float32) {
		b.wires[i].Position1, b.wires[i].Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
		b.wires[i].Hidden = x1 == x2 && y1 == y2
	}
	set(0, x, y, p.trunkX, y)
	set(1, p.trunkX, first.y+first.h/2, p.trunkX, last.y+last.h/2)
	ends := make([]float32, len(bp.rows))
	for _, it := range bp.items {
		ends[it.row] = p.x(it.unit) + p.span(it.span)/2
	}
	for i := 2; i < len(b.wires); i++ {
		if r := i - 2; r < len(bp.rows) {
			cy := bp.rows[r].y + bp.rows[r].h/2
			set(i, p.trunkX, cy, ends[r], cy)
		} else {
			set(i, 0, 0, 0, 0)
		}
	}
}
