package editor

import (
	"errors"
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// form is an edit dialog that stays open when its edit is refused: the
// loader's message goes under the field it is about (a date that is not in
// the event's sentences shows under "date as printed"), or above the
// buttons when it names no field, and the person corrects it in place
// instead of reading a generic error box and starting over.
type form struct {
	e      *Editor
	d      dialog.Dialog
	f      *widget.Form
	items  []*widget.FormItem
	hints  []string // each item's own hint, restored when its problem is gone
	fields map[string]*widget.FormItem
	msg    *widget.Label
	submit func() error
}

// newForm builds the dialog. fields maps words the loader uses in its
// messages ("when", "name", "figure") to the item they are about. submit
// makes the edit; a nil error closes the form.
func (e *Editor) newForm(title string, items []*widget.FormItem, fields map[string]*widget.FormItem, submit func() error, extra ...fyne.CanvasObject) *form {
	fm := &form{e: e, items: items, fields: fields, submit: submit}
	for _, it := range items {
		fm.hints = append(fm.hints, it.HintText)
		if en, ok := it.Widget.(*field); ok {
			en.esc = func() { fm.d.Hide() }
			if !en.MultiLine {
				en.OnSubmitted = func(string) { fm.ok() }
			}
		}
	}
	fm.msg = widget.NewLabel("")
	fm.msg.Importance = widget.DangerImportance
	fm.msg.Wrapping = fyne.TextWrapWord
	fm.msg.Hide()
	fm.f = widget.NewForm(items...)
	fm.f.SubmitText = gui.T("edit.ok", "确定")
	fm.f.CancelText = gui.T("edit.cancel", "取消")
	fm.f.OnSubmit = fm.ok
	fm.f.OnCancel = func() { fm.d.Hide() }
	body := container.NewVBox(append(append([]fyne.CanvasObject{}, extra...), fm.f, fm.msg)...)
	fm.d = dialog.NewCustomWithoutButtons(title, body, e.win)
	fm.d.Resize(fyne.NewSize(min(620, e.win.Canvas().Size().Width*0.9), body.MinSize().Height+80))
	e.form = fm
	fm.d.SetOnClosed(fm.closed)
	return fm
}

// closed forgets the form once its dialog is gone.
func (fm *form) closed() {
	if fm.e.form == fm {
		fm.e.form = nil
	}
}

// show opens the form with the first entry focused.
func (fm *form) show() {
	fm.d.Show()
	for _, it := range fm.items {
		if en, ok := it.Widget.(fyne.Focusable); ok {
			fm.e.win.Canvas().Focus(en)
			break
		}
	}
}

// ok tries the edit and closes the form, or shows why it was refused.
func (fm *form) ok() {
	err := fm.submit()
	if err == nil {
		fm.d.Hide()
		return
	}
	var se *data.StoryError
	if errors.As(err, &se) {
		fm.showProblem(se.Problems[0]) // the first: fixing it may fix the rest
		return
	}
	fm.showProblem(err.Error())
}

// Problem is what the form shows now ("" when none): the text under a
// field, or the message above the buttons.
func (fm *form) Problem() string {
	for i, it := range fm.items {
		if it.HintText != fm.hints[i] {
			return it.HintText
		}
	}
	if fm.msg.Visible() {
		return fm.msg.Text
	}
	return ""
}

// showProblem puts msg under the field it names, or above the buttons.
func (fm *form) showProblem(msg string) {
	msg = problemText(msg)
	for i, it := range fm.items {
		it.HintText = fm.hints[i]
	}
	fm.msg.Hide()
	if it := fm.fieldOf(msg); it != nil {
		it.HintText = "！" + msg
	} else {
		fm.msg.SetText("！" + msg)
		fm.msg.Show()
	}
	fm.f.Refresh()
	fm.d.Resize(fyne.NewSize(fm.d.MinSize().Width, 0).Max(fm.d.MinSize()))
}

// fieldOf finds the item a loader message is about: the first field word
// that appears in it as a word ("when \"今年\" does not occur …").
func (fm *form) fieldOf(msg string) *widget.FormItem {
	best, at := (*widget.FormItem)(nil), len(msg)+1
	for word, it := range fm.fields {
		for _, pat := range []string{word + " ", `"` + word + `"`} {
			if i := strings.Index(msg, pat); i >= 0 && i < at && (i == 0 || !isLetter(msg[i-1])) {
				best, at = it, i
			}
		}
	}
	return best
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b == '_' }

// problemText drops the file and list position from a loader message
// ("story.json: events[3] \"gala\": when …" → "when …"): the form already
// says which item it is.
func problemText(msg string) string {
	return itemPrefix.ReplaceAllString(msg, "")
}

var itemPrefix = regexp.MustCompile(`^[a-z]+\[\d+\] "[^"]*": `)

// try makes an edit for a form: the error is returned to the form, not
// shown in a dialog of its own.
func (e *Editor) try(op edit.Op) error {
	if err := e.draft.Do(op); err != nil {
		return err
	}
	e.changed()
	return nil
}

// field is an entry of the editor's forms: Escape closes the form it is
// in (Fyne's entries ignore Escape, and a form must close without a mouse).
type field struct {
	widget.Entry
	esc func()
}

func newField() *field {
	f := &field{}
	f.ExtendBaseWidget(f)
	return f
}

// TypedKey closes the form on Escape.
func (f *field) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && f.esc != nil {
		f.esc()
		return
	}
	f.Entry.TypedKey(k)
}

// entryWith is a one-line entry holding text.
func entryWith(text string) *field {
	en := newField()
	en.SetText(text)
	return en
}

// multiEntryWith is a multi-line entry holding text (notes, explanations).
func multiEntryWith(text string) *field {
	en := newField()
	en.MultiLine = true
	en.Wrapping = fyne.TextWrapWord
	en.SetMinRowsVisible(3)
	en.SetText(text)
	return en
}
