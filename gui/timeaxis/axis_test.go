package timeaxis_test

import (
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/gui"
	"github.com/qiusuo/qiusuo/gui/timeaxis"
)

// items are the kinds of dates an imported article has: years apart, a
// month, a range, a day, and two the text does not place.
func items() []timeaxis.Item {
	d := timeaxis.DayOf
	return []timeaxis.Item{
		{From: d(2019, 10, 1), To: d(2019, 10, 31), Dated: true, When: "2019年10月", Title: "迅蚁拿到全球首张城市场景无人机物流牌照"},
		{From: d(2020, 10, 1), To: d(2020, 10, 31), Dated: true, When: "2020年10月", Title: "杭州入选首批民用无人驾驶航空试验区"},
		{From: d(2024, 1, 1), To: d(2027, 12, 31), Dated: true, When: "2024—2027年", Title: "低空经济高质量发展实施方案"},
		{From: d(2025, 10, 15), To: d(2025, 10, 15), Dated: true, When: "10月15日", Title: "访谈直播"},
		{Dated: false, When: "近日", Title: "访谈直播活动"},
		{Dated: false, When: "17日", Title: "宇树发布新品"},
	}
}

func newAxis(t *testing.T, its []timeaxis.Item, size fyne.Size) (*timeaxis.Axis, fyne.Window, *[]int) {
	t.Helper()
	a := test.NewTempApp(t)
	v := theme.VariantLight
	a.Settings().SetTheme(gui.NewTheme(&v))
	var tapped []int
	ax := timeaxis.New(its, timeaxis.Labels{Undated: "未定日期", Empty: "文中没有可定日期的事件"}, func(i int) { tapped = append(tapped, i) })
	w := test.NewWindow(ax)
	w.SetPadded(false)
	w.Resize(size)
	t.Cleanup(w.Close)
	return ax, w, &tapped
}

func TestTapSelectsTheEventUnderTheFinger(t *testing.T) {
	ax, w, tapped := newAxis(t, items(), fyne.NewSize(900, 260))
	w.Canvas().Refresh(ax)
	hitAny := map[int]bool{}
	for y := float32(0); y < 260; y += 4 {
		for x := float32(0); x < 900; x += 4 {
			if i := ax.ItemAt(fyne.NewPos(x, y)); i >= 0 {
				if !hitAny[i] {
					test.TapCanvas(w.Canvas(), fyne.NewPos(x+1, y+1))
				}
				hitAny[i] = true
			}
		}
	}
	for i := range items() {
		if !hitAny[i] {
			t.Errorf("item %d (%s) cannot be tapped", i, items()[i].When)
		}
	}
	if len(*tapped) != len(items()) {
		t.Errorf("taps reported %v", *tapped)
	}
}

func TestDragPansAndButtonsZoom(t *testing.T) {
	ax, w, _ := newAxis(t, items(), fyne.NewSize(900, 260))
	w.Canvas().Refresh(ax)
	first := firstItemX(t, ax, 0)
	test.Drag(w.Canvas(), fyne.NewPos(450, 150), 100, 0)
	if moved := firstItemX(t, ax, 0); moved-first < 90 || moved-first > 110 {
		t.Errorf("drag by 100 moved the first event from %v to %v", first, moved)
	}
	ax.ZoomBy(4)
	ax.FitAll()
	if back := firstItemX(t, ax, 0); back < first-1 || back > first+1 {
		t.Errorf("fit put the first event at %v, want %v", back, first)
	}
}

// firstItemX is the left edge of item i's touch target.
func firstItemX(t *testing.T, ax *timeaxis.Axis, i int) float32 {
	t.Helper()
	for x := float32(-2000); x < 2000; x++ {
		for y := float32(0); y < 260; y += 4 {
			if ax.ItemAt(fyne.NewPos(x, y)) == i {
				return x
			}
		}
	}
	t.Fatalf("item %d not drawn", i)
	return 0
}

func TestRevealBringsTheSelectedIntoView(t *testing.T) {
	ax, w, _ := newAxis(t, items(), fyne.NewSize(900, 260))
	w.Canvas().Refresh(ax)
	for k := 0; k < 6; k++ {
		ax.ZoomBy(2) // a few days across the view
	}
	marks := make([]timeaxis.Mark, len(items()))
	marks[0] = timeaxis.Selected
	ax.SetMarks(marks)
	x := firstItemX(t, ax, 0)
	if x < 0 || x > 900 {
		t.Errorf("selected event at x=%v, out of view", x)
	}
}

func TestEmptySaysSo(t *testing.T) {
	ax, w, _ := newAxis(t, nil, fyne.NewSize(600, 200))
	w.Canvas().Refresh(ax)
	found := false
	for _, o := range test.WidgetRenderer(ax).Objects() {
		{
			if c, ok := o.(*canvas.Text); ok && c.Text == "文中没有可定日期的事件" {
				found = true
			}
		}
	}
	if !found {
		t.Error("an empty timeline does not say why")
	}
}

// TestLook renders the axis for a person to look at (QIUSUO_LOOK=dir).
func TestLook(t *testing.T) {
	dir := os.Getenv("QIUSUO_LOOK")
	if dir == "" {
		t.Skip("set QIUSUO_LOOK=dir to write a picture")
	}
	ax, w, _ := newAxis(t, items(), fyne.NewSize(1000, 280))
	marks := make([]timeaxis.Mark, len(items()))
	marks[2], marks[1] = timeaxis.Selected, timeaxis.Related
	ax.SetMarks(marks)
	w.Canvas().Refresh(ax)
	f, err := os.Create(dir + "/timeaxis.png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, w.Canvas().Capture())
}

// Fitted, the axis leaves the last events room for their labels: a
// chronicle's last entry, often the one it builds to, is read whole
// rather than cut at the right edge (it was "2…" and nothing).
func TestFitLeavesTheLastLabelsRoom(t *testing.T) {
	d := timeaxis.DayOf
	its := []timeaxis.Item{
		{From: d(1936, 1, 1), To: d(1936, 12, 31), Dated: true, When: "1936年", Title: "施昕更发现黑陶"},
		{From: d(1987, 1, 1), To: d(1987, 12, 31), Dated: true, When: "1987年", Title: "瑶山祭坛被发现"},
		{From: d(2019, 7, 6), To: d(2019, 7, 6), Dated: true, When: "2019年7月6日", Title: "良渚古城遗址被列入名录"},
	}
	ax, w, _ := newAxis(t, its, fyne.NewSize(900, 260))
	w.Canvas().Refresh(ax)
	shown := map[string]bool{}
	for _, tx := range drawnTexts(ax) {
		shown[tx.Text] = true
	}
	for _, s := range []string{"2019年7月6日", "良渚古城遗址被列入名录", "1936年", "施昕更发现黑陶"} {
		if !shown[s] {
			t.Errorf("%q is not drawn whole; drawn: %v", s, shown)
		}
	}
}

// In a window too short for a lane per crowded label, no label is drawn
// over another: a label that would collide is left out (its event keeps
// its mark), never printed on top (1986年 over 1987年).
func TestCrowdedLabelsNeverOverlap(t *testing.T) {
	d := timeaxis.DayOf
	its := []timeaxis.Item{
		{From: d(1936, 1, 1), To: d(1936, 12, 31), Dated: true, When: "1936年", Title: "施昕更发现黑陶"},
		{From: d(1986, 1, 1), To: d(1986, 12, 31), Dated: true, When: "1986年", Title: "反山遗址发掘"},
		{From: d(1987, 1, 1), To: d(1987, 12, 31), Dated: true, When: "1987年", Title: "瑶山祭坛被发现"},
		{From: d(2007, 11, 1), To: d(2007, 11, 30), Dated: true, When: "2007年11月", Title: "发现良渚古城城墙"},
		{From: d(2015, 1, 1), To: d(2015, 12, 31), Dated: true, When: "2015年", Title: "确认外围水利系统"},
		{From: d(2019, 7, 6), To: d(2019, 7, 6), Dated: true, When: "2019年7月6日", Title: "列入世界遗产名录"},
	}
	ax, w, _ := newAxis(t, its, fyne.NewSize(1024, 150))
	ax.SetShort(true)
	w.Canvas().Refresh(ax)
	type box struct {
		text       string
		x0, x1, y0 float32
	}
	var boxes []box
	for _, tx := range drawnTexts(ax) {
		if tx.Text != "" && tx.Position().Y < 120 {
			sz := fyne.MeasureText(tx.Text, tx.TextSize, tx.TextStyle)
			boxes = append(boxes, box{tx.Text, tx.Position().X, tx.Position().X + sz.Width, tx.Position().Y})
		}
	}
	if len(boxes) < 4 {
		t.Fatalf("only %d labels drawn: %v", len(boxes), boxes)
	}
	for i, a := range boxes {
		for _, b := range boxes[i+1:] {
			if a.y0 == b.y0 && a.x0 < b.x1 && b.x0 < a.x1 {
				t.Errorf("%q (%.0f–%.0f) and %q (%.0f–%.0f) overlap", a.text, a.x0, a.x1, b.text, b.x0, b.x1)
			}
		}
	}
	// An event left without its label is still there for a finger.
	found := map[int]bool{}
	for y := float32(0); y < 150; y += 2 {
		for x := float32(0); x < 1024; x += 2 {
			if i := ax.ItemAt(fyne.NewPos(x, y)); i >= 0 {
				found[i] = true
			}
		}
	}
	for i := range its {
		if !found[i] {
			t.Errorf("%s (%s) cannot be tapped", its[i].When, its[i].Title)
		}
	}
}

// Zoomed to days, the axis's first tick label says the month: 11月26日,
// then 27日 — "26 27 28" alone left the reader to guess it.
func TestFirstTickSaysTheMonth(t *testing.T) {
	d := timeaxis.DayOf
	its := []timeaxis.Item{
		{From: d(2025, 11, 26), To: d(2025, 11, 27), Dated: true, When: "11月26日至27日", Title: "大会在深圳举行"},
		{From: d(2025, 11, 28), To: d(2025, 11, 28), Dated: true, When: "28日", Title: "指南发布"},
	}
	ax, w, _ := newAxis(t, its, fyne.NewSize(900, 260))
	w.Canvas().Refresh(ax)
	var labels []string
	for _, tx := range drawnTexts(ax) {
		if tx.Position().Y > 150 {
			labels = append(labels, tx.Text)
		}
	}
	if len(labels) < 2 || labels[0] != "11月26日" || labels[1] != "27日" {
		t.Errorf("tick labels %q, want 11月26日 27日 …", labels)
	}
}

// drawnTexts returns the texts the axis draws, in drawing order.
func drawnTexts(ax *timeaxis.Axis) []*canvas.Text {
	var out []*canvas.Text
	for _, o := range test.WidgetRenderer(ax).Objects() {
		if tx, ok := o.(*canvas.Text); ok {
			out = append(out, tx)
		}
	}
	return out
}
