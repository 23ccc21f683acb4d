package editor

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// Leave ends edit mode: at once when everything is saved, else after
// asking whether to save or discard the changes. OnLeave then gets the
// story as the file has it.
func (e *Editor) Leave() {
	if e.OnLeave == nil {
		return
	}
	done := func(s *data.Story) {
		if e.autosave != nil {
			e.autosave.Stop()
		}
		e.OnLeave(s)
	}
	if !e.draft.Dirty() {
		done(e.draft.Story())
		return
	}
	ask(e.win, gui.T("edit.unsaved.title", "有未保存的修改"), gui.T("edit.leave.body", "离开编辑模式前保存对这个故事的修改吗？"),
		choice{gui.T("edit.unsaved.save", "保存"), func() {
			if err := e.draft.Save(e.path); err != nil {
				e.showError(err)
				return
			}
			done(e.draft.Story())
		}},
		choice{gui.T("edit.unsaved.discard", "不保存"), func() {
			s, _, err := data.LoadStoryLenient(e.path)
			if err != nil {
				e.showError(fmt.Errorf("%s: %w", e.path, err))
				return
			}
			os.Remove(edit.RecoveryPath(e.path)) // knowingly discarded: not offered again
			done(s)
		}},
		choice{gui.T("edit.unsaved.cancel", "继续编辑"), func() {}})
}

// TypedRune handles a character typed while nothing has focus: E leaves
// edit mode (the key that entered it).
func (e *Editor) TypedRune(r rune) {
	if r == 'e' || r == 'E' {
		e.Leave()
	}
}

// UnbindKeys removes edit mode's shortcuts from the canvas, when the
// window goes back to the explorer.
func (e *Editor) UnbindKeys(c fyne.Canvas) {
	ctrl := fyne.KeyModifierShortcutDefault
	for _, s := range []struct {
		k fyne.KeyName
		m fyne.KeyModifier
	}{{fyne.KeyL, ctrl}, {fyne.KeyS, ctrl}, {fyne.KeyZ, ctrl}, {fyne.KeyZ, ctrl | fyne.KeyModifierShift}, {fyne.KeyY, ctrl}} {
		c.RemoveShortcut(&desktop.CustomShortcut{KeyName: s.k, Modifier: s.m})
	}
	for _, k := range e.itemKeys() {
		c.RemoveShortcut(&desktop.CustomShortcut{KeyName: k.key, Modifier: k.mod})
	}
	c.SetOnTypedRune(nil)
}
