package timelinejs

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/qiusuo/qiusuo/data"
)

// Options steer an export.
type Options struct {
	// Lang is "zh" (default) or "en": the language of headlines, groups
	// and notes where the story has an English version. The quoted
	// sentences are always the article's.
	Lang string
}

func (o Options) en() bool { return o.Lang == "en" }

// Summary says what an export contains, for the CLI's one-line report.
type Summary struct {
	Events  int      // events placed on the timeline
	Public  int      // of which placed on a public-knowledge date
	Eras    int      // plan periods drawn as eras
	Omitted []string // titles of events left out: the text fixes no date
}

// TitleID is the unique_id of the title slide (event ids never collide
// with it: they are checked below).
const TitleID = "qiusuo-title"

// Build converts a story to a TimelineJS document.
func Build(s *data.Story, opt Options) (*Timeline, Summary, error) {
	tl := &Timeline{Scale: "human", Events: []Slide{}}
	var sum Summary
	ids := map[string]bool{}
	for i := range s.Events {
		e := &s.Events[i]
		slide := Slide{DisplayDate: pick(opt, e.When, e.WhenEn), Group: groupOf(s, e, opt), UniqueID: e.ID,
			Text: &Text{Headline: pick(opt, e.Title, e.TitleEn), Text: sentencesHTML(s, e.Passages)}}
		var err error
		switch {
		case e.Date != nil:
			slide.StartDate, slide.EndDate, err = datesOf(e.Date.From, e.Date.To)
		case e.Public != nil:
			slide.StartDate, slide.EndDate, err = publicDates(e.Public.Date)
			slide.DisplayDate += pick(opt, "（日期据公开资料）", " (date from public knowledge)")
			slide.Text.Text += "<p><em>" + html.EscapeString(pick(opt, e.Public.Note, e.Public.NoteEn)) + "</em></p>"
			sum.Public++
		default:
			sum.Omitted = append(sum.Omitted, fmt.Sprintf("%s（%s）", pick(opt, e.Title, e.TitleEn), e.When))
			continue
		}
		if err != nil {
			return nil, sum, fmt.Errorf("event %q: %v", e.ID, err)
		}
		ids[e.ID] = true
		tl.Events = append(tl.Events, slide)
		if e.Precision == data.PrecisionPlanPeriod && e.Date != nil {
			era := Era{StartDate: slide.StartDate, EndDate: slide.EndDate, Text: &Text{Headline: slide.DisplayDate}}
			if era.EndDate == nil {
				end := *era.StartDate
				era.EndDate = &end
			}
			tl.Eras = append(tl.Eras, era)
		}
	}
	sum.Events, sum.Eras = len(tl.Events), len(tl.Eras)
	id := TitleID
	for n := 2; ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", TitleID, n)
	}
	tl.Title = &Slide{UniqueID: id, Text: &Text{Headline: s.Article.Title(), Text: titleHTML(s, sum, opt)}}
	return tl, sum, nil
}

// Write writes the story as TimelineJS3 JSON (UTF-8, indented, HTML not
// escaped into \u003c so the file stays readable).
func Write(w io.Writer, s *data.Story, opt Options) (Summary, error) {
	tl, sum, err := Build(s, opt)
	if err != nil {
		return sum, err
	}
	return sum, Encode(w, tl)
}

// Encode writes a TimelineJS document as indented JSON.
func Encode(w io.Writer, tl *Timeline) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(tl)
}

func pick(opt Options, zh, en string) string {
	if opt.en() && en != "" {
		return en
	}
	return zh
}

// groupOf names the tier of the event's first cluster: TimelineJS draws
// one row per group, so the timeline reads tier by tier like the map.
func groupOf(s *data.Story, e *data.Event, opt Options) string {
	if len(e.Clusters) == 0 {
		return ""
	}
	c := s.Clusters[e.Clusters[0]]
	for _, t := range s.Tiers {
		if t.ID == c.Tier {
			return pick(opt, t.Name, t.NameEn)
		}
	}
	return pick(opt, c.Name, c.NameEn)
}

// sentencesHTML quotes the linked sentences, one paragraph each.
func sentencesHTML(s *data.Story, ps []int) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("<p>")
		b.WriteString(html.EscapeString(s.Article.Passages[p].Text))
		b.WriteString("</p>")
	}
	return b.String()
}

// publicDates places an event on a public-knowledge date (YYYY-MM-DD or
// YYYY-MM).
func publicDates(d string) (*Date, *Date, error) {
	if len(d) == len("2006-01") {
		start, _, err := datesOf(d+"-01", d+"-01")
		if err != nil {
			return nil, nil, err
		}
		start.Day = ""
		return start, nil, nil
	}
	return datesOf(d, d)
}

func titleHTML(s *data.Story, sum Summary, opt Options) string {
	var b strings.Builder
	p := func(format string, args ...any) {
		b.WriteString("<p>" + html.EscapeString(fmt.Sprintf(format, args...)) + "</p>")
	}
	if s.Source != "" {
		p(pick(opt, "来源：%s", "Source: %s"), s.Source)
	}
	if s.Published != "" {
		p(pick(opt, "发布日期：%s", "Published: %s"), s.Published)
	}
	p(pick(opt, "时间线上有 %d 个事件。", "%d events on the timeline."), sum.Events)
	if sum.Public > 0 {
		p(pick(opt, "其中 %d 个的日期文章没有写，据公开资料标出，已注明。", "%d of them are placed on dates from public knowledge, not from the article; each says so."), sum.Public)
	}
	if len(sum.Omitted) > 0 {
		p(pick(opt, "另有 %d 个事件文章没有给出可定位的日期，未放上时间线：%s。", "%d more events are left out: the article gives no date that fixes them on a calendar: %s."),
			len(sum.Omitted), strings.Join(sum.Omitted, pick(opt, "、", "; ")))
	}
	p("%s", pick(opt, "由求索 Qiusuo 导出。", "Exported by Qiusuo 求索."))
	return b.String()
}
