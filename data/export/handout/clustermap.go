package handout

import (
	"fmt"

	"github.com/qiusuo/qiusuo/data"
)

// Cluster map geometry (mm).
const (
	cmLabelW  = 43.0 // tier number and name
	cmNumW    = 9.0  // the tier number
	cmNameW   = cmLabelW - cmNumW - cmPad - 3
	cmPad     = 2.5
	cmGap     = 2.2
	cmCols    = 3
	cmCardH   = 11.0
	cmSmallH  = 6.5 // an unnamed member's box
	cmSmallPR = 6   // unnamed boxes per row
)

// tierLayout is one band of the map, measured before drawing so the map
// can be kept on one page.
type tierLayout struct {
	tier           data.Tier
	colour         rgb
	named, unnamed []int
	h              float64
}

// clusterMap draws the tiers as tinted bands with the tier's number and
// name, the clusters the article names as cards (name and number of
// linked sentences) and the members it counts but does not name as
// dashed boxes — the window's map, in the same colours.
func (d *doc) clusterMap() {
	s := d.s
	if len(s.Tiers) == 0 {
		return
	}
	var bands []tierLayout
	total := 0.0
	for i, t := range s.Tiers {
		b := tierLayout{tier: t, colour: tierColour(t.ID, i)}
		for _, c := range s.TierClusters(t.ID) {
			if s.Clusters[c].InArticle {
				b.named = append(b.named, c)
			} else {
				b.unnamed = append(b.unnamed, c)
			}
		}
		rows := (len(b.named) + cmCols - 1) / cmCols
		h := float64(rows)*(cmCardH+cmGap) - cmGap
		if len(b.unnamed) > 0 {
			urows := (len(b.unnamed) + cmSmallPR - 1) / cmSmallPR
			if rows > 0 {
				h += cmGap
			}
			h += float64(urows)*(cmSmallH+cmGap) - cmGap
		}
		labelH := max(lineH(ptTierNum)*0.8, float64(len(d.m.balanced(d.pick(t.Name, t.NameEn), "B", ptSmall, cmNameW)))*lineH(ptSmall))
		b.h = max(h, labelH, cmCardH) + 2*cmPad
		bands = append(bands, b)
		total += b.h + cmGap
	}
	title := d.l.clusterMap
	if sc := s.ClusterScheme(); sc != nil {
		title = d.pick(sc.Name, sc.NameEn) + " · " + title
	}
	keep := total
	if keep > d.bottom()-top-30 {
		keep = bands[0].h // taller than a page: keep only the first band with the heading
	}
	d.heading(title, d.l.mapNote, keep)
	for _, b := range bands {
		d.need(b.h)
		d.band(b)
		d.y += b.h + cmGap
	}
	d.y += 2
}

func (d *doc) band(b tierLayout) {
	x, y, w := margin, d.y, d.width()
	d.fill(b.colour.tint(0.10))
	d.pdf.RoundedRect(x, y, w, b.h, 2.2, "1234", "F")
	// tier number and, beside it, the tier's name, centred on the band
	name := d.pick(b.tier.Name, b.tier.NameEn)
	numW := d.m.width(b.tier.ID, "B", ptTierNum)
	d.textAt(x+cmPad+(cmNumW-numW)/2, y+(b.h-lineH(ptTierNum))/2, b.tier.ID, "B", ptTierNum, b.colour)
	nameLines := d.m.balanced(name, "B", ptSmall, cmNameW)
	ny := y + (b.h-float64(len(nameLines))*lineH(ptSmall))/2
	for _, ln := range nameLines {
		d.textAt(x+cmPad+cmNumW+1, ny, ln, "B", ptSmall, colInk)
		ny += lineH(ptSmall)
	}
	// cards
	cx := x + cmLabelW
	cw := (w - cmLabelW - cmPad - float64(cmCols-1)*cmGap) / cmCols
	cy := y + cmPad
	for k, c := range b.named {
		col, row := k%cmCols, k/cmCols
		d.card(cx+float64(col)*(cw+cmGap), cy+float64(row)*(cmCardH+cmGap), cw, b.colour, c)
	}
	if len(b.unnamed) > 0 {
		uy := cy
		if rows := (len(b.named) + cmCols - 1) / cmCols; rows > 0 {
			uy += float64(rows) * (cmCardH + cmGap)
		}
		sw := (w - cmLabelW - cmPad - float64(cmSmallPR-1)*cmGap) / cmSmallPR
		for k := range b.unnamed {
			col, row := k%cmSmallPR, k/cmSmallPR
			bx, by := cx+float64(col)*(sw+cmGap), uy+float64(row)*(cmSmallH+cmGap)
			d.fill(b.colour.tint(0.04))
			d.stroke(b.colour.tint(0.55), 0.25)
			d.pdf.SetDashPattern([]float64{0.9, 0.7}, 0)
			d.pdf.RoundedRect(bx, by, sw, cmSmallH, 1.2, "1234", "FD")
			d.pdf.SetDashPattern([]float64{}, 0)
			lbl := d.m.ellipsize(d.l.notNamed, "", ptTiny, sw-2)
			d.textAt(bx+(sw-d.m.width(lbl, "", ptTiny))/2, by+(cmSmallH-lineH(ptTiny))/2, lbl, "", ptTiny, colMuted)
		}
	}
}

// card draws one named cluster: white rounded card, tier-coloured edge,
// the name (two lines at most) and how many sentences link to it.
func (d *doc) card(x, y, w float64, c rgb, ci int) {
	cl := &d.s.Clusters[ci]
	d.fill(rgb{255, 255, 255})
	d.stroke(c.tint(0.35), 0.2)
	d.pdf.RoundedRect(x, y, w, cmCardH, 1.3, "1234", "FD")
	d.fill(c)
	d.pdf.RoundedRect(x, y, 1.3, cmCardH, 0.65, "14", "F")
	count := fmt.Sprintf("%d %s", len(cl.Passages), d.l.sentences)
	cntW := d.m.width(count, "", ptTiny)
	nameW := w - 4 - cntW - 2
	lines := d.m.balanced(d.pick(cl.Name, cl.NameEn), "", ptSmall, nameW)
	if len(lines) > 2 {
		lines = []string{lines[0], d.m.ellipsize(lines[1]+lines[2], "", ptSmall, nameW)}
	}
	lh := lineH(ptSmall) * 0.9
	ty := y + (cmCardH-float64(len(lines))*lh)/2 - 0.2
	for _, ln := range lines {
		d.textAt(x+3, ty, ln, "", ptSmall, colInk)
		ty += lh
	}
	d.textAt(x+w-1.8-cntW, y+(cmCardH-lineH(ptTiny))/2, count, "", ptTiny, colMuted)
}

func tierColour(id string, i int) rgb {
	if c, ok := tierColours[id]; ok {
		return c
	}
	return tierCycle[i%len(tierCycle)]
}
