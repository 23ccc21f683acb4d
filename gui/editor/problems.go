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
// person has looked at each and fixed it. Until then the story is saved
// as a draft that lists them (data/draft.go), so that none is lost.
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
			// Two lines a row, each cut with an ellipsis: a list's rows
			// are as tall as this template, so wrapped text would spill
			// over the next row.
			l := widget.NewLabel("…\n…")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			p := e.problems[i]
			// The item it belongs to, as a person knows it; the file's
			// place only for an item that is gone.
			where := p.Where
			if !p.Item.IsZero() && e.draft.Story().Has(p.Item) {
				where = gui.KindLabel(p.Item.Kind) + " · " + gui.RefLabel(e.draft.Story(), p.Item)
			}
			o.(*widget.Label).SetText(where + "\n" + brokenLinkText(p))
		})
	list.OnSelected = func(i widget.ListItemID) {
		p := e.problems[i]
		e.problems = append(e.problems[:i:i], e.problems[i+1:]...)
		d.Hide()
		// The file's draft section lists what is still to fix: this one
		// is dealt with (a change to save).
		e.draft.SetUnresolved(e.problems)
		e.changed()
		if !p.Item.IsZero() && e.x.Sel.Story().Has(p.Item) {
			e.x.Sel.Select(p.Item)
		}
	}
	hint := widget.NewLabel(gui.T("edit.broken.hint", "文章已改动，这些链接的句子找不到了。选一项去修复（它会从清单中移除）。"))
	hint.Wrapping = fyne.TextWrapWord
	closeB := widget.NewButton(gui.T("edit.close", "关闭"), func() { d.Hide() })
	body := container.NewBorder(hint, container.NewHBox(closeB), nil, nil, container.NewGridWrap(fyne.NewSize(640, 320), list))
	d = dialog.NewCustomWithoutButtons(gui.T("edit.broken.title", "失效链接"), body, e.win)
	d.Show()
	e.win.Canvas().Focus(list)
}

// brokenLinkText says what is wrong in the interface's language; a problem
// of a kind it does not know (a newer file) keeps the loader's words.
func brokenLinkText(p data.Problem) string {
	q := map[string]any{"Q": p.Quote}
	var out string
	switch p.Code {
	case data.ProblemQuoteMissing:
		out = gui.T("edit.problem.quote-missing", "文中已找不到这句：「{{.Q}}」", q)
	case data.ProblemQuoteAmbiguous:
		out = gui.T("edit.problem.quote-ambiguous", "这句引文现在在文中出现不止一次：「{{.Q}}」", q)
	case data.ProblemPassageUnknown:
		out = gui.T("edit.problem.passage-unknown", "文中没有编号为 {{.Q}} 的句子", q)
	case data.ProblemTermMissing:
		out = gui.T("edit.problem.term-missing", "术语「{{.Q}}」在文中已找不到", q)
	case data.ProblemEventDropped:
		out = gui.T("edit.problem.event-dropped", "事件「{{.Q}}」已移除：它的句子或日期不在文中了。请从新的句子重建它", q)
	case data.ProblemStopDropped:
		out = gui.T("edit.problem.stop-dropped", "讲解路线的一站「{{.Q}}」已移除：它展示的内容不在了", q)
	default:
		return p.Msg
	}
	if !p.Dropped.IsZero() {
		out += gui.T("edit.problem.dropped", "（{{.Kind}} {{.ID}} 因此已移除）",
			map[string]any{"Kind": gui.KindLabel(p.Dropped.Kind), "ID": p.Dropped.ID})
	}
	return out
}
