package gui

import (
	"fmt"
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// Presenter walks an Explorer through the story's tour, one stop at a
// time, with the keys a USB clicker sends. The explorer stays live: the
// presenter only drives its Selection, so map, timeline and reader follow
// exactly as they do for a student.
type Presenter struct {
	x     *Explorer
	story *data.Story
	now   func() time.Time

	stop      int
	active    bool
	black     bool
	digits    string
	started   time.Time
	stopSince time.Time
	listeners []func()

	// ToggleFullScreen is called for F and F11, OpenSpeaker for S; the
	// app sets them.
	ToggleFullScreen func()
	OpenSpeaker      func()

	progress *widget.Label
	bar      *canvas.Rectangle
	barBg    *canvas.Rectangle
	blackout *canvas.Rectangle
	content  *fyne.Container
}

// NewPresenter wraps an explorer for presenting. now is the clock (time.Now
// in the app, a fake in tests).
func NewPresenter(x *Explorer, now func() time.Time) *Presenter {
	p := &Presenter{x: x, story: x.Sel.Story(), now: now, active: true}
	p.progress = widget.NewLabel("")
	p.progress.TextStyle.Bold = true
	p.barBg = canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
	p.bar = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	p.blackout = canvas.NewRectangle(color.Black)
	p.blackout.Hide()
	footer := container.New(&progressLayout{p: p}, p.barBg, p.bar, p.progress)
	p.content = container.NewStack(container.NewBorder(nil, footer, nil, nil, x), p.blackout)
	p.started = now()
	x.Details.SetAudience(true) // the room sees no instructions
	return p
}

// Content is what the presenter window shows.
func (p *Presenter) Content() fyne.CanvasObject { return p.content }

// Stop returns the index of the current stop.
func (p *Presenter) Stop() int { return p.stop }

// Active reports whether the tour is running (Escape leaves it).
func (p *Presenter) Active() bool { return p.active }

// Black reports whether the screen is blacked out.
func (p *Presenter) Black() bool { return p.black }

// OnChange registers f to run after the stop, black screen or tour state
// changes (the speaker window follows this way).
func (p *Presenter) OnChange(f func()) { p.listeners = append(p.listeners, f) }

// Start begins the tour at stop i (clamped).
func (p *Presenter) Start(i int) {
	p.active = true
	p.started = p.now()
	p.Go(i)
}

// Go shows stop i (clamped to the tour).
func (p *Presenter) Go(i int) {
	n := len(p.story.Tour)
	if n == 0 {
		return
	}
	i = max(0, min(i, n-1))
	p.stop = i
	p.stopSince = p.now()
	p.black = false
	p.blackout.Hide()
	st := &p.story.Tour[i]
	p.x.ShowMap(st.Map)
	p.x.Sel.Select(p.story.StopRef(i))
	p.progress.SetText(fmt.Sprintf("%d / %d  ·  %s", i+1, n, Pick(st.Title, st.TitleEn)))
	p.content.Refresh()
	p.changed()
}

// Next and Prev move one stop; at the ends they stay.
func (p *Presenter) Next() { p.Go(p.stop + 1) }
func (p *Presenter) Prev() { p.Go(p.stop - 1) }

// ToggleBlack blacks the screen out or back in (B or . on a clicker).
func (p *Presenter) ToggleBlack() {
	p.black = !p.black
	if p.black {
		p.blackout.Show()
	} else {
		p.blackout.Hide()
	}
	p.changed()
}

// Leave ends the tour: the explorer stays as it is, for questions.
func (p *Presenter) Leave() {
	p.active = false
	p.black = false
	p.blackout.Hide()
	p.x.ShowMap(false)
	p.progress.SetText("")
	p.content.Refresh()
	p.changed()
}

// Elapsed returns the time since the tour started and since this stop began.
func (p *Presenter) Elapsed() (total, onStop time.Duration) {
	now := p.now()
	return now.Sub(p.started), now.Sub(p.stopSince)
}

func (p *Presenter) changed() {
	for _, f := range p.listeners {
		f()
	}
}

// TypedKey handles the presenter's keys. Clickers send PageDown/PageUp
// (some send ←/→ or B for black). A number followed by Enter jumps to that
// stop. While the tour is not active only Escape-free explorer keys apply.
func (p *Presenter) TypedKey(k *fyne.KeyEvent) {
	if !p.active {
		p.x.TypedKey(k)
		return
	}
	if d, ok := digit(k.Name); ok {
		p.digits += d
		if len(p.digits) > 3 {
			p.digits = p.digits[len(p.digits)-3:]
		}
		return
	}
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if n, err := strconv.Atoi(p.digits); err == nil {
			p.Go(n - 1)
		}
	case fyne.KeyRight, fyne.KeyPageDown, fyne.KeySpace, fyne.KeyDown:
		p.Next()
	case fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp, fyne.KeyBackspace:
		p.Prev()
	case fyne.KeyHome:
		p.Go(0)
	case fyne.KeyEnd:
		p.Go(len(p.story.Tour) - 1)
	case fyne.KeyF, fyne.KeyF11:
		if p.ToggleFullScreen != nil {
			p.ToggleFullScreen()
		}
	case fyne.KeyB, fyne.KeyPeriod:
		p.ToggleBlack()
	case fyne.KeyS:
		if p.OpenSpeaker != nil {
			p.OpenSpeaker()
		}
	case fyne.KeyEscape:
		p.Leave()
	}
	p.digits = ""
}

func digit(k fyne.KeyName) (string, bool) {
	if len(k) == 1 && k[0] >= '0' && k[0] <= '9' {
		return string(k), true
	}
	return "", false
}

// BindKeys routes a window's keys to the presenter. Both the main and the
// speaker window bind to the same presenter, so whichever window the
// clicker drives, both stay in step.
func (p *Presenter) BindKeys(c fyne.Canvas) {
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		c.Unfocus()
		p.TypedKey(k)
	})
}

// progressLayout draws the tour's progress as a thin bar across the bottom
// with "3 / 11 · title" above it.
type progressLayout struct{ p *Presenter }

func (l *progressLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	if l.p.progress.Text == "" {
		return fyne.NewSize(0, 0)
	}
	return fyne.NewSize(0, l.p.progress.MinSize().Height+4)
}

func (l *progressLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	p := l.p
	const h = 4
	p.barBg.Move(fyne.NewPos(0, size.Height-h))
	p.barBg.Resize(fyne.NewSize(size.Width, h))
	frac := float32(0)
	if n := len(p.story.Tour); n > 0 && p.active {
		frac = float32(p.stop+1) / float32(n)
	}
	p.bar.Move(fyne.NewPos(0, size.Height-h))
	p.bar.Resize(fyne.NewSize(size.Width*frac, h))
	p.progress.Move(fyne.NewPos(0, 0))
	p.progress.Resize(fyne.NewSize(size.Width, size.Height-h))
}
