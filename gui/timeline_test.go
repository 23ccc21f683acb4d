package gui

import (
	"image/png"
	"os"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// diagramSetup starts a test app with the app theme in its light variant
// (forced, so goldens do not depend on the machine) and returns a
// selection over the default story.
func diagramSetup(t testing.TB) *Selection {
	t.Helper()
	return diagramSetupVariant(t, theme.VariantLight)
}

func diagramSetupVariant(t testing.TB, v fyne.ThemeVariant) *Selection {
	t.Helper()
	app := test.NewTempApp(t)
	app.Settings().SetTheme(NewTheme(&v))
	st, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewSelection(st)
}

// showTimeline puts a timeline in a window of the given size.
func showTimeline(t testing.TB, sel *Selection, w, h float32) (*Timeline, fyne.Window) {
	t.Helper()
	tl := NewTimeline(sel)
	win := test.NewTempWindow(t, tl)
	win.Resize(fyne.NewSize(w, h))
	return tl, win
}

func eventRef(st *data.Story, i int) data.Ref {
	return data.Ref{Kind: data.RefEvent, ID: st.Events[i].ID}
}

func TestTimelineTapSelectsEvent(t *testing.T) {
	sel := diagramSetup(t)
	tl, _ := showTimeline(t, sel, 1280, 150)
	st := sel.Story()
	if len(tl.cards) != len(st.Events) || len(st.Events) == 0 {
		t.Fatalf("%d cards for %d events", len(tl.cards), len(st.Events))
	}
	// Tap in reverse so that every tap changes the selection.
	for i := len(tl.cards) - 1; i >= 0; i-- {
		test.Tap(tl.cards[i])
		if got, want := sel.Current().Ref, eventRef(st, i); got != want {
			t.Errorf("tap card %d: selected %v, want %v", i, got, want)
		}
		for j, c := range tl.cards {
			if want := j == i; (c.mark == diagramSelected) != want {
				t.Errorf("tap card %d: card %d selected = %v", i, j, !want)
			}
		}
	}
}

func TestTimelineStep(t *testing.T) {
	sel := diagramSetup(t)
	tl, _ := showTimeline(t, sel, 1280, 150)
	st := sel.Story()
	n := len(st.Events)
	cur := func() int { return st.Index(sel.Current().Ref) }

	tl.Step(+1)
	if cur() != 0 {
		t.Fatalf("Step(+1) from nothing selected event %d, want 0", cur())
	}
	for i := 1; i < n; i++ {
		tl.Step(+1)
		if cur() != i {
			t.Fatalf("Step(+1) #%d selected event %d", i, cur())
		}
	}
	tl.Step(+1) // clamps at the end
	if cur() != n-1 {
		t.Errorf("Step(+1) at the end selected %d, want %d (clamp)", cur(), n-1)
	}
	for i := n - 2; i >= 0; i-- {
		tl.Step(-1)
		if cur() != i {
			t.Fatalf("Step(-1) selected event %d, want %d", cur(), i)
		}
	}
	tl.Step(-1)
	if cur() != 0 {
		t.Errorf("Step(-1) at the start selected %d, want 0 (clamp)", cur())
	}

	sel.Clear()
	tl.Step(-1)
	if cur() != n-1 {
		t.Errorf("Step(-1) from nothing selected %d, want the last event %d", cur(), n-1)
	}
	// A non-event selection counts as no event selected.
	sel.Select(data.Ref{Kind: data.RefCluster, ID: "robots"})
	tl.Step(+1)
	if cur() != 0 {
		t.Errorf("Step(+1) from a cluster selected %d, want 0", cur())
	}
}

func TestTimelineRelatedToCluster(t *testing.T) {
	sel := diagramSetup(t)
	tl, _ := showTimeline(t, sel, 1280, 150)
	st := sel.Story()
	for _, id := range []string{"robots", "ai", "synbio", "quantum"} {
		ref := data.Ref{Kind: data.RefCluster, ID: id}
		sel.Select(ref)
		want := st.ClusterEvents(st.Index(ref))
		var got []int
		for i, c := range tl.cards {
			switch c.mark {
			case diagramRelated:
				got = append(got, i)
			case diagramSelected:
				t.Errorf("%s: card %d is selected", id, i)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: related cards %v, want %v", id, got, want)
		}
	}
	if len(st.ClusterEvents(st.Index(data.Ref{Kind: data.RefCluster, ID: "robots"}))) < 2 {
		t.Error("robots should link several events; the test would prove little")
	}
}

// TestTimelineRelatedToPassage checks that tapping a sentence marks the
// events that cite it.
func TestTimelineRelatedToPassage(t *testing.T) {
	sel := diagramSetup(t)
	tl, _ := showTimeline(t, sel, 1280, 150)
	st := sel.Story()
	var marked int
	for p := range st.Article.Passages {
		sel.SelectPassage(p)
		for i, c := range tl.cards {
			want := slices.Contains(st.Events[i].Passages, p)
			if got := c.mark == diagramRelated; got != want {
				t.Errorf("passage %d: event %s related = %v, want %v", p, st.Events[i].ID, got, want)
			}
			if want {
				marked++
			}
		}
	}
	if marked == 0 {
		t.Error("no sentence marked any event: the test proves nothing")
	}
}

// TestTimelineCardText checks what each card says and that it fits.
func TestTimelineCardText(t *testing.T) {
	for _, w := range []float32{1024, 1280} {
		sel := diagramSetup(t)
		tl, _ := showTimeline(t, sel, w, 150)
		st := sel.Story()
		for i, c := range tl.cards {
			ev := &st.Events[i]
			r := test.WidgetRenderer(c).(*tlCardRenderer)
			if r.when.Text != ev.When {
				t.Errorf("%s: date %q, want the article's %q", ev.ID, r.when.Text, ev.When)
			}
			if want := PrecisionLabel(ev.Precision); r.chipText.Text != want || want == "" {
				t.Errorf("%s: precision tag %q, want %q", ev.ID, r.chipText.Text, want)
			}
			switch {
			case ev.Public == nil && r.public.Text != "":
				t.Errorf("%s: shows %q but has no public date", ev.ID, r.public.Text)
			case ev.Public != nil && r.public.Text != "公开资料："+ev.Public.Date:
				t.Errorf("%s: public date shown as %q", ev.ID, r.public.Text)
			}
			var title string
			for _, l := range inkOfLines(r.title) {
				title += l.text
			}
			cut := strings.HasSuffix(title, "…")
			if n := len(r.title.texts); n < 1 || n > tlTitleLines {
				t.Errorf("%s: title in %d lines", ev.ID, n)
			}
			if full := strings.TrimSuffix(title, "…"); !strings.HasPrefix(ev.Title, full) || (!cut && full != ev.Title) {
				t.Errorf("%s: title shown as %q, is %q", ev.ID, title, ev.Title)
			}
			if c.Size().Height < 48 {
				t.Errorf("%s: card %g px tall, below a 48 px touch target", ev.ID, c.Size().Height)
			}
			texts := append([]inked{inkOfText(r.when), inkOfText(r.chipText), inkOfText(r.public)}, inkOfLines(r.title)...)
			for _, tx := range texts {
				if tx.x < 0 || tx.x+tx.w > c.Size().Width || tx.y+tx.h > c.Size().Height {
					t.Errorf("%g: %s: %q (%g..%g) overflows the %g px card", w, ev.ID, tx.text, tx.x, tx.x+tx.w, c.Size().Width)
				}
			}
			if r.when.Position().X+fyne.MeasureText(r.when.Text, r.when.TextSize, r.when.TextStyle).Width > r.chip.Position().X {
				t.Errorf("%g: %s: the date runs into its precision tag", w, ev.ID)
			}
		}
	}
}

// TestTimelineScroll checks that a narrow strip scrolls to the selected
// card and can be dragged.
func TestTimelineScroll(t *testing.T) {
	sel := diagramSetup(t)
	tl, w := showTimeline(t, sel, 1024, 150)
	if tl.scroll.Content.Size().Width <= tl.scroll.Size().Width {
		t.Fatalf("content %v fits the %v strip: nothing to scroll", tl.scroll.Content.Size(), tl.scroll.Size())
	}
	visible := func(i int) bool { return tl.shows(tl.cards[i]) }
	last := len(tl.cards) - 1
	if visible(last) {
		t.Fatal("the last card is visible before scrolling")
	}
	tl.Step(-1) // selects the last event
	if !visible(last) {
		t.Errorf("selected last card not scrolled into view (offset %v)", tl.scroll.Offset)
	}
	tl.Step(-last)
	if !visible(0) {
		t.Errorf("selected first card not scrolled into view (offset %v)", tl.scroll.Offset)
	}
	// An entity whose only event is off screen: that event is revealed.
	sel.Clear()
	tl.scroll.ScrollToOffset(fyne.NewPos(tl.scroll.Content.Size().Width, 0))
	if visible(0) {
		t.Fatal("the first card is visible when scrolled to the end")
	}
	sel.Select(data.Ref{Kind: data.RefEntity, ID: "cctv"}) // only at the Gala
	if tl.cards[0].mark != diagramRelated || !visible(0) {
		t.Errorf("related Gala card (mark %v) not revealed (offset %v)", tl.cards[0].mark, tl.scroll.Offset)
	}

	var heard []fyne.Position
	tl.scroll.OnScrolled = func(p fyne.Position) { heard = append(heard, p) }
	sel.Select(eventRef(sel.Story(), last)) // scrolls, but not the viewer
	if !visible(last) {
		t.Error("the last card was not revealed")
	}
	tl.scroll.ScrollToOffset(fyne.NewPos(0, 0))
	test.Drag(w.Canvas(), fyne.NewPos(500, 100), -60, 0)
	if tl.scroll.Offset.X != 60 {
		t.Errorf("dragging by 60 px left the offset at %v", tl.scroll.Offset.X)
	}
	if len(heard) != 1 || heard[0].X != 60 {
		t.Errorf("OnScrolled heard %v, want the one drag to 60", heard)
	}
}

// TestTimelineKeepsObjects checks that a selection change restyles cards
// without rebuilding them.
func TestTimelineKeepsObjects(t *testing.T) {
	sel := diagramSetup(t)
	tl, _ := showTimeline(t, sel, 1280, 150)
	st := sel.Story()
	before := map[fyne.CanvasObject]bool{}
	for _, c := range tl.cards {
		for _, o := range test.WidgetRenderer(c).Objects() {
			before[o] = true
		}
	}
	sel.Select(eventRef(st, 2))
	sel.Select(data.Ref{Kind: data.RefCluster, ID: "ai"})
	var n int
	for _, c := range tl.cards {
		for _, o := range test.WidgetRenderer(c).Objects() {
			n++
			if !before[o] {
				t.Fatalf("card %d has a new object %T after selection changes", c.i, o)
			}
		}
	}
	if n != len(before) {
		t.Errorf("%d objects after, %d before", n, len(before))
	}
}

// TestTimelineThemeChange checks that switching the theme variant
// recolours the cards.
func TestTimelineThemeChange(t *testing.T) {
	sel := diagramSetup(t)
	tl, _ := showTimeline(t, sel, 1280, 150)
	r := test.WidgetRenderer(tl.cards[0]).(*tlCardRenderer)
	light := r.box.FillColor
	dark := theme.VariantDark
	fyne.CurrentApp().Settings().SetTheme(NewTheme(&dark))
	if got, want := r.box.FillColor, NewTheme(&dark).Color(theme.ColorNameInputBackground, dark); got != want || got == light {
		t.Errorf("card fill after switching to dark: %v, want %v (light was %v)", got, want, light)
	}
}

func TestTimelineGolden(t *testing.T) {
	for _, tc := range []struct {
		name    string
		w       float32
		pick    data.Ref
		variant fyne.ThemeVariant
	}{
		{"event_1280", 1280, data.Ref{Kind: data.RefEvent, ID: "gala"}, theme.VariantLight},
		{"cluster_1280", 1280, data.Ref{Kind: data.RefCluster, ID: "robots"}, theme.VariantLight},
		{"event_1024", 1024, data.Ref{Kind: data.RefEvent, ID: "modelscope"}, theme.VariantLight},
		{"cluster_1024", 1024, data.Ref{Kind: data.RefCluster, ID: "ai"}, theme.VariantLight},
		{"dark_1280", 1280, data.Ref{Kind: data.RefEvent, ID: "qwen"}, theme.VariantDark},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sel := diagramSetupVariant(t, tc.variant)
			_, w := showTimeline(t, sel, tc.w, 150)
			sel.Select(tc.pick)
			test.AssertImageMatches(t, "timeline/"+tc.name+".png", w.Canvas().Capture())
		})
	}
}

// BenchmarkTimelineSelect measures a selection change as the timeline
// sees it: the selection notifies, the timeline restyles the cards whose
// mark changed.
func BenchmarkTimelineSelect(b *testing.B) {
	sel := diagramSetup(b)
	showTimeline(b, sel, 1280, 150)
	st := sel.Story()
	refs := []data.Ref{eventRef(st, 0), {Kind: data.RefCluster, ID: "robots"}, eventRef(st, 5), eventRef(st, 7)}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sel.Select(refs[i%len(refs)])
		i++
	}
}

// An article with no datable events shows an empty timeline that says so.
func TestTimelineEmptySaysSo(t *testing.T) {
	diagramSetup(t)
	a, err := data.ParseArticle("empty.txt", []byte("近日，杭州举行了一场活动。\n"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := data.Assemble("empty.txt", &data.Story{Article: a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tl, win := showTimeline(t, NewSelection(st), 600, 160)
	found := false
	walkTree(win.Canvas().Content(), func(o fyne.CanvasObject) bool {
		if tx, ok := o.(*canvas.Text); ok && tx.Text == "文中没有可放在时间轴上的日期" && tx.Visible() && tx.Size().Width > 0 {
			found = true
		}
		return true
	})
	if !found || len(tl.cards) != 0 {
		t.Error("the empty timeline does not say there are no datable events")
	}
	if out := os.Getenv("QIUSUO_SHOT"); out != "" { // to look at it
		f, _ := os.Create(out)
		png.Encode(f, Render(tl, fyne.NewSize(600, 160), 1))
		f.Close()
	}
}
