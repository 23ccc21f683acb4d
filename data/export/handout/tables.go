package handout

import (
	"strconv"
	"strings"
)

// column is one column of a table: its share of the width and its type.
type column struct {
	title string
	frac  float64
	style string
	pt    float64
	col   rgb
}

// table draws rows under a header row, wrapping each cell with the
// reader's rules, striping alternate rows and repeating the header after
// a page break.
func (d *doc) table(cols []column, rows [][]string) {
	const pad = 1.6
	w := d.width()
	header := func() {
		h := lineH(ptSmall) + 2*pad - 1
		d.fill(colHighlight)
		d.pdf.Rect(margin, d.y, w, h, "F")
		x := margin
		for _, c := range cols {
			d.textAt(x+pad, d.y+pad-0.5, c.title, "B", ptSmall, colPrimary)
			x += c.frac * w
		}
		d.y += h
	}
	header()
	for r, row := range rows {
		cells := make([][]string, len(cols))
		h := 0.0
		for k, c := range cols {
			cells[k] = d.m.lines(row[k], c.style, c.pt, c.frac*w-2*pad)
			h = max(h, float64(len(cells[k]))*lineH(c.pt))
		}
		h += 2 * pad
		if d.y+h > d.bottom() {
			d.newPage()
			header()
		}
		if r%2 == 1 {
			d.fill(rgb{248, 248, 250})
			d.pdf.Rect(margin, d.y, w, h, "F")
		}
		x := margin
		for k, c := range cols {
			y := d.y + pad
			for _, ln := range cells[k] {
				d.textAt(x+pad, y, ln, c.style, c.pt, c.col)
				y += lineH(c.pt)
			}
			x += c.frac * w
		}
		d.y += h
		d.stroke(colRule, 0.15)
		d.pdf.Line(margin, d.y, margin+w, d.y)
	}
	d.y += 2
}

// entities lists the companies and institutions with their kind, the
// clusters they link to and how many sentences mention them.
func (d *doc) entities() {
	s := d.s
	d.heading(d.l.entities, "", 20)
	if len(s.Entities) == 0 {
		d.para(margin, d.width(), d.l.noEntities, "", ptSmall, colMuted)
		return
	}
	cols := []column{
		{d.l.entName, 0.34, "B", ptSmall, colInk},
		{d.l.entKind, 0.12, "", ptSmall, colMuted},
		{d.l.entClusters, 0.42, "", ptSmall, colInk},
		{d.l.entSentences, 0.12, "", ptSmall, colMuted},
	}
	sep := map[bool]string{true: ", ", false: "、"}[d.en]
	var rows [][]string
	for _, e := range s.Entities {
		var cl []string
		for _, c := range e.Clusters {
			cl = append(cl, d.pick(s.Clusters[c].Name, s.Clusters[c].NameEn))
		}
		name := d.pick(e.Name, e.NameEn)
		if note := d.pick(e.Note, e.NoteEn); note != "" {
			name = d.paren(name, d.l.public)
		}
		kind := e.Kind
		if k, ok := d.l.kinds[kind]; ok {
			kind = k
		}
		rows = append(rows, []string{name, kind, strings.Join(cl, sep), strconv.Itoa(len(e.Passages))})
	}
	d.table(cols, rows)
}

// facts lists the figures as printed, what each counts and the sentence
// it is printed in.
func (d *doc) facts() {
	s := d.s
	d.heading(d.l.facts, "", 20)
	if len(s.Facts) == 0 {
		d.para(margin, d.width(), d.l.noFacts, "", ptSmall, colMuted)
		return
	}
	cols := []column{
		{d.l.factFigure, 0.16, "B", ptSmall, colPrimary},
		{d.l.factCounts, 0.34, "", ptSmall, colInk},
		{d.l.factWhere, 0.50, "", ptTiny, colMuted},
	}
	var rows [][]string
	for _, f := range s.Facts {
		rows = append(rows, []string{f.Figure, d.pick(f.Counts, f.CountsEn), s.Article.Passages[f.Passage].Text})
	}
	d.table(cols, rows)
}
