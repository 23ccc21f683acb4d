package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// GlossaryList explains the article's terms (新质生产力, 沿链招商 …) for a
// student meeting them for the first time: the term, a plain explanation
// and how many sentences use it. Tapping a card selects the term
// (data.RefTerm), which highlights every sentence containing it.
type GlossaryList struct {
	studyList
}

// NewGlossaryList returns the glossary of sel's story, in the story
// file's order (the order the terms first appear in the article),
// following sel.
func NewGlossaryList(sel *Selection) *GlossaryList {
	g := &GlossaryList{}
	g.ExtendBaseWidget(g)
	views, build := g.cardsOf(sel.Story())
	g.init(sel, views, build)
	return g
}

// setStory shows st, an edit of the story: the cards of the terms the
// edit changed are built again.
func (g *GlossaryList) setStory(st *data.Story) { g.setCards(g.cardsOf(st)) }

// cardsOf returns the views of st's term cards and how to build card k.
func (g *GlossaryList) cardsOf(st *data.Story) ([]cardView, func(k int) *studyCard) {
	views := make([]cardView, len(st.Glossary))
	for i, e := range st.Glossary {
		views[i] = cardView{data.Ref{Kind: data.RefTerm, ID: e.ID}, e}
	}
	return views, func(k int) *studyCard { return newTermCard(g.sel, &st.Glossary[k]) }
}

func newTermCard(sel *Selection, e *data.GlossaryEntry) *studyCard {
	ref := data.Ref{Kind: data.RefTerm, ID: e.ID}
	term := newStudyText(e.Term, theme.SizeNameSubHeadingText, theme.ColorNameForeground)
	term.bold = true
	term.leading = 1.35
	count := newStudyText(studySentences(len(e.Passages)), theme.SizeNameCaptionText, ColorCaption)
	head := newBox(&trailing{}, term, count)
	expl := newStudyText(Pick(e.Explanation, e.ExplanationEn), theme.SizeNameText, theme.ColorNameForeground)
	row := newTapRow(newBox(&vstack{gap: 2}, head, expl), func() { sel.Select(ref) })
	row.padY = 8
	return newStudyCard(ref, row)
}

// trailing puts its second object (a short count) at the right end of
// the first object's first line, and gives the first the rest of the
// width: a title with "3 句" beside it.
type trailing struct{ width float32 }

func (l *trailing) sideWidth(objs []fyne.CanvasObject) float32 {
	if t, ok := objs[1].(*studyText); ok {
		return studyTable(t.textSize(), fyne.TextStyle{}).width(t.text) + 1
	}
	return objs[1].MinSize().Width
}

func (l *trailing) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	sw := l.sideWidth(objs)
	return max(heightAt(objs[0], w-sw-8), heightAt(objs[1], sw))
}

func (l *trailing) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	sw := l.sideWidth(objs)
	mw := size.Width - sw - 8
	mh := heightAt(objs[0], mw)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(mw, mh))
	// Align the side's line box with the main text's first line box.
	sh := heightAt(objs[1], sw)
	first := mh
	if t, ok := objs[0].(*studyText); ok {
		first = t.lineHeight()
	}
	objs[1].Move(fyne.NewPos(size.Width-sw, (first-sh)/2))
	objs[1].Resize(fyne.NewSize(sw, sh))
}

func (l *trailing) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := l.width
	if w <= 0 {
		w = 320
	}
	return fyne.NewSize(objs[1].MinSize().Width+48, l.heightFor(objs, w))
}
