package gui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// FactsList shows every figure the article prints as a card: the figure
// large (59家, 63.2%), what it counts, and the sentence it comes from with
// the figure picked out, so a student sees the number in its context
// before reading the whole article. Tapping a card selects the fact
// (data.RefFact), which highlights its sentence in the reader.
type FactsList struct {
	studyList
}

// NewFactsList returns the facts of sel's story, in the story's order,
// following sel.
func NewFactsList(sel *Selection) *FactsList {
	f := &FactsList{}
	f.ExtendBaseWidget(f)
	views, build := f.cardsOf(sel.Story())
	f.init(sel, views, build)
	return f
}

// setStory shows st, an edit of the story: the cards of the facts the
// edit changed are built again.
func (f *FactsList) setStory(st *data.Story) { f.setCards(f.cardsOf(st)) }

// cardsOf returns the views of st's fact cards and how to build card k. A
// card draws on its fact and its sentence, which an edit never changes.
func (f *FactsList) cardsOf(st *data.Story) ([]cardView, func(k int) *studyCard) {
	views := make([]cardView, len(st.Facts))
	for i, fact := range st.Facts {
		views[i] = cardView{data.Ref{Kind: data.RefFact, ID: fact.ID}, fact}
	}
	return views, func(k int) *studyCard { return newFactCard(f.sel, st, k) }
}

func newFactCard(sel *Selection, st *data.Story, i int) *studyCard {
	fact := &st.Facts[i]
	ref := data.Ref{Kind: data.RefFact, ID: fact.ID}

	fig := newStudyText(fact.Figure, theme.SizeNameSubHeadingText, ColorAccentText)
	fig.bold = true
	fig.factor = 1.5
	fig.leading = 1.3
	counts := newStudyText(Pick(fact.Counts, fact.CountsEn), theme.SizeNameText, theme.ColorNameForeground)
	counts.leading = 1.45

	text, em := factSnippet(st, fact, 18)
	sn := newStudyText(text, theme.SizeNameText, ColorCaption)
	sn.emColor = ColorAccentText
	sn.maxLines = 2
	sn.setText(text, em)

	row := newTapRow(newBox(&vstack{gap: 2}, fig, counts, sn), func() { sel.Select(ref) })
	row.padY = 8
	return newStudyCard(ref, row)
}

// factSnippet is the fact's sentence from about context runes before the
// figure, with the figure (the very occurrence the fact counts) marked.
func factSnippet(st *data.Story, f *data.Fact, context int) (string, [][2]int) {
	p := &st.Article.Passages[f.Passage]
	at := strings.Index(p.Text, f.Figure) // fallback: the first occurrence
	off := 0
	for _, pc := range p.Pieces {
		if f.Span.StartByte >= pc.StartByte && f.Span.EndByte <= pc.EndByte {
			at = off + f.Span.StartByte - pc.StartByte
			break
		}
		off += pc.EndByte - pc.StartByte
	}
	rs := []rune(p.Text)
	if at < 0 {
		return p.Text, nil
	}
	from := len([]rune(p.Text[:at]))
	to := from + len([]rune(f.Figure))
	start := 0
	if from > context {
		start = from - context
	}
	out := string(rs[start:])
	shift := -start
	if start > 0 {
		out = "…" + out
		shift++
	}
	return out, [][2]int{{from + shift, to + shift}}
}

var _ fyne.Widget = (*FactsList)(nil)
