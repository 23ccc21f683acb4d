package editor

import (
	"fmt"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// AutosaveDelay is how long after the last change the recovery copy is
// written: soon enough that a crash loses nothing a person would redo,
// late enough that typing a title does not write on every key.
const AutosaveDelay = 2 * time.Second

// Editor is edit mode for one window.
type Editor struct {
	win   fyne.Window
	draft *edit.Draft
	path  string // the story file

	x    *gui.Explorer
	bar  *bar
	root *fyne.Container

	paint   data.Ref // the target tapped sentences are linked to; zero when off
	palette *palette
	form    *form       // the edit form open now, if any
	merge   *mergeState // the merge form's list, for tests
	tour    *tourPanel  // the tour panel, while open

	autosave *time.Timer
	// after, if set, runs a function later on the UI goroutine (tests
	// replace it to run autosaves at once).
	after func(time.Duration, func()) *time.Timer

	// OnExplorer, if set, hears of every explorer the editor builds, so
	// the window's other wiring (menus, keys) follows.
	OnExplorer func(*gui.Explorer)
	// OnError, if set, shows an error; by default a dialog.
	OnError func(error)
	// OnLeave, if set, makes leaving edit mode possible (E, or Escape
	// with nothing selected): it gets the story as saved.
	OnLeave func(*data.Story)

	problems []data.Problem // broken links the story opened with
	showing  bool           // the explorer is showing an edit (changed)
}

// New puts window w's explorer x into edit mode for the story at path,
// whose state is d.
func New(w fyne.Window, x *gui.Explorer, d *edit.Draft, path string) *Editor {
	e := &Editor{win: w, draft: d, path: path, x: x}
	e.after = func(d time.Duration, f func()) *time.Timer {
		return time.AfterFunc(d, func() { fyne.Do(f) })
	}
	e.bar = newBar(e)
	e.root = container.NewBorder(e.bar.content, nil, nil, nil, x)
	e.follow()
	e.bar.update()
	return e
}

// Content is what the window shows in edit mode: the bar above the
// explorer.
func (e *Editor) Content() fyne.CanvasObject { return e.root }

// Explorer is the explorer the editor shows now.
func (e *Editor) Explorer() *gui.Explorer { return e.x }

// Draft is the story being edited.
func (e *Editor) Draft() *edit.Draft { return e.draft }

// follow listens to the explorer's selection: the bar shows the current
// sentence, and in paint mode a tapped sentence is linked or unlinked.
func (e *Editor) follow() {
	e.x.Sel.OnChange(func(st gui.State) {
		if st.Ref.Kind == data.RefPassage && !e.paint.IsZero() && !e.showing {
			if p := e.x.Sel.Story().Article.PassageIndex(st.Ref.ID); p >= 0 {
				e.Do(edit.ToggleLink(e.paint, p))
				return
			}
		}
		e.bar.update()
	})
}

// Do applies an edit and shows its result; a refused edit is shown as an
// error where the person is, and changes nothing.
func (e *Editor) Do(op edit.Op) bool {
	if err := e.draft.Do(op); err != nil {
		e.showError(err)
		return false
	}
	e.changed()
	return true
}

// Undo undoes the last edit.
func (e *Editor) Undo() {
	if ok, err := e.draft.Undo(); err != nil {
		e.showError(err)
	} else if ok {
		e.changed()
	}
}

// Redo redoes the last undone edit.
func (e *Editor) Redo() {
	if ok, err := e.draft.Redo(); err != nil {
		e.showError(err)
	} else if ok {
		e.changed()
	}
}

// Save writes the story (atomically, keeping a backup).
func (e *Editor) Save() {
	if err := e.draft.Save(e.path); err != nil {
		e.showError(err)
		return
	}
	e.bar.update()
}

// changed shows the draft's new story and schedules the recovery copy.
// The explorer shows it in place (its views follow, the reader stays where
// it was); a draft over another copy of the article (a recovered one)
// gets a new explorer.
func (e *Editor) changed() {
	if !e.show(e.draft.Story()) {
		e.Rebuild()
	}
	if e.tour != nil {
		e.tour.refresh() // an undo with the panel open shows in it
	}
	if e.autosave != nil {
		e.autosave.Stop()
	}
	e.autosave = e.after(AutosaveDelay, e.Autosave)
}

// show makes the explorer show s in place (an edit, or the preview of one)
// and reports whether it could.
func (e *Editor) show(s *data.Story) bool {
	e.showing = true // the views hear the state again: not a tap to paint
	defer func() { e.showing = false }()
	return e.x.SetStory(s)
}

// Replace edits another draft of the same story file (a recovered one).
func (e *Editor) Replace(d *edit.Draft) {
	e.draft = d
	e.changed()
}

// Rebuild builds the explorer afresh on the draft's story, keeping what
// was selected: after an edit, and after a language switch.
func (e *Editor) Rebuild() {
	old := e.x
	nx := gui.NewExplorerWithEngine(e.draft.Story(), old.Engine)
	if r := old.Sel.Current().Ref; !r.IsZero() && nx.Sel.Story().Has(r) {
		nx.Sel.Replace(r)
	}
	e.x = nx
	old.Close() // its panels' background work ends with it
	e.root.Objects[0] = nx
	e.root.Refresh()
	e.follow()
	nx.Started()
	if e.OnExplorer != nil {
		e.OnExplorer(nx)
	}
	e.bar.update()
}

// Autosave writes the recovery copy now.
func (e *Editor) Autosave() {
	if err := e.draft.Autosave(e.path); err != nil {
		e.showError(err)
	}
}

func (e *Editor) showError(err error) {
	if e.OnError != nil {
		e.OnError(err)
		return
	}
	dialog.ShowError(err, e.win)
}

// CloseIntercept is the window's close handler in edit mode: with
// unsaved changes it asks whether to save them, discard them or go on
// editing, and closes only when the work is safe.
func (e *Editor) CloseIntercept() {
	if !e.draft.Dirty() {
		e.win.Close()
		return
	}
	ask(e.win, gui.T("edit.unsaved.title", "有未保存的修改"), gui.T("edit.unsaved.body", "关闭前保存对这个故事的修改吗？"),
		choice{gui.T("edit.unsaved.save", "保存"), func() {
			if err := e.draft.Save(e.path); err != nil {
				e.showError(err)
				return
			}
			e.win.Close()
		}},
		choice{gui.T("edit.unsaved.discard", "不保存"), func() {
			os.Remove(edit.RecoveryPath(e.path)) // knowingly discarded: not offered again
			e.win.Close()
		}},
		choice{gui.T("edit.unsaved.cancel", "继续编辑"), func() {}})
}

// OfferRecovery asks, if a recovery copy newer than the story file is
// there (a crash, a power cut, kill -9 while editing), whether to recover
// it; recovering makes it the draft, unsaved until the person saves.
func (e *Editor) OfferRecovery() {
	rec := edit.Recovery(e.path)
	if rec == "" {
		return
	}
	ask(e.win, gui.T("edit.recover.title", "恢复未保存的修改？"),
		gui.T("edit.recover.body", "上次编辑这个故事时有修改没有保存（程序意外退出）。恢复这些修改吗？"),
		choice{gui.T("edit.recover.yes", "恢复"), func() {
			rs, err := data.LoadStory(rec)
			if err != nil {
				e.showError(fmt.Errorf("%s: %w", rec, err))
				return
			}
			e.Replace(edit.NewRecoveredDraft(rs, e.draft.Article()))
		}},
		choice{gui.T("edit.recover.no", "丢弃"), func() { os.Remove(rec) }})
}
