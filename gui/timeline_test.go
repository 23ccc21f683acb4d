package gui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// diagramSetup starts a test app with the app theme (light, so goldens do
// not depend on the machine) and returns a selection over the default
// story.
func diagramSetup(t testing.TB) *Selection {
	t.Helper()
	app := test.NewTempApp(t)
	v := theme.VariantLight
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

func TestTimelineGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		w    float32
		pick data.Ref
	}{
		{"event_1280", 1280, data.Ref{Kind: data.RefEvent, ID: "gala"}},
		{"cluster_1280", 1280, data.Ref{Kind: data.RefCluster, ID: "robots"}},
		{"event_1024", 1024, data.Ref{Kind: data.RefEvent, ID: "modelscope"}},
		{"cluster_1024", 1024, data.Ref{Kind: data.RefCluster, ID: "ai"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sel := diagramSetup(t)
			_, w := showTimeline(t, sel, tc.w, 150)
			sel.Select(tc.pick)
			test.AssertImageMatches(t, "timeline/"+tc.name+".png", w.Canvas().Capture())
		})
	}
}
