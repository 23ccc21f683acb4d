package gui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

var t0 = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

// testPIN is the PIN of the test kiosks.
const testPIN = "480716"

func testKioskConfig() KioskConfig {
	c := DefaultKioskConfig()
	c.PIN = testPIN
	return c
}

func newTestKiosk(t *testing.T, cfg KioskConfig) (*Kiosk, fyne.Window) {
	t.Helper()
	x, w := newTestExplorer(t, 1024, 600)
	k := NewKiosk(x, cfg, t0)
	w.SetContent(k.Content())
	k.BindKeys(w.Canvas())
	drawn(w)
	return k, w
}

func TestKioskAttractLoop(t *testing.T) {
	cfg := testKioskConfig()
	k, _ := newTestKiosk(t, cfg)
	s := k.x.Sel.Story()
	if k.Mode() != Attract || k.Stop() != 0 || k.x.Sel.Current().Ref != s.StopRef(0) {
		t.Fatalf("start: mode %v stop %d sel %v", k.Mode(), k.Stop(), k.x.Sel.Current().Ref)
	}
	if !k.attract.Visible() {
		t.Error("the call-out is not shown")
	}
	now := t0
	for i := 1; i <= len(s.Tour)+2; i++ {
		now = now.Add(cfg.Advance() - time.Second)
		k.Tick(now)
		if k.Stop() != (i-1)%len(s.Tour) {
			t.Fatalf("advanced early at step %d", i)
		}
		now = now.Add(time.Second)
		k.Tick(now)
		if want := i % len(s.Tour); k.Stop() != want || k.x.Sel.Current().Ref != s.StopRef(want) {
			t.Fatalf("step %d: stop %d sel %v, want stop %d", i, k.Stop(), k.x.Sel.Current().Ref, want)
		}
		if k.Mode() != Attract {
			t.Fatal("the kiosk's own selection changes count as input")
		}
	}
	// A touch on the call-out hands over control.
	test.Tap(findCatcher(k.attract))
	if k.Mode() != Explore || k.attract.Visible() {
		t.Fatalf("after a touch: mode %v", k.Mode())
	}
	stop := k.Stop()
	k.Tick(now.Add(cfg.Advance() * 2))
	if k.Stop() != stop {
		t.Error("the tour kept playing under a visitor")
	}
}

func TestKioskIdleCountdownAndReset(t *testing.T) {
	cfg := testKioskConfig()
	k, w := newTestKiosk(t, cfg)
	now := t0.Add(time.Second)
	k.Input(now)
	k.x.Sel.Select(cl("ai"))
	k.x.Sel.Select(ev("davos"))
	k.x.Reader.scroll.ScrollToOffset(fyne.NewPos(0, 500))
	// Just before the countdown: still exploring.
	k.Tick(now.Add(cfg.Idle() - cfg.Countdown() - time.Second))
	if k.Mode() != Explore {
		t.Fatalf("mode %v before the countdown", k.Mode())
	}
	k.Tick(now.Add(cfg.Idle() - cfg.Countdown()))
	if k.Mode() != Countdown || !k.countdown.Visible() {
		t.Fatalf("mode %v: countdown not shown", k.Mode())
	}
	if k.countLabel.Text == "" {
		t.Error("countdown has no text")
	}
	// "Keep exploring" answers it.
	keep := findButton(k.countdown, "继续浏览 · Keep exploring")
	if keep == nil {
		t.Fatal("no keep-exploring button")
	}
	if keep.Size().Height < 48 || keep.Size().Width < 48 {
		t.Errorf("keep-exploring button is %v, want ≥ 48 px each way", keep.Size())
	}
	test.Tap(keep)
	if k.Mode() != Explore || k.x.Sel.Current().Ref != ev("davos") {
		t.Fatalf("after keep exploring: mode %v sel %v", k.Mode(), k.x.Sel.Current().Ref)
	}
	// Nobody answers: everything returns to the start.
	later := k.lastInput
	k.Tick(later.Add(cfg.Idle() - cfg.Countdown()))
	k.Tick(later.Add(cfg.Idle()))
	if k.Mode() != Attract || k.x.Sel.CanBack() || k.x.Sel.CanForward() || k.x.Reader.scroll.Offset.Y != 0 {
		t.Fatalf("after reset: mode %v back %v offset %v", k.Mode(), k.x.Sel.CanBack(), k.x.Reader.scroll.Offset)
	}
	if k.Stop() != 0 || k.x.Sel.Current().Ref != k.x.Sel.Story().StopRef(0) {
		t.Errorf("reset should restart the tour at the start stop, got %d", k.Stop())
	}
	_ = w
}

func TestKioskExitOnlyWithPIN(t *testing.T) {
	cfg := testKioskConfig()
	k, w := newTestKiosk(t, cfg)
	exited := 0
	k.OnExit = func() { exited++ }
	key := func(n fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: n}) }
	for _, n := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyQ, fyne.KeyF4, fyne.KeyF12, fyne.KeyF12} {
		key(n)
	}
	if exited != 0 || k.Mode() == Unlock {
		t.Fatal("left without the full sequence")
	}
	key(fyne.KeyF12) // third F12: PIN pad
	if k.Mode() != Unlock || !k.unlock.Visible() {
		t.Fatalf("mode %v after the exit sequence", k.Mode())
	}
	for _, n := range []fyne.KeyName{fyne.Key1, fyne.Key1, fyne.Key1, fyne.Key1, fyne.KeyReturn} {
		key(n)
	}
	if exited != 0 || k.pinError.Text == "" {
		t.Fatal("a wrong PIN exited or said nothing")
	}
	for _, n := range []fyne.KeyName{fyne.Key4, fyne.Key8, fyne.Key0, fyne.Key7, fyne.Key1, fyne.Key6, fyne.KeyReturn} {
		key(n)
	}
	if exited != 1 {
		t.Fatal("the right PIN did not exit")
	}
	// Corner taps open the pad too, and an abandoned pad closes itself.
	k2, _ := newTestKiosk(t, cfg)
	for i := 0; i < cfg.CornerTaps; i++ {
		k2.CornerTap(t0.Add(time.Duration(i) * 300 * time.Millisecond))
	}
	if k2.Mode() != Unlock {
		t.Fatal("corner taps did not open the PIN pad")
	}
	k2.Tick(t0.Add(time.Minute))
	if k2.Mode() == Unlock {
		t.Error("an abandoned PIN pad stayed open")
	}
}

// TestKioskCountsEveryInput: switching tabs, scrolling the reader and
// typing a search all keep the visitor's session alive.
func TestKioskCountsEveryInput(t *testing.T) {
	cfg := testKioskConfig()
	k, _ := newTestKiosk(t, cfg)
	now := t0
	k.Input(now)
	inputs := map[string]func(){
		"tab":    func() { k.x.left.SelectIndex(1 + toolFacts) },
		"drag":   func() { k.x.Reader.dragBy(-40) },
		"search": func() { k.x.ShowSearch("机器人") },
	}
	for name, do := range inputs {
		now = now.Add(cfg.Idle() - cfg.Countdown() - time.Second)
		k.now = now
		do()
		k.Tick(now.Add(2 * time.Second))
		if k.Mode() != Explore {
			t.Errorf("%s did not count as activity: mode %v", name, k.Mode())
		}
	}
}

// findCatcher returns the first tapCatcher in o's tree.
func findCatcher(o fyne.CanvasObject) *tapCatcher {
	var found *tapCatcher
	walkTree(o, func(c fyne.CanvasObject) bool {
		if tc, ok := c.(*tapCatcher); ok && found == nil {
			found = tc
		}
		return found == nil
	})
	return found
}
