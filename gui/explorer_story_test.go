package gui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
)

// editStory applies op to a draft of x's story and shows the result in
// place, as the editor does.
func editStory(t *testing.T, x *Explorer, d *edit.Draft, op edit.Op) {
	t.Helper()
	if err := d.Do(op); err != nil {
		t.Fatal(err)
	}
	if !x.SetStory(d.Story()) {
		t.Fatal("SetStory refused a story over the same article")
	}
}

// An edit shows in every view without moving what the person looks at:
// the reader stays where it was scrolled, the selection and its history
// stay, and the map and timeline show the change.
func TestSetStoryShowsTheEditInPlace(t *testing.T) {
	x, w := newTestExplorer(t, 1280, 800)
	d := edit.NewDraft(x.Sel.Story(), "")
	x.Sel.Select(ev("gala"))
	x.Sel.Select(cl("ai"))
	x.Reader.scroll.ScrollToOffset(fyne.NewPos(0, 900))
	drawn(w)
	offset := x.Reader.scroll.Offset
	reader, details, sel := x.Reader, x.Details, x.Sel
	listeners := x.Sel.listeners.len()

	// Link a sentence that is not yet linked to the AI cluster.
	ai := x.Sel.Story().Clusters[x.Sel.Story().Index(cl("ai"))]
	p := slices.IndexFunc(x.Sel.Story().Article.Passages, func(ps data.Passage) bool { return ps.Kind == data.KindBody })
	for slices.Contains(ai.Passages, p) {
		p++
	}
	before := len(x.Sel.Current().Passages)
	editStory(t, x, d, edit.ToggleLink(cl("ai"), p))
	drawn(w)

	if x.Reader != reader || x.Details != details || x.Sel != sel {
		t.Error("the reader, details card and selection should be the same widgets after an edit")
	}
	if got := x.Reader.scroll.Offset; got != offset {
		t.Errorf("the reader moved from %v to %v on an edit", offset, got)
	}
	if got := x.Sel.Current(); got.Ref != cl("ai") || len(got.Passages) != before+1 {
		t.Errorf("selection after linking a sentence: %v with %d passages, want %v with %d", got.Ref, len(got.Passages), cl("ai"), before+1)
	}
	if !x.Sel.CanBack() {
		t.Error("history was lost")
	}
	var count string
	for _, n := range x.Map.nodes {
		if n.ref() == cl("ai") {
			count = n.count()
		}
	}
	if want := T("map.count", "{{.N}} 句", map[string]any{"N": before + 1}); count != want {
		t.Errorf("the map's AI node says %q, want %q", count, want)
	}
	if got := x.Sel.listeners.len(); got != listeners {
		t.Errorf("listeners: %d before the edit, %d after", listeners, got)
	}

	// Back still works, on the new story.
	x.Sel.Back()
	if got := x.Sel.Current().Ref; got != ev("gala") {
		t.Errorf("Back after the edit went to %v, want the gala", got)
	}
}

// Renaming an event redraws its card; deleting the selected event leaves
// nothing selected and removes it from history and the timeline.
func TestSetStoryEventsAndRemovedSelection(t *testing.T) {
	x, w := newTestExplorer(t, 1280, 800)
	d := edit.NewDraft(x.Sel.Story(), "")
	x.Sel.Select(ev("davos"))
	x.Sel.Select(ev("gala"))

	ev0 := x.Sel.Story().Events[x.Sel.Story().Index(ev("gala"))]
	f := edit.FieldsOf(&ev0)
	f.Title = "春晚上的机器人（改）"
	editStory(t, x, d, edit.SetEvent("gala", f))
	drawn(w)
	if !strings.Contains(cardTitle(x, "gala"), "（改）") {
		t.Errorf("the gala's card shows %q after renaming it", cardTitle(x, "gala"))
	}

	n := len(x.Timeline.cards)
	editStory(t, x, d, edit.DeleteEvent("gala"))
	drawn(w)
	if got := x.Sel.Current().Ref; !got.IsZero() {
		t.Errorf("the deleted event is still selected: %v", got)
	}
	if len(x.Timeline.cards) != n-1 {
		t.Errorf("timeline has %d cards, want %d", len(x.Timeline.cards), n-1)
	}
	x.Sel.Back()
	if got := x.Sel.Current().Ref; got != ev("davos") {
		t.Errorf("Back went to %v; the deleted event should have left history, davos stays", got)
	}
}

// cardTitle is the title a timeline card shows (its drawn lines).
func cardTitle(x *Explorer, id string) string {
	for _, c := range x.Timeline.cards {
		if c.ref().ID == id && c.r != nil {
			var b strings.Builder
			for _, tx := range c.r.title.texts {
				b.WriteString(string(tx.text))
			}
			return b.String()
		}
	}
	return ""
}

// The student's tools that were built follow the edit, and a hundred
// edits leave no listener behind.
func TestSetStoryToolsAndNoLeaks(t *testing.T) {
	x, w := newTestExplorer(t, 1280, 800)
	d := edit.NewDraft(x.Sel.Story(), "")
	for i := range 5 {
		x.left.SelectIndex(1 + i)
	}
	drawn(w)
	listeners := x.Sel.listeners.len()
	entities := x.Entities
	for i := range 100 {
		editStory(t, x, d, edit.ToggleLink(cl("ai"), 3+i%2))
	}
	drawn(w)
	if got := x.Sel.listeners.len(); got != listeners {
		t.Errorf("listeners: %d before, %d after 100 edits", listeners, got)
	}
	if x.Entities == entities {
		t.Error("the entity cards were not built again on the edited story")
	}
	if x.left.Items[1+toolEntities].Content != x.Entities {
		t.Error("the entities tab does not show the new cards")
	}
}

// A story over another copy of the article (a recovered draft) is refused:
// the caller builds a new explorer.
func TestSetStoryRefusesAnotherArticle(t *testing.T) {
	x, _ := newTestExplorer(t, 1280, 800)
	other := x.Sel.Story().Clone()
	copied := *other.Article
	other.Article = &copied
	story := x.Sel.Story()
	if x.SetStory(other) {
		t.Error("SetStory accepted a story over another article")
	}
	if x.Sel.Story() != story {
		t.Error("a refused story was shown")
	}
}

// On the time axis an edit keeps the viewer's zoom and pan.
func TestSetStoryKeepsTheAxisView(t *testing.T) {
	x := NewExplorer(datedSelection(t).Story())
	w := test.NewTempWindow(t, x)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(1280, 800))
	drawn(w)
	ax := x.Timeline.time
	ax.ZoomBy(1.6)
	ax.ZoomBy(1.6)
	drawn(w)
	view := ax.View()
	d := edit.NewDraft(x.Sel.Story(), "")
	ev0 := x.Sel.Story().Events[0]
	f := edit.FieldsOf(&ev0)
	f.Title = "迅蚁拿到首张牌照"
	editStory(t, x, d, edit.SetEvent(ev0.ID, f))
	drawn(w)
	if x.Timeline.time != ax {
		t.Fatal("the axis was rebuilt")
	}
	if got := ax.View(); got != view {
		t.Errorf("the edit moved the axis view from %v to %v", view, got)
	}
}
