package keyboard

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func newTestKeyboard(t *testing.T, w, h float32) (*Keyboard, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	kb := New(Labels{Space: "空格", Clear: "清除", Close: "关闭"})
	win := test.NewTempWindow(t, kb)
	win.Resize(fyne.NewSize(w, h))
	return kb, win
}

func keyLabelled(kb *Keyboard, label string) *key {
	for _, row := range kb.rows {
		for _, k := range row {
			if k.label == label {
				return k
			}
		}
	}
	for _, k := range kb.cands {
		if k.label == label {
			return k
		}
	}
	return nil
}

// TestKeysReport checks every key reports what it is.
func TestKeysReport(t *testing.T) {
	kb, _ := newTestKeyboard(t, 600, 260)
	var typed []rune
	var events []string
	kb.OnRune = func(r rune) { typed = append(typed, r) }
	kb.OnBackspace = func() { events = append(events, "back") }
	kb.OnClear = func() { events = append(events, "clear") }
	kb.OnClose = func() { events = append(events, "close") }
	kb.OnCandidate = func(w string) { events = append(events, w) }
	for _, l := range []string{"j", "q", "r", "7", "'", "空格", "←", "清除", "关闭"} {
		test.Tap(keyLabelled(kb, l))
	}
	kb.SetCandidates([]string{"机器人", "集强"})
	test.Tap(keyLabelled(kb, "机器人"))
	if string(typed) != "jqr7' " || len(events) != 4 || events[3] != "机器人" {
		t.Errorf("typed %q, events %v", string(typed), events)
	}
}

// TestKeysAreTouchTargets: at a kiosk's scale 1.4 every key is ≥ 48 px
// both ways, on the narrowest panel the kiosk supports (1024 px wide).
func TestKeysAreTouchTargets(t *testing.T) {
	kb, _ := newTestKeyboard(t, 1024/1.4, 300)
	for _, row := range kb.rows {
		for _, k := range row {
			if s := k.Size(); s.Width*1.4 < 48 || s.Height*1.4 < 48 {
				t.Errorf("key %q: %v units", k.label, s)
			}
		}
	}
	if h := kb.MinSize().Height; h > 210 {
		t.Errorf("keyboard %v units tall: too tall for a 600 px panel at 1.4", h)
	}
}

// TestCandidatesThatDoNotFitAreHidden: the bar shows the best words that
// fit, in order, and never a later word in place of an earlier one.
func TestCandidatesThatDoNotFitAreHidden(t *testing.T) {
	kb, _ := newTestKeyboard(t, 400, 260)
	kb.SetCandidates([]string{"机器人", "a candidate far too long to share the bar with the others", "宇树"})
	kb.candBar.Refresh()
	kb.candBar.Layout.Layout(kb.candBar.Objects, kb.candBar.Size())
	got := kb.Candidates()
	if len(got) == 0 || got[0] != "机器人" || len(got) > 2 || (len(got) == 2 && got[1] == "宇树") {
		t.Errorf("shown %v", got)
	}
}

// TestKeyPressedState: a key shows it is held while the finger is down
// (touch screens reach Fyne as a mouse), and has no hover state.
func TestKeyPressedState(t *testing.T) {
	kb, w := newTestKeyboard(t, 600, 260)
	var typed []rune
	kb.OnRune = func(r rune) { typed = append(typed, r) }
	a := keyLabelled(kb, "a")
	var o fyne.CanvasObject = a
	if _, hover := o.(desktop.Hoverable); hover {
		t.Error("a key must not react to hover")
	}
	before := w.Canvas().Capture()
	a.MouseDown(&desktop.MouseEvent{})
	if !Pressed(a) || imagesEqual(before, w.Canvas().Capture()) {
		t.Error("a held key does not look pressed")
	}
	a.MouseUp(&desktop.MouseEvent{})
	test.Tap(a)
	if Pressed(a) || string(typed) != "a" || !imagesEqual(before, w.Canvas().Capture()) {
		t.Errorf("after the tap: pressed %v, typed %q", Pressed(a), string(typed))
	}
}

func imagesEqual(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				return false
			}
		}
	}
	return true
}
