package handout

import (
	"strings"

	"github.com/qiusuo/qiusuo/data"
)

// Timeline geometry (mm): the date column, then the axis, then the text.
const (
	tlDateW = 34.0
	tlAxisX = margin + tlDateW + 4
	tlTextX = tlAxisX + 6
)

// timeline draws the events top to bottom along a vertical axis, in the
// story's (chronological) order, like the window's timeline turned on its
// side so that it fits a portrait page. Rows are evenly spaced: the
// spacing does not show duration, and the note says so.
func (d *doc) timeline() {
	if len(d.s.Events) == 0 {
		return
	}
	d.heading(d.l.timeline, d.l.timelineNote, 16)
	textW := d.pageW - margin - tlTextX
	for i := range d.s.Events {
		e := &d.s.Events[i]
		title := d.pick(e.Title, e.TitleEn)
		when := d.pick(e.When, e.WhenEn)
		res, resCol := d.resolved(e, true)
		prec := d.l.precision[string(e.Precision)]
		chipW := d.m.width(prec, "", ptTiny) + 4
		h := max(d.paraHeight(textW, title, "B", ptBody)+d.paraHeight(textW, res, "", ptTiny),
			d.paraHeight(tlDateW-chipW, when, "B", ptBody)) + 2.2
		d.need(h)
		y0 := d.y
		// axis segment through the row, and the event's dot
		d.stroke(colTimeline, 0.5)
		last := i == len(d.s.Events)-1
		d.pdf.Line(tlAxisX, y0, tlAxisX, y0+h-map[bool]float64{true: 3, false: 0}[last])
		if last {
			d.pdf.Line(tlAxisX-1.4, y0+h-4.6, tlAxisX, y0+h-3)
			d.pdf.Line(tlAxisX+1.4, y0+h-4.6, tlAxisX, y0+h-3)
		}
		d.fill(colTimeline)
		d.pdf.Circle(tlAxisX, y0+lineH(ptBody)/2, 1.3, "F")
		// date as printed, right-aligned against the axis, its precision
		// before it
		d.y = y0
		for k, ln := range d.m.lines(when, "B", ptBody, tlDateW-chipW) {
			lw := d.m.width(ln, "B", ptBody)
			d.textAt(tlAxisX-4-lw, d.y, ln, "B", ptBody, colPrimary)
			if k == 0 {
				d.chip(tlAxisX-4-lw-1.5, d.y+0.75, prec, colMuted, true)
			}
			d.y += lineH(ptBody)
		}
		// title and how the date resolves
		d.y = y0
		d.para(tlTextX, textW, title, "B", ptBody, colInk)
		d.para(tlTextX, textW, res, "", ptTiny, resCol)
		d.y = y0 + h
	}
	d.y += 2
}

// chip draws a small rounded label; right aligns it to end at x.
func (d *doc) chip(x, y float64, s string, c rgb, right bool) {
	if s == "" {
		return
	}
	w := d.m.width(s, "", ptTiny) + 2.4
	if right {
		x -= w
	}
	h := lineH(ptTiny) - 0.4
	d.stroke(c.tint(0.6), 0.2)
	d.pdf.RoundedRect(x, y, w, h, h/2, "1234", "D")
	d.textAt(x+1.2, y-0.2, s, "", ptTiny, c)
}

// resolved says where an event sits on the calendar and how that was
// found: the resolved interval and its basis, a public-knowledge date
// (marked), or that the article fixes no date. The colour marks public
// knowledge apart.
func (d *doc) resolved(e *data.Event, short bool) (string, rgb) {
	switch {
	case e.Date != nil:
		return d.paren(d.colon(d.l.calendar, d.interval(e.Date.From, e.Date.To)), d.l.basis[e.Date.Basis]), colMuted
	case e.Public != nil:
		s := d.colon(d.l.public, e.Public.Date)
		if !short {
			s = d.pick(e.Public.Note, e.Public.NoteEn)
			if !strings.HasPrefix(s, d.l.public) {
				s = d.colon(d.l.public, s)
			}
		}
		return s, colPublic
	}
	return d.l.noCalendar, colMuted
}

func (d *doc) interval(from, to string) string {
	if from == to {
		return from
	}
	if d.en {
		return from + " – " + to
	}
	return from + " 至 " + to
}
