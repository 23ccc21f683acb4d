package handout

import "strings"

// events prints each event: the date as the article states it, its
// precision, the title, where it sits on the calendar (or that it does
// not), and its linked sentences quoted in full behind a rule.
func (d *doc) events() {
	s := d.s
	if len(s.Events) == 0 {
		return
	}
	w := d.width()
	// keep the heading with the first event's head and first lines
	d.heading(d.l.events, d.l.publicNote, d.eventHeadHeight(0)+2*lineH(ptBody))
	for i := range s.Events {
		e := &s.Events[i]
		when := d.pick(e.When, e.WhenEn)
		title := d.pick(e.Title, e.TitleEn)
		res, resCol := d.resolved(e, false)
		first := ""
		if len(e.Passages) > 0 {
			first = s.Article.Passages[e.Passages[0]].Text
		}
		links := d.eventLinks(i)
		// keep the head with its first two quoted lines
		d.need(d.eventHeadHeight(i) + min(lineH(ptBody)*2, d.paraHeight(w-5, first, "", ptBody)))
		if i > 0 && d.y > top+0.5 { // no rule at the head of a page
			d.stroke(colRule, 0.2)
			d.pdf.Line(margin, d.y, d.pageW-margin, d.y)
			d.y += 2.5
		}
		d.textAt(margin, d.y, when, "B", ptBody, colPrimary)
		d.chip(margin+d.m.width(when, "B", ptBody)+2, d.y+0.6, d.l.precision[string(e.Precision)], colMuted, false)
		d.y += lineH(ptBody)
		d.para(margin, w, title, "B", ptBody+1, colInk)
		d.para(margin, w, res, "", ptSmall, resCol)
		if links != "" {
			d.para(margin, w, links, "", ptSmall, colMuted)
		}
		d.y += 1.2
		for _, p := range e.Passages {
			d.quote(s.Article.Passages[p].Text)
			d.y += 1
		}
		d.y += 2.5
	}
}

// eventHeadHeight is the height of event i's head: rule, date line,
// title, calendar line and links.
func (d *doc) eventHeadHeight(i int) float64 {
	e, w := &d.s.Events[i], d.width()
	res, _ := d.resolved(e, false)
	return 3 + lineH(ptBody) + d.paraHeight(w, d.pick(e.Title, e.TitleEn), "B", ptBody+1) + d.paraHeight(w, res, "", ptSmall) +
		d.paraHeight(w, d.eventLinks(i), "", ptSmall) + 1.5
}

// quote draws a sentence indented behind a highlight-coloured rule, the
// rule continuing across a page break.
func (d *doc) quote(text string) {
	lh := lineH(ptBody)
	x := margin + 5
	for _, ln := range d.m.lines(text, "", ptBody, d.width()-5) {
		d.need(lh)
		d.fill(colHighlight.tint(1))
		d.pdf.Rect(margin+1, d.y, 1.4, lh, "F")
		d.textAt(x, d.y, ln, "", ptBody, colInk)
		d.y += lh
	}
}

// eventLinks names the clusters and entities an event links to.
func (d *doc) eventLinks(i int) string {
	e := &d.s.Events[i]
	var parts []string
	for _, c := range e.Clusters {
		cl := &d.s.Clusters[c]
		parts = append(parts, d.pick(cl.Name, cl.NameEn))
	}
	for _, n := range e.Entities {
		en := &d.s.Entities[n]
		parts = append(parts, d.pick(en.Name, en.NameEn))
	}
	if len(parts) == 0 {
		return ""
	}
	sep := "、"
	if d.en {
		sep = ", "
	}
	return d.pick("相关：", "Linked: ") + strings.Join(parts, sep)
}
