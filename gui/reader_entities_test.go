package gui

import (
	"image/color"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data"
)

// TestReaderMentionsMatchLinks checks the underlines against the curated
// links: every underlined name is an entity's name or alias, in a
// sentence the story links to that entity, and every linked entity is
// underlined somewhere.
func TestReaderMentionsMatchLinks(t *testing.T) {
	r, _, _ := newTestReader(t, 640, 700)
	st := r.story
	a := st.Article
	seen := map[int]bool{}
	for _, m := range r.ment.spans {
		en := &st.Entities[m.entity]
		text := a.Slice(m.start, m.end)
		names := append([]string{strings.Trim(en.Name, "《》“”")}, en.Aliases...)
		if !slices.Contains(names, text) {
			t.Errorf("%q underlined as %s, which has names %v", text, en.ID, names)
		}
		p := -1
		for i := range a.Passages {
			if a.Passages[i].Start() <= m.start && m.end <= a.Passages[i].End() {
				p = i
			}
		}
		if !slices.Contains(en.Passages, p) {
			t.Errorf("%q at %d: sentence %d is not linked to %s", text, m.start, p, en.ID)
		}
		seen[m.entity] = true
	}
	for i, en := range st.Entities {
		if !seen[i] {
			t.Errorf("entity %s is never underlined", en.ID)
		}
	}
	// Longest name wins: 宇树科技 is one mention, not 宇树 + 科技.
	for _, m := range r.ment.spans {
		if a.Slice(m.start, m.end) == "宇树" && a.Slice(m.start, m.end+2) == "宇树科技" {
			t.Errorf("宇树科技 at %d underlined as 宇树", m.start)
		}
	}
	if len(r.ment.boxes) < len(r.ment.spans) || r.ment.shown != len(r.ment.boxes) {
		t.Errorf("%d spans, %d boxes, %d shown", len(r.ment.spans), len(r.ment.boxes), r.ment.shown)
	}
}

// mentionCentre returns the content position of the middle of the first
// underlined mention of entity id, and its box.
func mentionCentre(t *testing.T, r *Reader, id string) (fyne.Position, mentionBox) {
	t.Helper()
	e := r.story.Index(data.Ref{Kind: data.RefEntity, ID: id})
	for _, b := range r.ment.boxes {
		if b.entity == e {
			l := r.layout.lines[b.line]
			return fyne.NewPos(r.layout.colX+(b.x0+b.x1)/2, l.top+l.height/2), b
		}
	}
	t.Fatalf("no mention of %s", id)
	return fyne.Position{}, mentionBox{}
}

func TestReaderTapMentionSelectsEntity(t *testing.T) {
	r, sel, _ := newTestReader(t, 640, 700)
	pos, b := mentionCentre(t, r, "unitree")
	lay := r.layout
	test.TapAt(r.content, pos)
	if got := sel.Current().Ref; got != ref(data.RefEntity, "unitree") {
		t.Fatalf("tap on 宇树科技 selected %v", got)
	}
	if r.layout != lay {
		t.Error("selecting an entity re-wrapped the text")
	}
	// The selected entity's underlines are drawn at full strength, the
	// others stay faint.
	for i, mb := range r.ment.boxes {
		c := color.NRGBAModel.Convert(r.ment.rects[i].FillColor).(color.NRGBA)
		if strong := c.A == 0xff; strong != (mb.entity == b.entity) {
			t.Errorf("mention %d of entity %d: alpha %#x", i, mb.entity, c.A)
		}
	}
	// Elsewhere in the same sentence, a tap still selects the sentence.
	l := lay.lines[b.line]
	other := fyne.NewPos(lay.colX+b.x1+r.styles.body*3, l.top+l.height/2)
	if r.EntityAt(other) >= 0 {
		t.Fatalf("test point %v is on a mention", other)
	}
	p := r.PassageAt(other)
	test.TapAt(r.content, other)
	if got := sel.Current().Ref; got.Kind != data.RefPassage || r.story.Index(got) != p {
		t.Errorf("tap beside the name selected %v, want passage %d", got, p)
	}
	// Just past the end of a name is not the name.
	if r.EntityAt(fyne.NewPos(lay.colX+b.x1+1, l.top+l.height/2)) >= 0 {
		t.Error("EntityAt has slop past the name's end")
	}
}

// TestReaderMentionsFollowWidth checks the underlines are placed again
// when the text is re-wrapped, and stay under their names.
func TestReaderMentionsFollowWidth(t *testing.T) {
	r, sel, win := newTestReader(t, 640, 700)
	win.Resize(fyne.NewSize(420, 700))
	pos, _ := mentionCentre(t, r, "modelscope")
	test.TapAt(r.content, pos)
	if got := sel.Current().Ref; got != ref(data.RefEntity, "modelscope") {
		t.Fatalf("after re-wrap, tap on 魔搭社区 selected %v", got)
	}
	for i, b := range r.ment.boxes {
		rect := r.ment.rects[i]
		if !rect.Visible() || rect.Size().Width != b.x1-b.x0 || rect.Position().X != r.layout.colX+b.x0 {
			t.Errorf("underline %d at %v %v, box %v", i, rect.Position(), rect.Size(), b)
		}
		l := r.layout.lines[b.line]
		if y := rect.Position().Y; y < l.top || y > l.top+l.height {
			t.Errorf("underline %d at y %v outside its line [%v, %v]", i, y, l.top, l.top+l.height)
		}
	}
}
