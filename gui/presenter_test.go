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
		if !p.Black() || !p.blackShown() {
			t.Fatalf("%s did not black out", k)
		}
		key(k)
		if p.Black() || p.blackShown() {
			t.Fatalf("%s did not come back", k)
		}
	}
	key(fyne.KeyHome)
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
	p.x.Sel.Select(cl("ai")) // the presenter explores, for a question
	key(fyne.KeyEscape)      // which is the explorer's Escape now
	if p.State() != Left || !p.x.Sel.Current().Ref.IsZero() {
		t.Fatalf("Escape while left: state %v, selection %v", p.State(), p.x.Sel.Current().Ref)
	}
	key(fyne.KeyPageDown) // the clicker's next brings the tour back where it was left
	if p.State() != Touring || p.Stop() != stop || p.x.Sel.Current().Ref != s.StopRef(stop) || p.progress.Text == "" {
		t.Fatalf("PageDown after Escape: state %v, stop %d (want %d), selection %v", p.State(), p.Stop(), stop, p.x.Sel.Current().Ref)
	}
	key(fyne.KeyPageDown) // and then moves on
	check("PageDown after resuming", stop+1)
}

// TestTourStateTable checks the state machine in every state for every
// key a presenter or a clicker can send, against a table written out by
// hand (not derived from Step).
func TestTourStateTable(t *testing.T) {
	type out struct {
		s TourState
		a TourAction
	}
	states := []TourState{Touring, Blacked, Left, LeftBlacked}
	// want[key] lists the outcome in each state, in the order of states.
	want := map[fyne.KeyName][4]out{
		fyne.KeyF:      {{Touring, ActFullScreen}, {Blacked, ActFullScreen}, {Left, ActFullScreen}, {LeftBlacked, ActFullScreen}},
		fyne.KeyF11:    {{Touring, ActFullScreen}, {Blacked, ActFullScreen}, {Left, ActFullScreen}, {LeftBlacked, ActFullScreen}},
		fyne.KeyS:      {{Touring, ActSpeaker}, {Blacked, ActSpeaker}, {Left, ActSpeaker}, {LeftBlacked, ActSpeaker}},
		fyne.KeyB:      {{Blacked, ActNone}, {Touring, ActNone}, {LeftBlacked, ActNone}, {Left, ActNone}},
		fyne.KeyPeriod: {{Blacked, ActNone}, {Touring, ActNone}, {LeftBlacked, ActNone}, {Left, ActNone}},
		fyne.KeyHome:   {{Touring, ActFirst}, {Touring, ActFirst}, {Touring, ActFirst}, {Touring, ActFirst}},
		fyne.KeyEnd:    {{Touring, ActLast}, {Touring, ActLast}, {Touring, ActLast}, {Touring, ActLast}},
		fyne.Key0:      {{Touring, ActDigit}, {Blacked, ActDigit}, {Left, ActDigit}, {LeftBlacked, ActDigit}},
		fyne.Key7:      {{Touring, ActDigit}, {Blacked, ActDigit}, {Left, ActDigit}, {LeftBlacked, ActDigit}},
		fyne.KeyReturn: {{Touring, ActJump}, {Blacked, ActJump}, {Left, ActJump}, {LeftBlacked, ActJump}},
		fyne.KeyEnter:  {{Touring, ActJump}, {Blacked, ActJump}, {Left, ActJump}, {LeftBlacked, ActJump}},
		fyne.KeyR:      {{Touring, ActNone}, {Touring, ActNone}, {Touring, ActNone}, {Touring, ActNone}},
		fyne.KeyF5:     {{Touring, ActNone}, {Touring, ActNone}, {Touring, ActNone}, {Touring, ActNone}},
		fyne.KeyEscape: {{Left, ActNone}, {Left, ActNone}, {Left, ActExplorer}, {Left, ActNone}},
		fyne.KeyN:      {{Touring, ActNone}, {Blacked, ActNone}, {Left, ActExplorer}, {LeftBlacked, ActNone}},
		fyne.KeyP:      {{Touring, ActNone}, {Blacked, ActNone}, {Left, ActExplorer}, {LeftBlacked, ActNone}},
		fyne.KeySlash:  {{Touring, ActNone}, {Blacked, ActNone}, {Left, ActExplorer}, {LeftBlacked, ActNone}},
		fyne.KeyTab:    {{Touring, ActNone}, {Blacked, ActNone}, {Left, ActExplorer}, {LeftBlacked, ActNone}},
	}
	for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeyPageDown, fyne.KeySpace, fyne.KeyDown} {
		want[k] = [4]out{{Touring, ActNext}, {Touring, ActNext}, {Touring, ActNone}, {Touring, ActNone}}
	}
	for _, k := range []fyne.KeyName{fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp, fyne.KeyBackspace} {
		want[k] = [4]out{{Touring, ActPrev}, {Touring, ActPrev}, {Touring, ActNone}, {Touring, ActNone}}
	}
	for k, outs := range want {
		for i, s := range states {
			ns, a := Step(s, k)
			if (out{ns, a}) != outs[i] {
				t.Errorf("%v + %s: got %v/%d, want %v/%d", s, k, ns, a, outs[i].s, outs[i].a)
			}
		}
	}
}

// TestPresenterEveryStateEveryKey drives a real presenter into each state
// and presses each key, checking what the audience and the speaker see
// agree with the state: the footer, the black screen, the stop, and that
// fullscreen and the speaker window answer everywhere.
func TestPresenterEveryStateEveryKey(t *testing.T) {
	keys := []fyne.KeyName{fyne.KeyRight, fyne.KeyPageDown, fyne.KeySpace, fyne.KeyDown,
		fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp, fyne.KeyBackspace, fyne.KeyHome, fyne.KeyEnd,
		fyne.KeyB, fyne.KeyPeriod, fyne.KeyEscape, fyne.KeyR, fyne.KeyF5, fyne.KeyF, fyne.KeyF11,
		fyne.KeyS, fyne.KeyN, fyne.KeyReturn}
	into := map[TourState][]fyne.KeyName{Touring: nil, Blacked: {fyne.KeyB},
		Left: {fyne.KeyEscape}, LeftBlacked: {fyne.KeyEscape, fyne.KeyB}}
	p, w, _ := newTestPresenter(t)
	v := NewSpeakerView(p)
	defer v.Close()
	full, speaker := 0, 0
	p.ToggleFullScreen = func() { full++ }
	p.OpenSpeaker = func() { speaker++ }
	key := keyOn(w)
	for _, s := range []TourState{Touring, Blacked, Left, LeftBlacked} {
		for _, k := range keys {
			p.Go(3)
			for _, e := range into[s] {
				key(e)
			}
			if p.State() != s {
				t.Fatalf("could not reach %v: %v", s, p.State())
			}
			f0, s0 := full, speaker
			key(k)
			want, act := Step(s, k)
			if k == fyne.KeyReturn {
				want = s // no number typed: nothing happens
			}
			name := s.String() + " + " + string(k)
			if p.State() != want {
				t.Errorf("%s: state %v, want %v", name, p.State(), want)
			}
			if p.blackShown() != want.Black() {
				t.Errorf("%s: black screen shown %v", name, p.blackShown())
			}
			if (p.progress.Text != "") != want.OnTour() {
				t.Errorf("%s: footer %q in state %v", name, p.progress.Text, want)
			}
			if on := want.OnTour(); on && p.x.Sel.Current().Ref != p.story.StopRef(p.Stop()) {
				t.Errorf("%s: on the tour at stop %d, but the explorer shows %v", name, p.Stop(), p.x.Sel.Current().Ref)
			}
			wantStop := 3
			switch act {
			case ActNext:
				wantStop = 4
			case ActPrev:
				wantStop = 2
			case ActFirst:
				wantStop = 0
			case ActLast:
				wantStop = len(p.story.Tour) - 1
			}
			if p.Stop() != wantStop {
				t.Errorf("%s: stop %d, want %d", name, p.Stop(), wantStop)
			}
			if (act == ActFullScreen) != (full == f0+1) || (act == ActSpeaker) != (speaker == s0+1) {
				t.Errorf("%s: fullscreen %d→%d, speaker %d→%d", name, f0, full, s0, speaker)
			}
			// The speaker window says the same as the main window.
			left := strings.Contains(v.State.Text, "已离开导览")
			black := strings.Contains(v.State.Text, "黑屏中")
			if left != !want.OnTour() || black != want.Black() || v.State.Visible() != (want != Touring) {
				t.Errorf("%s: speaker says %q in state %v", name, v.State.Text, want)
			}
			if !strings.HasPrefix(v.Stop.Text, strconv.Itoa(p.Stop()+1)+" / ") {
				t.Errorf("%s: speaker shows %q at stop %d", name, v.Stop.Text, p.Stop())
			}
			if v.resume.Disabled() == !want.OnTour() {
				t.Errorf("%s: resume button enabled %v", name, !v.resume.Disabled())
			}
		}
	}
}

// TestSpeakerButtonsFollowTheRules: the speaker window's buttons are the
// keys: after Escape, "next" resumes the tour where it was left instead of
// moving a tour the audience cannot see.
func TestSpeakerButtonsFollowTheRules(t *testing.T) {
	p, w, _ := newTestPresenter(t)
	v := NewSpeakerView(p)
	defer v.Close()
	p.Go(5)
	keyOn(w)(fyne.KeyEscape)
	test.Tap(v.next)
	if p.State() != Touring || p.Stop() != 5 || p.progress.Text == "" {
		t.Fatalf("speaker next after Escape: state %v, stop %d, footer %q", p.State(), p.Stop(), p.progress.Text)
	}
	test.Tap(v.next)
	test.Tap(v.black)
	if p.Stop() != 6 || !p.Black() || !p.blackShown() {
		t.Fatalf("next, black: stop %d, black %v", p.Stop(), p.Black())
	}
	test.Tap(v.black)
	keyOn(w)(fyne.KeyEscape)
	test.Tap(v.resume)
	if p.State() != Touring || p.Stop() != 6 {
		t.Errorf("resume button: state %v, stop %d", p.State(), p.Stop())
	}
	keyOn(w)(fyne.Key2)
	keyOn(w)(fyne.KeyEscape) // a key between clears the number
	keyOn(w)(fyne.KeyReturn)
	if p.Stop() != 6 {
		t.Errorf("number cleared by Escape still jumped: stop %d", p.Stop())
	}
	keyOn(w)(fyne.Key2)
	keyOn(w)(fyne.KeyReturn) // number Enter from the left state
	if p.State() != Touring || p.Stop() != 1 {
		t.Errorf("2 Enter while left: state %v, stop %d", p.State(), p.Stop())
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
