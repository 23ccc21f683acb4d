package gui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/gui/keyboard"
)

// kioskScale is a kiosk's Fyne scale (KioskConfig's default).
const kioskScale = 1.4

// newKioskAt shows a kiosk in a test window of w×h pixels at the kiosk's
// scale, hands it to a visitor and opens the search tab.
func newKioskAt(t *testing.T, w, h float32) (*Kiosk, fyne.Window) {
	t.Helper()
	x := NewExplorer(lightSelection(t).Story())
	win := test.NewTempWindow(t, x)
	win.SetPadded(false)
	win.Canvas().(test.WindowlessCanvas).SetScale(kioskScale)
	win.Resize(fyne.NewSize(w/kioskScale, h/kioskScale))
	k := NewKiosk(x, DefaultKioskConfig(), t0)
	win.SetContent(k.Content())
	win.Resize(fyne.NewSize(w/kioskScale, h/kioskScale))
	drawn(win)
	k.Input(t0.Add(time.Second))
	x.ShowSearch("")
	drawn(win)
	return k, win
}

// keyOf finds the key labelled label on kb.
func keyOf(t *testing.T, kb *keyboard.Keyboard, label string) fyne.Tappable {
	t.Helper()
	var found fyne.Tappable
	walkTree(kb, func(o fyne.CanvasObject) bool {
		if tp, ok := o.(fyne.Tappable); ok && found == nil && keyboard.Label(o) == label {
			found = tp
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no key %q", label)
	}
	return found
}

func typeKeys(t *testing.T, kb *keyboard.Keyboard, s string) {
	t.Helper()
	for _, r := range s {
		test.Tap(keyOf(t, kb, string(r)))
	}
}

func TestTouchKeyboardLook(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h float32
	}{{"1920x1080", 1920, 1080}, {"1024x600", 1024, 600}} {
		t.Run(tc.name, func(t *testing.T) {
			k, win := newKioskAt(t, tc.w, tc.h)
			p := k.x.Search
			test.Tap(p.entry)
			drawn(win)
			typeKeys(t, p.Keyboard(), "jqr")
			drawn(win)
			test.AssertImageMatches(t, "kiosk/keyboard_"+tc.name+".png", win.Canvas().Capture())
		})
	}
}
