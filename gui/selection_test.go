package gui

import (
	"slices"
	"testing"

	"github.com/qiusuo/qiusuo/data"
)

func seedStory(t testing.TB) *data.Story {
	t.Helper()
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func ev(id string) data.Ref { return data.Ref{Kind: data.RefEvent, ID: id} }
func cl(id string) data.Ref { return data.Ref{Kind: data.RefCluster, ID: id} }

func TestSelectionHistory(t *testing.T) {
	s := seedStory(t)
	sel := NewSelection(s)
	var seen []data.Ref
	sel.OnChange(func(st State) { seen = append(seen, st.Ref) })

	sel.Select(ev("gala"))
	sel.Select(cl("ai"))
	sel.Select(cl("ai")) // no-op: already selected
	sel.Select(data.Ref{Kind: data.RefEvent, ID: "nope"})
	if got := sel.Current().Ref; got != cl("ai") {
		t.Fatalf("current %v", got)
	}
	if want := s.Clusters[s.Index(cl("ai"))].Passages; !slices.Equal(sel.Current().Passages, want) {
		t.Errorf("passages %v, want %v", sel.Current().Passages, want)
	}
	sel.Back()
	if sel.Current().Ref != ev("gala") || !sel.CanForward() {
		t.Fatalf("after Back: %v", sel.Current().Ref)
	}
	sel.Forward()
	if sel.Current().Ref != cl("ai") || sel.CanForward() {
		t.Fatalf("after Forward: %v", sel.Current().Ref)
	}
	sel.Clear()
	if !sel.Current().Ref.IsZero() || len(sel.Current().Passages) != 0 {
		t.Fatal("Clear left a selection")
	}
	sel.Back() // Escape is undoable
	if sel.Current().Ref != cl("ai") {
		t.Fatalf("Back after Clear: %v", sel.Current().Ref)
	}
	sel.Back()
	sel.Select(cl("robots")) // a new selection drops the forward history
	if sel.CanForward() {
		t.Error("forward history survived a new selection")
	}
	want := []data.Ref{ev("gala"), cl("ai"), ev("gala"), cl("ai"), {}, cl("ai"), ev("gala"), cl("robots")}
	if !slices.Equal(seen, want) {
		t.Errorf("listeners saw %v\nwant %v", seen, want)
	}
	sel.Reset()
	if sel.CanBack() || sel.CanForward() || !sel.Current().Ref.IsZero() {
		t.Error("Reset kept state")
	}
}

func TestSelectionStepWraps(t *testing.T) {
	s := seedStory(t)
	sel := NewSelection(s)
	sel.Select(ev("davos")) // 4 passages
	n := len(sel.Current().Passages)
	if n != 4 {
		t.Fatalf("davos has %d passages", n)
	}
	sel.Step(-1)
	if sel.Current().Focus != n-1 {
		t.Errorf("Step(-1) from 0 → %d, want %d", sel.Current().Focus, n-1)
	}
	sel.Step(+1)
	if sel.Current().Focus != 0 {
		t.Errorf("Step(+1) wrap → %d", sel.Current().Focus)
	}
	sel.Back()
	if !sel.Current().Ref.IsZero() {
		t.Error("Step must not be recorded in history")
	}
}

func TestSelectionHistoryBounded(t *testing.T) {
	sel := NewSelection(seedStory(t))
	for i := 0; i < 3*maxHistory; i++ {
		sel.Select(ev([]string{"gala", "davos"}[i%2]))
	}
	if len(sel.back) > maxHistory {
		t.Errorf("history grew to %d", len(sel.back))
	}
}

func TestRelated(t *testing.T) {
	s := seedStory(t)
	// The Gala event is linked to the robots cluster and to Unitree.
	if !Related(s, ev("gala"), cl("robots")) || Related(s, ev("gala"), cl("ai")) {
		t.Error("event → cluster")
	}
	// The robots cluster is linked to the Gala event.
	if !Related(s, cl("robots"), ev("gala")) || Related(s, cl("robots"), ev("qwen")) {
		t.Error("cluster → event")
	}
	// A sentence is related to what links to it.
	p := data.Ref{Kind: data.RefPassage, ID: "p11.1"}
	for _, r := range s.Backlinks(s.Index(p)) {
		if !Related(s, p, r) {
			t.Errorf("passage → %v", r)
		}
	}
	if Related(s, p, ev("davos")) {
		t.Error("p11.1 is not about Davos")
	}
}
