package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/qiusuo/qiusuo/data"
)

// BindKeys installs edit mode's keys on the window's canvas, over the
// explorer's own (call it after the explorer's BindKeys):
//
//	↓ / ↑            move the sentence cursor to the next / previous sentence
//	Ctrl+L           the link palette
//	Ctrl+S           save
//	Ctrl+Z           undo; Ctrl+Shift+Z or Ctrl+Y redo
//	Ctrl+E           edit the selected event, entity, cluster, figure or term
//	Ctrl+M           merge the selected entity with another
//	Ctrl+Delete      delete the selected event, entity, figure or term
//	Ctrl+Shift+N     new entity
//	Ctrl+T           the tour panel
//	Alt+↑ / Alt+↓    move the selected event earlier / later
//	Escape           end paint mode; else clear the selection; with
//	                 nothing selected, leave edit mode
//	E                leave edit mode (asks if there are unsaved changes)
//
// Everything else goes to the explorer (← → events, Ctrl+F search …).
func (e *Editor) BindKeys(c fyne.Canvas) {
	c.SetOnTypedKey(e.TypedKey)
	c.SetOnTypedRune(e.TypedRune)
	short := func(k fyne.KeyName, m fyne.KeyModifier, f func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m}, func(fyne.Shortcut) { f() })
	}
	ctrl := fyne.KeyModifierShortcutDefault
	short(fyne.KeyL, ctrl, e.OpenPalette)
	short(fyne.KeyS, ctrl, e.Save)
	short(fyne.KeyZ, ctrl, e.Undo)
	short(fyne.KeyZ, ctrl|fyne.KeyModifierShift, e.Redo)
	short(fyne.KeyY, ctrl, e.Redo)
	for _, k := range e.itemKeys() {
		short(k.key, k.mod, k.do)
	}
}

type itemKey struct {
	key fyne.KeyName
	mod fyne.KeyModifier
	do  func()
}

// itemKeys are the shortcuts that act on the selected item.
func (e *Editor) itemKeys() []itemKey {
	ctrl := fyne.KeyModifierShortcutDefault
	return []itemKey{
		{fyne.KeyE, ctrl, e.EditSelected},
		{fyne.KeyM, ctrl, e.MergeEntity},
		{fyne.KeyDelete, ctrl, e.DeleteSelected},
		{fyne.KeyN, ctrl | fyne.KeyModifierShift, e.NewEntity},
		{fyne.KeyT, ctrl, e.OpenTour},
		{fyne.KeyUp, fyne.KeyModifierAlt, func() { e.MoveEvent(-1) }},
		{fyne.KeyDown, fyne.KeyModifierAlt, func() { e.MoveEvent(+1) }},
	}
}

// EditSelected opens the form of what is selected.
func (e *Editor) EditSelected() {
	switch e.x.Sel.Current().Ref.Kind {
	case data.RefEvent:
		e.EditEvent()
	case data.RefEntity:
		e.EditEntity()
	case data.RefCluster:
		e.EditCluster()
	case data.RefFact:
		e.EditFact()
	case data.RefTerm:
		e.EditTerm()
	}
}

// TypedKey handles a key typed while nothing has focus.
func (e *Editor) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		e.MoveCursor(+1)
	case fyne.KeyUp:
		e.MoveCursor(-1)
	case fyne.KeyEscape:
		if !e.paint.IsZero() {
			e.paint = data.Ref{}
			e.bar.update()
			return
		}
		if e.x.Sel.Current().Ref.IsZero() && e.OnLeave != nil {
			e.Leave()
			return
		}
		e.x.TypedKey(k)
	default:
		e.x.TypedKey(k)
	}
}

// MoveCursor moves the sentence cursor d sentences on (the first
// sentence if there is none yet) and selects that sentence, so the
// reader shows it and the bar lists its links.
func (e *Editor) MoveCursor(d int) {
	s := e.x.Sel.Story()
	n := len(s.Article.Passages)
	if n == 0 {
		return
	}
	p := e.cursor()
	switch {
	case p < 0 && d > 0:
		p = 0
	case p < 0:
		p = n - 1
	default:
		p = min(max(p+d, 0), n-1)
	}
	was := e.paint
	e.paint = data.Ref{} // moving the cursor is not a paint stroke
	e.x.Sel.SelectPassage(p)
	e.paint = was
	e.bar.update()
}
