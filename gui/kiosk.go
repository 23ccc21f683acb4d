package gui

import (
	"fmt"
	"image/color"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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

	keys       []string // recent keys, for the exit sequence
	corner     int      // recent taps in the corner hot-spot
	cornerAt   time.Time
	pin        string
	now        time.Time
	driving    bool // the kiosk itself is changing the selection
	OnExit     func()
	pinDisplay *canvas.Text
	pinError   *widget.Label

	attract, countdown, unlock *fyne.Container
	countLabel                 *canvas.Text
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
	x.Sel.OnChange(func(State) {
		if !k.driving {
			k.Input(k.now)
		}
	})
	x.OnActivity = func() { k.Input(k.now) }
	x.SetTouchKeyboard(true) // no keyboard at a kiosk: search brings up its own (explorer_keyboard.go)
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
		}
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

// TypedKey handles keys on the kiosk's canvas. Escape and other keys do
// not leave; the configured sequence opens the PIN pad.
func (k *Kiosk) TypedKey(e *fyne.KeyEvent) {
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
		return
	}
	seq := k.cfg.ExitSequence()
	k.keys = append(k.keys, string(e.Name))
	if len(k.keys) > len(seq) {
		k.keys = k.keys[len(k.keys)-len(seq):]
	}
	if slices.Equal(k.keys, seq) {
		k.keys = nil
		k.openUnlock()
		return
	}
	k.Input(k.now)
	if e.Name != fyne.KeyEscape {
		k.x.TypedKey(e)
	}
}

// CornerTap counts a tap on the hidden top-left hot-spot; enough taps in
// quick succession open the PIN pad (for panels with no keyboard).
func (k *Kiosk) CornerTap(now time.Time) {
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
	k.pin = ""
	k.lastInput = k.now
	k.pinError.SetText("")
	k.showPIN()
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
		if k.pin == k.cfg.PIN {
			k.pin = ""
			if k.OnExit != nil {
				k.OnExit()
			}
			return
		}
		k.pin = ""
		k.pinError.SetText("PIN 错误 · Wrong PIN")
	default:
		if len(k.pin) < 12 {
			k.pin += d
		}
	}
	k.showPIN()
}

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
	veil := newTapCatcher(func() { k.Input(k.now) })
	k.attract = container.NewStack(veil, container.NewVBox(spacer(), container.NewCenter(calloutBox), fixedHeight(32)))

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

	hot := newTapCatcher(func() { k.CornerTap(k.now) })
	corner := container.NewWithoutLayout(hot)
	hot.Resize(fyne.NewSize(64, 64))
	k.content = container.NewStack(k.x, corner, k.attract, k.countdown, k.unlock)
}

// BindKeys routes a window's keys to the kiosk.
func (k *Kiosk) BindKeys(c fyne.Canvas) {
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		c.Unfocus()
		k.TypedKey(e)
	})
}
