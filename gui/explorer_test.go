package gui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// newTestExplorer shows an explorer in a test window of the given size,
// with the bundled-font theme so images are the same on every machine.
func newTestExplorer(t *testing.T, w, h float32) (*Explorer, fyne.Window) {
	t.Helper()
	x := NewExplorer(lightSelection(t).Story())
	win := test.NewTempWindow(t, x)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	x.BindKeys(win.Canvas())
	drawn(win)
	return x, win
}

func TestExplorerGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h float32
		sel  data.Ref
	}{
		{"explorer/1280x800_gala.png", 1280, 800, ev("gala")},
		{"explorer/1280x800_cluster_ai.png", 1280, 800, cl("ai")},
		{"explorer/1024x600_robots.png", 1024, 600, cl("robots")},
		{"explorer/800x600_narrow.png", 800, 600, ev("davos")},
		{"explorer/1280x800_en_robots.png", 1280, 800, cl("robots")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if strings.Contains(tc.name, "_en_") {
				SetLanguage(LangEn)
				defer SetLanguage(LangZh)
			}
			x, w := newTestExplorer(t, tc.w, tc.h)
			x.Sel.Select(tc.sel)
			test.AssertImageMatches(t, tc.name, w.Canvas().Capture())
		})
	}
}

func TestExplorerNarrowBecomesTabs(t *testing.T) {
	x, w := newTestExplorer(t, 1280, 800)
	if x.Narrow() {
		t.Fatal("1280 wide should show panes")
	}
	w.Resize(fyne.NewSize(800, 600))
	if !x.Narrow() || x.tabs == nil {
		t.Fatal("800 wide should show tabs")
	}
	x.ShowMap(true)
	if x.tabs.SelectedIndex() != 1 {
		t.Error("ShowMap should bring the map tab forward")
	}
}

func TestExplorerKeys(t *testing.T) {
	x, w := newTestExplorer(t, 1280, 800)
	s := x.Sel.Story()
	key := func(k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyRight)
	if x.Sel.Current().Ref != ev(s.Events[0].ID) {
		t.Fatalf("→ from nothing selects the first event, got %v", x.Sel.Current().Ref)
	}
	key(fyne.KeyRight)
	if x.Sel.Current().Ref != ev(s.Events[1].ID) {
		t.Fatalf("→ selects the next event, got %v", x.Sel.Current().Ref)
	}
	key(fyne.KeyDown)
	if x.Sel.Current().Focus != 1 {
		t.Errorf("↓ moves to the next highlighted sentence, focus %d", x.Sel.Current().Focus)
	}
	key(fyne.KeyEscape)
	if !x.Sel.Current().Ref.IsZero() {
		t.Fatal("Escape clears")
	}
	x.Sel.Back()
	if x.Sel.Current().Ref != ev(s.Events[1].ID) {
		t.Fatalf("Back after Escape, got %v", x.Sel.Current().Ref)
	}
	if !x.back.Disabled() == false && x.Sel.CanBack() {
		t.Error("back button disabled while history exists")
	}
}

// TestDetailsFollowSelection checks the reverse link: a tapped sentence
// lists exactly what links to it, and the chips select those items.
func TestDetailsFollowSelection(t *testing.T) {
	x, _ := newTestExplorer(t, 1280, 800)
	s := x.Sel.Story()
	p := s.Article.PassageIndex("p11.1")
	x.Sel.SelectPassage(p)
	if got, want := x.Details.Chips(), s.Backlinks(p); !slices.Equal(got, want) {
		t.Fatalf("chips %v, want %v", got, want)
	}
	for _, o := range x.Details.chips.Objects {
		c, ok := o.(*chip)
		if !ok {
			continue // the more chip
		}
		if ref := c.ref; ref.Kind == data.RefCluster {
			test.Tap(c) // the card then relabels its (reused) chips
			if x.Sel.Current().Ref != ref {
				t.Errorf("tapping chip %v selected %v", ref, x.Sel.Current().Ref)
			}
			break
		}
	}
	x.Sel.Select(ev("gala"))
	if x.Details.Title() != "宇树机器人登上央视春晚" || !x.Details.note.Visible() {
		t.Errorf("event card %q, public-date note visible %v", x.Details.Title(), x.Details.note.Visible())
	}
}

// findButton finds a button by its text anywhere under o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	switch v := o.(type) {
	case *widget.Button:
		if v.Text == text {
			return v
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

// TestExplorerLinkedBothWays taps the views themselves and checks every
// other view follows: an event tap highlights exactly its sentences and
// clusters; a cluster tap highlights exactly its events.
func TestExplorerLinkedBothWays(t *testing.T) {
	x, _ := newTestExplorer(t, 1280, 800)
	s := x.Sel.Story()
	gala := s.Index(ev("gala"))
	test.Tap(x.Timeline.cards[gala])
	if x.Sel.Current().Ref != ev("gala") {
		t.Fatalf("tapping the Gala card selected %v", x.Sel.Current().Ref)
	}
	if got, want := x.Reader.state.Passages, s.Events[gala].Passages; !slices.Equal(got, want) {
		t.Errorf("reader highlights %v, want the event's sentences %v", got, want)
	}
	var related []int
	for _, n := range x.Map.nodes {
		if n.mark == diagramRelated {
			related = append(related, n.i)
		}
	}
	if want := s.Events[gala].Clusters; !slices.Equal(related, want) {
		t.Errorf("map marks clusters %v, want %v", related, want)
	}

	robots := s.Index(cl("robots"))
	for _, n := range x.Map.nodes {
		if n.i == robots {
			test.Tap(n)
		}
	}
	if x.Sel.Current().Ref != cl("robots") {
		t.Fatalf("tapping the robots node selected %v", x.Sel.Current().Ref)
	}
	var evs []int
	for i, c := range x.Timeline.cards {
		if c.mark == diagramRelated {
			evs = append(evs, i)
		}
	}
	if want := s.ClusterEvents(robots); !slices.Equal(evs, want) {
		t.Errorf("timeline marks events %v, want %v", evs, want)
	}
	if got, want := x.Reader.state.Passages, s.Clusters[robots].Passages; !slices.Equal(got, want) {
		t.Errorf("reader highlights %v, want %v", got, want)
	}
	if got := x.Details.Chips(); len(got) == 0 {
		t.Error("the details card lists none of the cluster's events and entities")
	}
}

// TestSegmentationOffStartup: building and showing the explorer never
// loads the dictionary; showing the keyword chart or searching does.
func TestSegmentationOffStartup(t *testing.T) {
	x, _ := newTestExplorer(t, 1280, 800)
	x.Sel.Select(cl("ai"))
	if x.Engine.Started() {
		t.Fatal("segmentation started with the window")
	}
	if x.Search != nil || x.Keywords != nil || x.Entities != nil || x.Facts != nil || x.Glossary != nil {
		t.Error("the student's tools were built before their tabs were shown")
	}
	x.left.SelectIndex(2) // keywords
	if !x.Engine.Started() {
		t.Error("showing the keyword chart did not start segmentation")
	}
}

func TestShowSearchAndKeywordTap(t *testing.T) {
	x, w := newTestExplorer(t, 1280, 800)
	x.Engine.Wait()
	w.Canvas().OnTypedRune()('/')
	if x.Search == nil || x.left.SelectedIndex() != 1+toolSearch || w.Canvas().Focused() == nil {
		t.Fatal("/ did not open and focus the search panel")
	}
	x.left.SelectIndex(1 + toolKeywords)
	x.Keywords.OnTerm("机器人")
	if x.left.SelectedIndex() != 1+toolSearch || x.Search.Query() != "机器人" {
		t.Errorf("a keyword tap should search it: tab %d, query %q", x.left.SelectedIndex(), x.Search.Query())
	}
	x.Reset()
	if x.Search.Query() != "" || x.left.SelectedIndex() != 0 {
		t.Errorf("Reset left query %q, tab %d", x.Search.Query(), x.left.SelectedIndex())
	}
}

// TestPrepareOffMain: an explorer built and laid out on another goroutine
// while the UI goroutine opens a window on NewWarmUp (as cmd/qiusuo
// starts) looks exactly like one built on the UI goroutine. Run with
// -race to check that the two share nothing unguarded: Fyne's font faces
// are not safe for concurrent use, so the warm-up must not measure text.
func TestPrepareOffMain(t *testing.T) {
	s := lightSelection(t).Story()
	size := fyne.NewSize(1280, 800)
	prepared := make(chan *Explorer)
	go func() {
		x := NewExplorer(s)
		x.Prepare(size)
		prepared <- x
	}()
	other := test.NewTempWindow(t, NewWarmUp())
	other.Resize(fyne.NewSize(200, 100))
	other.Canvas().Capture()
	x := <-prepared
	w := test.NewTempWindow(t, x)
	w.SetPadded(false)
	w.Resize(size)
	got := w.Canvas().Capture()

	ref, rw := newTestExplorer(t, size.Width, size.Height)
	ref.Sel.Select(data.Ref{})
	if d := maxChannelDiff(rw.Canvas().Capture(), got); d != 0 {
		t.Errorf("the prepared explorer differs from one built on the UI goroutine by up to %d levels", d)
	}
}

// TestSlashFocusesSearch types "/AI" as a window system delivers it (the
// "/" key, then the characters) and expects a focused search field that
// holds "AI", not "/AI".
func TestSlashFocusesSearch(t *testing.T) {
	x, w := newTestExplorer(t, 1280, 800)
	c := w.Canvas()
	// As the window system delivers them: each character to the focused
	// widget, else to the canvas; the "/" key before its character.
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeySlash})
	for _, r := range "/AI" {
		if f := c.Focused(); f != nil {
			f.TypedRune(r)
		} else {
			c.OnTypedRune()(r)
		}
	}
	if x.Search == nil || c.Focused() != x.Search.entry {
		t.Fatalf("/ should focus the search field, focused %v", c.Focused())
	}
	if q := x.Search.Query(); q != "AI" {
		t.Errorf("query %q after typing /AI, want AI", q)
	}
}
