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
	state     TourState
	digits    string
	started   time.Time
	stopSince time.Time
	listeners listeners[struct{}]

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
	p := &Presenter{x: x, story: x.Sel.Story(), now: now}
	p.progress = widget.NewLabel("")
	p.progress.TextStyle.Bold = true
	p.barBg = canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
	p.bar = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	p.blackout = canvas.NewRectangle(color.Transparent)
	footer := container.New(&progressLayout{p: p}, p.barBg, p.bar, p.progress)
	// Shown in an unpadded window, the black screen reaches the window's
	// edges (a padded one would frame it in the theme's background).
	p.content = container.NewStack(container.NewBorder(nil, footer, nil, nil, x), p.blackout)
	p.started = now()
	x.Details.SetAudience(true) // the room sees no instructions
	return p
}

// Content is what the presenter window shows; the window must be
// unpadded (SetPadded(false)).
func (p *Presenter) Content() fyne.CanvasObject { return p.content }

// Stop returns the index of the current stop (while left: the stop to
// resume at).
func (p *Presenter) Stop() int { return p.stop }

// State returns where the presentation stands.
func (p *Presenter) State() TourState { return p.state }

// Active reports whether the tour is running (Escape leaves it).
func (p *Presenter) Active() bool { return p.state.OnTour() }

// Black reports whether the screen is blacked out.
func (p *Presenter) Black() bool { return p.state.Black() }

// OnChange registers f to run after the stop or the state changes (the
// speaker window follows this way) and returns the function that
// unregisters it, which a closing speaker window calls.
func (p *Presenter) OnChange(f func()) (cancel func()) {
	return p.listeners.add(func(struct{}) { f() })
}

// Start begins the tour at stop i (clamped).
func (p *Presenter) Start(i int) {
	p.started = p.now()
	p.Go(i)
}

// Go shows stop i (clamped to the tour), from any state: the tour runs
// again and the screen is not black.
func (p *Presenter) Go(i int) {
	n := len(p.story.Tour)
	if n == 0 {
		return
	}
	i = max(0, min(i, n-1))
	p.stop = i
	p.stopSince = p.now()
	p.state = Touring
	p.show()
}

// show puts the current stop on the screen: after Go, and on resuming.
func (p *Presenter) show() {
	n := len(p.story.Tour)
	st := &p.story.Tour[p.stop]
	p.setBlack(false)
	p.x.ShowMap(st.Map)
	p.x.Sel.Select(p.story.StopRef(p.stop))
	p.progress.SetText(fmt.Sprintf("%d / %d  ·  %s", p.stop+1, n, Pick(st.Title, st.TitleEn)))
	p.content.Refresh()
	p.changed()
}

// Next and Prev are the clicker's forward and back keys (and the speaker
// window's buttons): they follow the same rules as the keys (see Step).
func (p *Presenter) Next() { p.Key(fyne.KeyPageDown) }
func (p *Presenter) Prev() { p.Key(fyne.KeyPageUp) }

// ToggleBlack blacks the screen out or back in (B or . on a clicker).
func (p *Presenter) ToggleBlack() { p.Key(fyne.KeyB) }

// Leave ends the tour (Escape): the explorer stays as it is, for
// questions. Resume returns to the stop it left.
func (p *Presenter) Leave() {
	if p.state.OnTour() {
		p.Key(fyne.KeyEscape)
	}
}

// Resume returns to the tour where it was left (R, F5).
func (p *Presenter) Resume() { p.Key(fyne.KeyR) }

// Key applies one key to the presentation, as typed on either window.
func (p *Presenter) Key(k fyne.KeyName) { p.TypedKey(&fyne.KeyEvent{Name: k}) }

// TypedKey handles the presenter's keys by the state machine Step.
// A number followed by Enter jumps to that stop.
func (p *Presenter) TypedKey(k *fyne.KeyEvent) {
	next, act := Step(p.state, k.Name)
	if act == ActDigit {
		p.digits += string(k.Name)
		if len(p.digits) > 3 {
			p.digits = p.digits[len(p.digits)-3:]
		}
		return
	}
	digits := p.digits
	p.digits = ""
	switch act {
	case ActExplorer:
		p.x.TypedKey(k)
	case ActJump:
		if n, err := strconv.Atoi(digits); err == nil {
			p.Go(n - 1)
		}
	case ActNext:
		p.Go(p.stop + 1)
	case ActPrev:
		p.Go(p.stop - 1)
	case ActFirst:
		p.Go(0)
	case ActLast:
		p.Go(len(p.story.Tour) - 1)
	case ActFullScreen:
		if p.ToggleFullScreen != nil {
			p.ToggleFullScreen()
		}
	case ActSpeaker:
		if p.OpenSpeaker != nil {
			p.OpenSpeaker()
		}
	case ActNone:
		p.enter(next)
	}
}

// enter moves to state s without changing the stop.
func (p *Presenter) enter(s TourState) {
	prev := p.state
	if s == prev {
		return
	}
	p.state = s
	switch {
	case s.OnTour() && !prev.OnTour(): // resume where the tour was left
		if len(p.story.Tour) > 0 {
			p.show()
			return
		}
	case !s.OnTour() && prev.OnTour(): // leave: the explorer, as it is
		p.x.ShowMap(false)
		p.progress.SetText("")
		p.content.Refresh()
	}
	p.setBlack(s.Black())
	p.changed()
}

// setBlack blacks the screen out or in. The black screen is a rectangle
// over everything that is always shown, transparent until it is black:
// in Fyne 2.7.1 Show on a canvas object does not ask for a new frame
// (Hide does), so a shown black screen appeared only when something else,
// a mouse move, redrew the window (with a clicker and no mouse, never);
// and under the GL driver, a rectangle shown after the content around it
// had been refreshed while it was hidden was not painted at all (see
// TestRealWindowPresenterBlack). A colour change and Refresh always ask
// for the next frame and always paint.
func (p *Presenter) setBlack(on bool) {
	if on == p.blackShown() {
		return
	}
	p.blackout.FillColor = color.Transparent
	if on {
		p.blackout.FillColor = color.Black
	}
	p.blackout.Refresh()
}

// blackShown reports whether the black screen is drawn.
func (p *Presenter) blackShown() bool { return p.blackout.FillColor == color.Black }

// Elapsed returns the time since the tour started and since this stop began.
func (p *Presenter) Elapsed() (total, onStop time.Duration) {
	now := p.now()
	return now.Sub(p.started), now.Sub(p.stopSince)
}

func (p *Presenter) changed() { p.listeners.call(struct{}{}) }

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
	if n := len(p.story.Tour); n > 0 && p.state.OnTour() {
		frac = float32(p.stop+1) / float32(n)
	}
	p.bar.Move(fyne.NewPos(0, size.Height-h))
	p.bar.Resize(fyne.NewSize(size.Width*frac, h))
	p.progress.Move(fyne.NewPos(0, 0))
	p.progress.Resize(fyne.NewSize(size.Width, size.Height-h))
}
