package timelinejs

import (
	"bytes"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/importer"
)

// dated is the default article imported with its publication year, so
// that its relative dates (今年7月, 夏季, 年尾) resolve: events of every
// precision, the case the default story file (which resolves none) does
// not cover.
var dated = sync.OnceValues(func() (*data.Story, error) {
	b, err := os.ReadFile("../../hangzhou-2025.txt")
	if err != nil {
		return nil, err
	}
	return importer.Import("hangzhou-2025.txt", string(b), importer.Options{Published: "2025"})
})

func mustDated(t testing.TB) *data.Story {
	t.Helper()
	s, err := dated()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func export(t testing.TB, s *data.Story, opt Options) ([]byte, Summary) {
	t.Helper()
	var b bytes.Buffer
	sum, err := Write(&b, s, opt)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), sum
}

// Keys the TimelineJS3 examples (compiled/examples/eras.json, welcome.json,
// group_sample.json, marktwain.json) and TimelineConfig.js use, per
// object. Anything Qiusuo writes must be one of these: TimelineJS would
// ignore anything else, so a misspelt key would silently lose data.
var knownKeys = map[string][]string{
	"timeline": {"title", "events", "eras", "scale"},
	"slide":    {"start_date", "end_date", "display_date", "text", "group", "unique_id", "media", "background", "autolink"},
	"era":      {"start_date", "end_date", "text"},
	"date":     {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"},
	"text":     {"headline", "text"},
}

func checkKeys(t *testing.T, where, kind string, obj map[string]any) {
	t.Helper()
	for k := range obj {
		found := false
		for _, ok := range knownKeys[kind] {
			found = found || k == ok
		}
		if !found {
			t.Errorf("%s: key %q is not a TimelineJS %s key", where, k, kind)
		}
	}
}

var digits = regexp.MustCompile(`^-?\d+$`)

// checkDate applies TimelineJS's date rules (TLDate._getDateData): a
// year; every part a string of digits as in the examples; month 1–12;
// no day without a month.
func checkDate(t *testing.T, where string, v any) {
	t.Helper()
	d, ok := v.(map[string]any)
	if !ok {
		t.Errorf("%s: not a date object: %v", where, v)
		return
	}
	checkKeys(t, where, "date", d)
	if _, ok := d["year"]; !ok {
		t.Errorf("%s: no year", where)
	}
	for _, k := range []string{"year", "month", "day"} {
		if p, ok := d[k]; ok {
			s, isStr := p.(string)
			if !isStr || !digits.MatchString(s) {
				t.Errorf("%s.%s = %#v: the examples give date parts as strings of digits", where, k, p)
			}
		}
	}
	if _, ok := d["day"]; ok {
		if _, ok := d["month"]; !ok {
			t.Errorf("%s: a day without a month", where)
		}
	}
}

// checkFormat checks a document against the format's rules and the
// examples' structure, walking the raw JSON (not our own types).
func checkFormat(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	checkKeys(t, "timeline", "timeline", doc)
	events, _ := doc["events"].([]any)
	if len(events) == 0 {
		t.Fatal(`no "events": TimelineJS refuses a timeline without events`)
	}
	ids := map[string]bool{}
	if title, ok := doc["title"].(map[string]any); ok {
		checkKeys(t, "title", "slide", title)
		if _, has := title["start_date"]; has {
			t.Error("the title slide has a start_date")
		}
		ids[title["unique_id"].(string)] = true
	} else {
		t.Error("no title slide")
	}
	for i, e := range events {
		ev := e.(map[string]any)
		where := "events[" + strings.Repeat("", 0) + string(rune('0'+i%10)) + "]"
		checkKeys(t, where, "slide", ev)
		if _, ok := ev["start_date"]; !ok {
			t.Errorf("%s: no start_date (TimelineJS: missing_start_date_err)", where)
			continue
		}
		checkDate(t, where+".start_date", ev["start_date"])
		if end, ok := ev["end_date"]; ok {
			checkDate(t, where+".end_date", end)
			if equalJSON(end, ev["start_date"]) {
				t.Errorf("%s: end_date equals start_date (TimelineJS drops it as redundant)", where)
			}
		}
		text, ok := ev["text"].(map[string]any)
		if !ok || text["headline"] == "" {
			t.Errorf("%s: no text.headline", where)
		} else {
			checkKeys(t, where+".text", "text", text)
		}
		id, _ := ev["unique_id"].(string)
		if id == "" || ids[id] {
			t.Errorf("%s: unique_id %q empty or repeated", where, id)
		}
		ids[id] = true
	}
	eras, _ := doc["eras"].([]any)
	for _, e := range eras {
		era := e.(map[string]any)
		checkKeys(t, "era", "era", era)
		if era["start_date"] == nil || era["end_date"] == nil {
			t.Error("an era without start and end dates (TimelineJS: All eras must have start and end dates)")
		}
	}
	return doc
}

func equalJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func TestFormatDefaultStory(t *testing.T) {
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	b, sum := export(t, s, Options{})
	doc := checkFormat(t, b)
	// The default story resolves no date; three events have public dates.
	if sum.Events != 3 || sum.Public != 3 || len(sum.Omitted) != 5 {
		t.Fatalf("summary %+v: want 3 events on public dates and 5 omitted", sum)
	}
	title := doc["title"].(map[string]any)["text"].(map[string]any)["text"].(string)
	for _, e := range s.Events {
		if e.Date == nil && e.Public == nil && !strings.Contains(title, e.Title) {
			t.Errorf("omitted event %q is not listed on the title slide", e.Title)
		}
	}
	for _, e := range doc["events"].([]any) {
		ev := e.(map[string]any)
		if !strings.Contains(ev["display_date"].(string), "公开资料") {
			t.Errorf("event %v on a public date is not marked", ev["unique_id"])
		}
	}
}

func TestFormatDatedStory(t *testing.T) {
	s := mustDated(t)
	b, sum := export(t, s, Options{})
	doc := checkFormat(t, b)
	if sum.Events == 0 {
		t.Fatal("no dated events")
	}
	byID := map[string]map[string]any{}
	for _, e := range doc["events"].([]any) {
		ev := e.(map[string]any)
		byID[ev["unique_id"].(string)] = ev
	}
	for _, e := range s.Events {
		ev, ok := byID[e.ID]
		if e.Date == nil {
			continue
		}
		if !ok {
			t.Errorf("dated event %s missing", e.ID)
			continue
		}
		start := ev["start_date"].(map[string]any)
		// only as precise as the story knows
		switch e.Date.Precision {
		case data.PrecisionMonth:
			if _, has := start["day"]; has {
				t.Errorf("%s: month precision but start_date has a day: %v", e.ID, start)
			}
		case data.PrecisionYear:
			if len(start) != 1 {
				t.Errorf("%s: year precision but start_date is %v", e.ID, start)
			}
		}
		if ev["display_date"] != e.When {
			t.Errorf("%s: display_date %q, want the date as printed %q", e.ID, ev["display_date"], e.When)
		}
		var st, en *Date
		json.Unmarshal(mustJSON(ev["start_date"]), &st)
		if v, ok := ev["end_date"]; ok {
			json.Unmarshal(mustJSON(v), &en)
		}
		got, err := intervalOf(st, en)
		if err != nil || got.From != e.Date.From || got.To != e.Date.To {
			t.Errorf("%s: dates read back as %+v (%v), want %s…%s", e.ID, got, err, e.Date.From, e.Date.To)
		}
		text := ev["text"].(map[string]any)["text"].(string)
		for _, p := range e.Passages {
			want := "<p>" + strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s.Article.Passages[p].Text) + "</p>"
			if !strings.Contains(text, want) {
				t.Errorf("%s: text lacks the sentence %q", e.ID, want)
			}
		}
		if len(e.Clusters) > 0 && ev["group"] == "" {
			t.Errorf("%s: linked to clusters but no group", e.ID)
		}
	}
}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }

// TestRoundTrip: export → import → export keeps every event, its dates,
// its date as displayed, its headline and its text.
func TestRoundTrip(t *testing.T) {
	for name, s := range map[string]*data.Story{"dated": mustDated(t), "default": func() *data.Story { s, _ := data.Default(); return s }()} {
		t.Run(name, func(t *testing.T) {
			first, _ := export(t, s, Options{})
			back, err := Read("first.json", bytes.NewReader(first))
			if err != nil {
				t.Fatal(err)
			}
			second, _ := export(t, back, Options{})
			var a, b Timeline
			json.Unmarshal(first, &a)
			json.Unmarshal(second, &b)
			if len(a.Events) != len(b.Events) {
				t.Fatalf("%d events became %d", len(a.Events), len(b.Events))
			}
			for i := range a.Events {
				x, y := a.Events[i], b.Events[i]
				x.Group, y.Group = "", "" // groups are cluster tiers: an imported timeline has none
				xt, yt := x.Text.Text, y.Text.Text
				x.Text.Text, y.Text.Text = "", ""
				if !equalJSON(x, y) {
					t.Errorf("event %d changed:\n%s\n%s", i, mustJSON(x), mustJSON(y))
				}
				// Every quoted sentence survives. The text is identical
				// unless the date as displayed is not in it (a public date's
				// mark): then the event also links its date line.
				for _, p := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(xt, "<p>"), "</p>"), "</p><p>") {
					p = strings.TrimSuffix(strings.TrimPrefix(p, "<em>"), "</em>")
					if !strings.Contains(yt, "<p>"+p+"</p>") {
						t.Errorf("event %d lost %q", i, p)
					}
				}
				if public := strings.Contains(x.DisplayDate, "公开资料"); !public && xt != yt {
					t.Errorf("event %d: text changed:\n%s\n%s", i, xt, yt)
				}
			}
		})
	}
}

func TestReadForeign(t *testing.T) {
	f, err := os.Open("testdata/foreign.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := Read("foreign.json", f)
	if err != nil {
		t.Fatal(err)
	}
	type ev struct{ id, title, when, from, to string }
	var got []ev
	for _, e := range s.Events {
		got = append(got, ev{e.ID, e.Title, e.When, e.Date.From, e.Date.To})
	}
	want := []ev{
		{"gala-2025", "2024年—2027年", "2024年—2027年", "2024-01-01", "2027-12-31"},
		{"e1", "机器人登上春晚", "春节前后", "2025-01-01", "2025-01-31"},
		{"e2", "Summer Davos", "2025年6月24日—2025年6月26日", "2025-06-24", "2025-06-26"},
	}
	if len(got) != len(want) {
		t.Fatalf("events %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	text := s.Article.Text
	for _, w := range []string{"Young firms from Hangzhou drew attention.", "Made with the TimelineJS tools & a spreadsheet.", "宇树科技的机器人在春晚舞台表演。"} {
		if !strings.Contains(text, w) {
			t.Errorf("article lacks %q:\n%s", w, text)
		}
	}
	if strings.Contains(text, "alert") || strings.Contains(text, "<") {
		t.Errorf("markup or script left in the article:\n%s", text)
	}
	if s.Article.Title() != "A timeline made elsewhere" {
		t.Errorf("title %q", s.Article.Title())
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{`, "not TimelineJS3 JSON"},
		{`{"events": []}`, "no \"events\""},
		{`{"events": [{"text": {"headline": "x"}}]}`, `events[0] "x": missing start_date`},
		{`{"events": [{"start_date": {"year": "2025", "month": "13"}}]}`, "start_date.month \"13\" is not 1–12"},
		{`{"events": [{"start_date": {"year": "2025", "month": "2", "day": "30"}}]}`, "not a day of 2025-02"},
		{`{"events": [{"start_date": {"year": "2025"}, "end_date": {"year": "2024"}}]}`, "before start_date"},
		{`{"events": [{"start_date": {"year": "x"}}]}`, "is not a year"},
		{`{"events": [{"start_date": {"year": 1.5}}]}`, "not a whole number"},
	} {
		_, err := Read("t.json", strings.NewReader(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "t.json: ") {
			t.Errorf("%s: error %v, want one naming the file and %q", c.in, err, c.want)
		}
	}
}

func TestLooks(t *testing.T) {
	for in, want := range map[string]bool{
		`{"events": []}`: true, `{"title": {}, "events": [{}]}`: true,
		`{"format": "qiusuo-story/1", "events": []}`: false, `{"events": {}}`: false, `[]`: false, `x`: false,
	} {
		if Looks([]byte(in)) != want {
			t.Errorf("Looks(%s) = %v", in, !want)
		}
	}
}

// FuzzRead: any input gives a story or an error, never a panic, and a
// story read from TimelineJS exports again.
func FuzzRead(f *testing.F) {
	seed, _ := os.ReadFile("testdata/foreign.json")
	f.Add(seed)
	f.Add([]byte(`{"events": [{"start_date": {"year": "2025", "month": "7"}, "display_date": "今年7月", "text": {"headline": "h", "text": "<p>今年7月。</p>"}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Read("fuzz.json", bytes.NewReader(b))
		if err != nil {
			return
		}
		var out bytes.Buffer
		if _, err := Write(&out, s, Options{}); err != nil {
			t.Fatalf("a story read from TimelineJS does not export: %v", err)
		}
	})
}

// TestPlanPeriodEra: an event dated by a plan period is an event and an
// era spanning the period, with the period as printed for its headline.
func TestPlanPeriodEra(t *testing.T) {
	a, err := data.ParseArticle("plan.txt", []byte("低空经济行动计划\n\n杭州出台低空经济高质量发展行动计划（2024—2027年），推动产业集聚。\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := -1
	for i := range a.Passages {
		if strings.Contains(a.Passages[i].Text, "2024—2027年") {
			p = i
		}
	}
	s, err := data.Assemble("plan.txt", &data.Story{Article: a, Events: []data.Event{{ID: "plan", Title: "行动计划出台",
		When: "（2024—2027年）", Precision: data.PrecisionPlanPeriod, Passages: []int{p},
		Date: &data.DateInterval{From: "2024-01-01", To: "2027-12-31", Precision: data.PrecisionPlanPeriod, Basis: data.BasisStated}}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, sum := export(t, s, Options{})
	checkFormat(t, b)
	var tl Timeline
	json.Unmarshal(b, &tl)
	if sum.Eras != 1 || len(tl.Eras) != 1 {
		t.Fatalf("eras %+v", tl.Eras)
	}
	era := tl.Eras[0]
	if era.StartDate.Year != "2024" || era.EndDate.Year != "2027" || era.StartDate.Month != "" || era.Text.Headline != "（2024—2027年）" {
		t.Errorf("era %s", mustJSON(era))
	}
}
