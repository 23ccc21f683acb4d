package gui

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"
	"weak"

	"fyne.io/fyne/v2"
)

// usage is what a soak watches: goroutines and live heap, after GC.
type usage struct {
	goroutines int
	heap       uint64
}

func measure() usage {
	var ms runtime.MemStats
	for range 3 {
		runtime.GC()
	}
	time.Sleep(10 * time.Millisecond) // let ended goroutines exit
	runtime.ReadMemStats(&ms)
	return usage{runtime.NumGoroutine(), ms.HeapAlloc}
}

// bounded fails the test if usage grew from start to end by more than a
// few goroutines or heapSlack bytes.
func bounded(t *testing.T, what string, start, end usage, heapSlack uint64) {
	t.Helper()
	t.Logf("%s: goroutines %d → %d, heap %.1f → %.1f MB", what, start.goroutines, end.goroutines,
		float64(start.heap)/1e6, float64(end.heap)/1e6)
	if end.goroutines > start.goroutines+3 {
		t.Errorf("%s: goroutines grew from %d to %d", what, start.goroutines, end.goroutines)
	}
	if end.heap > start.heap+heapSlack {
		t.Errorf("%s: live heap grew from %.1f to %.1f MB", what, float64(start.heap)/1e6, float64(end.heap)/1e6)
	}
}

// inChild runs the calling soak test again in a child process with
// Fyne's renderer cache set to expire at once (FYNE_CACHE, read when Fyne
// starts) and reports its result; it returns true in the child, which
// then runs the soak. Fyne keeps every widget's renderer for a minute
// after it was last drawn, so without this the soak would count closed
// windows and replaced content that Fyne frees a minute later; with it,
// settle frees them as the GL driver's frame loop does.
func inChild(t *testing.T) bool {
	if os.Getenv("FYNE_CACHE") != "" {
		return true
	}
	args := []string{"-test.run=^" + t.Name() + "$", "-test.v"}
	if testing.Short() {
		args = append(args, "-test.short")
	}
	if d, ok := t.Deadline(); ok {
		args = append(args, "-test.timeout="+time.Until(d).String())
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "FYNE_CACHE=20ms")
	out, err := cmd.CombinedOutput()
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "soak_test.go:") {
			t.Log(strings.TrimSpace(line))
		}
	}
	if err != nil {
		t.Errorf("soak in a child process: %v", err)
	}
	return false
}

// settle lets Fyne's cache clean run (at most every 10 s, on a paint) so
// that renderers of widgets no longer shown are destroyed, as they are
// in the app once a minute.
func settle(w fyne.Window) {
	time.Sleep(10*time.Second + 100*time.Millisecond)
	w.Canvas().Capture()
}

// alive counts the objects of ps that garbage collection has not freed.
func alive[T any](ps []weak.Pointer[T]) int {
	runtime.GC()
	n := 0
	for _, p := range ps {
		if p.Value() != nil {
			n++
		}
	}
	return n
}

// fakeTicker is an injectable clock for speaker windows: tick sends one
// tick to every open window's clock.
type fakeTicker struct{ open map[chan time.Time]bool }

func (f *fakeTicker) new() (<-chan time.Time, func()) {
	c := make(chan time.Time, 1)
	f.open[c] = true
	return c, func() { delete(f.open, c) }
}

func (f *fakeTicker) tick(now time.Time) {
	for c := range f.open {
		select {
		case c <- now:
		default:
		}
	}
}

// TestSpeakerOpenCloseSoak opens and closes the speaker window 1000
// times, with its clock ticking and the tour moving, as a presenter with
// a habit of closing it would over a long day. Listeners on the
// presenter, goroutines (each window's clock), tickers and the live heap
// must end where they started: a closed window used to stay subscribed,
// with its clock running, for the life of the process.
func TestSpeakerOpenCloseSoak(t *testing.T) {
	if !inChild(t) {
		return
	}
	p, mw, clk := newTestPresenter(t)
	a := fyne.CurrentApp()
	ft := &fakeTicker{open: map[chan time.Time]bool{}}
	var views []weak.Pointer[SpeakerView]
	cycle := func(i int) {
		w, v := OpenSpeakerWindow(a, p, ft.new, nil)
		views = append(views, weak.Make(v))
		clk.add(time.Second)
		ft.tick(clk.now())
		drainUI()
		if i%2 == 0 {
			p.Next()
		} else {
			p.Prev()
		}
		w.Close()
	}
	for i := range 20 { // warm up
		cycle(i)
	}
	settle(mw)
	start, l0 := measure(), p.listeners.len()
	n := 1000
	if testing.Short() || raceBuild {
		n = 150
	}
	views = nil
	for i := range n {
		cycle(i)
	}
	drainUI()
	settle(mw)
	end := measure()
	if l := p.listeners.len(); l != l0 {
		t.Errorf("presenter listeners %d → %d after %d open/close cycles", l0, l, n)
	}
	if len(ft.open) != 0 {
		t.Errorf("%d speaker clocks still ticking after their windows closed", len(ft.open))
	}
	if k := alive(views); k > 1 {
		t.Errorf("%d of %d closed speaker views are still alive", k, n)
	}
	bounded(t, "speaker open/close", start, end, 2<<20)
}

// TestLanguageSwitchSoak switches the interface language back and forth
// with the search panel built and segmentation not finished, as a
// teacher might while nobody has searched yet. Each switch builds a new
// explorer; the old one's panels waited for segmentation on goroutines
// that kept them (and the whole old explorer) alive. Goroutines and live
// heap must stay bounded, and the new explorer's selection must carry as
// many listeners as the first one.
func TestLanguageSwitchSoak(t *testing.T) {
	if !inChild(t) {
		return
	}
	x, w := newTestExplorer(t, 1000, 700)
	defer SetLanguage(LangZh)
	x.Sel.Select(cl("ai"))
	x.ShowSearch("")
	if x.Engine.Started() {
		t.Skip("segmentation started: the waits this soak watches would end by themselves")
	}
	var panels []weak.Pointer[SearchPanel]
	switchTo := func(i int) {
		code := LangEn
		if i%2 == 1 {
			code = LangZh
		}
		nx := SwitchLanguage(x, code)
		w.SetContent(nx)
		drawn(w)
		nx.tool(toolSearch) // a panel that waits for segmentation
		panels = append(panels, weak.Make(nx.Search))
		x = nx
	}
	for i := range 4 {
		switchTo(i)
	}
	settle(w)
	start, l0 := measure(), x.Sel.listeners.len()
	n := 60
	if testing.Short() || raceBuild {
		n = 16
	}
	panels = nil
	for i := range n {
		switchTo(i)
	}
	settle(w)
	end := measure()
	if k := alive(panels); k > 1 {
		t.Errorf("%d of %d search panels of discarded explorers are still alive", k, n)
	}
	if x.Sel.Current().Ref != cl("ai") {
		t.Errorf("the selection did not survive %d switches: %v", n, x.Sel.Current().Ref)
	}
	if l := x.Sel.listeners.len(); l != l0 {
		t.Errorf("selection listeners %d → %d", l0, l)
	}
	if x.Engine.Started() {
		t.Fatal("segmentation started during the soak")
	}
	bounded(t, "language switch", start, end, 8<<20)
}
