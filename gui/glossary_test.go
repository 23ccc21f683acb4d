package gui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data"
)

func termRef(id string) data.Ref { return data.Ref{Kind: data.RefTerm, ID: id} }

func TestGlossaryListTapSelectsTerm(t *testing.T) {
	sel := lightSelection(t)
	g := NewGlossaryList(sel)
	showStudy(t, g, 420, 600)
	st := sel.Story()
	if len(g.cards) != len(st.Glossary) {
		t.Fatalf("%d cards for %d terms", len(g.cards), len(st.Glossary))
	}
	for i, c := range g.cards {
		e := &st.Glossary[i]
		texts := studyTexts(c)
		if string(texts[0].text) != e.Term || string(texts[1].text) != studySentences(len(e.Passages)) ||
			string(texts[2].text) != e.Explanation {
			t.Errorf("%s card shows %q / %q / %q", e.ID, string(texts[0].text), string(texts[1].text), string(texts[2].text))
		}
	}
	c := g.card(termRef("xinzhi"))
	rows := cardRows(c)
	if len(rows) != 1 || rows[0].Size().Height < touchHeight {
		t.Fatalf("xinzhi: %d rows", len(rows))
	}
	test.Tap(rows[0])
	got := sel.Current()
	if got.Ref != termRef("xinzhi") || c.state != cardSelected || !inView(&g.studyList, c) {
		t.Fatalf("tap selected %v (state %d)", got.Ref, c.state)
	}
	if want := st.Passages(termRef("xinzhi")); !slices.Equal(got.Passages, want) || len(want) == 0 {
		t.Errorf("term highlights %v, want %v", got.Passages, want)
	}
	// A sentence marks the terms it uses.
	p := st.Glossary[st.Index(termRef("producer-services"))].Passages[0]
	sel.SelectPassage(p)
	if c := g.card(termRef("producer-services")); c.state != cardRelated || !inView(&g.studyList, c) {
		t.Errorf("生产性服务业 after selecting its sentence: state %d, in view %v", c.state, inView(&g.studyList, c))
	}
	if g.card(termRef("xinzhi")).state != cardPlain {
		t.Error("新质生产力 still marked")
	}
}

func TestGlossaryListGolden(t *testing.T) {
	for _, lang := range []string{LangZh, LangEn} {
		t.Run(lang, func(t *testing.T) {
			SetLanguage(lang)
			defer SetLanguage(LangZh)
			sel := lightSelection(t)
			g := NewGlossaryList(sel)
			w := showStudy(t, g, 420, 600)
			sel.Select(termRef("xinzhi"))
			test.AssertImageMatches(t, "study/glossary_"+lang+".png", w.Canvas().Capture())
		})
	}
}

// TestGlossaryListOpensAtSelection: a list built while a term is selected
// (the window is rebuilt after a language switch) opens at that term, and
// keeps it in view when a resize re-wraps every card.
func TestGlossaryListOpensAtSelection(t *testing.T) {
	sel := lightSelection(t)
	sel.Select(termRef("value-added"))
	g := NewGlossaryList(sel)
	w := showStudy(t, g, 420, 600)
	c := g.card(termRef("value-added"))
	if c.state != cardSelected || !inView(&g.studyList, c) || g.scroll.Offset.Y == 0 {
		t.Fatalf("state %d, in view %v, offset %v", c.state, inView(&g.studyList, c), g.scroll.Offset.Y)
	}
	w.Resize(fyne.NewSize(300, 600))
	if !inView(&g.studyList, c) {
		t.Errorf("after narrowing, the selected card at %v is out of view (offset %v)", c.Position(), g.scroll.Offset.Y)
	}
}
