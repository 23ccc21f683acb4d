package keyboard

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Labels are the function keys' labels, in the interface's language.
// They must be in the bundled font: no ⌫ or ␣.
type Labels struct {
	Space, Clear, Close string
}

// Keyboard is the on-screen keyboard with its candidate bar.
type Keyboard struct {
	widget.BaseWidget

	// OnRune is called with the character of a letter, digit, space or
	// apostrophe key.
	OnRune func(r rune)
	// OnBackspace, OnClear and OnClose are the function keys.
	OnBackspace, OnClear, OnClose func()
	// OnCandidate is called with the word of a tapped candidate.
	OnCandidate func(word string)

	labels     Labels
	rows       [][]*key
	cands      []*key
	candBar    *fyne.Container
	background *canvas.Rectangle
}

// The keys, row by row. The last row's function keys are added by New.
var letterRows = []string{"1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm"}

// New returns a keyboard with the given labels.
func New(l Labels) *Keyboard {
	k := &Keyboard{labels: l}
	k.ExtendBaseWidget(k)
	for i, row := range letterRows {
		var keys []*key
		for _, r := range row {
			keys = append(keys, newKey(string(r), false, func() { k.typed(r) }))
		}
		switch i {
		case 2:
			// Backspace at the end of the home row, where a thumb finds it.
			keys = append(keys, newKey("←", true, func() { call(k.OnBackspace) }))
		case 3:
			keys = append(keys,
				newKey(l.Space, false, func() { k.typed(' ') }),
				newKey(l.Clear, true, func() { call(k.OnClear) }),
				newKey(l.Close, true, func() { call(k.OnClose) }))
		}
		k.rows = append(k.rows, keys)
	}
	k.candBar = &fyne.Container{Layout: candidateLayout{}}
	return k
}

func call(f func()) {
	if f != nil {
		f()
	}
}

func (k *Keyboard) typed(r rune) {
	if k.OnRune != nil {
		k.OnRune(r)
	}
}

// SetCandidates shows words in the candidate bar, best first; those that
// do not fit the width are left out.
func (k *Keyboard) SetCandidates(words []string) {
	k.cands = k.cands[:0]
	objs := make([]fyne.CanvasObject, 0, len(words))
	for _, w := range words {
		c := newKey(w, true, func() {
			if k.OnCandidate != nil {
				k.OnCandidate(w)
			}
		})
		k.cands = append(k.cands, c)
		objs = append(objs, c)
	}
	k.candBar.Objects = objs
	k.candBar.Refresh()
}

// Candidates returns the words in the candidate bar that are shown.
func (k *Keyboard) Candidates() []string {
	var out []string
	for _, c := range k.cands {
		if c.Visible() {
			out = append(out, c.label)
		}
	}
	return out
}

// CreateRenderer is part of fyne.Widget.
func (k *Keyboard) CreateRenderer() fyne.WidgetRenderer {
	k.background = canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))
	objs := []fyne.CanvasObject{k.background, k.candBar}
	for _, row := range k.rows {
		for _, key := range row {
			objs = append(objs, key)
		}
	}
	return &renderer{k: k, objects: objs}
}

type renderer struct {
	k       *Keyboard
	objects []fyne.CanvasObject
}

// rowWeight is how many ordinary keys' width a key takes: the space bar
// and the function keys are wider.
func rowWeight(k *key) float32 {
	if len([]rune(k.label)) > 1 {
		return 1.5
	}
	return 1
}

func (r *renderer) Layout(s fyne.Size) {
	p := theme.Padding()
	r.k.background.Resize(s)
	y := p
	r.k.candBar.Move(fyne.NewPos(p, y))
	r.k.candBar.Resize(fyne.NewSize(s.Width-2*p, KeyHeight))
	y += KeyHeight
	for _, row := range r.k.rows {
		var total float32
		for _, key := range row {
			total += rowWeight(key)
		}
		// Every row has the width of ten ordinary keys, so the columns
		// line up; a shorter row is centred.
		unit := (s.Width - 2*p) / max(total, 10)
		x := p + (s.Width-2*p-unit*total)/2
		for _, key := range row {
			w := unit * rowWeight(key)
			key.Move(fyne.NewPos(x, y))
			key.Resize(fyne.NewSize(w, KeyHeight))
			x += w
		}
		y += KeyHeight
	}
}

func (r *renderer) MinSize() fyne.Size {
	p := theme.Padding()
	return fyne.NewSize(10*minKeyWidth+2*p, float32(len(r.k.rows)+1)*KeyHeight+2*p)
}

func (r *renderer) Refresh() {
	r.k.background.FillColor = theme.Color(theme.ColorNameHeaderBackground)
	r.k.background.Refresh()
	for _, o := range r.objects[1:] {
		o.Refresh()
	}
}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *renderer) Destroy()                     {}

// candidateLayout puts candidates left to right at their natural width
// and hides those that do not fit.
type candidateLayout struct{}

func (candidateLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	var x float32
	full := false
	for _, o := range objs {
		w := o.MinSize().Width
		if full = full || x+w > s.Width; full {
			o.Hide() // and every later one: the order is the ranking
			continue
		}
		o.Show()
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, s.Height))
		x += w
	}
}

func (candidateLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, KeyHeight) }

// Label returns the label of a key or candidate of a keyboard, "" for
// anything else (for tests that find a key by what it says).
func Label(o fyne.CanvasObject) string {
	if k, ok := o.(*key); ok {
		return k.label
	}
	return ""
}

// Pressed reports whether a key of a keyboard is held down (for tests).
func Pressed(o fyne.CanvasObject) bool {
	k, ok := o.(*key)
	return ok && k.pressed
}
