package gui

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
)

// frameApp wraps the test app so that the test can see what the GL driver
// would paint. The GL driver draws a new frame only when the canvas is
// marked dirty (canvas.Refresh, or SetDirty from Hide); Fyne's test
// canvas always paints everything, so Capture alone would show the black
// screen even when no frame ever would. frames records the marks and
// nextFrame paints only when there was one.
type frameApp struct {
	fyne.App
	drv *frameDriver
}

func (a *frameApp) Driver() fyne.Driver { return a.drv }

type frameDriver struct {
	fyne.Driver
	dirty bool
}

func (d *frameDriver) CanvasForObject(o fyne.CanvasObject) fyne.Canvas {
	c := d.Driver.CanvasForObject(o)
	if c == nil {
		return nil
	}
	return &frameCanvas{Canvas: c, d: d}
}

type frameCanvas struct {
	fyne.Canvas
	d *frameDriver
}

func (c *frameCanvas) Refresh(o fyne.CanvasObject) { c.d.dirty = true; c.Canvas.Refresh(o) }
func (c *frameCanvas) SetDirty()                   { c.d.dirty = true }

// frames is the sequence of frames a window shows.
type frames struct {
	w    fyne.Window
	d    *frameDriver
	last image.Image
}

// watchFrames makes the current app report redraws and paints the
// window's present frame.
func watchFrames(t *testing.T, w fyne.Window) *frames {
	a := fyne.CurrentApp()
	d := &frameDriver{Driver: a.Driver()}
	fyne.SetCurrentApp(&frameApp{App: a, drv: d})
	t.Cleanup(func() { fyne.SetCurrentApp(a) })
	drawn(w)
	return &frames{w: w, d: d, last: w.Canvas().Capture()}
}

// next returns the frame the window shows next: a new painting if
// anything asked for one since the last frame, else the same picture.
func (f *frames) next() image.Image {
	if f.d.dirty {
		f.d.dirty = false
		drawn(f.w)
		f.last = f.w.Canvas().Capture()
	}
	return f.last
}

// blackShare is the share of sampled pixels that are black.
func blackShare(img image.Image) float64 {
	b := img.Bounds()
	black, all := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 5 {
		for x := b.Min.X; x < b.Max.X; x += 5 {
			r, g, bl, _ := img.At(x, y).RGBA()
			all++
			if r < 0x0400 && g < 0x0400 && bl < 0x0400 {
				black++
			}
		}
	}
	return float64(black) / float64(all)
}

// TestBlackScreenNextFrame: B (and .) black the whole window out in the
// very next frame, with nothing else (no mouse move) asking for one, and
// the same key brings the stop back in the next frame. Before the fix the
// frame after B still showed the stop: Show asked for no redraw.
func TestBlackScreenNextFrame(t *testing.T) {
	p, w, _ := newTestPresenter(t)
	w.Resize(fyne.NewSize(900, 600))
	f := watchFrames(t, w)
	if s := blackShare(f.next()); s > 0.2 {
		t.Fatalf("the stop is %.0f%% black before B", 100*s)
	}
	for _, k := range []fyne.KeyName{fyne.KeyB, fyne.KeyPeriod} {
		keyOn(w)(k)
		if s := blackShare(f.next()); s != 1 {
			t.Fatalf("frame after %s is %.1f%% black, want all of it", k, 100*s)
		}
		keyOn(w)(k)
		if s := blackShare(f.next()); s > 0.2 {
			t.Fatalf("frame after the second %s is still %.0f%% black", k, 100*s)
		}
	}
	// Also from the left state, and from the speaker window's button.
	keyOn(w)(fyne.KeyEscape)
	f.next()
	p.ToggleBlack()
	if s := blackShare(f.next()); s != 1 {
		t.Fatalf("frame after B while left is %.1f%% black", 100*s)
	}
}
