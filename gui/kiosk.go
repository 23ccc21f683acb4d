package gui

import (
	"fmt"
	"image/color"
	"io"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// KioskMode is what an exhibition kiosk is doing.
type KioskMode int

// The kiosk's modes.
const (
	// Attract plays the tour by itself, with a "touch to explore" call-out.
	Attract KioskMode = iota
	// Explore hands the explorer to a visitor.
	Explore
	// Countdown asks an idle visitor whether to keep exploring.
	Countdown
	// Unlock shows the operator's PIN pad.
	Unlock
)

func (m KioskMode) String() string {
	return [...]string{"attract", "explore", "countdown", "unlock"}[m]
}

// Kiosk runs an Explorer unattended: an attract loop when nobody is there,
// the explorer for a visitor, a countdown and a full reset when the
// visitor walks away, and no way out but the operator's key sequence (or
// corner taps) and PIN.
//
// Time comes in only through Tick and Input, so tests drive it with a fake
// clock and a soak test can run days of attract loop in a second; the app
// calls Tick from one ticker. Nothing here starts goroutines or timers.
type Kiosk struct {
	x   *Explorer
	cfg KioskConfig

	mode        KioskMode
	lastInput   time.Time
	nextAdvance time.Time
	stop        int
	startStop   int

	keys     []string // recent keys, for the exit sequence
	corner   int      // recent taps in the corner hot-spot
	cornerAt time.Time
	pin      string
	now      time.Time
	driving  bool // the kiosk itself is changing the selection
	OnExit   func()
	// Log, if set, receives one line per wrong PIN (a kiosk's journal):
	// never the digits typed.
	Log        io.Writer
	pinDisplay *canvas.Text
	pinError   *widget.Label
	canvas     fyne.Canvas // of the window, once BindKeys has run

	// Wrong PINs in a row, and until when the pad ignores digits.
	fails     int
	lastFail  time.Time
	lockUntil time.Time

	attract, countdown, unlock *fyne.Container
	countLabel                 *canvas.Text
	hot                        *tapCatcher // the corner hot-spot
	content                    *fyne.Container
}

// NewKiosk wraps x for an exhibition hall, starting in the attract loop.
func NewKiosk(x *Explorer, cfg KioskConfig, now time.Time) *Kiosk {
	k := &Kiosk{x: x, cfg: cfg, now: now}
	s := x.Sel.Story()
	for i, st := range s.Tour {
		if st.ID == cfg.StartStop {
			k.startStop = i
		}
	}
	visitor := func() {
		if !k.driving {
			k.Input(k.now)
		}
	}
	x.Sel.OnChange(func(State) { visitor() })
	// A tap on what the attract loop has selected changes nothing, but
	// it is a touch all the same.
	x.Sel.OnSelect = func(data.Ref) { visitor() }
	x.OnActivity = func() { k.Input(k.now) }
	x.SetTouchKeyboard(true) // no keyboard at a kiosk: search brings up its own (explorer_keyboard.go)
	x.KeyFilter = k.filterKey
	k.build()
	k.startAttract(now)
	return k
}

// Content is what the kiosk window shows.
func (k *Kiosk) Content() fyne.CanvasObject { return k.content }

// Mode returns the current mode.
func (k *Kiosk) Mode() KioskMode { return k.mode }

// Stop returns the tour stop the attract loop is on.
func (k *Kiosk) Stop() int { return k.stop }

// Tick advances the kiosk's clock: the attract loop, the idle countdown
// and the reset all happen here.
func (k *Kiosk) Tick(now time.Time) {
	k.now = now
	k.guardFocus()
	switch k.mode {
	case Attract:
		if !now.Before(k.nextAdvance) {
			k.advance(now)
		}
	case Explore:
		if now.Sub(k.lastInput) >= k.cfg.Idle()-k.cfg.Countdown() {
			k.setMode(Countdown)
			k.updateCountdown(now)
		}
	case Countdown:
		if now.Sub(k.lastInput) >= k.cfg.Idle() {
			k.Reset(now)
		} else {
			k.updateCountdown(now)
		}
	case Unlock:
		// An abandoned PIN pad closes by itself.
		if now.Sub(k.lastInput) >= k.cfg.Countdown() {
			k.closeUnlock(now)
		} else {
			k.showLock()
		}
	}
}

// guardFocus keeps the keyboard focus off everything but the search box:
// Fyne gives keys to the focused widget before the window, and a focused
// button or list (Tab, a tapped search result) would swallow the exit
// sequence. The search box itself passes keys through Explorer.KeyFilter.
func (k *Kiosk) guardFocus() {
	if k.canvas == nil {
		return
	}
	if f := k.canvas.Focused(); f != nil {
		if _, ok := f.(*searchEntry); !ok {
			k.canvas.Unfocus()
		}
	}
}

// unfocus leaves nothing focused (reset, attract loop, PIN pad).
func (k *Kiosk) unfocus() {
	if k.canvas != nil {
		k.canvas.Unfocus()
	}
}

// Input records visitor activity: the first touch ends the attract loop,
// any touch answers the countdown.
func (k *Kiosk) Input(now time.Time) {
	k.now = now
	k.lastInput = now
	switch k.mode {
	case Attract, Countdown:
		k.setMode(Explore)
	}
}

// Reset returns everything to the start — selection, history, scroll
// positions, search — and restarts the attract loop.
func (k *Kiosk) Reset(now time.Time) {
	k.driving = true
	k.x.Reset()
	k.driving = false
	k.keys, k.corner, k.pin = nil, 0, ""
	k.startAttract(now)
}

func (k *Kiosk) startAttract(now time.Time) {
	k.unfocus()
	ClearHover()
	k.stop = k.startStop - 1
	k.advance(now)
	k.setMode(Attract)
}

func (k *Kiosk) advance(now time.Time) {
	tour := k.x.Sel.Story().Tour
	if len(tour) == 0 {
		k.nextAdvance = now.Add(k.cfg.Advance())
		return
	}
	k.stop = (k.stop + 1) % len(tour)
	k.driving = true
	k.x.ShowMap(tour[k.stop].Map)
	k.x.Sel.Replace(k.x.Sel.Story().StopRef(k.stop))
	k.driving = false
	k.nextAdvance = now.Add(k.cfg.Advance())
}

func (k *Kiosk) setMode(m KioskMode) {
	k.mode = m
	show := func(c *fyne.Container, on bool) {
		if on {
			c.Show()
		} else {
			c.Hide()
		}
	}
	show(k.attract, m == Attract)
	show(k.countdown, m == Countdown)
	show(k.unlock, m == Unlock)
	k.content.Refresh()
}

func (k *Kiosk) updateCountdown(now time.Time) {
	left := k.cfg.Idle() - now.Sub(k.lastInput)
	secs := int((left + time.Second - 1) / time.Second)
	k.countLabel.Text = fmt.Sprintf("%d 秒后回到开始 · Returning to start in %d s", secs, secs)
	k.countLabel.Refresh()
}

// TypedKey handles keys on the kiosk's canvas (nothing focused). Escape
// and other keys do not leave; the configured sequence opens the PIN pad.
func (k *Kiosk) TypedKey(e *fyne.KeyEvent) {
	if k.kioskKey(e) {
		return
	}
	k.Input(k.now)
	if e.Name != fyne.KeyEscape {
		k.x.TypedKey(e)
	}
}

// filterKey sees the keys typed into the focused search box first: the
// exit sequence works there too.
func (k *Kiosk) filterKey(e *fyne.KeyEvent) bool {
	if k.kioskKey(e) {
		k.unfocus()
		return true
	}
	return false
}

// kioskKey handles the PIN pad's keys and the exit sequence, and reports
// whether it used e.
func (k *Kiosk) kioskKey(e *fyne.KeyEvent) bool {
	if k.mode == Unlock {
		k.lastInput = k.now
		switch {
		case len(e.Name) == 1 && e.Name[0] >= '0' && e.Name[0] <= '9':
			k.typePIN(string(e.Name))
		case e.Name == fyne.KeyBackspace:
			k.typePIN("back")
		case e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter:
			k.typePIN("ok")
		case e.Name == fyne.KeyEscape:
			k.closeUnlock(k.now)
		}
		return true
	}
	seq := k.cfg.ExitSequence()
	k.keys = append(k.keys, string(e.Name))
	if len(k.keys) > len(seq) {
		k.keys = k.keys[len(k.keys)-len(seq):]
	}
	if slices.Equal(k.keys, seq) {
		k.keys = nil
		k.openUnlock()
		return true
	}
	return false
}

// CornerTap counts a tap on the hidden top-left hot-spot; enough taps in
// quick succession open the PIN pad (for panels with no keyboard).
// A tap there is also a touch like any other: it wakes the attract loop
// and answers the countdown, and counts all the same, so the count is
// the same from every state.
func (k *Kiosk) CornerTap(now time.Time) {
	k.Input(now)
	if k.cfg.CornerTaps == 0 {
		return
	}
	if now.Sub(k.cornerAt) > 3*time.Second {
		k.corner = 0
	}
	k.cornerAt = now
	k.corner++
	if k.corner >= k.cfg.CornerTaps {
		k.corner = 0
		k.openUnlock()
	}
}

func (k *Kiosk) openUnlock() {
	k.unfocus() // digits go to the pad, never into the search box
	k.pin = ""
	k.lastInput = k.now
	k.pinError.SetText("")
	k.showPIN()
	k.showLock()
	k.setMode(Unlock)
}

func (k *Kiosk) closeUnlock(now time.Time) {
	k.pin = ""
	k.lastInput = now
	k.setMode(Explore)
}

func (k *Kiosk) typePIN(d string) {
	switch d {
	case "back":
		if k.pin != "" {
			k.pin = k.pin[:len(k.pin)-1]
		}
	case "ok":
		if k.locked() {
			break
		}
		if k.pin != "" && k.cfg.PINProblem() == "" && k.pin == k.cfg.PIN {
			k.pin, k.fails = "", 0
			if k.OnExit != nil {
				k.OnExit()
			}
			return
		}
		k.pin = ""
		k.wrongPIN()
	default:
		if len(k.pin) < 12 && !k.locked() {
			k.pin += d
		}
	}
	k.showPIN()
}

// PIN back-off: after a few free tries each wrong PIN doubles the wait
// before the next, up to maxLock; a quiet spell forgets the count, so an
// operator's occasional typo over weeks never locks the pad for long.
const (
	freeTries  = 2
	firstLock  = 5 * time.Second
	maxLock    = 5 * time.Minute
	forgetFail = 30 * time.Minute
)

// lockFor is the wait after the n-th wrong PIN in a row.
func lockFor(n int) time.Duration {
	if n <= freeTries {
		return 0
	}
	d := firstLock
	for i := freeTries + 1; i < n && d < maxLock; i++ {
		d *= 2
	}
	return min(d, maxLock)
}

func (k *Kiosk) wrongPIN() {
	if k.now.Sub(k.lastFail) > forgetFail {
		k.fails = 0
	}
	k.fails++
	k.lastFail = k.now
	wait := lockFor(k.fails)
	k.lockUntil = k.now.Add(wait)
	if k.Log != nil {
		fmt.Fprintf(k.Log, "qiusuo: kiosk: wrong PIN (%d in a row); PIN pad locked for %s\n", k.fails, wait)
	}
	k.showLock()
}

func (k *Kiosk) locked() bool { return k.now.Before(k.lockUntil) }

// showLock says on the pad why digits are ignored, and for how long.
func (k *Kiosk) showLock() {
	switch {
	case k.locked():
		secs := int((k.lockUntil.Sub(k.now) + time.Second - 1) / time.Second)
		k.pinError.SetText(fmt.Sprintf("PIN 错误，请等待 %d 秒 · Wrong PIN — wait %d s", secs, secs))
	case k.fails > 0:
		k.pinError.SetText("PIN 错误 · Wrong PIN")
	}
}

// PINLockedFor is how long the pad still ignores digits (0 when open).
func (k *Kiosk) PINLockedFor() time.Duration { return max(0, k.lockUntil.Sub(k.now)) }

func (k *Kiosk) showPIN() {
	dots := ""
	for range k.pin {
		dots += "● "
	}
	if dots == "" {
		dots = "—"
	}
	k.pinDisplay.Text = dots
	k.pinDisplay.Refresh()
}

// kioskDim darkens the screen behind the countdown.
var kioskDim = color.NRGBA{0, 0, 0, 150}

// build makes the overlays. Every target is at least 48 px at scale 1
// and the kiosk runs at a larger scale (KioskConfig.Scale).
func (k *Kiosk) build() {
	// Attract: a veil that catches the first touch, and a call-out.
	callout := canvas.NewText("触摸开始探索 · Touch to explore", color.White)
	callout.TextSize = theme.TextHeadingSize() * 1.4
	callout.TextStyle.Bold = true
	pill := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	pill.CornerRadius = 28
	// The pill's ends are round: the text keeps clear of them by more
	// than the pill's radius.
	calloutBox := container.NewStack(pill, container.New(layout.NewCustomPaddedLayout(12, 12, 40, 40), container.NewCenter(callout)))
	// No veil over the explorer: the first touch wakes the kiosk and does
	// what it touched (a selection, a tab, a scroll: see NewKiosk). A
	// touch on nothing in particular lands on k.behind; one on the
	// call-out wakes the kiosk too.
	calloutBox = container.NewStack(newTapCatcher(func() { k.Input(k.now) }), calloutBox)
	k.attract = container.NewVBox(spacer(), container.NewCenter(calloutBox), fixedHeight(32))

	// Countdown: dims the screen, one big button.
	dim := canvas.NewRectangle(kioskDim)
	// The text sits on a panel, not on the dimmed screen, where it would
	// collide with the map's labels and the article behind.
	k.countLabel = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	k.countLabel.TextSize = theme.TextHeadingSize()
	keep := widget.NewButtonWithIcon("继续浏览 · Keep exploring", theme.ConfirmIcon(), func() { k.Input(k.now) })
	keep.Importance = widget.HighImportance
	panel := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	panel.CornerRadius = 12
	k.countdown = container.NewStack(dim, newTapCatcher(func() { k.Input(k.now) }),
		container.NewCenter(container.NewStack(panel, container.New(layout.NewCustomPaddedLayout(24, 24, 32, 32),
			container.NewVBox(container.NewCenter(k.countLabel), fixedHeight(16), minSize(keep, 360, 72))))))

	// Unlock: a PIN pad for the operator.
	k.pinDisplay = canvas.NewText("—", theme.Color(theme.ColorNameForeground))
	k.pinDisplay.TextSize = theme.TextHeadingSize()
	k.pinError = widget.NewLabel("")
	pad := container.NewGridWithColumns(3)
	for _, d := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"} {
		label := map[string]string{"back": "←", "ok": "✓"}[d] // both in the bundled font
		if label == "" {
			label = d
		}
		d := d
		pad.Add(minSize(widget.NewButton(label, func() { k.lastInput = k.now; k.typePIN(d) }), 72, 64))
	}
	cancel := widget.NewButton("取消 · Cancel", func() { k.closeUnlock(k.now) })
	card := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	card.CornerRadius = 12
	k.unlock = container.NewStack(canvas.NewRectangle(color.NRGBA{0, 0, 0, 170}), newTapCatcher(nil),
		container.NewCenter(container.NewStack(card, container.NewPadded(container.NewVBox(
			widget.NewLabelWithStyle("管理员 PIN · Operator PIN", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
			container.NewCenter(k.pinDisplay), container.NewCenter(k.pinError), pad, cancel)))))

	// The corner hot-spot is above the attract call-out and the
	// countdown, so the count is the same from every state.
	hot := newTapCatcher(func() { k.CornerTap(k.now) })
	corner := container.NewWithoutLayout(hot)
	hot.Resize(fyne.NewSize(64, 64))
	k.hot = hot
	behind := newTapCatcher(func() { k.Input(k.now) })
	k.content = container.NewStack(behind, k.x, k.attract, k.countdown, corner, k.unlock)
}

// BindKeys routes a window's keys to the kiosk.
func (k *Kiosk) BindKeys(c fyne.Canvas) {
	k.canvas = c
	c.SetOnTypedKey(k.TypedKey)
}
