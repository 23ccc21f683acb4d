package keyboard

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// KeyHeight is the height of a key and of a candidate, in Fyne units:
// 36 units are 50 px at a kiosk's scale 1.4 (a touch target is at least
// 48 px).
const KeyHeight = 36

// minKeyWidth is a key's least width in units (also 50 px at 1.4).
const minKeyWidth = 36

// key is one key: a rounded face with a label. It implements Tapped and
// desktop.Mouseable (to show the press while a finger is down) but not
// desktop.Hoverable: on a touch screen the last touch would otherwise
// leave a key looking hovered.
type key struct {
	widget.BaseWidget
	label   string
	accent  bool // a function key (clear, close) or a candidate
	pressed bool
	onTap   func()
}

func newKey(label string, accent bool, onTap func()) *key {
	k := &key{label: label, accent: accent, onTap: onTap}
	k.ExtendBaseWidget(k)
	return k
}

// Tapped is part of fyne.Tappable.
func (k *key) Tapped(*fyne.PointEvent) {
	k.setPressed(false)
	if k.onTap != nil {
		k.onTap()
	}
}

// MouseDown shows the key pressed while the finger is on it.
func (k *key) MouseDown(*desktop.MouseEvent) { k.setPressed(true) }

// MouseUp releases it (the tap, if it was one, follows).
func (k *key) MouseUp(*desktop.MouseEvent) { k.setPressed(false) }

func (k *key) setPressed(on bool) {
	if k.pressed != on {
		k.pressed = on
		k.Refresh()
	}
}

// Pressed reports whether the key is held down.
func (k *key) Pressed() bool { return k.pressed }

// MinSize is a touch target's.
func (k *key) MinSize() fyne.Size {
	m := fyne.MeasureText(k.label, theme.TextSize()*labelScale, fyne.TextStyle{})
	return fyne.NewSize(max(minKeyWidth, m.Width+2*theme.InnerPadding()), KeyHeight)
}

// labelScale makes key labels a little larger than body text, for reading
// at arm's length.
const labelScale = 1.15

// CreateRenderer is part of fyne.Widget.
func (k *key) CreateRenderer() fyne.WidgetRenderer {
	face := canvas.NewRectangle(color.Transparent)
	face.CornerRadius = theme.InputRadiusSize()
	text := canvas.NewText(k.label, color.Black)
	text.Alignment = fyne.TextAlignCenter
	r := &keyRenderer{k: k, face: face, text: text}
	r.Refresh()
	return r
}

type keyRenderer struct {
	k    *key
	face *canvas.Rectangle
	text *canvas.Text
}

func (r *keyRenderer) Layout(s fyne.Size) {
	// A gap between keys, so neighbours read as separate targets.
	g := theme.Padding() / 2
	r.face.Move(fyne.NewPos(g, g))
	r.face.Resize(fyne.NewSize(s.Width-2*g, s.Height-2*g))
	m := r.text.MinSize()
	r.text.Move(fyne.NewPos(0, (s.Height-m.Height)/2))
	r.text.Resize(fyne.NewSize(s.Width, m.Height))
}

func (r *keyRenderer) MinSize() fyne.Size { return r.k.MinSize() }

func (r *keyRenderer) Refresh() {
	k := r.k
	fg := theme.Color(theme.ColorNameForeground)
	bg := theme.Color(theme.ColorNameButton)
	if k.accent {
		bg = theme.Color(theme.ColorNameInputBackground)
	}
	if k.pressed {
		// Pressed: the primary colour, with the text on it in the
		// colour Fyne uses on primary (a contrast it has checked).
		bg = theme.Color(theme.ColorNamePrimary)
		fg = theme.Color(theme.ColorNameForegroundOnPrimary)
	}
	r.face.FillColor = bg
	r.face.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	r.face.StrokeWidth = 1
	r.face.CornerRadius = theme.InputRadiusSize()
	r.text.Text = k.label
	r.text.Color = fg
	r.text.TextSize = theme.TextSize() * labelScale
	r.face.Refresh()
	r.text.Refresh()
}

func (r *keyRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.face, r.text} }
func (r *keyRenderer) Destroy()                     {}
