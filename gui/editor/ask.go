package editor

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// choice is one answer of a question dialog.
type choice struct {
	label string
	do    func()
}

// ask shows a question with its answers as buttons, the first answer the
// default: it has the focus, so Enter or Space answers it, and Tab moves
// to the others. Fyne 2.7's own dialogs take no keys, and an editor must
// be usable without a mouse.
func ask(w fyne.Window, title, body string, choices ...choice) dialog.Dialog {
	var d dialog.Dialog
	var buttons []fyne.CanvasObject
	var first *keyButton
	for i, c := range choices {
		c := c
		b := newKeyButton(c.label, func() {
			d.Hide()
			c.do()
		})
		if i == 0 {
			b.Importance = widget.HighImportance
			first = b
		}
		buttons = append([]fyne.CanvasObject{b}, buttons...) // the default rightmost
	}
	text := widget.NewLabel(body)
	text.Wrapping = fyne.TextWrapWord
	row := container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, buttons...)...)
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(text, row), w)
	d.Resize(fyne.NewSize(min(560, w.Canvas().Size().Width*0.9), d.MinSize().Height))
	d.Show()
	if first != nil {
		w.Canvas().Focus(first)
	}
	return d
}

// keyButton is a button that Enter activates as well as Space.
type keyButton struct{ widget.Button }

func newKeyButton(label string, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	default:
		b.Button.TypedKey(ev)
	}
}
