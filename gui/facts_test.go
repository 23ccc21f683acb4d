package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data"
)

func TestFactsListTapSelectsFact(t *testing.T) {
	sel := lightSelection(t)
	f := NewFactsList(sel)
	showStudy(t, f, 420, 600)
	st := sel.Story()
	if len(f.cards) != len(st.Facts) {
		t.Fatalf("%d cards for %d facts", len(f.cards), len(st.Facts))
	}
	for i, c := range f.cards {
		fact := &st.Facts[i]
		rows := cardRows(c)
		if len(rows) != 1 || rows[0].Size().Height < touchHeight {
			t.Fatalf("%s: %d rows", fact.ID, len(rows))
		}
		sel.Clear()
		test.Tap(rows[0])
		got := sel.Current()
		if got.Ref != (data.Ref{Kind: data.RefFact, ID: fact.ID}) || c.state != cardSelected {
			t.Errorf("tapping %s selected %v", fact.ID, got.Ref)
			continue
		}
		// The fact highlights its sentence, which prints the figure.
		if len(got.Passages) != 1 || !strings.Contains(st.Article.Passages[got.Passages[0]].Text, fact.Figure) {
			t.Errorf("%s highlights %v, which does not print %q", fact.ID, got.Passages, fact.Figure)
		}
		// The card shows the figure large and marks it in the snippet.
		texts := studyTexts(c)
		if string(texts[0].text) != fact.Figure || texts[0].textSize() < 24 {
			t.Errorf("%s: headline %q at %v", fact.ID, string(texts[0].text), texts[0].textSize())
		}
		sn := texts[2]
		if len(sn.em) != 1 || string(sn.text[sn.em[0][0]:sn.em[0][1]]) != fact.Figure {
			t.Errorf("%s: snippet %q emphasises %v", fact.ID, string(sn.text), sn.em)
		}
	}
}

// TestFactSnippetMarksTheCountedOccurrence checks the snippet marks the
// very occurrence the fact's span points at, which is what matters when a
// sentence prints a figure twice (the story file's "occurrence").
func TestFactSnippetMarksTheCountedOccurrence(t *testing.T) {
	st, _ := data.Default()
	for i := range st.Facts {
		f := &st.Facts[i]
		text, em := factSnippet(st, f, 18)
		rs := []rune(text)
		before := strings.TrimPrefix(string(rs[:em[0][0]]), "…")
		n := len([]rune(before))
		if st.Article.Slice(f.Span.Start-n, f.Span.End) != before+f.Figure {
			t.Errorf("%s: snippet %q marks the wrong %q", f.ID, text, f.Figure)
		}
	}
}

// studyTexts returns the studyTexts under o, in order.
func studyTexts(o fyne.CanvasObject) []*studyText {
	var out []*studyText
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *studyText:
			out = append(out, v)
		case *tapRow:
			walk(v.content)
		case *studyCard:
			walk(v.content)
		case *fyne.Container:
			for _, k := range v.Objects {
				walk(k)
			}
		}
	}
	walk(o)
	return out
}

func TestFactsListFollowsSelection(t *testing.T) {
	sel := lightSelection(t)
	f := NewFactsList(sel)
	showStudy(t, f, 420, 600)
	last := f.cards[len(f.cards)-1]
	sel.Select(last.ref)
	if last.state != cardSelected || !inView(&f.studyList, last) {
		t.Errorf("last fact: state %d, in view %v", last.state, inView(&f.studyList, last))
	}
	// A sentence with two figures marks both facts as related.
	st := sel.Story()
	sel.SelectPassage(st.Facts[0].Passage)
	var related int
	for _, c := range f.cards {
		if c.state == cardRelated {
			related++
		}
	}
	if related != 3 { // 96家, 59家 and 六成
		t.Errorf("%d facts related to %s, want 3", related, st.Article.Passages[st.Facts[0].Passage].ID)
	}
}

func TestFactsListGolden(t *testing.T) {
	for _, lang := range []string{LangZh, LangEn} {
		t.Run(lang, func(t *testing.T) {
			SetLanguage(lang)
			defer SetLanguage(LangZh)
			sel := lightSelection(t)
			f := NewFactsList(sel)
			w := showStudy(t, f, 420, 600)
			sel.Select(data.Ref{Kind: data.RefFact, ID: "services-73"})
			test.AssertImageMatches(t, "study/facts_"+lang+".png", w.Canvas().Capture())
		})
	}
}
