package gui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui/touch"
)

// centre is the middle of o on its window's canvas.
func centre(o fyne.CanvasObject) fyne.Position {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
}

// tapAt taps the canvas the way the desktop driver does: the top-most
// tappable under the point gets it, whatever is above it in the tree.
func tapAt(w fyne.Window, p fyne.Position) { drawn(w); test.TapCanvas(w.Canvas(), p) }

// typeKey delivers a key as the desktop driver does: to the focused
// widget if there is one, else to the window's canvas.
func typeKey(w fyne.Window, n fyne.KeyName) {
	e := &fyne.KeyEvent{Name: n}
	if f := w.Canvas().Focused(); f != nil {
		f.TypedKey(e)
		return
	}
	w.Canvas().OnTypedKey()(e)
}

// TestKioskFirstTouchActs: the visitor's first touch in the attract loop
// both hands the kiosk over and does what it touched.
func TestKioskFirstTouchActs(t *testing.T) {
	cfg := testKioskConfig()
	// A timeline card other than the attract stop: selected at once.
	k, w := newTestKiosk(t, cfg)
	stop := k.x.Sel.Current().Ref
	var card *tlCard
	for _, c := range k.x.Timeline.cards {
		if c.ref() != stop && k.x.Timeline.shows(c) {
			card = c
			break
		}
	}
	if card == nil {
		t.Fatal("no visible timeline card")
	}
	tapAt(w, centre(card))
	if k.Mode() != Explore || k.attract.Visible() || k.x.Sel.Current().Ref != card.ref() {
		t.Fatalf("first touch on a card: mode %v, selection %v, want explore and %v", k.Mode(), k.x.Sel.Current().Ref, card.ref())
	}
	// The card of what the attract loop shows: already selected, so the
	// touch changes nothing but the mode.
	k, w = newTestKiosk(t, cfg)
	for k.x.Sel.Current().Ref.Kind != data.RefEvent {
		k.Tick(k.nextAdvance)
	}
	var same *tlCard
	for _, c := range k.x.Timeline.cards {
		if c.ref() == k.x.Sel.Current().Ref {
			same = c
		}
	}
	drawn(w)
	if !k.x.Timeline.shows(same) {
		t.Fatal("the attract stop's card is not in view")
	}
	tapAt(w, centre(same))
	if k.Mode() != Explore || k.x.Sel.Current().Ref != same.ref() {
		t.Errorf("touch on the selected card: mode %v sel %v", k.Mode(), k.x.Sel.Current().Ref)
	}
	// A touch on nothing in particular (the header's title) wakes it.
	k, w = newTestKiosk(t, cfg)
	sel := k.x.Sel.Current()
	tapAt(w, fyne.NewPos(300, 12))
	if k.Mode() != Explore || k.attract.Visible() || k.x.Sel.Current().Ref != sel.Ref {
		t.Errorf("touch on the title: mode %v", k.Mode())
	}
}

// TestKioskCornerCount: exactly CornerTaps taps open the PIN pad from the
// attract loop, from exploring and from the countdown; one fewer does not.
func TestKioskCornerCount(t *testing.T) {
	cfg := testKioskConfig()
	for _, state := range []string{"attract", "explore", "countdown"} {
		k, w := newTestKiosk(t, cfg)
		now := t0
		switch state {
		case "explore":
			k.Input(now)
		case "countdown":
			k.Input(now)
			now = now.Add(cfg.Idle() - cfg.Countdown())
			k.Tick(now)
			if k.Mode() != Countdown {
				t.Fatal("no countdown")
			}
		}
		for i := 1; i <= cfg.CornerTaps; i++ {
			if k.Mode() == Unlock {
				t.Fatalf("%s: the pad opened after %d taps", state, i-1)
			}
			now = now.Add(300 * time.Millisecond)
			k.now = now
			tapAt(w, fyne.NewPos(8, 8))
		}
		if k.Mode() != Unlock {
			t.Errorf("%s: %d corner taps: mode %v", state, cfg.CornerTaps, k.Mode())
		}
	}
	// Slow taps do not add up.
	k, w := newTestKiosk(t, cfg)
	for i := 0; i < cfg.CornerTaps; i++ {
		k.now = t0.Add(time.Duration(i) * 4 * time.Second)
		tapAt(w, fyne.NewPos(8, 8))
	}
	if k.Mode() == Unlock {
		t.Error("taps 4 s apart opened the pad")
	}
}

// TestKioskExitWhateverHasFocus: with a visitor's search in the focused
// box, the exit sequence still opens the pad, the PIN's digits go to the
// pad and not into the box, and reset leaves nothing focused.
func TestKioskExitWhateverHasFocus(t *testing.T) {
	cfg := testKioskConfig()
	k, w := newTestKiosk(t, cfg)
	exited := 0
	k.OnExit = func() { exited++ }
	k.Input(t0)
	k.x.ShowSearch("机器人")
	if w.Canvas().Focused() != k.x.Search.entry {
		t.Fatal("the search box is not focused")
	}
	for range 3 {
		typeKey(w, fyne.KeyF12)
	}
	if k.Mode() != Unlock || w.Canvas().Focused() != nil {
		t.Fatalf("F12 ×3 in the search box: mode %v, focused %v", k.Mode(), w.Canvas().Focused())
	}
	for _, d := range testPIN {
		typeKey(w, fyne.KeyName(string(d)))
	}
	if k.x.Search.entry.Text != "机器人" {
		t.Errorf("the PIN went into the search box: %q", k.x.Search.entry.Text)
	}
	typeKey(w, fyne.KeyReturn)
	if exited != 1 {
		t.Fatal("the PIN did not exit")
	}
	// A tapped search result focuses the list (Fyne does, on desktop);
	// the next tick takes the focus away again.
	k, w = newTestKiosk(t, cfg)
	k.Input(t0)
	k.x.ShowSearch("机器人")
	drawn(w)
	w.Canvas().Focus(k.x.Search.list)
	k.Tick(t0.Add(time.Second))
	if w.Canvas().Focused() != nil {
		t.Errorf("focus left on %T", w.Canvas().Focused())
	}
	for range 3 {
		typeKey(w, fyne.KeyF12)
	}
	if k.Mode() != Unlock {
		t.Error("exit sequence lost after a result was tapped")
	}
	// Reset leaves nothing focused, and the attract loop keeps it so.
	k.closeUnlock(t0)
	k.x.ShowSearch("春晚")
	k.Reset(t0.Add(time.Minute))
	if w.Canvas().Focused() != nil || k.x.Search.entry.Text != "" {
		t.Errorf("after reset: focused %v, query %q", w.Canvas().Focused(), k.x.Search.entry.Text)
	}
}

// TestKioskNoHoverResidue: the outline and tooltip of the node a visitor
// last touched are gone after the reset.
func TestKioskNoHoverResidue(t *testing.T) {
	cfg := testKioskConfig()
	k, w := newTestKiosk(t, cfg)
	k.Input(t0)
	var node *cmNode
	for _, n := range k.x.Map.nodes {
		if n.named() {
			node = n
			break
		}
	}
	k.x.Map.reveal(node)
	drawn(w)
	test.MoveMouse(w.Canvas(), centre(node))
	if !node.hovered || !k.x.Map.tip.Visible() || !Hovered() {
		t.Fatal("hovering a node shows no outline or tip")
	}
	k.Tick(t0.Add(cfg.Idle() - cfg.Countdown()))
	k.Tick(t0.Add(cfg.Idle()))
	if k.Mode() != Attract {
		t.Fatalf("mode %v", k.Mode())
	}
	if node.hovered || k.x.Map.tip.Visible() || Hovered() {
		t.Error("the hover outline or tooltip survived the reset")
	}
	// Through the attract loop too.
	for range 5 {
		k.Tick(k.nextAdvance)
		if node.hovered || k.x.Map.tip.Visible() {
			t.Fatal("hover came back in the attract loop")
		}
	}
}

// TestKioskPINBackOff: wrong PINs lock the pad for longer and longer,
// say so on the pad, and are logged without their digits.
func TestKioskPINBackOff(t *testing.T) {
	cfg := testKioskConfig()
	k, w := newTestKiosk(t, cfg)
	var log bytes.Buffer
	k.Log = &log
	exited := 0
	k.OnExit = func() { exited++ }
	now := t0
	try := func(pin string) {
		now = now.Add(time.Second)
		k.Tick(now)
		if k.Mode() != Unlock {
			for range 3 {
				typeKey(w, fyne.KeyF12)
			}
		}
		for _, d := range pin {
			typeKey(w, fyne.KeyName(string(d)))
		}
		typeKey(w, fyne.KeyReturn)
	}
	var waits []time.Duration
	for i := 0; i < 6; i++ {
		try("135792")
		waits = append(waits, k.PINLockedFor())
		if w := k.PINLockedFor(); w > 0 && !strings.Contains(k.pinError.Text, "wait") {
			t.Errorf("try %d: locked %v but the pad says %q", i+1, w, k.pinError.Text)
		}
		now = now.Add(k.PINLockedFor())
	}
	t.Logf("waits after each wrong PIN: %v", waits)
	if waits[0] != 0 || waits[1] != 0 || waits[2] != firstLock || waits[3] != 2*firstLock || waits[5] != 8*firstLock {
		t.Errorf("waits %v", waits)
	}
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	if len(lines) != 6 || strings.Contains(log.String(), "135792") || strings.Contains(log.String(), "1357") {
		t.Errorf("log: %q", log.String())
	}
	// While locked, even the right PIN does nothing.
	try("135792")
	try(testPIN)
	if exited != 0 {
		t.Fatal("the right PIN worked while the pad was locked")
	}
	now = now.Add(k.PINLockedFor())
	try(testPIN)
	if exited != 1 {
		t.Error("the right PIN did not work once the lock ran out")
	}
	if lockFor(100) != maxLock {
		t.Errorf("lock after 100 tries %v", lockFor(100))
	}
	// A kiosk that somehow has no PIN never exits, with any digits.
	nopin := testKioskConfig()
	nopin.PIN = ""
	k2, w2 := newTestKiosk(t, nopin)
	k2.OnExit = func() { t.Fatal("exit without a PIN") }
	for range 3 {
		typeKey(w2, fyne.KeyF12)
	}
	typeKey(w2, fyne.KeyReturn)
	typeKey(w2, fyne.Key2)
	typeKey(w2, fyne.KeyReturn)
}

// TestKioskListsDragScroll: a drag on the cards of every list scrolls it
// (Fyne's desktop scroll would ignore it), and selects nothing.
func TestKioskListsDragScroll(t *testing.T) {
	cfg := testKioskConfig()
	k, w := newTestKiosk(t, cfg)
	x := k.x
	k.Input(t0)
	lists := map[string]struct {
		tab  int
		list func() *container.Scroll
	}{
		"entities": {toolEntities, func() *container.Scroll { return x.Entities.scroll }},
		"figures":  {toolFacts, func() *container.Scroll { return x.Facts.scroll }},
		"glossary": {toolGlossary, func() *container.Scroll { return x.Glossary.scroll }},
	}
	for name, l := range lists {
		x.left.SelectIndex(1 + l.tab)
		drawn(w)
		s := l.list()
		if touch.PaneOf(s) == nil {
			t.Fatalf("%s: not a touch scroll", name)
		}
		sel := x.Sel.Current().Ref
		test.Drag(w.Canvas(), centre(s), 0, -120)
		if s.Offset.Y != 120 || x.Sel.Current().Ref != sel {
			t.Errorf("%s: dragged 120 up: offset %v, selection %v", name, s.Offset, x.Sel.Current().Ref)
		}
		if k.lastInput != k.now {
			t.Errorf("%s: scrolling is not activity", name)
		}
	}
	// Search results: a widget.List, dragged through its rows.
	x.ShowSearch("杭州")
	drawn(w)
	before := x.Search.list.GetScrollOffset()
	test.Drag(w.Canvas(), centre(x.Search.list), 0, -100)
	if got := x.Search.list.GetScrollOffset(); got != before+100 {
		t.Errorf("search results: offset %v → %v after dragging 100 up", before, got)
	}
	// The details card's links, all shown (the more chip) in a short
	// window, where they are taller than the card may be: up and down.
	w.Resize(fyne.NewSize(1024, 360))
	x.Sel.Select(cl("ai"))
	drawn(w)
	test.Tap(x.Details.more)
	drawn(w)
	strip := x.Details.strip
	if touch.PaneOf(strip) == nil {
		t.Fatal("details links: not a touch scroll")
	}
	if strip.Content.MinSize().Height < strip.Size().Height+40 {
		t.Fatalf("the links of cluster:ai fit (%v in %v)", strip.Content.MinSize(), strip.Size())
	}
	test.Drag(w.Canvas(), centre(strip), 0, -40)
	if strip.Offset.Y != 40 || x.Sel.Current().Ref != cl("ai") {
		t.Errorf("details links: offset %v, selection %v", strip.Offset, x.Sel.Current().Ref)
	}
}

// TestKioskTouchTargets: at the kiosk's scale every list row, link chip
// and the corner hot-spot is at least 48 px tall.
func TestKioskTouchTargets(t *testing.T) {
	cfg := testKioskConfig()
	k, w := newTestKiosk(t, cfg)
	x := k.x
	px := func(units float32) float32 { return units * float32(cfg.Scale) }
	for _, tab := range []int{toolEntities, toolFacts, toolGlossary} {
		x.left.SelectIndex(1 + tab)
		drawn(w)
		var cards []*studyCard
		switch tab {
		case toolEntities:
			cards = x.Entities.cards
		case toolFacts:
			cards = x.Facts.cards
		case toolGlossary:
			cards = x.Glossary.cards
		}
		for _, c := range cards {
			if h := px(c.Size().Height); h < 48 {
				t.Errorf("tab %d: card %v is %.0f px tall", tab, c.ref, h)
			}
		}
	}
	if px(searchRowHeight) < 48 {
		t.Errorf("search rows are %.0f px", px(searchRowHeight))
	}
	x.Sel.Select(cl("ai"))
	drawn(w)
	if !x.Details.more.Visible() {
		t.Error("cluster:ai's links fit: the more chip is not checked")
	}
	for _, o := range x.Details.chips.Objects {
		if h := px(o.Size().Height); h < 48 {
			t.Errorf("a link chip is %.0f px tall", h)
		}
	}
	if h := px(k.hot.Size().Height); h < 48 {
		t.Errorf("the corner hot-spot is %.0f px", h)
	}
}
