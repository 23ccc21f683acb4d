package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
)

// BenchmarkExplorerSelect is a whole-window selection change: the model
// changes and every view (timeline, map, details, reader) updates, lays
// out and scrolls, then the window is laid out. Goal: < 8 ms.
func BenchmarkExplorerSelect(b *testing.B) {
	a := test.NewTempApp(b)
	v := theme.VariantLight
	a.Settings().SetTheme(NewTheme(&v))
	s, _ := data.Default()
	x := NewExplorer(s)
	w := test.NewTempWindow(b, x)
	w.Resize(fyne.NewSize(1280, 800))
	refs := []data.Ref{
		{Kind: data.RefEvent, ID: "gala"},
		{Kind: data.RefCluster, ID: "ai"},
		{Kind: data.RefPassage, ID: "p34.3"},
		{Kind: data.RefEntity, ID: "unitree"},
		{Kind: data.RefEvent, ID: "modelscope"},
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x.Sel.Select(refs[i%len(refs)])
		x.Refresh()
		i++
	}
}

// BenchmarkEditToolsOpened is an edit shown in place (SetStory and a
// refresh) after the student has opened all five tabs, with each tab on
// screen in turn and, its worst case, an edit that changes what that tab
// shows: only the tool shown is built again (goal ≤ 16 ms; it was 50 ms
// when every opened list was rebuilt on every edit).
func BenchmarkEditToolsOpened(b *testing.B) {
	s, _ := data.Default()
	ai := s.Clusters[s.Index(data.Ref{Kind: data.RefCluster, ID: "ai"})]
	fact, term := s.Facts[0], s.Glossary[0]
	link := func(i int) edit.Op { return edit.ToggleLink(data.Ref{Kind: data.RefCluster, ID: "ai"}, 3) }
	rename := func(i int) edit.Op {
		return edit.SetCluster(ai.ID, ai.Name+strings.Repeat("·", i%2), ai.NameEn, ai.InArticle)
	}
	for _, shown := range []struct {
		name string
		tab  int // index into the left pane's tabs
		op   func(i int) edit.Op
	}{
		{"map/link", 0, link},
		{"keywords/link", 1 + toolKeywords, link},
		{"entities/link", 1 + toolEntities, link},
		{"entities/cluster-renamed", 1 + toolEntities, rename},
		{"facts/fact-edited", 1 + toolFacts, func(i int) edit.Op {
			return edit.SetFact(fact.ID, fact.Counts+strings.Repeat("·", i%2), fact.CountsEn)
		}},
		{"glossary/term-edited", 1 + toolGlossary, func(i int) edit.Op {
			return edit.SetTerm(term.ID, term.Explanation+strings.Repeat("·", i%2), term.ExplanationEn)
		}},
	} {
		b.Run(shown.name, func(b *testing.B) {
			a := test.NewTempApp(b)
			v := theme.VariantLight
			a.Settings().SetTheme(NewTheme(&v))
			x := NewExplorer(s)
			w := test.NewTempWindow(b, x)
			w.Resize(fyne.NewSize(1280, 800))
			drawn(w)
			for i := range 6 {
				x.left.SelectIndex(i)
				drawn(w)
			}
			x.left.SelectIndex(shown.tab)
			x.Sel.SelectPassage(3)
			d := edit.NewDraft(s, "")
			i := 0
			for b.Loop() {
				if err := d.Do(shown.op(i)); err != nil {
					b.Fatal(err)
				}
				x.SetStory(d.Story())
				x.Refresh()
				i++
			}
		})
	}
}
