package gui

import (
	"slices"
	"strings"
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
	// Segmented before the panel is built, so results do not change
	// under the test when segmentation ends.
	x.Engine.Wait()
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

// TestTouchKeyboardSearch drives the keyboard as a visitor would: tap
// the box, type jqr, see results and the candidate, tap the candidate,
// tap a result; every tap counts as activity; the idle reset clears the
// query and closes the keyboard.
func TestTouchKeyboardSearch(t *testing.T) {
	k, win := newKioskAt(t, 1024, 600)
	x := k.x
	p := x.Search
	if !p.TouchKeyboard() || p.KeyboardOpen() {
		t.Fatal("a kiosk's search should have the touch keyboard, closed")
	}
	test.Tap(p.entry)
	drawn(win)
	kb := p.Keyboard()
	if !p.KeyboardOpen() || kb == nil || !kb.Visible() || !slices.Contains(test.WidgetRenderer(x).Objects(), fyne.CanvasObject(kb)) {
		t.Fatal("tapping the box did not bring up the keyboard")
	}
	// Every key is a touch target at the kiosk's scale.
	walkTree(kb, func(o fyne.CanvasObject) bool {
		if keyboard.Label(o) != "" && o.Visible() && (o.Size().Height*kioskScale < 48 || o.Size().Width*kioskScale < 48) {
			t.Errorf("key %q is %v units: under 48 px at scale %g", keyboard.Label(o), o.Size(), kioskScale)
		}
		return true
	})

	// Typing is activity: the countdown does not start while typing.
	cfg := DefaultKioskConfig()
	now := t0.Add(time.Second)
	for i, r := range "jqr" {
		now = now.Add(cfg.Idle() - cfg.Countdown() - time.Second)
		k.now = now
		test.Tap(keyOf(t, kb, string(r)))
		k.Tick(now.Add(time.Second))
		if k.Mode() != Explore {
			t.Fatalf("key %d: mode %v; a key is visitor activity", i, k.Mode())
		}
	}
	if p.Query() != "jqr" || len(p.rows) == 0 {
		t.Fatalf("after jqr: query %q, %d rows", p.Query(), len(p.rows))
	}
	if got := kb.Candidates(); len(got) == 0 || got[0] != "机器人" {
		t.Fatalf("candidate bar: %v", got)
	}
	if !strings.Contains(p.statusText(), "jqr → 机器人") {
		t.Errorf("status %q does not say how jqr was read", p.statusText())
	}
	// Backspace, space, apostrophe and clear edit the query.
	test.Tap(keyOf(t, kb, "←"))
	test.Tap(keyOf(t, kb, "'"))
	test.Tap(keyOf(t, kb, T("keyboard.space", "空格")))
	if p.Query() != "jq' " {
		t.Errorf("after ←, ' and space: %q", p.Query())
	}
	test.Tap(keyOf(t, kb, T("keyboard.clear", "清除")))
	if p.Query() != "" || !p.KeyboardOpen() {
		t.Errorf("clear: query %q, open %v", p.Query(), p.KeyboardOpen())
	}
	typeKeys(t, kb, "jqr")
	// A candidate puts the word in the box.
	test.Tap(keyOf(t, kb, "机器人"))
	if p.Query() != "机器人" || len(p.rows) == 0 {
		t.Fatalf("after the candidate: query %q, %d rows", p.Query(), len(p.rows))
	}
	// A result selects its sentence.
	row := p.firstOccurrence()
	p.list.Select(row)
	if cur := x.Sel.Current(); len(cur.Passages) == 0 || cur.Passages[0] != p.rows[row].passage {
		t.Errorf("choosing a result selected %+v", cur)
	}
	// Close hides the keyboard and keeps the query.
	test.Tap(keyOf(t, kb, T("keyboard.close", "关闭")))
	drawn(win)
	if p.KeyboardOpen() || slices.Contains(test.WidgetRenderer(x).Objects(), fyne.CanvasObject(kb)) || p.Query() != "机器人" {
		t.Errorf("close: open %v, query %q", p.KeyboardOpen(), p.Query())
	}
	if !x.Timeline.Visible() {
		t.Error("the timeline did not come back")
	}

	// The idle reset empties the query and closes the keyboard.
	test.Tap(p.entry)
	typeKeys(t, kb, "rgzn")
	last := k.now                                  // the last key
	k.Tick(last.Add(cfg.Idle() - cfg.Countdown())) // the countdown
	k.Tick(last.Add(cfg.Idle()))                   // unanswered: the reset
	if k.Mode() != Attract || p.KeyboardOpen() || p.Query() != "" || len(kb.Candidates()) != 0 {
		t.Errorf("after the idle reset: mode %v, open %v, query %q, candidates %v", k.Mode(), p.KeyboardOpen(), p.Query(), kb.Candidates())
	}
}

// TestTouchKeyboardSetting: outside a kiosk the keyboard comes only with
// the setting (--touch-keyboard), and survives the panel being built
// after the setting.
func TestTouchKeyboardSetting(t *testing.T) {
	x, win := newTestExplorer(t, 1280, 800)
	x.ShowSearch("")
	test.Tap(x.Search.entry)
	if x.Search.KeyboardOpen() {
		t.Fatal("the keyboard opened without the setting")
	}
	x.SetTouchKeyboard(true)
	test.Tap(x.Search.entry)
	drawn(win)
	if !x.Search.KeyboardOpen() || !x.Timeline.Visible() {
		t.Fatalf("with the setting: open %v; the timeline should stay on a tall window", x.Search.KeyboardOpen())
	}
	x.SetTouchKeyboard(false)
	if x.Search.KeyboardOpen() {
		t.Error("turning the setting off leaves the keyboard open")
	}

	y, _ := newTestExplorer(t, 1280, 800)
	y.SetTouchKeyboard(true) // before the search panel exists
	y.ShowSearch("")
	test.Tap(y.Search.entry)
	if !y.Search.KeyboardOpen() {
		t.Error("the setting was lost when the panel was built")
	}
}
