package gui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time      { return c.t }
func (c *fakeClock) add(d time.Duration) { c.t = c.t.Add(d) }
func newFakeClock() *fakeClock           { return &fakeClock{t: t0} }
func keyOn(w fyne.Window) func(fyne.KeyName) {
	return func(k fyne.KeyName) { w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
}

func newTestPresenter(t *testing.T) (*Presenter, fyne.Window, *fakeClock) {
	t.Helper()
	x, w := newTestExplorer(t, 1280, 800)
	clk := newFakeClock()
	p := NewPresenter(x, clk.now)
	w.SetContent(p.Content())
	p.BindKeys(w.Canvas())
	p.Start(0)
	return p, w, clk
}

func TestPresenterKeys(t *testing.T) {
	p, w, _ := newTestPresenter(t)
	s := p.story
	last := len(s.Tour) - 1
	key := keyOn(w)
	check := func(step string, want int) {
		t.Helper()
		if p.Stop() != want || p.x.Sel.Current().Ref != s.StopRef(want) {
			t.Fatalf("%s: stop %d (selection %v), want %d", step, p.Stop(), p.x.Sel.Current().Ref, want)
		}
	}
	check("start", 0)
	for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeyPageDown, fyne.KeySpace, fyne.KeyDown} {
		before := p.Stop()
		key(k)
		check(string(k), before+1)
	}
	for _, k := range []fyne.KeyName{fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp} {
		before := p.Stop()
		key(k)
		check(string(k), before-1)
	}
	key(fyne.KeyEnd)
	check("End", last)
	key(fyne.KeyRight)
	check("→ at the end stays", last)
	key(fyne.KeyHome)
	check("Home", 0)
	key(fyne.KeyLeft)
	check("← at the start stays", 0)
	key(fyne.Key1)
	key(fyne.Key0)
	key(fyne.KeyReturn)
	check("1 0 Enter", 9)
	key(fyne.Key9)
	key(fyne.Key9)
	key(fyne.KeyReturn)
	check("99 Enter clamps", last)

	full := 0
	p.ToggleFullScreen = func() { full++ }
	key(fyne.KeyF)
	key(fyne.KeyF11)
	if full != 2 {
		t.Errorf("F and F11 toggled full screen %d times", full)
	}
	for _, k := range []fyne.KeyName{fyne.KeyB, fyne.KeyPeriod} {
		key(k)
		if !p.Black() || !p.blackout.Visible() {
			t.Fatalf("%s did not black out", k)
		}
		key(k)
		if p.Black() || p.blackout.Visible() {
			t.Fatalf("%s did not come back", k)
		}
	}
	key(fyne.KeyB)
	key(fyne.KeyRight) // moving on lifts the black screen
	if p.Black() {
		t.Error("black screen survived a stop change")
	}
	key(fyne.KeyEscape)
	if p.Active() || p.progress.Text != "" {
		t.Fatal("Escape did not leave the tour")
	}
	stop := p.Stop()
	key(fyne.KeyPageDown) // no longer drives the tour
	if p.Stop() != stop {
		t.Error("PageDown moved the tour after Escape")
	}
}

func TestPresenterMapStopAndProgress(t *testing.T) {
	p, _, _ := newTestPresenter(t)
	for i, st := range p.story.Tour {
		p.Go(i)
		if want := strings.HasPrefix(p.progress.Text, strconv.Itoa(i+1)+" / "); !want {
			t.Errorf("stop %d: progress %q", i, p.progress.Text)
		}
		wantOff := 0.42
		if st.Map {
			wantOff = 0.62
		}
		if p.x.split.Offset != wantOff {
			t.Errorf("stop %s: map pane at %.2f, want %.2f", st.ID, p.x.split.Offset, wantOff)
		}
		if got := p.x.Reader.state.Passages; len(got) != len(p.story.Passages(p.story.StopRef(i))) {
			t.Errorf("stop %s: reader highlights %d sentences", st.ID, len(got))
		}
	}
}

// TestSpeakerWindowInStep drives the tour from both windows and checks the
// other follows.
func TestSpeakerWindowInStep(t *testing.T) {
	p, w, clk := newTestPresenter(t)
	v := NewSpeakerView(p)
	sw := test.NewTempWindow(t, v.Content())
	p.BindKeys(sw.Canvas())
	keyOn(sw)(fyne.KeyPageDown) // the clicker drives the speaker window
	if p.Stop() != 1 || p.x.Sel.Current().Ref != p.story.StopRef(1) {
		t.Fatalf("speaker window key: stop %d", p.Stop())
	}
	if !strings.Contains(v.Stop.Text, p.story.Tour[1].Title) || v.Notes.Text == "" {
		t.Errorf("speaker shows %q / %q", v.Stop.Text, v.Notes.Text)
	}
	if !strings.Contains(v.Next.Text, p.story.Tour[2].Title) {
		t.Errorf("next-stop preview %q", v.Next.Text)
	}
	keyOn(w)(fyne.KeyPageDown) // and the main window
	if !strings.Contains(v.Stop.Text, p.story.Tour[2].Title) {
		t.Errorf("speaker did not follow the main window: %q", v.Stop.Text)
	}
	clk.add(95 * time.Second)
	v.Update()
	if !strings.Contains(v.Clock.Text, "01:35") {
		t.Errorf("clock %q, want 01:35 elapsed", v.Clock.Text)
	}
	keyOn(w)(fyne.KeyRight)
	clk.add(10 * time.Second)
	v.Update()
	if !strings.Contains(v.Clock.Text, "总计 01:45") || !strings.Contains(v.Clock.Text, "本站 00:10") {
		t.Errorf("clock %q", v.Clock.Text)
	}
	next := findButton(v.Content(), "下一站")
	test.Tap(next)
	if p.Stop() != 4 {
		t.Errorf("speaker button: stop %d", p.Stop())
	}
}

func TestPresenterKeysIgnoreFocus(t *testing.T) {
	p, w, _ := newTestPresenter(t)
	// Fyne delivers keys to a focused widget instead of the canvas, so
	// the presenter drops focus whenever it handles a key: after Tab has
	// put focus on a button, the clicker's next key still reaches the tour.
	p.x.back.Enable()
	w.Canvas().Focus(p.x.back)
	keyOn(w)(fyne.KeyPageDown)
	if p.Stop() != 1 || w.Canvas().Focused() != nil {
		t.Errorf("stop %d, focus %v: the presenter must take the keys back", p.Stop(), w.Canvas().Focused())
	}
}
