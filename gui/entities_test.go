package gui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data"
)

func entityRef(id string) data.Ref { return data.Ref{Kind: data.RefEntity, ID: id} }

// cardRows returns the tap rows of a card, in order (title first for an
// entity card).
func cardRows(c *studyCard) []*tapRow {
	var out []*tapRow
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *tapRow:
			out = append(out, v)
		case *fyne.Container:
			for _, k := range v.Objects {
				walk(k)
			}
		}
	}
	walk(c.content)
	return out
}

// inView reports whether card c lies within the list's scrolled view.
func inView(l *studyList, c *studyCard) bool {
	top := c.Position().Y + l.outer.y
	bottom := top + c.Size().Height
	off := l.scroll.Offset.Y
	return c.Size().Height > 0 && top >= off-0.5 && bottom <= off+l.scroll.Size().Height+0.5
}

func TestEntityCardsOrderAndContent(t *testing.T) {
	sel := lightSelection(t)
	e := NewEntityCards(sel)
	showStudy(t, e, 420, 600)
	st := sel.Story()
	if len(e.cards) != len(st.Entities) {
		t.Fatalf("%d cards for %d entities", len(e.cards), len(st.Entities))
	}
	rank := map[string]int{"company": 0, "institution": 1}
	last := 0
	for _, c := range e.cards {
		en := &st.Entities[st.Index(c.ref)]
		r, ok := rank[en.Kind]
		if !ok {
			r = 2
		}
		if r < last {
			t.Errorf("%s (%s) after a later group", en.ID, en.Kind)
		}
		last = r
		// A title row, then one row per chip and one per sentence.
		rows := cardRows(c)
		var events int
		for ei := range st.Events {
			if slices.Contains(st.Events[ei].Entities, st.Index(c.ref)) {
				events++
			}
		}
		if want := 1 + len(en.Clusters) + events + len(en.Passages); len(rows) != want {
			t.Errorf("%s: %d rows, want %d", en.ID, len(rows), want)
		}
		for _, row := range rows {
			if h := row.Size().Height; h < touchHeight-8 {
				t.Errorf("%s: a row is %v tall", en.ID, h)
			}
		}
		if h := rows[0].Size().Height; h < touchHeight {
			t.Errorf("%s: title row %v tall, want ≥ %d", en.ID, h, touchHeight)
		}
	}
	if st.Entities[st.Index(e.cards[0].ref)].Kind != "company" {
		t.Error("companies do not come first")
	}
	// A public-knowledge note is marked as such.
	rokid := e.card(entityRef("rokid"))
	if !strings.Contains(allText(rokid), "公开资料：Rokid 是") {
		t.Errorf("rokid card: %q", allText(rokid))
	}
	if strings.Contains(allText(e.card(entityRef("unitree"))), "公开资料") {
		t.Error("unitree has no note but shows the marker")
	}
}

// allText concatenates the studyTexts under o.
func allText(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *studyText:
			b.WriteString(string(v.text))
			b.WriteByte('\n')
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
	return b.String()
}

func TestEntityCardsTap(t *testing.T) {
	sel := lightSelection(t)
	e := NewEntityCards(sel)
	showStudy(t, e, 420, 600)
	st := sel.Story()
	c := e.card(entityRef("unitree"))
	rows := cardRows(c)
	test.Tap(rows[0])
	if got := sel.Current().Ref; got != entityRef("unitree") || c.state != cardSelected {
		t.Fatalf("tapping the title selected %v (card state %d)", got, c.state)
	}
	// Tapping a sentence selects it, and the card shows which one.
	snip := rows[len(rows)-1]
	test.Tap(snip)
	want := st.Entities[st.Index(c.ref)].Passages
	if got := sel.Current().Ref; got.Kind != data.RefPassage || st.Index(got) != want[len(want)-1] {
		t.Fatalf("tapping the last sentence selected %v, want passage %d", got, want[len(want)-1])
	}
	if !snip.marked || rows[len(rows)-2].marked {
		t.Error("the tapped sentence is not marked (or another one is)")
	}
	if c.state != cardRelated {
		t.Errorf("the entity of the selected sentence has state %d, want related", c.state)
	}
	// A chip selects its cluster.
	test.Tap(rows[1])
	if got := sel.Current().Ref; got != clusterRef("robots") {
		t.Errorf("cluster chip selected %v", got)
	}
}

// TestEntityCardsFollowSelection selects an entity from elsewhere: its
// card is marked and scrolled into view; the others are not marked.
func TestEntityCardsFollowSelection(t *testing.T) {
	sel := lightSelection(t)
	e := NewEntityCards(sel)
	showStudy(t, e, 420, 600)
	for _, id := range []string{"nature", "hz-ipb", "unitree"} {
		sel.Select(entityRef(id))
		c := e.card(entityRef(id))
		if c.state != cardSelected || !inView(&e.studyList, c) {
			t.Errorf("%s: state %d, in view %v (offset %v, card at %v)", id, c.state, inView(&e.studyList, c), e.scroll.Offset.Y, c.Position())
		}
		for _, o := range e.cards {
			if o != c && o.state == cardSelected {
				t.Errorf("%s selected but %v is marked too", id, o.ref)
			}
		}
	}
	e.ScrollToTop()
	if e.scroll.Offset.Y != 0 {
		t.Error("ScrollToTop")
	}
}

func TestEntityCardsGolden(t *testing.T) {
	for _, lang := range []string{LangZh, LangEn} {
		t.Run(lang, func(t *testing.T) {
			SetLanguage(lang)
			defer SetLanguage(LangZh)
			sel := lightSelection(t)
			e := NewEntityCards(sel)
			w := showStudy(t, e, 420, 600)
			sel.Select(entityRef("rokid"))
			test.AssertImageMatches(t, "study/entities_"+lang+".png", w.Canvas().Capture())
		})
	}
}
