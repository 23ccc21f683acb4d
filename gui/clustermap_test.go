package gui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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

// TestClusterMapRelatedToPassage checks that tapping a sentence marks the
// clusters it is about.
func TestClusterMapRelatedToPassage(t *testing.T) {
	sel := diagramSetup(t)
	m, _ := showClusterMap(t, sel, 600, 520)
	st := sel.Story()
	var marked int
	for p := range st.Article.Passages {
		sel.SelectPassage(p)
		for _, n := range m.nodes {
			want := slices.Contains(n.cluster().Passages, p)
			if got := n.mark == diagramRelated; got != want {
				t.Errorf("passage %d: cluster %s related = %v, want %v", p, n.cluster().ID, got, want)
			}
			if want {
				marked++
			}
		}
	}
	if marked == 0 {
		t.Error("no sentence marked any cluster: the test proves nothing")
	}
}

// TestClusterMapFitsPane checks that the map needs no scrolling in the
// panes it is made for, down to a 1024×600 kiosk's side pane.
func TestClusterMapFitsPane(t *testing.T) {
	// (430×400 fitted when node text could drop to 12 px; the type
	// scale's minimum of 13 makes that pane scroll, TestClusterMapScroll.)
	for _, size := range []fyne.Size{{Width: 600, Height: 520}, {Width: 480, Height: 400},
		{Width: 1280, Height: 800}} {
		sel := diagramSetup(t)
		m, _ := showClusterMap(t, sel, size.Width, size.Height)
		if got, view := m.scroll.Content.MinSize().Height, m.scroll.Size().Height; got > view {
			t.Errorf("%v: the map needs %g px, the pane shows %g", size, got, view)
		}
		// Where there is room, nodes keep the theme's text size.
		full := theme.SizeForWidget(theme.SizeNameText, m)
		if got := m.lay.metrics().name; size.Width >= 480 && got != full {
			t.Errorf("%v: node text %g px, want the full %g", size, got, full)
		}
	}
}

// TestClusterMapScroll checks that a pane too short for the map scrolls to
// the selection and can be dragged.
func TestClusterMapScroll(t *testing.T) {
	sel := diagramSetup(t)
	m, w := showClusterMap(t, sel, 480, 280)
	if m.scroll.Content.Size().Height <= m.scroll.Size().Height {
		t.Fatalf("content %v fits the %v pane: nothing to scroll", m.scroll.Content.Size(), m.scroll.Size())
	}
	x := m.nodes[len(m.nodes)-1]
	visible := func() bool {
		off := m.scroll.Offset.Y
		return x.Position().Y >= off && x.Position().Y+x.Size().Height <= off+m.scroll.Size().Height
	}
	if visible() {
		t.Fatal("the last node is visible before scrolling")
	}
	sel.Select(x.ref())
	if !visible() {
		t.Errorf("selected %s not scrolled into view (offset %v)", x.cluster().ID, m.scroll.Offset)
	}
	before := m.scroll.Offset.Y
	test.Drag(w.Canvas(), fyne.NewPos(200, 100), 0, 30)
	if got := m.scroll.Offset.Y; got != before-30 {
		t.Errorf("dragging down by 30 px moved the offset from %g to %g", before, got)
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
	names := inkOfLines(r.name)
	texts := names
	if r.count.Visible() {
		texts = append(texts[:len(texts):len(texts)], inkOfText(r.count))
	}
	var joined string
	for _, tx := range names {
		joined += tx.text
	}
	if joined != n.cluster().Name {
		t.Errorf("%s: lines %q do not spell the name %q", n.cluster().ID, joined, n.cluster().Name)
	}
	for _, tx := range texts {
		if tx.x < 0 || tx.x+tx.w > size.Width || tx.y < 0 || tx.y+tx.h > size.Height {
			t.Errorf("%s: %q at x %g..%g, y %g..%g overflows the %gx%g node", n.cluster().ID, tx.text,
				tx.x, tx.x+tx.w, tx.y, tx.y+tx.h, size.Width, size.Height)
		}
	}
	// The name and the count must not overlap.
	if r.count.Visible() && len(names) > 0 {
		last, count := names[len(names)-1], inkOfText(r.count)
		sameLine := count.y < last.y+last.h
		if sameLine && last.x+last.w > count.x {
			t.Errorf("%s: count %q overlaps %q", n.cluster().ID, count.text, last.text)
		}
	}
}

func TestClusterMapGolden(t *testing.T) {
	for _, tc := range []struct {
		name    string
		w, h    float32
		pick    data.Ref
		variant fyne.ThemeVariant
	}{
		{"cluster_600", 600, 520, clusterRef("robots"), theme.VariantLight},
		{"event_600", 600, 520, data.Ref{Kind: data.RefEvent, ID: "davos"}, theme.VariantLight},
		{"cluster_480", 480, 400, clusterRef("low-altitude"), theme.VariantLight},
		{"event_480", 480, 400, data.Ref{Kind: data.RefEvent, ID: "nature"}, theme.VariantLight},
		// The map pane of a 1024×600 kiosk: smaller node text, no scrolling.
		{"kiosk_430", 430, 400, data.Ref{Kind: data.RefEvent, ID: "salon"}, theme.VariantLight},
		{"dark_600", 600, 520, data.Ref{Kind: data.RefEvent, ID: "davos"}, theme.VariantDark},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sel := diagramSetupVariant(t, tc.variant)
			_, w := showClusterMap(t, sel, tc.w, tc.h)
			sel.Select(tc.pick)
			test.AssertImageMatches(t, "clustermap/"+tc.name+".png", w.Canvas().Capture())
		})
	}
}

// TestClusterMapHover checks the hover highlight and the English name.
func TestClusterMapHover(t *testing.T) {
	sel := diagramSetup(t)
	m, w := showClusterMap(t, sel, 600, 520)
	var robots, unnamed *cmNode
	for _, n := range m.nodes {
		switch {
		case n.cluster().ID == "robots":
			robots = n
		case !n.named() && unnamed == nil:
			unnamed = n
		}
	}
	at := func(n *cmNode) fyne.Position {
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(n).AddXY(10, 10)
	}
	test.MoveMouse(w.Canvas(), at(robots))
	if !robots.hovered || !m.tip.Visible() || m.tip.node != robots {
		t.Fatalf("hovering robots: hovered %v, tip visible %v", robots.hovered, m.tip.Visible())
	}
	if got := strings.Join(m.tip.lines, " "); got != robots.cluster().NameEn {
		t.Errorf("tip says %q, want %q", got, robots.cluster().NameEn)
	}
	test.AssertImageMatches(t, "clustermap/hover_600.png", w.Canvas().Capture())

	test.MoveMouse(w.Canvas(), at(unnamed))
	if robots.hovered || m.tip.node != unnamed {
		t.Errorf("moving to an unnamed node: robots hovered %v, tip on %v", robots.hovered, m.tip.node)
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(1, 1))
	if m.tip.Visible() {
		t.Error("tip still visible after the mouse left every node")
	}
}

// BenchmarkClusterMapSelect measures a selection change as the map sees
// it: the selection notifies, the map restyles the nodes whose mark
// changed.
func BenchmarkClusterMapSelect(b *testing.B) {
	sel := diagramSetup(b)
	showClusterMap(b, sel, 600, 520)
	refs := []data.Ref{clusterRef("robots"), {Kind: data.RefEvent, ID: "davos"}, clusterRef("ai"), clusterRef("quantum")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sel.Select(refs[i%len(refs)])
		i++
	}
}

// A story none of whose sentences mentions a cluster says so above the
// map; the first link an editor makes takes the note away.
func TestMapSaysWhenNoSentenceMentionsACluster(t *testing.T) {
	sel := lightSelection(t)
	bare := sel.Story().Clone()
	for i := range bare.Clusters {
		bare.Clusters[i].Passages = nil
	}
	has := func(r *widget.RichText) bool {
		return strings.Contains(r.String(), "本文没有句子提到这些集群")
	}
	if !has(newCMLegend(bare)) {
		t.Error("the legend of a story with no cluster links does not say so")
	}
	if has(newCMLegend(sel.Story())) {
		t.Error("the seed's legend says no sentence mentions a cluster")
	}
	m := NewClusterMap(NewSelection(bare))
	linked := bare.Clone()
	linked.Clusters[0].Passages = []int{3}
	if !m.setStory(linked) || has(m.legend) {
		t.Error("after a first link the note is still there")
	}
}
