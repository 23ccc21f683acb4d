// Package csvtimeline writes a story's timeline as CSV in the column
// layout of TimelineJS's Google Sheets template, so a teacher can paste
// it into a copy of the template (or open it in a spreadsheet program)
// and publish it with TimelineJS's own tools.
//
// The rows are those of the TimelineJS export (package timelinejs): the
// title row (Type "title"), one row per dated event, and eras (Type
// "era"); the same honesty rules apply. The file is UTF-8 with a byte
// order mark, which spreadsheet programs need to read Chinese correctly.
package csvtimeline

import (
	"encoding/csv"
	"io"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/export/timelinejs"
)

// Columns are the header of TimelineJS's spreadsheet template, in order.
var Columns = []string{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail",
	"Type", "Group", "Background"}

// BOM is the UTF-8 byte order mark the file starts with.
const BOM = "\ufeff"

// Write writes the story's timeline as CSV.
func Write(w io.Writer, s *data.Story, opt timelinejs.Options) (timelinejs.Summary, error) {
	tl, sum, err := timelinejs.Build(s, opt)
	if err != nil {
		return sum, err
	}
	return sum, Encode(w, tl)
}

// Encode writes a TimelineJS document as template rows.
func Encode(w io.Writer, tl *timelinejs.Timeline) error {
	if _, err := io.WriteString(w, BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // what spreadsheet programs write; RFC 4180
	if err := cw.Write(Columns); err != nil {
		return err
	}
	if t := tl.Title; t != nil && t.Text != nil {
		if err := cw.Write(row(nil, nil, "", t.Text.Headline, t.Text.Text, "title", "")); err != nil {
			return err
		}
	}
	for _, e := range tl.Events {
		var head, text string
		if e.Text != nil {
			head, text = e.Text.Headline, e.Text.Text
		}
		if err := cw.Write(row(e.StartDate, e.EndDate, e.DisplayDate, head, text, "", e.Group)); err != nil {
			return err
		}
	}
	for _, e := range tl.Eras {
		var head string
		if e.Text != nil {
			head = e.Text.Headline
		}
		if err := cw.Write(row(e.StartDate, e.EndDate, "", head, "", "era", "")); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func row(start, end *timelinejs.Date, display, headline, text, typ, group string) []string {
	r := make([]string, len(Columns))
	if start != nil {
		r[0], r[1], r[2] = string(start.Year), string(start.Month), string(start.Day)
	}
	if end != nil {
		r[4], r[5], r[6] = string(end.Year), string(end.Month), string(end.Day)
	}
	r[8], r[9], r[10], r[15], r[16] = display, headline, text, typ, group
	return r
}
