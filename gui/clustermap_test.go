package gui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data"
)

// showClusterMap puts a cluster map in a window of the given size.
func showClusterMap(t testing.TB, sel *Selection, w, h float32) (*ClusterMap, fyne.Window) {
	t.Helper()
	m := NewClusterMap(sel)
	win := test.NewTempWindow(t, m)
	win.Resize(fyne.NewSize(w, h))
	return m, win
}

func clusterRef(id string) data.Ref { return data.Ref{Kind: data.RefCluster, ID: id} }

func TestClusterMapTiers(t *testing.T) {
	sel := diagramSetup(t)
	m, _ := showClusterMap(t, sel, 600, 520)
	st := sel.Story()
	want := map[string][2]int{"2": {2, 0}, "9": {9, 6}, "6": {6, 0}, "X": {1, 0}}
	if len(m.bands) != len(want) {
		t.Fatalf("%d bands, want %d", len(m.bands), len(want))
	}
	for _, b := range m.bands {
		var unnamed int
		for _, n := range b.nodes {
			if !n.named() {
				unnamed++
			}
		}
		if got := [2]int{len(b.nodes), unnamed}; got != want[b.tier.ID] {
			t.Errorf("tier %s: %d members (%d unnamed), want %v", b.tier.ID, got[0], got[1], want[b.tier.ID])
		}
		if got := len(st.TierClusters(b.tier.ID)); got != len(b.nodes) {
			t.Errorf("tier %s: %d nodes, story has %d", b.tier.ID, len(b.nodes), got)
		}
	}
}

func TestClusterMapTap(t *testing.T) {
	sel := diagramSetup(t)
	m, _ := showClusterMap(t, sel, 600, 520)
	st := sel.Story()
	var named int
	for _, n := range m.nodes {
		c := n.cluster()
		sel.Select(eventRef(st, 0)) // something else, so every tap is a change
		test.Tap(n)
		got := sel.Current().Ref
		if !c.InArticle {
			if got != eventRef(st, 0) {
				t.Errorf("tapping unnamed %s selected %v", c.ID, got)
			}
			continue
		}
		named++
		if got != clusterRef(c.ID) {
			t.Errorf("tapping %s selected %v", c.ID, got)
		}
		if n.mark != diagramSelected {
			t.Errorf("%s tapped but not marked selected", c.ID)
		}
	}
	if named != 12 {
		t.Errorf("%d named nodes, want 12", named)
	}
}

func TestClusterMapCountText(t *testing.T) {
	sel := diagramSetup(t)
	m, _ := showClusterMap(t, sel, 600, 520)
	for _, n := range m.nodes {
		r := test.WidgetRenderer(n).(*cmNodeRenderer)
		c := n.cluster()
		if !c.InArticle {
			if r.count.Visible() {
				t.Errorf("unnamed %s shows a count %q", c.ID, r.count.Text)
			}
			continue
		}
		if want := fmt.Sprintf("%d 句", len(c.Passages)); r.count.Text != want || !r.count.Visible() {
			t.Errorf("%s: count %q (visible %v), want %q", c.ID, r.count.Text, r.count.Visible(), want)
		}
	}
}

func TestClusterMapRelated(t *testing.T) {
	sel := diagramSetup(t)
	m, _ := showClusterMap(t, sel, 600, 520)
	st := sel.Story()
	for i := range st.Events {
		sel.Select(eventRef(st, i))
		want := map[int]bool{}
		for _, c := range st.Events[i].Clusters {
			want[c] = true
		}
		for _, n := range m.nodes {
			if got := n.mark == diagramRelated; got != want[n.i] {
				t.Errorf("event %s: cluster %s related = %v", st.Events[i].ID, n.cluster().ID, got)
			}
		}
	}
}

// TestClusterMapTextFits checks that no node clips its text: every line,
// as the driver measures it, lies inside the node.
func TestClusterMapTextFits(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 800},
		{Width: 600, Height: 520}, {Width: 480, Height: 400}} {
		t.Run(fmt.Sprintf("%gx%g", size.Width, size.Height), func(t *testing.T) {
			sel := diagramSetup(t)
			m, _ := showClusterMap(t, sel, size.Width, size.Height)
			sel.Select(clusterRef("robots")) // selected text is drawn the same size
			for _, n := range m.nodes {
				checkNodeFits(t, n)
			}
		})
	}
}

func checkNodeFits(t *testing.T, n *cmNode) {
	t.Helper()
	r := test.WidgetRenderer(n).(*cmNodeRenderer)
	size := n.Size()
	if size.Height < 48 {
		t.Errorf("%s: %g px tall, below a 48 px touch target", n.cluster().ID, size.Height)
	}
	texts := r.name.texts
	if r.count.Visible() {
		texts = append(texts[:len(texts):len(texts)], r.count)
	}
	var joined string
	for _, tx := range texts[:len(r.name.texts)] {
		joined += tx.Text
	}
	if joined != n.cluster().Name {
		t.Errorf("%s: lines %q do not spell the name %q", n.cluster().ID, joined, n.cluster().Name)
	}
	for _, tx := range texts {
		m := fyne.MeasureText(tx.Text, tx.TextSize, tx.TextStyle)
		x := tx.Position().X
		switch tx.Alignment {
		case fyne.TextAlignCenter:
			x += (tx.Size().Width - m.Width) / 2
		case fyne.TextAlignTrailing:
			x += tx.Size().Width - m.Width
		}
		if x < 0 || x+m.Width > size.Width || tx.Position().Y < 0 || tx.Position().Y+m.Height > size.Height {
			t.Errorf("%s: %q at x %g..%g, y %g..%g overflows the %gx%g node", n.cluster().ID, tx.Text,
				x, x+m.Width, tx.Position().Y, tx.Position().Y+m.Height, size.Width, size.Height)
		}
	}
	// The name and the count must not overlap.
	if r.count.Visible() && len(r.name.texts) > 0 {
		last := r.name.texts[len(r.name.texts)-1]
		lw := fyne.MeasureText(last.Text, last.TextSize, last.TextStyle).Width
		cw := fyne.MeasureText(r.count.Text, r.count.TextSize, r.count.TextStyle).Width
		sameLine := r.count.Position().Y < last.Position().Y+last.Size().Height
		if sameLine && last.Position().X+lw > r.count.Position().X+r.count.Size().Width-cw {
			t.Errorf("%s: count %q overlaps %q", n.cluster().ID, r.count.Text, last.Text)
		}
	}
}

func TestClusterMapGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h float32
		pick data.Ref
	}{
		{"cluster_600", 600, 520, clusterRef("robots")},
		{"event_600", 600, 520, data.Ref{Kind: data.RefEvent, ID: "davos"}},
		{"cluster_480", 480, 400, clusterRef("low-altitude")},
		{"event_480", 480, 400, data.Ref{Kind: data.RefEvent, ID: "nature"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sel := diagramSetup(t)
			_, w := showClusterMap(t, sel, tc.w, tc.h)
			sel.Select(tc.pick)
			test.AssertImageMatches(t, "clustermap/"+tc.name+".png", w.Canvas().Capture())
		})
	}
}
