// Package touch lets a finger scroll Fyne's scrolling widgets on a touch
// screen driven by the desktop driver.
//
// A touch panel on Linux reaches Fyne's GLFW driver as a mouse, and on the
// desktop container.Scroll and widget.List ignore mouse drags: the only way
// to scroll is a scroll bar a few pixels wide. Fyne gives a drag to the
// top-most Draggable under the finger, so this package puts a Draggable
// inside the scroll (Pane, for a container.Scroll) or lets the rows of a
// widget.List forward their drags (Drag with ListTarget). Rows that are
// only Tappable keep their taps: the driver never taps what it dragged.
//
// Drag is the one piece that does the work: it moves a Target with the
// finger and, when the finger lets go while moving, keeps it gliding with
// a decaying velocity (momentum). Its clock is a field, so tests run a
// fling in fake time.
package touch

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
)

// Target is what a drag scrolls.
type Target interface {
	// ScrollOffset is the current offset of the view into its content.
	ScrollOffset() fyne.Position
	// ScrollTo moves the view to off, clamped to the content, and reports
	// whether it moved.
	ScrollTo(off fyne.Position) bool
}

// Momentum's constants, in Fyne units (device-independent pixels).
const (
	// Decay is the time constant of a fling's exponential slow-down: after
	// each Decay the velocity is down to 1/e. A fling travels v0·Decay.
	Decay = 325 * time.Millisecond
	// MinFling is the lift-off speed below which a drag just stops.
	MinFling = 250 // px/s
	// MaxFling caps a fling, so one hasty flick cannot jump a long list.
	MaxFling = 5000 // px/s
	// stopSpeed ends a fling.
	stopSpeed = 15 // px/s
	// sampleWindow is how far back the lift-off velocity is measured; a
	// finger that rested longer than this before lifting does not fling.
	sampleWindow = 100 * time.Millisecond
)

type sample struct {
	at time.Time
	d  fyne.Delta
}

// Drag moves a Target by drag events, with momentum. Use it from the
// main goroutine (Fyne's event callbacks), like any widget.
type Drag struct {
	target Target
	// Now is the clock; time.Now unless a test sets it.
	Now func() time.Time
	// OnScrolled, if set, hears every move a drag or fling makes: the
	// viewer scrolling, as opposed to a program calling ScrollTo.
	OnScrolled func()

	samples  []sample
	flinging bool
	vel      fyne.Delta // px/s during a fling
	at       time.Time  // of the fling's last step
	anim     *fyne.Animation
}

// NewDrag returns a Drag that scrolls t.
func NewDrag(t Target) *Drag { return &Drag{target: t, Now: time.Now} }

// Dragged moves the target with the finger and stops any fling.
func (d *Drag) Dragged(e *fyne.DragEvent) {
	d.Stop()
	now := d.Now()
	d.samples = append(d.samples, sample{now, e.Dragged})
	d.trim(now)
	d.moveBy(e.Dragged.DX, e.Dragged.DY)
}

// DragEnd starts a fling if the finger was moving when it lifted.
func (d *Drag) DragEnd() {
	now := d.Now()
	d.trim(now)
	v := d.velocity()
	d.samples = d.samples[:0]
	speed := math.Hypot(float64(v.DX), float64(v.DY))
	if speed < MinFling {
		return
	}
	if speed > MaxFling {
		f := float32(MaxFling / speed)
		v.DX, v.DY = v.DX*f, v.DY*f
	}
	d.flinging, d.vel, d.at = true, v, now
	d.animate()
}

// Flinging reports whether the target is still gliding after a drag.
func (d *Drag) Flinging() bool { return d.flinging }

// Velocity is the fling's current velocity in px/s (zero at rest).
func (d *Drag) Velocity() fyne.Delta {
	if !d.flinging {
		return fyne.Delta{}
	}
	return d.vel
}

// Stop ends a fling where it is (a new touch, a reset).
func (d *Drag) Stop() {
	d.flinging = false
	d.vel = fyne.Delta{}
	if d.anim != nil {
		d.anim.Stop()
		d.anim = nil
	}
}

// Step advances a fling to now and reports whether it is still going. The
// app's animation calls it every frame; tests call it with a fake clock.
func (d *Drag) Step(now time.Time) bool {
	if !d.flinging {
		return false
	}
	dt := now.Sub(d.at).Seconds()
	if dt <= 0 {
		return true
	}
	d.at = now
	// Exact integral of v·e^(−t/τ) over the step: frame-rate independent.
	tau := Decay.Seconds()
	k := math.Exp(-dt / tau)
	travel := float32(tau * (1 - k))
	moved := d.moveBy(d.vel.DX*travel, d.vel.DY*travel)
	d.vel.DX, d.vel.DY = d.vel.DX*float32(k), d.vel.DY*float32(k)
	if !moved || math.Hypot(float64(d.vel.DX), float64(d.vel.DY)) < stopSpeed {
		d.Stop() // at rest, or against the end of the content
		return false
	}
	return true
}

// animate drives Step from Fyne's animation loop (on the main goroutine,
// once a frame). A fling ends long before the animation's nominal
// duration; Step's false stops it.
func (d *Drag) animate() {
	var a *fyne.Animation
	a = fyne.NewAnimation(10*time.Second, func(float32) {
		if d.anim != a {
			return
		}
		if !d.Step(d.Now()) {
			d.Stop()
		}
	})
	d.anim = a
	a.Start()
}

// moveBy scrolls the content with the finger (content follows: dragging
// up by dy shows what is below) and reports whether the target moved.
func (d *Drag) moveBy(dx, dy float32) bool {
	off := d.target.ScrollOffset().SubtractXY(dx, dy)
	if !d.target.ScrollTo(off) {
		return false
	}
	if d.OnScrolled != nil {
		d.OnScrolled()
	}
	return true
}

// trim forgets samples older than the velocity window.
func (d *Drag) trim(now time.Time) {
	i := 0
	for i < len(d.samples) && now.Sub(d.samples[i].at) > sampleWindow {
		i++
	}
	d.samples = append(d.samples[:0], d.samples[i:]...)
}

// velocity is the finger's speed over the recent samples: their distance
// over the time from the first to now. One sample gives no time span and
// so no fling (a synthetic one-step drag never flings).
func (d *Drag) velocity() fyne.Delta {
	if len(d.samples) < 2 {
		return fyne.Delta{}
	}
	span := d.Now().Sub(d.samples[0].at).Seconds()
	if span <= 0 {
		return fyne.Delta{}
	}
	var sum fyne.Delta
	for _, s := range d.samples[1:] { // the first sample's motion happened before its time stamp
		sum.DX += s.d.DX
		sum.DY += s.d.DY
	}
	return fyne.Delta{DX: sum.DX / float32(span), DY: sum.DY / float32(span)}
}
