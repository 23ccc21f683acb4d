package gui

import (
	"image/png"
	"os"
	"testing"
	"testing/fstest"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// datedStory is a small imported-style story: events years apart, a month,
// a range and one the text does not date.
const datedArticle = `杭州发力低空经济

早在2019年10月，杭州迅蚁科技公司拿到了全球首张城市场景无人机物流牌照。

2020年10月，杭州入选国家首批民用无人驾驶航空试验区。

杭州印发实施方案（2024—2027年），推动低空经济高质量发展。

近日，杭州组织访谈直播活动。
`

const datedStoryJSON = `{
 "format": "qiusuo-story/1",
 "article": "a.txt",
 "published": "2025-10-15",
 "events": [
  {"id": "licence", "title": "迅蚁拿到无人机物流牌照", "when": "2019年10月", "precision": "month",
   "date": {"from": "2019-10-01", "to": "2019-10-31", "precision": "month", "basis": "stated"},
   "sentences": ["全球首张城市场景无人机物流牌照"]},
  {"id": "zone", "title": "杭州入选首批试验区", "when": "2020年10月", "precision": "month",
   "date": {"from": "2020-10-01", "to": "2020-10-31", "precision": "month", "basis": "stated"},
   "sentences": ["首批民用无人驾驶航空试验区"]},
  {"id": "plan", "title": "低空经济实施方案", "when": "2024—2027年", "precision": "plan-period",
   "date": {"from": "2024-01-01", "to": "2027-12-31", "precision": "plan-period", "basis": "stated"},
   "sentences": ["推动低空经济高质量发展"]},
  {"id": "live", "title": "访谈直播", "when": "近日", "precision": "vague", "date": null,
   "sentences": ["组织访谈直播活动"]}
 ]
}`

func datedSelection(t testing.TB) *Selection {
	t.Helper()
	a := test.NewTempApp(t)
	v := theme.VariantLight
	a.Settings().SetTheme(NewTheme(&v))
	fsys := fstest.MapFS{"a.txt": {Data: []byte(datedArticle)}, "s.json": {Data: []byte(datedStoryJSON)}}
	st, err := data.LoadStoryFS(fsys, "s.json", "s.json")
	if err != nil {
		t.Fatal(err)
	}
	return NewSelection(st)
}

func TestTimelineUsesTheAxisForDatedStories(t *testing.T) {
	sel := datedSelection(t)
	tl := NewTimeline(sel)
	if tl.time == nil {
		t.Fatal("a story with calendar dates got the card strip")
	}
	w := test.NewWindow(tl)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 300))
	// Stepping with the keys follows the events' order, as on the strip.
	tl.Step(+1)
	if got := sel.Current().Ref; got.ID != "licence" {
		t.Fatalf("first step selected %v", got)
	}
	tl.Step(+1)
	if got := sel.Current().Ref; got.ID != "zone" {
		t.Fatalf("second step selected %v", got)
	}
	if tl.selected != 1 {
		t.Errorf("timeline marks event %d as selected, want 1", tl.selected)
	}

	def := lightSelection(t)
	if NewTimeline(def).time != nil {
		t.Error("the curated story, whose dates are all as printed, lost its card strip")
	}
}

func TestTimelineAxisLook(t *testing.T) {
	dir := os.Getenv("QIUSUO_LOOK")
	if dir == "" {
		t.Skip("set QIUSUO_LOOK=dir to write a picture")
	}
	sel := datedSelection(t)
	tl := NewTimeline(sel)
	w := test.NewWindow(tl)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, tl.MinSize().Height+20))
	sel.Select(data.Ref{Kind: data.RefEvent, ID: "zone"})
	f, err := os.Create(dir + "/timeline-axis.png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, w.Canvas().Capture())
}

// On a short window (a 1024×600 kiosk panel) the time axis keeps to one
// lane of labels, so an imported article keeps its room: the reader gets
// at least a fifth of the panel.
func TestTimeAxisShortLeavesTheArticleRoom(t *testing.T) {
	const scale, panel = 1.4, 600
	x := NewExplorer(datedSelection(t).Story())
	w := test.NewTempWindow(t, x)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1280, 800))
	drawn(w)
	tall := x.Timeline.MinSize().Height
	w.Resize(fyne.NewSize(1024/scale, panel/scale))
	drawn(w)
	short := x.Timeline.MinSize().Height
	if short >= tall {
		t.Errorf("the axis is %v tall in a short window, %v in a tall one", short, tall)
	}
	for _, r := range []data.Ref{{}, {Kind: data.RefEvent, ID: "plan"}} {
		x.Sel.Select(r)
		drawn(w)
		if px := x.Reader.scroll.Size().Height * scale; px < 0.2*panel {
			t.Errorf("%v: the article has %.0f px of %d", r, px, panel)
		}
	}
	t.Logf("axis %v → %v units; reader %.0f px", tall, short, x.Reader.scroll.Size().Height*scale)
}
