package edit

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/qiusuo/qiusuo/data"
)

func defaultDraft(t testing.TB) *Draft {
	t.Helper()
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewDraft(s, "hangzhou-2025.txt")
}

func encode(t testing.TB, d *Draft) []byte {
	t.Helper()
	b, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestToggleLinkAndUndo(t *testing.T) {
	d := defaultDraft(t)
	before := encode(t, d)
	s := d.Story()
	ai := s.Index(data.Ref{Kind: data.RefCluster, ID: "ai"})
	p := -1
	for i := range s.Article.Passages {
		if s.Article.Passages[i].Kind == data.KindBody && !Linked(s, data.Ref{Kind: data.RefCluster, ID: "ai"}, i) {
			p = i
			break
		}
	}
	if ai < 0 || p < 0 {
		t.Fatal("no cluster ai or no unlinked sentence")
	}
	ref := data.Ref{Kind: data.RefCluster, ID: "ai"}
	if err := d.Do(ToggleLink(ref, p)); err != nil {
		t.Fatal(err)
	}
	if !Linked(d.Story(), ref, p) || Linked(s, ref, p) {
		t.Fatal("the link is not in the new story, or changed the old one")
	}
	if !d.Dirty() {
		t.Error("an edit left the draft clean")
	}
	if ok, err := d.Undo(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if !bytes.Equal(encode(t, d), before) || d.Dirty() {
		t.Error("undo did not give back the story as it was")
	}
	if ok, _ := d.Redo(); !ok || !Linked(d.Story(), ref, p) {
		t.Error("redo did not link again")
	}
}

func TestInvalidEditChangesNothing(t *testing.T) {
	d := defaultDraft(t)
	before := encode(t, d)
	ev := d.Story().Events[0]
	f := FieldsOf(&ev)
	f.When = "一九九九年" // not printed in the event's sentences
	if err := d.Do(SetEvent(ev.ID, f)); err == nil {
		t.Fatal("a date that is not in the event's sentences was accepted")
	}
	if !bytes.Equal(encode(t, d), before) || d.CanUndo() {
		t.Error("a failed edit changed the story or the history")
	}
}

func TestMergeEntities(t *testing.T) {
	d := defaultDraft(t)
	s := d.Story()
	if len(s.Entities) < 2 {
		t.Skip("needs two entities")
	}
	keep, drop := s.Entities[0], s.Entities[1]
	if err := d.Do(MergeEntities(keep.ID, drop.ID)); err != nil {
		t.Fatal(err)
	}
	n := d.Story()
	if n.Has(data.Ref{Kind: data.RefEntity, ID: drop.ID}) {
		t.Fatal("the merged entity is still there")
	}
	k := n.Entities[n.Index(data.Ref{Kind: data.RefEntity, ID: keep.ID})]
	for _, p := range drop.Passages {
		if !has(k.Passages, p) {
			t.Errorf("sentence %d of %s did not follow into %s", p, drop.ID, keep.ID)
		}
	}
	found := false
	for _, a := range k.Aliases {
		found = found || a == drop.Name
	}
	if !found {
		t.Errorf("%s's name is not an alias of %s: %v", drop.Name, keep.ID, k.Aliases)
	}
	for _, e := range s.Events {
		for _, x := range e.Entities {
			if s.Entities[x].ID == drop.ID {
				ne := n.Events[n.Index(data.Ref{Kind: data.RefEvent, ID: e.ID})]
				ok := false
				for _, y := range ne.Entities {
					ok = ok || n.Entities[y].ID == keep.ID
				}
				if !ok {
					t.Errorf("event %s named %s and does not name %s after the merge", e.ID, drop.ID, keep.ID)
				}
			}
		}
	}
}

func TestEventFromSentence(t *testing.T) {
	d := defaultDraft(t)
	s := d.Story()
	p := -1
	for i, ps := range s.Article.Passages {
		if bytes.Contains([]byte(ps.Text), []byte("11月27日")) {
			p = i
		}
	}
	if p < 0 {
		t.Fatal("no sentence with 11月27日")
	}
	e, ok := DraftEvent(s, p)
	if !ok || e.When != "11月27日" {
		t.Fatalf("draft event when = %q, ok %v", e.When, ok)
	}
	op, id := AddEvent(s, e, ChronologicalPlace(s, e.Date))
	if err := d.Do(op); err != nil {
		t.Fatal(err)
	}
	if !d.Story().Has(data.Ref{Kind: data.RefEvent, ID: id}) {
		t.Fatal("the new event is not in the story")
	}
}

// TestRandomEditsUndoAll applies random sequences of every kind of edit,
// then undoes all of them: the story file must be what it was, byte for
// byte; redoing all and undoing all again must agree too.
func TestRandomEditsUndoAll(t *testing.T) {
	for seed := range uint64(10) {
		d := defaultDraft(t)
		before := encode(t, d)
		r := rand.New(rand.NewPCG(seed, 1))
		done := 0
		for range 30 {
			if op := randomOp(d.Story(), r); op != nil && d.Do(op) == nil {
				done++
			}
		}
		if done < 10 {
			t.Fatalf("seed %d: only %d of 30 random edits applied", seed, done)
		}
		after := encode(t, d)
		for d.CanUndo() {
			if _, err := d.Undo(); err != nil {
				t.Fatal(err)
			}
		}
		if got := encode(t, d); !bytes.Equal(got, before) {
			t.Fatalf("seed %d: undoing %d edits did not give back the original file", seed, done)
		}
		for d.CanRedo() {
			if _, err := d.Redo(); err != nil {
				t.Fatal(err)
			}
		}
		if got := encode(t, d); !bytes.Equal(got, after) {
			t.Fatalf("seed %d: redoing all did not give back the edited file", seed)
		}
	}
}

// randomOp picks an edit of any kind on random items of s.
func randomOp(s *data.Story, r *rand.Rand) Op {
	ps := len(s.Article.Passages)
	pick := func(n int) int { return r.IntN(max(n, 1)) }
	switch r.IntN(14) {
	case 0, 1:
		refs := []data.Ref{}
		for _, c := range s.Clusters {
			refs = append(refs, data.Ref{Kind: data.RefCluster, ID: c.ID})
		}
		for _, e := range s.Entities {
			refs = append(refs, data.Ref{Kind: data.RefEntity, ID: e.ID})
		}
		for _, e := range s.Events {
			refs = append(refs, data.Ref{Kind: data.RefEvent, ID: e.ID})
		}
		return ToggleLink(refs[pick(len(refs))], pick(ps))
	case 2:
		if len(s.Events) == 0 {
			return nil
		}
		e := s.Events[pick(len(s.Events))]
		f := FieldsOf(&e)
		f.Title += "（改）"
		f.TitleEn = "edited"
		return SetEvent(e.ID, f)
	case 3:
		if len(s.Events) < 2 {
			return nil
		}
		return MoveEvent(s.Events[pick(len(s.Events))].ID, pick(len(s.Events)))
	case 4:
		e, ok := DraftEvent(s, pick(ps))
		if !ok {
			return nil
		}
		op, _ := AddEvent(s, e, ChronologicalPlace(s, e.Date))
		return op
	case 5:
		if len(s.Events) < 2 {
			return nil
		}
		return DeleteEvent(s.Events[pick(len(s.Events))].ID)
	case 6:
		if len(s.Entities) < 2 {
			return nil
		}
		a, b := pick(len(s.Entities)), pick(len(s.Entities))
		return MergeEntities(s.Entities[a].ID, s.Entities[b].ID)
	case 7:
		op, _ := AddEntity(s, "杭州", "place")
		return op
	case 8:
		if len(s.Entities) == 0 {
			return nil
		}
		return DeleteEntity(s.Entities[pick(len(s.Entities))].ID)
	case 9:
		c := s.Clusters[pick(len(s.Clusters))]
		return SetCluster(c.ID, c.Name+"·", c.NameEn, c.InArticle)
	case 10:
		if len(s.Events) == 0 {
			return nil
		}
		op, _ := AddStop(s, data.Ref{Kind: data.RefEvent, ID: s.Events[pick(len(s.Events))].ID}, nil, pick(len(s.Tour)+1))
		return op
	case 11:
		if len(s.Tour) < 2 {
			return nil
		}
		st := s.Tour[pick(len(s.Tour))]
		switch r.IntN(3) {
		case 0:
			return MoveStop(st.ID, pick(len(s.Tour)))
		case 1:
			return DeleteStop(st.ID)
		}
		return SetStopNotes(st.ID, st.Notes+"……", "notes")
	case 12:
		p := pick(ps)
		text := []rune(s.Article.Passages[p].Text)
		if len(text) < 4 {
			return nil
		}
		op, _ := AddFact(s, p, string(text[1:3]), "测试", "test")
		return op
	default:
		if len(s.Facts) == 0 || len(s.Glossary) == 0 {
			return nil
		}
		if r.IntN(2) == 0 {
			return DeleteFact(s.Facts[pick(len(s.Facts))].ID)
		}
		return SetTerm(s.Glossary[pick(len(s.Glossary))].ID, "解释", "explanation")
	}
}

func TestSaveKeepsABackupAndRecovers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.story.json")
	d := defaultDraft(t)
	orig := encode(t, d)
	if err := os.WriteFile(path, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := d.Do(SetStopNotes(d.Story().Tour[0].ID, "新的讲稿", "new notes")); err != nil {
		t.Fatal(err)
	}
	if err := d.Autosave(path); err != nil {
		t.Fatal(err)
	}
	if Recovery(path) == "" {
		t.Fatal("no recovery copy offered after an autosave")
	}
	rec, _ := os.ReadFile(RecoveryPath(path))
	if !bytes.Equal(rec, encode(t, d)) {
		t.Error("the recovery copy is not the edited story")
	}
	if err := d.Save(path); err != nil {
		t.Fatal(err)
	}
	if bak, _ := os.ReadFile(BackupPath(path)); !bytes.Equal(bak, orig) {
		t.Error("the backup is not the previous version")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, encode(t, d)) {
		t.Error("the saved file is not the story")
	}
	if Recovery(path) != "" || d.Dirty() {
		t.Error("after saving, a recovery copy is still offered or the draft is dirty")
	}
	// What was saved loads back into the same story.
	if err := os.WriteFile(filepath.Join(dir, "hangzhou-2025.txt"), []byte(d.Story().Article.Text), 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := data.LoadStory(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := NewDraft(back, "hangzhou-2025.txt").Encode(); !bytes.Equal(got, encode(t, d)) {
		t.Error("the saved story does not load back unchanged")
	}
}

// TestDefaultStoryRoundTrips: the curated story file is in the canonical
// form, so saving the unchanged default story writes it byte for byte
// (and one edit changes only the lines it touches).
func TestDefaultStoryRoundTrips(t *testing.T) {
	want, err := os.ReadFile("../hangzhou-2025.story.json")
	if err != nil {
		t.Fatal(err)
	}
	d := defaultDraft(t)
	if got := encode(t, d); !bytes.Equal(got, want) {
		t.Fatalf("the unchanged default story encodes differently from data/hangzhou-2025.story.json (%d vs %d bytes)", len(got), len(want))
	}
	st := d.Story().Tour[0]
	if err := d.Do(SetStopNotes(st.ID, st.Notes+"。", st.NotesEn)); err != nil {
		t.Fatal(err)
	}
	changed := 0
	a, b := bytes.Split(want, []byte("\n")), bytes.Split(encode(t, d), []byte("\n"))
	if len(a) != len(b) {
		t.Fatalf("one edit of a note changed the line count: %d → %d", len(a), len(b))
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			changed++
		}
	}
	if changed != 1 {
		t.Errorf("one edit of a note changed %d lines of the file, want 1", changed)
	}
}
