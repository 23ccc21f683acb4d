package edit

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/atomicfile"
)

// Draft is a story being edited: the current story, the undo and redo
// histories (unlimited within the session), and whether there are
// changes not yet saved.
type Draft struct {
	story   *data.Story
	article string // the story file's "article": the article's name relative to the story file
	undo    []Op
	redo    []Op
	// gen counts edits (undo and redo included); saved is gen at the last
	// save, so undoing back to the saved state is not "unsaved".
	gen, saved int
	history    []int // gen of each undo entry, to restore gen on undo
	redoGen    []int

	// OnChange, if set, is called with the new story after every edit,
	// undo and redo: the window rebuilds its views from it.
	OnChange func(*data.Story)
}

// NewDraft starts editing s, whose story file names its article as
// article (e.g. "hangzhou-2025.txt").
func NewDraft(s *data.Story, article string) *Draft {
	return &Draft{story: s, article: article}
}

// NewRecoveredDraft starts editing s, read back from a recovery copy: its
// changes are not in the story file yet, so it starts unsaved.
func NewRecoveredDraft(s *data.Story, article string) *Draft {
	return &Draft{story: s, article: article, gen: 1}
}

// Article is the story file's name for its article.
func (d *Draft) Article() string { return d.article }

// Story is the current story. It is never changed in place: every edit
// makes a new one, so views holding the old one stay consistent.
func (d *Draft) Story() *data.Story { return d.story }

// Dirty reports whether there are edits not saved.
func (d *Draft) Dirty() bool { return d.gen != d.saved }

// CanUndo and CanRedo report whether there is something to undo or redo,
// and UndoLabel and RedoLabel what it is.
func (d *Draft) CanUndo() bool { return len(d.undo) > 0 }

// CanRedo reports whether there is an undone edit to redo.
func (d *Draft) CanRedo() bool { return len(d.redo) > 0 }

// UndoLabel names the edit Undo would undo ("" if none).
func (d *Draft) UndoLabel() string { return label(d.undo) }

// RedoLabel names the edit Redo would redo ("" if none).
func (d *Draft) RedoLabel() string { return label(d.redo) }

func label(ops []Op) string {
	if len(ops) == 0 {
		return ""
	}
	return ops[len(ops)-1].Label()
}

// Do applies op. On failure (the op's own check, or the loader's rules
// for the edited story) the story is unchanged and the error says what and
// where.
func (d *Draft) Do(op Op) error {
	inv, err := d.apply(op)
	if err != nil {
		return err
	}
	d.undo = append(d.undo, inv)
	d.history = append(d.history, d.gen)
	d.redo, d.redoGen = nil, nil
	d.gen = d.next()
	d.changed()
	return nil
}

// next returns a generation number no state has had: after undoing to
// the saved state and making another edit, the story must count as changed.
func (d *Draft) next() int {
	n := d.gen
	for _, g := range d.history {
		n = max(n, g)
	}
	for _, g := range d.redoGen {
		n = max(n, g)
	}
	return max(n, d.saved) + 1
}

// Undo undoes the last edit; it reports false when there is none. An
// inverse restores a state that was valid, so an error here is a bug in
// an op: it is reported, and the story and history stay as they are.
func (d *Draft) Undo() (bool, error) {
	if len(d.undo) == 0 {
		return false, nil
	}
	n := len(d.undo) - 1
	inv, err := d.apply(d.undo[n])
	if err != nil {
		return false, fmt.Errorf("undo %s: %w", d.undo[n].Label(), err)
	}
	d.redo = append(d.redo, inv)
	d.redoGen = append(d.redoGen, d.gen)
	d.gen = d.history[n]
	d.undo, d.history = d.undo[:n], d.history[:n]
	d.changed()
	return true, nil
}

// Redo redoes the last undone edit; it reports false when there is none.
func (d *Draft) Redo() (bool, error) {
	if len(d.redo) == 0 {
		return false, nil
	}
	n := len(d.redo) - 1
	inv, err := d.apply(d.redo[n])
	if err != nil {
		return false, fmt.Errorf("redo %s: %w", d.redo[n].Label(), err)
	}
	d.undo = append(d.undo, inv)
	d.history = append(d.history, d.gen)
	d.gen = d.redoGen[n]
	d.redo, d.redoGen = d.redo[:n], d.redoGen[:n]
	d.changed()
	return true, nil
}

// apply runs op on a clone of the current story and, if the result is
// valid, makes it current. It returns op's inverse.
func (d *Draft) apply(op Op) (Op, error) {
	c := d.story.Clone()
	inv, err := op.Apply(c)
	if err != nil {
		return nil, err
	}
	s, err := data.Rebuild(c)
	if err != nil {
		return nil, err
	}
	d.story = s
	return inv, nil
}

func (d *Draft) changed() {
	if d.OnChange != nil {
		d.OnChange(d.story)
	}
}

// Preview is the story op would make, without making it: the views show
// an edit while its form is still open (the timeline follows the title as
// it is typed). An op the loader's rules refuse returns their error.
func (d *Draft) Preview(op Op) (*data.Story, error) {
	c := d.story.Clone()
	if _, err := op.Apply(c); err != nil {
		return nil, err
	}
	return data.Rebuild(c)
}

// SetUnresolved records the links still to fix (the editor's list of
// broken links, as the person works through it): they are saved in the
// file's draft section, and the story is a draft while there are any. A
// change to the list is a change to save, but not an edit to undo: the
// list records the person's review, not the story.
func (d *Draft) SetUnresolved(ps []data.Problem) {
	if slices.Equal(ps, d.story.Unresolved) {
		return
	}
	c := *d.story
	c.Unresolved = slices.Clone(ps)
	d.story = &c
	d.gen = d.next()
	d.changed()
}

// Encode renders the current story as its story file: the canonical form
// (stable key order, quotes for sentences, pretty-printed UTF-8), so one
// change makes a small diff.
func (d *Draft) Encode() ([]byte, error) { return data.EncodeStoryFile(d.story, d.article) }

// Save writes the story to path atomically (a temporary file, synced, then
// renamed), first keeping the file it replaces as BackupPath(path). The
// recovery copy, if any, is removed: it holds nothing the saved file lacks.
func (d *Draft) Save(path string) error {
	b, err := d.Encode()
	if err != nil {
		return err
	}
	if err := keepBackup(path); err != nil {
		return fmt.Errorf("%s: keeping the previous version: %w", BackupPath(path), err)
	}
	if err := atomicfile.WriteFile(path, b, 0o644); err != nil {
		return err
	}
	d.saved = d.gen
	os.Remove(RecoveryPath(path))
	return nil
}

// keepBackup makes BackupPath(path) the file now at path, if there is
// one: a hard link where the file system has them (no copy, nothing to
// sync: the old contents are already on disk), else an atomic copy.
func keepBackup(path string) error {
	bak := BackupPath(path)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	tmp := bak + ".new"
	os.Remove(tmp)
	if err := os.Link(path, tmp); err == nil {
		return os.Rename(tmp, bak)
	}
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(bak, old, 0o644)
}

// Autosave writes the recovery copy for path if there are unsaved edits:
// what reopening offers after a crash, a power cut or kill -9.
func (d *Draft) Autosave(path string) error {
	if !d.Dirty() {
		return nil
	}
	b, err := d.Encode()
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(RecoveryPath(path), b, 0o644)
}

// BackupPath is where Save keeps the previous version of the story file
// at path: "a.story.json" → "a.story.bak.json", a story file Qiusuo opens
// like any other.
func BackupPath(path string) string { return stem(path) + ".bak.json" }

// RecoveryPath is where Autosave keeps unsaved edits of the story file at
// path: a hidden story file beside it, "dir/.a.story.recover.json" (beside,
// so that its "article" resolves to the same article).
func RecoveryPath(path string) string {
	dir, base := filepath.Split(stem(path))
	return filepath.Join(dir, "."+base+".recover.json")
}

// stem is path without a ".json" extension (any case).
func stem(path string) string {
	if ext := filepath.Ext(path); strings.EqualFold(ext, ".json") {
		return path[:len(path)-len(ext)]
	}
	return path
}

// Recovery returns the path of a recovery copy for the story at path that
// is newer than the story itself, or "" if there is none to offer.
func Recovery(path string) string {
	rec := RecoveryPath(path)
	ri, err := os.Stat(rec)
	if err != nil {
		return ""
	}
	if si, err := os.Stat(path); err == nil && si.ModTime().After(ri.ModTime()) {
		return ""
	}
	return rec
}
