package editor

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// tourPanel lists the presenter's stops in order. The highlighted stop
// moves up and down (buttons, or Alt+↑ / Alt+↓ in the list), is deleted,
// and has its speaker notes edited; every change is one undoable edit, and
// presenter mode plays the story's tour as edited.
type tourPanel struct {
	e          *Editor
	d          dialog.Dialog
	list       *tourList
	cur        int
	notes      *field
	notesEn    *field
	up, down   *widget.Button
	del, saveN *widget.Button
	msg        *widget.Label
}

// OpenTour shows the tour panel.
func (e *Editor) OpenTour() {
	t := &tourPanel{e: e}
	t.list = newTourList(t)
	t.notes, t.notesEn = multiEntryWith(""), multiEntryWith("")
	t.notes.esc = func() { t.d.Hide() }
	t.notesEn.esc = t.notes.esc
	t.notes.SetPlaceHolder(gui.T("edit.tour.notes", "讲解备注"))
	t.notesEn.SetPlaceHolder(gui.T("edit.tour.notes_en", "英文讲解备注"))
	t.up = widget.NewButtonWithIcon(gui.T("edit.tour.up", "上移 Alt+↑"), theme.MoveUpIcon(), func() { t.move(-1) })
	t.down = widget.NewButtonWithIcon(gui.T("edit.tour.down", "下移 Alt+↓"), theme.MoveDownIcon(), func() { t.move(+1) })
	t.del = widget.NewButtonWithIcon(gui.T("edit.tour.delete", "删除"), theme.DeleteIcon(), t.delete)
	t.saveN = widget.NewButtonWithIcon(gui.T("edit.tour.notes.save", "保存备注"), theme.DocumentSaveIcon(), t.saveNotes)
	t.msg = widget.NewLabel("")
	t.msg.Importance = widget.DangerImportance
	t.msg.Hide()
	closeB := widget.NewButton(gui.T("edit.close", "关闭"), func() { t.d.Hide() })
	buttons := container.NewHBox(t.up, t.down, t.del)
	notes := container.NewVBox(widget.NewLabel(gui.T("edit.tour.notes", "讲解备注")), t.notes, t.notesEn,
		container.NewHBox(t.saveN), t.msg)
	body := container.NewBorder(buttons, container.NewBorder(nil, nil, nil, closeB, notes), nil, nil,
		container.NewGridWrap(fyne.NewSize(600, 300), t.list))
	t.d = dialog.NewCustomWithoutButtons(gui.T("edit.tour.title", "讲解路线"), body, e.win)
	t.d.SetOnClosed(func() { e.tour = nil })
	e.tour = t
	t.refresh()
	t.d.Show()
	e.win.Canvas().Focus(t.list)
}

// stops is the draft's tour now.
func (t *tourPanel) stops() []data.Stop { return t.e.draft.Story().Tour }

// refresh shows the draft's stops and the highlighted one's notes.
func (t *tourPanel) refresh() {
	n := len(t.stops())
	t.cur = min(max(t.cur, 0), max(n-1, 0))
	t.list.Refresh()
	if n > 0 {
		t.list.Select(t.cur)
	}
	setEnabled(t.up, n > 0 && t.cur > 0)
	setEnabled(t.down, n > 0 && t.cur < n-1)
	setEnabled(t.del, n > 0)
	setEnabled(t.saveN, n > 0)
	if n > 0 {
		st := t.stops()[t.cur]
		t.notes.SetText(st.Notes)
		t.notesEn.SetText(st.NotesEn)
	}
}

// label is a stop's line in the list: its number, title and what it shows.
func (t *tourPanel) label(i int) string {
	st := t.stops()[i]
	n := map[string]any{"N": len(st.Passages)}
	what := gui.T("edit.tour.sentences", "{{.N}} 个句子", n)
	if len(st.Passages) == 1 {
		what = gui.T("edit.tour.sentences.one", "{{.N}} 个句子", n) // "1 sentence"
	}
	if !st.Target.IsZero() {
		what = gui.KindLabel(st.Target.Kind)
	}
	return fmt.Sprintf("%d. %s  · %s", i+1, gui.Pick(st.Title, st.TitleEn), what)
}

// move moves the highlighted stop d places.
func (t *tourPanel) move(d int) {
	n := len(t.stops())
	to := t.cur + d
	if n == 0 || to < 0 || to >= n {
		return
	}
	if t.e.Do(edit.MoveStop(t.stops()[t.cur].ID, to)) {
		t.cur = to
	}
	t.refresh()
	t.e.win.Canvas().Focus(t.list)
}

func (t *tourPanel) delete() {
	if len(t.stops()) == 0 {
		return
	}
	t.e.Do(edit.DeleteStop(t.stops()[t.cur].ID))
	t.refresh()
}

func (t *tourPanel) saveNotes() {
	if len(t.stops()) == 0 {
		return
	}
	if err := t.e.try(edit.SetStopNotes(t.stops()[t.cur].ID, t.notes.Text, t.notesEn.Text)); err != nil {
		t.msg.SetText("！" + problemText(err.Error()))
		t.msg.Show()
		return
	}
	t.msg.Hide()
	t.refresh()
}

// tourList is the list of stops; Alt+↑ and Alt+↓ move the highlighted
// stop, ↑ ↓ (the list's own keys) move the highlight.
type tourList struct {
	widget.List
	t *tourPanel
}

func newTourList(t *tourPanel) *tourList {
	l := &tourList{t: t}
	l.Length = func() int { return len(t.stops()) }
	l.CreateItem = func() fyne.CanvasObject { return widget.NewLabel("") }
	l.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(t.label(i)) }
	l.OnSelected = func(i widget.ListItemID) {
		if i != t.cur {
			t.cur = i
			t.refresh()
		}
	}
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey closes the panel on Escape; other keys move the highlight.
func (l *tourList) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		l.t.d.Hide()
		return
	}
	l.List.TypedKey(k)
}

// TypedShortcut moves the highlighted stop on Alt+↑ / Alt+↓.
func (l *tourList) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.Modifier == fyne.KeyModifierAlt {
		switch cs.KeyName {
		case fyne.KeyUp:
			l.t.move(-1)
		case fyne.KeyDown:
			l.t.move(+1)
		}
		return
	}
	// The window's shortcuts (Ctrl+Z, Ctrl+S …) still work with the list
	// focused: a focused widget gets shortcuts instead of the canvas.
	if c, ok := l.t.e.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }); ok {
		c.TypedShortcut(s)
	}
}
