package editor

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

func entityRef(id string) data.Ref { return data.Ref{Kind: data.RefEntity, ID: id} }

// entry returns the form's i-th item's entry.
func formEntry(t *testing.T, ed *Editor, i int) *field {
	t.Helper()
	if ed.form == nil {
		t.Fatal("no form is open")
	}
	en, ok := ed.form.items[i].Widget.(*field)
	if !ok {
		t.Fatalf("form item %d is a %T", i, ed.form.items[i].Widget)
	}
	return en
}

func setText(en *field, s string) {
	en.SetText("")
	test.Type(en, s)
}

// submit presses Enter in the form's first entry, as a person would.
func submit(t *testing.T, ed *Editor) {
	t.Helper()
	formEntry(t, ed, 0).TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// TestNewEntityFromSelection: the form is prefilled with the selected
// cluster's name; a name the article does not print is refused under
// the name field with the form still open; a printed one makes an entity
// linked to every sentence containing it, selected.
func TestNewEntityFromSelection(t *testing.T) {
	ed, _, _ := setup(t)
	ed.x.Sel.Select(data.Ref{Kind: data.RefCluster, ID: "ai"})
	ed.NewEntity()
	name := formEntry(t, ed, 0)
	if name.Text != gui.RefLabel(ed.draft.Story(), data.Ref{Kind: data.RefCluster, ID: "ai"}) {
		t.Errorf("the name is prefilled with %q, want the selected cluster's name", name.Text)
	}
	setText(name, "不存在的公司")
	submit(t, ed)
	if ed.form == nil || !strings.Contains(ed.form.items[0].HintText, "not in the article") {
		t.Fatalf("a name not in the article: form open %v, hint %q", ed.form != nil, ed.form.items[0].HintText)
	}
	setText(name, "之江实验室")
	submit(t, ed)
	if ed.form != nil {
		t.Fatalf("the form stayed open: %q", ed.form.Problem())
	}
	s := ed.draft.Story()
	r := ed.x.Sel.Current().Ref
	if r.Kind != data.RefEntity || s.Entities[s.Index(r)].Name != "之江实验室" {
		t.Fatalf("selected %v after creating an entity", r)
	}
	if n := len(s.Entities[s.Index(r)].Passages); n == 0 {
		t.Error("the new entity links no sentences")
	}
	if !strings.Contains(ed.bar.actions.Objects[1].(*widget.Button).Text, "合并") {
		t.Error("the bar does not offer to merge the selected entity")
	}
}

// TestEscapeClosesForms: Escape in a form's field, in the merge filter
// and in the tour list closes what is open, changing nothing.
func TestEscapeClosesForms(t *testing.T) {
	ed, _, _ := setup(t)
	before, _ := ed.draft.Encode()
	ed.x.Sel.Select(entityRef("unitree"))
	ed.EditEntity()
	setText(formEntry(t, ed, 0), "改名")
	formEntry(t, ed, 0).TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ed.form != nil {
		t.Error("Escape did not close the entity form")
	}
	ed.MergeEntity()
	ed.merge.filter.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ed.form != nil {
		t.Error("Escape did not close the merge form")
	}
	ed.OpenTour()
	ed.tour.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ed.tour != nil {
		t.Error("Escape did not close the tour panel")
	}
	if after, _ := ed.draft.Encode(); string(after) != string(before) {
		t.Error("closing with Escape changed the story")
	}
}

// TestItemShortcuts: Ctrl+E edits the selected item, Ctrl+Delete deletes
// it, Ctrl+T opens the tour panel — without a mouse.
func TestItemShortcuts(t *testing.T) {
	ed, w, _ := setup(t)
	ctrl := fyne.KeyModifierShortcutDefault
	ed.x.Sel.Select(entityRef("renault"))
	shortcut(w, fyne.KeyE, ctrl)
	if ed.form == nil {
		t.Fatal("Ctrl+E did not open the entity's form")
	}
	formEntry(t, ed, 0).TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	shortcut(w, fyne.KeyDelete, ctrl)
	if ed.draft.Story().Has(entityRef("renault")) {
		t.Error("Ctrl+Delete did not delete the entity")
	}
	shortcut(w, fyne.KeyT, ctrl)
	if ed.tour == nil {
		t.Error("Ctrl+T did not open the tour panel")
	}
}

// TestEditEntityAliasesKind renames an entity, adds aliases, sets its
// kind; one undo restores all.
func TestEditEntityAliasesKind(t *testing.T) {
	ed, _, _ := setup(t)
	before, _ := ed.draft.Encode()
	ed.x.Sel.Select(entityRef("unitree"))
	ed.EditEntity()
	setText(formEntry(t, ed, 0), "宇树")
	setText(formEntry(t, ed, 2), "宇树科技、Unitree")
	ed.form.items[3].Widget.(*widget.Select).SetSelectedIndex(slices.Index(entityKinds, "product"))
	ed.form.ok()
	if ed.form != nil {
		t.Fatalf("refused: %s", ed.form.Problem())
	}
	s := ed.draft.Story()
	en := s.Entities[s.Index(entityRef("unitree"))]
	if en.Name != "宇树" || !slices.Equal(en.Aliases, []string{"宇树科技", "Unitree"}) || en.Kind != "product" {
		t.Errorf("entity after the form: %q %q %q", en.Name, en.Aliases, en.Kind)
	}
	ed.Undo()
	if after, _ := ed.draft.Encode(); string(after) != string(before) {
		t.Error("undo did not restore the entity")
	}
}

// TestMergeEntities chooses the other entity from the filtered list; its
// name becomes an alias and its sentences follow; undo splits them again.
func TestMergeEntities(t *testing.T) {
	ed, _, _ := setup(t)
	s := ed.draft.Story()
	drop := s.Entities[s.Index(entityRef("six-dragons"))]
	ed.x.Sel.Select(entityRef("unitree"))
	ed.MergeEntity()
	test.Type(ed.merge.filter, "六小龙")
	if n := len(*ed.merge.others); n != 1 {
		t.Fatalf("filtering by 六小龙 leaves %d entities", n)
	}
	ed.form.ok()
	if ed.form != nil {
		t.Fatalf("refused: %s", ed.form.Problem())
	}
	s = ed.draft.Story()
	if s.Has(entityRef("six-dragons")) {
		t.Fatal("the merged entity is still there")
	}
	keep := s.Entities[s.Index(entityRef("unitree"))]
	if !slices.Contains(keep.Aliases, drop.Name) {
		t.Errorf("aliases after merge: %q", keep.Aliases)
	}
	for _, p := range drop.Passages {
		if !slices.Contains(keep.Passages, p) {
			t.Errorf("sentence %d did not follow the merge", p)
		}
	}
	ed.Undo()
	if !ed.draft.Story().Has(entityRef("six-dragons")) {
		t.Error("undo did not bring the merged entity back")
	}
}

// TestDeleteEntity deletes the selected entity from the bar's button.
func TestDeleteEntity(t *testing.T) {
	ed, _, _ := setup(t)
	ed.x.Sel.Select(entityRef("renault"))
	test.Tap(ed.bar.actions.Objects[2].(*widget.Button))
	if ed.draft.Story().Has(entityRef("renault")) {
		t.Fatal("delete did not delete the entity")
	}
	ed.Undo()
	if !ed.draft.Story().Has(entityRef("renault")) {
		t.Error("undo did not restore it")
	}
}

// TestEditCluster renames a member for this story and marks it not named
// in the article, which unlinks its sentences.
func TestEditCluster(t *testing.T) {
	ed, _, _ := setup(t)
	ref := data.Ref{Kind: data.RefCluster, ID: "biomed"}
	ed.x.Sel.Select(ref)
	ed.EditCluster()
	if !strings.Contains(ed.form.items[2].HintText, "移除") {
		t.Errorf("the form does not warn that the links go: %q", ed.form.items[2].HintText)
	}
	setText(formEntry(t, ed, 0), "生物医药产业")
	setText(formEntry(t, ed, 1), "Biomedicine")
	ed.form.ok()
	s := ed.draft.Story()
	c := s.Clusters[s.Index(ref)]
	if c.Name != "生物医药产业" || c.NameEn != "Biomedicine" || !c.InArticle {
		t.Fatalf("after renaming: %q %q %v", c.Name, c.NameEn, c.InArticle)
	}
	ed.x.Sel.Select(ref)
	ed.EditCluster()
	ed.form.items[2].Widget.(*widget.Check).SetChecked(true)
	ed.form.ok()
	if ed.form != nil {
		t.Fatalf("refused: %s", ed.form.Problem())
	}
	s = ed.draft.Story()
	c = s.Clusters[s.Index(ref)]
	if c.InArticle || len(c.Passages) != 0 {
		t.Errorf("marked not named: in_article %v, %d sentences", c.InArticle, len(c.Passages))
	}
}

// TestTourPanel reorders stops with Alt+↓ and the buttons, edits speaker
// notes and deletes a stop; the saved tour is what presenter mode plays.
func TestTourPanel(t *testing.T) {
	ed, _, path := setup(t)
	ed.OpenTour()
	tp := ed.tour
	if tp == nil {
		t.Fatal("no tour panel")
	}
	ids := func() []string {
		var out []string
		for _, st := range ed.draft.Story().Tour {
			out = append(out, st.ID)
		}
		return out
	}
	first := ids()
	tp.list.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt})
	if got := ids(); got[0] != first[1] || got[1] != first[0] || tp.cur != 1 {
		t.Fatalf("Alt+↓ on the first stop: %v (highlight %d)", got[:3], tp.cur)
	}
	test.Tap(tp.up)
	if got := ids(); got[0] != first[0] {
		t.Fatalf("上移 did not move it back: %v", got[:3])
	}
	// Ctrl+Z with the list focused undoes (the window's shortcut) and
	// the panel shows it.
	tp.list.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault})
	if got := ids(); got[0] != first[1] || tp.label(0) != "1. "+gui.Pick(ed.draft.Story().Tour[0].Title, ed.draft.Story().Tour[0].TitleEn)+"  · "+gui.KindLabel(ed.draft.Story().Tour[0].Target.Kind) {
		t.Fatalf("Ctrl+Z in the tour list: %v", got[:3])
	}
	tp.list.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if got := ids(); got[0] != first[0] {
		t.Fatalf("Ctrl+Shift+Z in the tour list: %v", got[:3])
	}
	tp.list.Select(2)
	setText(tp.notes, "先讲春晚")
	setText(tp.notesEn, "Start with the gala")
	test.Tap(tp.saveN)
	if st := ed.draft.Story().Tour[2]; st.Notes != "先讲春晚" || st.NotesEn != "Start with the gala" {
		t.Fatalf("notes of stop 3: %q %q", st.Notes, st.NotesEn)
	}
	tp.list.Select(0)
	test.Tap(tp.del)
	if got := ids(); len(got) != len(first)-1 || got[0] != first[1] {
		t.Fatalf("delete: %v", got)
	}
	tp.list.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt})
	ed.Save()
	want := ids()
	saved, err := data.LoadStory(path)
	if err != nil {
		t.Fatal(err)
	}
	x := gui.NewExplorer(saved)
	p := gui.NewPresenter(x, time.Now)
	for i, id := range want {
		p.Go(i)
		if got := x.Sel.Current().Ref; got != saved.StopRef(i) || saved.Tour[i].ID != id {
			t.Errorf("presenter stop %d is %s (%v), want %s", i+1, saved.Tour[i].ID, got, id)
		}
	}
}

// TestFactFromSentence: a figure not in the cursor's sentence is refused
// under the figure field; a printed one is added, edited and deleted.
func TestFactFromSentence(t *testing.T) {
	ed, _, _ := setup(t)
	s := ed.draft.Story()
	p := -1
	for i, ps := range s.Article.Passages {
		if strings.Contains(ps.Text, "96家") {
			p = i
			break
		}
	}
	ed.x.Sel.SelectPassage(p)
	// 96家 is a fact already; the sentence's 六成 too: use another figure.
	ed.NewFact()
	setText(formEntry(t, ed, 0), "9999家")
	setText(formEntry(t, ed, 1), "企业")
	submit(t, ed)
	if ed.form == nil || !strings.Contains(ed.form.items[0].HintText, "9999家") {
		t.Fatalf("a figure not in the sentence: hint %q", ed.form.items[0].HintText)
	}
	ed.form.d.Hide()

	// A sentence with digits and no figure recorded yet.
	q, fig := -1, ""
	for i, ps := range s.Article.Passages {
		taken := false
		for _, f := range s.Facts {
			taken = taken || f.Passage == i
		}
		if n := firstNumber(ps.Text); n != "" && !taken {
			q, fig = i, n
			break
		}
	}
	if q < 0 {
		t.Fatal("no sentence with an unrecorded figure")
	}
	ed.x.Sel.SelectPassage(q)
	ed.NewFact()
	setText(formEntry(t, ed, 0), fig)
	setText(formEntry(t, ed, 1), "测试")
	submit(t, ed)
	if ed.form != nil {
		t.Fatalf("refused %q: %s", fig, ed.form.Problem())
	}
	r := ed.x.Sel.Current().Ref
	if r.Kind != data.RefFact {
		t.Fatalf("selected %v after adding a figure", r)
	}
	ed.EditFact()
	setText(formEntry(t, ed, 0), "改过")
	ed.form.ok()
	st := ed.draft.Story()
	if st.Facts[st.Index(r)].Counts != "改过" {
		t.Error("editing the figure did not change what it counts")
	}
	ed.x.Sel.Select(r)
	ed.DeleteSelected()
	if ed.draft.Story().Has(r) {
		t.Error("delete left the figure")
	}
}

// firstNumber is the first run of ASCII digits in s.
func firstNumber(s string) string {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return ""
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return s[i:j]
}

// TestTermFromSentence adds a glossary term from the cursor's sentence
// (both explanations are required: the English one's absence shows under
// its field), edits and deletes it.
func TestTermFromSentence(t *testing.T) {
	ed, _, _ := setup(t)
	s := ed.draft.Story()
	p := -1
	for i, ps := range s.Article.Passages {
		if strings.Contains(ps.Text, "央视春晚") {
			p = i
			break
		}
	}
	ed.x.Sel.SelectPassage(p)
	ed.NewTerm()
	for _, g := range s.Glossary {
		if g.Term == "央视春晚" {
			t.Fatal("央视春晚 is already a term")
		}
	}
	setText(formEntry(t, ed, 0), "央视春晚")
	setText(formEntry(t, ed, 1), "吸引投资")
	ed.form.ok()
	if ed.form == nil || !strings.Contains(ed.form.items[2].HintText, "explanation_en") {
		t.Fatalf("a missing English explanation: %q", ed.form.Problem())
	}
	setText(formEntry(t, ed, 2), "Attracting investment")
	ed.form.ok()
	if ed.form != nil {
		t.Fatalf("refused: %s", ed.form.Problem())
	}
	r := ed.x.Sel.Current().Ref
	st := ed.draft.Story()
	if r.Kind != data.RefTerm || len(st.Glossary[st.Index(r)].Passages) == 0 {
		t.Fatalf("selected %v, not a linked term", r)
	}
	ed.EditTerm()
	setText(formEntry(t, ed, 0), "改过的解释")
	ed.form.ok()
	st = ed.draft.Story()
	if st.Glossary[st.Index(r)].Explanation != "改过的解释" {
		t.Error("editing the term did not change it")
	}
	ed.x.Sel.Select(r)
	ed.DeleteSelected()
	if ed.draft.Story().Has(r) {
		t.Error("delete left the term")
	}
}

// TestEventFormProblemUnderField: a date as printed that is not in the
// event's sentences is refused under the "date as printed" field, the
// form open with what was typed; corrected, it is accepted.
func TestEventFormProblemUnderField(t *testing.T) {
	ed, _, _ := setup(t)
	ref := data.Ref{Kind: data.RefEvent, ID: "gala"}
	ed.x.Sel.Select(ref)
	ed.EditEvent()
	when := formEntry(t, ed, 2)
	old := when.Text
	setText(when, "明年三月")
	when.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ed.form == nil {
		t.Fatal("the form closed on a refused edit")
	}
	if h := ed.form.items[2].HintText; !strings.Contains(h, "明年三月") || !strings.HasPrefix(h, "！") {
		t.Fatalf("the problem is not under the date field: %q (message %q)", h, ed.form.msg.Text)
	}
	if strings.Contains(ed.form.items[2].HintText, "events[") {
		t.Error("the message still names the list position")
	}
	setText(when, old)
	setText(formEntry(t, ed, 0), "春晚机器人")
	when.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ed.form != nil {
		t.Fatalf("refused: %s", ed.form.Problem())
	}
	s := ed.draft.Story()
	if s.Events[s.Index(ref)].Title != "春晚机器人" {
		t.Error("the title did not change")
	}
}

// TestEventDeleteAndMove: events whose dates do not decide their order
// move up and down; a move against the dates is refused; delete removes
// the event and its tour stop, undo brings both back.
func TestEventDeleteAndMove(t *testing.T) {
	ed, _, _ := setup(t)
	var errs []error
	ed.OnError = func(err error) { errs = append(errs, err) }
	s := ed.draft.Story()
	// Find two neighbours that start on the same day, or undated ones.
	k := -1
	for i := 0; i+1 < len(s.Events); i++ {
		a, b := s.Events[i].Date, s.Events[i+1].Date
		if a == nil || b == nil || a.From == b.From {
			k = i
			break
		}
	}
	if k < 0 {
		t.Skip("no two events whose dates leave the order open")
	}
	id := s.Events[k].ID
	ed.x.Sel.Select(data.Ref{Kind: data.RefEvent, ID: id})
	ed.MoveEvent(+1)
	if got := ed.draft.Story().Events[k+1].ID; got != id || len(errs) > 0 {
		t.Fatalf("move down: event %d is %s (errors %v)", k+1, got, errs)
	}
	ed.Undo()
	// Against the dates.
	for i := 0; i+1 < len(s.Events); i++ {
		a, b := s.Events[i].Date, s.Events[i+1].Date
		if a != nil && b != nil && a.From < b.From {
			ed.x.Sel.Select(data.Ref{Kind: data.RefEvent, ID: s.Events[i].ID})
			ed.MoveEvent(+1)
			if len(errs) == 0 || ed.draft.Story().Events[i].ID != s.Events[i].ID {
				t.Error("a move against the dates was not refused")
			}
			break
		}
	}
	ref := data.Ref{Kind: data.RefEvent, ID: "gala"}
	stops := len(s.Tour)
	ed.x.Sel.Select(ref)
	ed.DeleteSelected()
	if ed.draft.Story().Has(ref) || len(ed.draft.Story().Tour) >= stops {
		t.Fatal("delete left the event or its stop")
	}
	ed.Undo()
	if !ed.draft.Story().Has(ref) || len(ed.draft.Story().Tour) != stops {
		t.Error("undo did not restore the event and its stop")
	}
}

// TestBrokenLinksInBar: the broken links a lenient load found are counted
// in the bar; choosing one selects its item and takes it off the list.
func TestBrokenLinksInBar(t *testing.T) {
	ed, _, path := setup(t)
	if ed.bar.broken.Visible() {
		t.Fatal("the broken-links button shows with none")
	}
	ps := []data.Problem{
		{Where: `entities[0] "unitree": sentences[0]`, Item: entityRef("unitree"), Msg: `quote "x" is not in any one sentence of the article`},
		{Where: `events[0] "gala": sentences[0]`, Item: data.Ref{Kind: data.RefEvent, ID: "gala"}, Msg: "…"},
		{Where: `facts[1] "f": sentence`, Msg: "… (so fact:f was dropped)"},
	}
	ed.SetProblems(ps)
	if !ed.bar.broken.Visible() || ed.bar.broken.Text != "3 个失效链接" {
		t.Fatalf("bar shows %q (visible %v)", ed.bar.broken.Text, ed.bar.broken.Visible())
	}
	ed.ShowProblems()
	over := ed.win.Canvas().Overlays().Top()
	var list *widget.List
	walk(t, over, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.List); ok {
			list = l
		}
	})
	if list == nil {
		t.Fatal("no list of broken links")
	}
	list.Select(0)
	if ed.x.Sel.Current().Ref != entityRef("unitree") {
		t.Errorf("choosing the first broken link selected %v", ed.x.Sel.Current().Ref)
	}
	if ed.bar.broken.Text != "2 个失效链接" {
		t.Errorf("after choosing one the bar shows %q", ed.bar.broken.Text)
	}

	// Saved now, the story is a draft that keeps the two links still to
	// fix; reopened, they are listed again.
	if !ed.draft.Dirty() {
		t.Error("dealing with a broken link is a change to save")
	}
	ed.Save()
	if got := ed.bar.status.Text; got != "已存为草稿：2 个失效链接待修复" {
		t.Errorf("after saving, the bar says %q", got)
	}
	if got := ed.x.Sel.Story().Unresolved; !slices.Equal(got, ps[1:]) {
		t.Errorf("the shown story holds %v, want %v", got, ps[1:])
	}
	_, again, err := data.LoadStoryLenient(path)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(again, ps[1:]) {
		t.Errorf("reopened, the draft lists %v, want %v", again, ps[1:])
	}
}

// walk visits o and everything inside it.
func walk(t *testing.T, o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	f(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, k := range c.Objects {
			walk(t, k, f)
		}
	case fyne.Widget:
		r := test.TempWidgetRenderer(t, c)
		for _, k := range r.Objects() {
			walk(t, k, f)
		}
	}
}

// TestLeaveEditMode: E leaves at once when everything is saved; with
// unsaved changes it asks first, and "保存" saves then leaves.
func TestLeaveEditMode(t *testing.T) {
	ed, w, path := setup(t)
	var left *data.Story
	ed.OnLeave = func(s *data.Story) { left = s }
	w.Canvas().(interface{ OnTypedRune() func(rune) }).OnTypedRune()('e')
	if left == nil {
		t.Fatal("E with nothing unsaved did not leave")
	}
	left = nil
	ed.x.Sel.SelectPassage(4)
	ed.Do(edit.ToggleLink(data.Ref{Kind: data.RefCluster, ID: "biomed"}, 4))
	ed.Leave()
	if left != nil {
		t.Fatal("left with unsaved changes without asking")
	}
	// The question's default answer, 保存, has the focus: Enter.
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if left == nil {
		t.Fatal("保存 did not leave")
	}
	s, err := data.LoadStory(path)
	if err != nil || !edit.Linked(s, data.Ref{Kind: data.RefCluster, ID: "biomed"}, 4) {
		t.Errorf("leaving with 保存 did not save: %v", err)
	}
}

// TestBrokenLinkText: a broken link is described in the interface's
// language from its code, not in the loader's English; an unknown code
// keeps the loader's words.
func TestBrokenLinkText(t *testing.T) {
	setup(t)
	for _, tc := range []struct {
		p    data.Problem
		want string
	}{
		{data.Problem{Code: data.ProblemQuoteMissing, Quote: "农历新年", Msg: "quote …"}, "文中已找不到这句：「农历新年」"},
		{data.Problem{Code: data.ProblemTermMissing, Quote: "新质生产力", Msg: "term …",
			Dropped: data.Ref{Kind: data.RefTerm, ID: "xinzhi"}}, "术语「新质生产力」在文中已找不到（术语 xinzhi 因此已移除）"},
		{data.Problem{Code: "from-the-future", Msg: "something new"}, "something new"},
	} {
		if got := brokenLinkText(tc.p); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.p.Code, got, tc.want)
		}
	}
}

// TestEventFormPreviews: while the event form is open the views show the
// edit as it is typed (the timeline follows the title), without making
// it; cancelling puts the story back, OK makes it one undoable edit.
func TestEventFormPreviews(t *testing.T) {
	ed, _, _ := setup(t)
	ref := data.Ref{Kind: data.RefEvent, ID: "gala"}
	ed.x.Sel.Select(ref)
	shownTitle := func() string {
		s := ed.x.Sel.Story()
		return s.Events[s.Index(ref)].Title
	}
	old := shownTitle()

	ed.EditEvent()
	setText(formEntry(t, ed, 0), "机器人上春晚")
	if got := shownTitle(); got != "机器人上春晚" {
		t.Errorf("while typing, the views show %q", got)
	}
	if ed.draft.Dirty() || ed.draft.CanUndo() {
		t.Error("a preview was recorded as an edit")
	}
	if ed.x.Sel.Current().Ref != ref {
		t.Error("the preview lost the selection")
	}
	setText(formEntry(t, ed, 2), "明年三月") // not in the event's sentences: refused
	if got := shownTitle(); got != "机器人上春晚" {
		t.Errorf("an invalid field should keep the last valid preview, shows %q", got)
	}
	formEntry(t, ed, 0).TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ed.form != nil {
		t.Fatal("Escape left the form open")
	}
	if got := shownTitle(); got != old || ed.x.Sel.Story() != ed.draft.Story() {
		t.Errorf("after cancelling, the views show %q (want %q) or not the draft", got, old)
	}

	ed.EditEvent()
	setText(formEntry(t, ed, 0), "机器人上春晚")
	submit(t, ed)
	if got := shownTitle(); got != "机器人上春晚" || !ed.draft.CanUndo() {
		t.Errorf("after OK the views show %q, undo %v", got, ed.draft.CanUndo())
	}
	ed.Undo()
	if got := shownTitle(); got != old {
		t.Errorf("undo shows %q, want %q", got, old)
	}
}
