package gui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// EntityCards lists the story's companies, institutions and other actors
// as cards a student can browse: name, kind, public-knowledge note (marked
// as such), the clusters and events the entity is linked to (chips that
// select them) and every sentence naming it. Tapping a card's title
// selects the entity; tapping a sentence selects that sentence. The list
// follows the selection like every other view.
type EntityCards struct {
	studyList
	snippets map[*studyCard][]entitySnippet
}

type entitySnippet struct {
	passage int
	row     *tapRow
}

// NewEntityCards returns the entity cards of sel's story, following sel.
// Companies come first, then institutions, then the rest, each group in
// the story's order.
func NewEntityCards(sel *Selection) *EntityCards {
	e := &EntityCards{snippets: map[*studyCard][]entitySnippet{}}
	e.ExtendBaseWidget(e)
	e.follow = e.markSnippets
	views, build := e.cardsOf(sel.Story())
	e.init(sel, views, build)
	return e
}

// setStory shows st, an edit of the story: the cards whose entity, or
// the names on their chips, the edit changed are built again.
func (e *EntityCards) setStory(st *data.Story) {
	for _, c := range e.setCards(e.cardsOf(st)) {
		delete(e.snippets, c)
	}
}

// cardsOf returns the views of st's entity cards, in the list's order,
// and how to build card k.
func (e *EntityCards) cardsOf(st *data.Story) ([]cardView, func(k int) *studyCard) {
	order := entityOrder(st)
	views := make([]cardView, len(order))
	for k, i := range order {
		views[k] = cardView{data.Ref{Kind: data.RefEntity, ID: st.Entities[i].ID}, entityView(st, i)}
	}
	return views, func(k int) *studyCard { return e.newCard(st, order[k]) }
}

// entityView is what entity i's card draws from st: the entity, and the
// names of the clusters and events its chips link to.
func entityView(st *data.Story, i int) any {
	type chip struct{ ID, Tier, Name, NameEn string }
	v := struct {
		Entity data.Entity
		Chips  []chip
	}{Entity: st.Entities[i]}
	for _, c := range st.Entities[i].Clusters {
		cl := &st.Clusters[c]
		v.Chips = append(v.Chips, chip{cl.ID, cl.Tier, cl.Name, cl.NameEn})
	}
	for _, ev := range st.Events {
		if slices.Contains(ev.Entities, i) {
			v.Chips = append(v.Chips, chip{ev.ID, "", ev.Title, ev.TitleEn})
		}
	}
	return v
}

// entityOrder ranks companies first and institutions second: the article
// is about firms and the bodies that grow them; media and products are
// context.
func entityOrder(st *data.Story) []int {
	rank := func(kind string) int {
		switch kind {
		case "company":
			return 0
		case "institution":
			return 1
		}
		return 2
	}
	order := make([]int, len(st.Entities))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rank(st.Entities[a].Kind) - rank(st.Entities[b].Kind) })
	return order
}

func (e *EntityCards) newCard(st *data.Story, i int) *studyCard {
	sel := e.sel
	en := &st.Entities[i]
	ref := data.Ref{Kind: data.RefEntity, ID: en.ID}

	name := en.Name
	var nameEm [][2]int
	if Language() == LangEn && en.NameEn != "" && !strings.Contains(en.Name, en.NameEn) {
		// The Chinese name is what the article prints; the English one
		// follows it, quieter (unless the name already holds it: Rokid).
		n := len([]rune(name))
		name += "  " + en.NameEn
		nameEm = [][2]int{{n, len([]rune(name))}}
	}
	title := newStudyText(name, theme.SizeNameSubHeadingText, theme.ColorNameForeground)
	title.bold = true
	title.leading = 1.35
	title.emColor = ColorCaption
	title.setText(name, nameEm)
	sub := newStudyText(entityKindLabel(en.Kind)+" · "+studySentences(len(en.Passages)),
		theme.SizeNameCaptionText, ColorCaption)
	head := newTapRow(newBox(&vstack{gap: 2}, title, sub), func() { sel.Select(ref) })

	parts := []fyne.CanvasObject{head}
	if note := Pick(en.Note, en.NoteEn); note != "" {
		parts = append(parts, padded(publicNote(note), 12, 2))
	}
	var chips []fyne.CanvasObject
	for _, c := range en.Clusters {
		chips = append(chips, studyChip(sel, st, data.Ref{Kind: data.RefCluster, ID: st.Clusters[c].ID}))
	}
	for ei := range st.Events {
		if slices.Contains(st.Events[ei].Entities, i) {
			chips = append(chips, studyChip(sel, st, data.Ref{Kind: data.RefEvent, ID: st.Events[ei].ID}))
		}
	}
	if len(chips) > 0 {
		parts = append(parts, padded(newBox(&flow{gap: 6, rowH: touchHeight - 8}, chips...), 12, 4))
	}
	card := newStudyCard(ref, nil)
	names := append([]string{en.Name}, en.Aliases...)
	for _, p := range en.Passages {
		text, em := snippet(st.Article.Passages[p].Text, names, 36)
		t := newStudyText(text, theme.SizeNameText, ColorCaption)
		t.emColor = theme.ColorNameForeground
		t.maxLines = 2
		t.setText(text, em)
		row := newTapRow(t, func() { sel.SelectPassage(p) })
		e.snippets[card] = append(e.snippets[card], entitySnippet{passage: p, row: row})
		parts = append(parts, row)
	}
	card.content = newBox(&vstack{gap: 2}, parts...)
	return card
}

// markSnippets tints the sentence rows that show the selected sentence
// (or, for the selected entity, the sentence in focus).
func (e *EntityCards) markSnippets(cur State) {
	focus := -1
	if len(cur.Passages) > 0 && (cur.Ref.Kind == data.RefPassage || cur.Ref.Kind == data.RefEntity) {
		focus = cur.Passages[min(max(cur.Focus, 0), len(cur.Passages)-1)]
	}
	for card, rows := range e.snippets {
		own := cur.Ref.Kind == data.RefPassage || card.ref == cur.Ref
		for _, s := range rows {
			s.row.setMarked(own && s.passage == focus)
		}
	}
}

// publicNote shows a note from public knowledge with its marker in bold
// primary, so it is never read as the article's words. Notes in the story
// file start with the marker; one that does not gets it.
func publicNote(note string) *studyText {
	marker := T("study.public", "公开资料")
	for _, p := range []string{"公开资料：", "公开资料:", "Public knowledge: ", "Public knowledge:"} {
		note = strings.TrimPrefix(note, p)
	}
	sep := "："
	if Language() == LangEn {
		sep = ": "
	}
	text := marker + sep + note
	t := newStudyText(text, theme.SizeNameText, theme.ColorNameForeground)
	t.emColor = ColorAccentText
	t.setText(text, [][2]int{{0, len([]rune(marker + sep))}})
	return t
}

// studyChip is a link to a cluster or an event: a pill with the kind in
// front (集群 9 · …, 事件 · …) like the details card's chips, but wrapping
// onto a second line rather than being clipped when a title is long, as
// English titles are.
func studyChip(sel *Selection, st *data.Story, r data.Ref) *tapRow {
	i := st.Index(r)
	var prefix, label string
	switch r.Kind {
	case data.RefCluster:
		c := &st.Clusters[i]
		prefix, label = T("study.chip.cluster", "集群")+" "+c.Tier, Pick(c.Name, c.NameEn)
	case data.RefEvent:
		e := &st.Events[i]
		prefix, label = T("study.chip.event", "事件"), Pick(e.Title, e.TitleEn)
	}
	prefix += " · "
	text := newStudyText("", theme.SizeNameText, theme.ColorNameForeground)
	text.natural, text.maxLines = true, 2
	text.leading = 1.4
	text.emColor = ColorAccentText
	text.setText(prefix+label, [][2]int{{0, len([]rune(prefix))}})
	row := newTapRow(text, func() { sel.Select(r) })
	row.padX, row.padY, row.minH = 10, 4, touchHeight-8
	row.fill = theme.ColorNameInputBackground
	return row
}

// snippet cuts a sentence to a window around the first of names, about
// context runes either side, and returns it with every occurrence of a
// name emphasised (longest names first, never overlapping).
func snippet(text string, names []string, context int) (string, [][2]int) {
	rs := []rune(text)
	first := len(rs)
	for _, n := range names {
		if i := strings.Index(text, n); i >= 0 {
			first = min(first, len([]rune(text[:i])))
		}
	}
	start := 0
	if first < len(rs) && first > context {
		start = first - context/2
	}
	out := string(rs[start:])
	prefix := 0
	if start > 0 {
		out = "…" + out
		prefix = 1
	}
	return out, mentions(out, names, prefix)
}

// mentions finds the rune ranges of names in s from rune from on,
// preferring longer names where two overlap (宇树科技 over 宇树).
func mentions(s string, names []string, from int) [][2]int {
	rs := []rune(s)
	sorted := slices.Clone(names)
	slices.SortFunc(sorted, func(a, b string) int { return len([]rune(b)) - len([]rune(a)) })
	taken := make([]bool, len(rs))
	var out [][2]int
	for _, n := range sorted {
		nr := []rune(n)
		if len(nr) == 0 {
			continue
		}
	next:
		for i := from; i+len(nr) <= len(rs); i++ {
			for k := range nr {
				if rs[i+k] != nr[k] || taken[i+k] {
					continue next
				}
			}
			for k := range nr {
				taken[i+k] = true
			}
			out = append(out, [2]int{i, i + len(nr)})
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}

// studySentences says how many sentences something links.
func studySentences(n int) string {
	if n == 1 {
		return T("study.sentences.one", "{{.N}} 句", map[string]any{"N": n})
	}
	return T("study.sentences", "{{.N}} 句", map[string]any{"N": n})
}

// newBox builds a fyne.Container with a layout: a shorter spelling for
// the study views' many nested columns.
func newBox(l fyne.Layout, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: l, Objects: objs}
}
