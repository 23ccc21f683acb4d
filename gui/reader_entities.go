package gui

import (
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/qiusuo/qiusuo/data"
)

// Entity mentions: every place the article names an entity (by its name
// or an alias) gets a thin underline in the primary colour at low alpha,
// and a tap on the name selects the entity instead of the sentence. The
// underline is quiet on purpose: it says "this can be tapped" without
// competing with the highlights, which carry the selection. The selected
// entity's own mentions are underlined at full strength.
//
// Underlines are rectangles placed once per layout, like the search
// marks; a selection change only recolours them, so it stays cheap and
// never re-wraps.

// mention is one naming of an entity: a rune span of the original article.
type mention struct {
	start, end int
	entity     int // index into Story.Entities
}

// mentionBox is a mention's part on one line, column-relative like
// passageBox.
type mentionBox struct {
	passageBox
	entity int
}

// mentionState is the reader's entity-mention bookkeeping.
type mentionState struct {
	spans []mention // in article order; found once, the story is immutable
	boxes []mentionBox
	rects []*canvas.Rectangle // pool, one per box; the first len(boxes) are shown
	shown int
}

// mentionAlpha is the underline's opacity when its entity is not selected.
const mentionAlpha = 0x73

// findMentions finds every mention of every entity in the article's
// passages, longest name first where two overlap (宇树科技 over 宇树,
// 杭州六小龙 over 六小龙), each within one piece of a passage (a name is
// never cut by a page break in practice, and an underline across one
// would have to jump pages anyway). Book-title and quotation marks around
// a name (《自然》, “3+N”) are not underlined.
func findMentions(st *data.Story) []mention {
	type name struct {
		r      []rune
		entity int
	}
	var names []name
	for i, en := range st.Entities {
		for _, n := range append([]string{en.Name}, en.Aliases...) {
			if n = strings.Trim(n, "《》“”"); n != "" {
				names = append(names, name{[]rune(n), i})
			}
		}
	}
	slices.SortStableFunc(names, func(a, b name) int { return len(b.r) - len(a.r) })
	a := st.Article
	var out []mention
	for pi := range a.Passages {
		for _, pc := range a.Passages[pi].Pieces {
			rs := []rune(a.Slice(pc.Start, pc.End))
			taken := make([]bool, len(rs))
			for _, n := range names {
			next:
				for i := 0; i+len(n.r) <= len(rs); i++ {
					for k, c := range n.r {
						if rs[i+k] != c || taken[i+k] {
							continue next
						}
					}
					for k := range n.r {
						taken[i+k] = true
					}
					out = append(out, mention{start: pc.Start + i, end: pc.Start + i + len(n.r), entity: n.entity})
				}
			}
		}
	}
	slices.SortFunc(out, func(x, y mention) int { return x.start - y.start })
	return out
}

// applyMentions places the underlines for the current layout.
func (r *Reader) applyMentions() {
	lay, m := r.layout, &r.ment
	if lay == nil {
		return
	}
	if m.spans == nil {
		m.spans = findMentions(r.story)
	}
	m.boxes = m.boxes[:0]
	for _, sp := range m.spans {
		r.boxBuf = lay.spanBoxes(sp.start, sp.end, r.measure, r.styles, r.boxBuf[:0])
		for _, b := range r.boxBuf {
			m.boxes = append(m.boxes, mentionBox{b, sp.entity})
		}
	}
	for len(m.rects) < len(m.boxes) {
		m.rects = append(m.rects, canvas.NewRectangle(color.Transparent))
		r.objectsDirty = true
	}
	th := max(1, r.styles.body/12)
	for i, b := range m.boxes {
		l := lay.lines[b.line]
		run := &lay.runs[l.first]
		h := r.styles.styles[run.style].textHeight
		// Just under the ideographs: the CJK face's text box ends with
		// its descent (about a fifth of it, below the baseline), and
		// ideographs reach an eighth of an em below the baseline, so 95%
		// of the box clears their strokes by a pixel or two.
		y := run.y + h*0.95
		rect := m.rects[i]
		rect.Move(fyne.NewPos(lay.colX+b.x0, y))
		rect.Resize(fyne.NewSize(b.x1-b.x0, th))
		rect.Show()
		rect.Refresh()
	}
	for i := len(m.boxes); i < m.shown; i++ {
		m.rects[i].Hide()
		m.rects[i].Refresh()
	}
	m.shown = len(m.boxes)
	r.tintMentions()
}

// tintMentions colours the underlines for the selection: full strength
// for the selected entity's mentions, faint for the rest.
func (r *Reader) tintMentions() {
	m := &r.ment
	sel := -1
	if r.state.Ref.Kind == data.RefEntity {
		sel = r.story.Index(r.state.Ref)
	}
	faint := color.NRGBAModel.Convert(r.look.primary).(color.NRGBA)
	faint.A = mentionAlpha
	for i, b := range m.boxes {
		if i >= len(m.rects) {
			break
		}
		var c color.Color = faint
		if b.entity == sel {
			c = r.look.primary
		}
		if m.rects[i].FillColor != c {
			m.rects[i].FillColor = c
			m.rects[i].Refresh()
		}
	}
}

// EntityAt returns the index of the entity named at pos (content
// coordinates, as for PassageAt), or -1 when pos is not on a mention.
// Unlike PassageAt it has no slop: next to a name, a tap means the
// sentence.
func (r *Reader) EntityAt(pos fyne.Position) int {
	lay := r.layout
	if lay == nil {
		return -1
	}
	li := lay.lineAt(pos.Y)
	if li < 0 {
		return -1
	}
	x := pos.X - lay.colX
	for _, b := range r.ment.boxes {
		if b.line == li && x >= b.x0 && x < b.x1 {
			return b.entity
		}
	}
	return -1
}

// tapMention selects the entity named at pos and reports whether there
// was one.
func (r *Reader) tapMention(pos fyne.Position) bool {
	e := r.EntityAt(pos)
	if e < 0 {
		return false
	}
	r.sel.Select(data.Ref{Kind: data.RefEntity, ID: r.story.Entities[e].ID})
	return true
}

// mentionObjects returns the underline rectangles for the content's
// object list.
func (r *Reader) mentionObjects() []*canvas.Rectangle { return r.ment.rects }
