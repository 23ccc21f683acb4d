package timelinejs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/qiusuo/qiusuo/data"
)

// MaxBytes bounds a TimelineJS file: the article made from it must stay
// under data.MaxArticleBytes.
const MaxBytes = data.MaxArticleBytes

// Looks reports whether b is plausibly TimelineJS3 JSON (an object with an
// "events" array), so an importer can route a .json file here rather than
// to the story-file loader.
func Looks(b []byte) bool {
	var probe struct {
		Events json.RawMessage `json:"events"`
		Format string          `json:"format"`
	}
	if json.Unmarshal(b, &probe) != nil || probe.Format != "" {
		return false
	}
	return bytes.HasPrefix(bytes.TrimSpace(probe.Events), []byte("["))
}

// Read reads a TimelineJS3 JSON file made anywhere (TimelineJS's own
// examples, its spreadsheet tool's output, Qiusuo's export) and makes a
// story of it, so the presenter and kiosk modes can show it:
//
//   - the article is the title slide and then, per event in date order, a
//     line "display date　headline" and the event's text with its HTML
//     stripped;
//   - each event links its own text (and its date line when the date as
//     displayed does not occur in the text), is dated by its start and end
//     dates (basis "stated": the timeline's author stated them), keeps its
//     unique_id as its id where that is a valid id.
//
// Groups, media and eras are not kept: the story model has no place for
// them that would not misrepresent them (groups are not cluster tiers).
// name is used in messages and as the article's name.
func Read(name string, r io.Reader) (*data.Story, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(b) > MaxBytes {
		return nil, fmt.Errorf("%s: more than %d bytes: not a timeline Qiusuo can show", name, MaxBytes)
	}
	var tl Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		return nil, fmt.Errorf("%s: not TimelineJS3 JSON: %v", name, err)
	}
	if len(tl.Events) == 0 {
		return nil, fmt.Errorf(`%s: TimelineJS JSON with no "events": nothing to show`, name)
	}
	return fromTimeline(name, &tl)
}

// draft is an event on its way into the story.
type draft struct {
	id, title, when string
	date            *data.DateInterval
	slide           *Slide
	head, body      [2]int // byte ranges of the date line and the text in the article
}

func fromTimeline(name string, tl *Timeline) (*data.Story, error) {
	drafts := make([]*draft, 0, len(tl.Events))
	for i := range tl.Events {
		sl := &tl.Events[i]
		d, err := intervalOf(sl.StartDate, sl.EndDate)
		if err != nil {
			return nil, fmt.Errorf("%s: events[%d]%s: %v", name, i, label(sl), err)
		}
		dr := &draft{date: d, when: displayOf(sl, d), slide: sl}
		if sl.Text != nil {
			dr.title = oneLine(htmlText(sl.Text.Headline))
		}
		if dr.title == "" {
			dr.title = dr.when
		}
		dr.id = sl.UniqueID
		drafts = append(drafts, dr)
	}
	// TimelineJS shows events in date order whatever the file's order; the
	// story model keeps them in that order too.
	slices.SortStableFunc(drafts, func(a, b *draft) int {
		return strings.Compare(a.date.From, b.date.From)
	})
	assignIDs(drafts)

	var art strings.Builder
	title := ""
	if tl.Title != nil && tl.Title.Text != nil {
		title = oneLine(htmlText(tl.Title.Text.Headline))
	}
	if title == "" {
		title = "TimelineJS"
	}
	// A source line under the title ends the article's header, so the
	// layout rules take the first line, not a later short one, as the title.
	source := "TimelineJS（" + path.Base(filepath.ToSlash(name)) + "）"
	art.WriteString(title + "\n\n来源：" + source + "\n\n")
	if tl.Title != nil && tl.Title.Text != nil {
		// One paragraph: short lines of their own (来源：…) would be
		// taken for the title by the article's layout rules.
		if t := oneLine(htmlText(tl.Title.Text.Text)); t != "" {
			art.WriteString(t + "\n\n")
		}
	}
	for _, dr := range drafts {
		sl := dr.slide
		start := art.Len()
		art.WriteString(dr.when + "　" + dr.title)
		dr.head = [2]int{start, art.Len()}
		art.WriteString("\n\n")
		start = art.Len()
		if sl.Text != nil {
			if t := htmlText(sl.Text.Text); t != "" {
				art.WriteString(t)
			}
		}
		dr.body = [2]int{start, art.Len()}
		art.WriteString("\n\n")
	}
	a, err := data.ParseArticle(name, []byte(art.String()))
	if err != nil {
		return nil, err
	}
	s := &data.Story{Article: a, Source: source}
	for _, dr := range drafts {
		body := overlapping(a, dr.body)
		ps := body
		if !contains(a, body, dr.when) {
			ps = append(overlapping(a, dr.head), body...)
			slices.Sort(ps)
			ps = slices.Compact(ps)
		}
		s.Events = append(s.Events, data.Event{ID: dr.id, Title: dr.title, When: dr.when,
			Precision: dr.date.Precision, Date: dr.date, Passages: ps})
	}
	return data.Assemble(name, s, nil)
}

// displayOf is the date as the timeline displays it: its display_date,
// else the start date's own display_date, else the dates written out.
func displayOf(sl *Slide, d *data.DateInterval) string {
	if v := oneLine(htmlText(sl.DisplayDate)); v != "" {
		return v
	}
	if sl.StartDate != nil {
		if v := oneLine(htmlText(sl.StartDate.DisplayDate)); v != "" {
			return v
		}
	}
	return writtenDate(d)
}

// writtenDate writes an interval the Chinese way, as precisely as it is
// known: 2025年6月, 2025年6月3日, 2024年—2027年.
func writtenDate(d *data.DateInterval) string {
	one := func(iso string, p data.Precision) string {
		y, m, day := strings.TrimLeft(iso[:4], "0"), strings.TrimLeft(iso[5:7], "0"), strings.TrimLeft(iso[8:], "0")
		switch p {
		case data.PrecisionYear:
			return y + "年"
		case data.PrecisionMonth:
			return y + "年" + m + "月"
		}
		return y + "年" + m + "月" + day + "日"
	}
	if d.Precision != data.PrecisionRange {
		return one(d.From, d.Precision)
	}
	p := data.PrecisionDay
	switch {
	case d.From[5:] == "01-01" && d.To[5:] == "12-31":
		p = data.PrecisionYear
	case d.From[8:] == "01" && lastOfMonth(d.To):
		p = data.PrecisionMonth
	}
	return one(d.From, p) + "—" + one(d.To, p)
}

func lastOfMonth(iso string) bool {
	t, err := time.Parse(iso, iso)
	return err == nil && t.AddDate(0, 0, 1).Day() == 1
}

var idInvalid = regexp.MustCompile(`[^a-z0-9-]+`)

// assignIDs keeps each unique_id that is a valid story id (lower-case
// letters, digits, hyphens) and unique; others become e1, e2 ….
func assignIDs(drafts []*draft) {
	used := map[string]bool{}
	for _, dr := range drafts {
		id := strings.Trim(idInvalid.ReplaceAllString(strings.ToLower(dr.id), "-"), "-")
		if id == "" || used[id] {
			id = ""
		}
		dr.id = id
		if id != "" {
			used[id] = true
		}
	}
	n := 0
	for _, dr := range drafts {
		for dr.id == "" {
			n++
			if c := fmt.Sprintf("e%d", n); !used[c] {
				dr.id = c
				used[c] = true
			}
		}
	}
}

// overlapping lists the passages that overlap a byte range of the text.
func overlapping(a *data.Article, r [2]int) []int {
	var out []int
	if r[0] == r[1] {
		return nil
	}
	for i := range a.Passages {
		for _, pc := range a.Passages[i].Pieces {
			if pc.StartByte < r[1] && r[0] < pc.EndByte {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

func contains(a *data.Article, ps []int, s string) bool {
	for _, p := range ps {
		if strings.Contains(a.Passages[p].Text, s) {
			return true
		}
	}
	return false
}

func label(sl *Slide) string {
	if sl.Text != nil && sl.Text.Headline != "" {
		return fmt.Sprintf(" %q", oneLine(htmlText(sl.Text.Headline)))
	}
	return ""
}

// oneLine folds a text to one line (a date line or a title must not open
// a new paragraph of the article).
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
