package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui"
)

// SetProblems records the links the article no longer supports (from
// data.LoadStoryLenient): the bar counts them ("3 个失效链接") until the
// person has looked at each and fixed it.
func (e *Editor) SetProblems(ps []data.Problem) {
	e.problems = ps
	e.bar.update()
}

// Problems are the broken links the story opened with.
func (e *Editor) Problems() []data.Problem { return e.problems }

// updateBroken shows the count of broken links, or hides the button.
func (b *bar) updateBroken() {
	n := len(b.e.problems)
	if n == 0 {
		b.broken.Hide()
		return
	}
	b.broken.SetText(gui.T("edit.broken", "{{.N}} 个失效链接", map[string]any{"N": n}))
	b.broken.Show()
}

// ShowProblems lists the broken links: where each was, what the article
// lacks; choosing one selects its item (when the story still has it) so
// the person relinks it with the palette, and marks it dealt with.
func (e *Editor) ShowProblems() {
	if len(e.problems) == 0 {
		return
	}
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(e.problems) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			p := e.problems[i]
			where := p.Where
			if !p.Item.IsZero() {
				where = gui.KindLabel(p.Item.Kind) + " · " + gui.RefLabel(e.draft.Story(), p.Item) + " — " + p.Where
			}
			o.(*widget.Label).SetText(where + "\n" + p.Msg)
		})
	list.OnSelected = func(i widget.ListItemID) {
		p := e.problems[i]
		e.problems = append(e.problems[:i:i], e.problems[i+1:]...)
		d.Hide()
		if !p.Item.IsZero() && e.x.Sel.Story().Has(p.Item) {
			e.x.Sel.Select(p.Item)
		}
		e.bar.update()
	}
	hint := widget.NewLabel(gui.T("edit.broken.hint", "文章已改动，这些链接的句子找不到了。选一项去修复（它会从清单中移除）。"))
	hint.Wrapping = fyne.TextWrapWord
	closeB := widget.NewButton(gui.T("edit.close", "关闭"), func() { d.Hide() })
	body := container.NewBorder(hint, container.NewHBox(closeB), nil, nil, container.NewGridWrap(fyne.NewSize(640, 320), list))
	d = dialog.NewCustomWithoutButtons(gui.T("edit.broken.title", "失效链接"), body, e.win)
	d.Show()
	e.win.Canvas().Focus(list)
}
