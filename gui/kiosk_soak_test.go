package gui

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// soakSample is what a visitor-cycle soak watches.
type soakSample struct {
	goroutines, listeners int
	heap                  uint64
}

func (s soakSample) String() string {
	return fmt.Sprintf("%d goroutines, %d selection listeners, %d KiB heap", s.goroutines, s.listeners, s.heap>>10)
}

// Fyne's GL driver expires the renderers of widgets it has not used for a
// while (FYNE_CACHE, a minute by default; cache.Clean runs with every
// frame); the test driver cleans only when a canvas is captured, at most
// every 10 s. widget.List makes new rows whenever a GC empties its
// sync.Pool, so without cleaning their renderers would pile up in a soak
// and look like a leak the app does not have. The soak therefore runs in
// a child process with FYNE_CACHE=1ms (read once, at start-up) and
// captures the canvas, which cleans, before each sample and every 10 s.
const soakChildEnv = "QIUSUO_SOAK_CHILD"

// inSoakChild runs the calling test in a child process set up as above
// and reports whether the caller is that child (and should run the soak).
func inSoakChild(t *testing.T) bool {
	if os.Getenv(soakChildEnv) != "" {
		return true
	}
	args := []string{"-test.run=^" + t.Name() + "$", "-test.count=1", "-test.v"}
	if testing.Short() {
		args = append(args, "-test.short")
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), soakChildEnv+"=1", "FYNE_CACHE=1ms")
	out, err := cmd.CombinedOutput()
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, ".go:") {
			t.Log(strings.TrimSpace(line))
		}
	}
	if err != nil {
		t.Errorf("soak child: %v\n%s", err, out)
	}
	return false
}

// cleaner captures a window's canvas (which runs Fyne's cache.Clean) no
// more often than the cache lets it clean, so that each capture cleans.
type cleaner struct {
	w  fyne.Window
	at time.Time
}

func (c *cleaner) clean(wait bool) {
	d := 10*time.Second + 100*time.Millisecond - time.Since(c.at)
	if d > 0 && !c.at.IsZero() {
		if !wait {
			return
		}
		time.Sleep(d)
	}
	c.w.Canvas().Capture()
	c.at = time.Now()
}

func sampleSoak(k *Kiosk, c *cleaner, wait bool) soakSample {
	c.clean(wait)
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return soakSample{runtime.NumGoroutine(), k.x.Sel.listeners.len(), m.HeapAlloc}
}

// soakBudget is how much a soak may grow between its warm-up and its end.
const (
	soakGoroutines = 2
	soakHeap       = 4 << 20
)

// visitorSoak runs n visitor cycles on a kiosk with a fake clock: attract
// loop → a touch → explore (a search typed, a tab opened, a cluster
// selected, a list dragged) → countdown → reset. It samples after the
// first tenth (warm: every tab built, caches full) and at the end, and
// returns an error if goroutines, listeners or heap grew. leak, if set,
// runs once a cycle (to prove the check can fail).
func visitorSoak(t *testing.T, n int, leak func(k *Kiosk)) (first, last soakSample, err error) {
	cfg := testKioskConfig()
	k, w := newTestKiosk(t, cfg)
	x := k.x
	now := t0
	tabs := []int{toolEntities, toolFacts, toolGlossary, toolSearch}
	clusters := x.Sel.Story().Clusters
	queries := []string{"机器人", "杭州", "人工智能", "春晚", "模型"}
	warm := max(1, n/10)
	c := &cleaner{w: w}
	for i := 0; i < n; i++ {
		c.clean(false)
		// Attract: a stop or two.
		now = now.Add(cfg.Advance())
		k.Tick(now)
		if k.Mode() != Attract {
			return first, last, fmt.Errorf("cycle %d: mode %v, want attract", i, k.Mode())
		}
		// A touch: the first is on a timeline card.
		now = now.Add(time.Second)
		k.now = now
		test.Tap(x.Timeline.cards[i%len(x.Timeline.cards)])
		if k.Mode() != Explore {
			return first, last, fmt.Errorf("cycle %d: a touch left mode %v", i, k.Mode())
		}
		// Explore.
		x.ShowSearch(queries[i%len(queries)])
		x.left.SelectIndex(1 + tabs[i%len(tabs)])
		x.Sel.Select(cl(clusters[i%len(clusters)].ID))
		switch tabs[i%len(tabs)] {
		case toolEntities:
			x.Entities.scroll.Content.(fyne.Draggable).Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DY: -200}})
		case toolFacts:
			x.Facts.scroll.Content.(fyne.Draggable).Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DY: -200}})
		case toolGlossary:
			x.Glossary.scroll.Content.(fyne.Draggable).Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DY: -200}})
		case toolSearch:
			x.Search.drag.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DY: -100}})
		}
		x.Reader.dragBy(-300)
		if leak != nil {
			leak(k)
		}
		// Walk away: countdown, then reset.
		idleFrom := k.lastInput
		now = idleFrom.Add(cfg.Idle() - cfg.Countdown())
		k.Tick(now)
		if k.Mode() != Countdown {
			return first, last, fmt.Errorf("cycle %d: mode %v, want countdown", i, k.Mode())
		}
		now = idleFrom.Add(cfg.Idle())
		k.Tick(now)
		if k.Mode() != Attract || w.Canvas().Focused() != nil || x.Sel.CanBack() {
			return first, last, fmt.Errorf("cycle %d: after reset mode %v, focus %v", i, k.Mode(), w.Canvas().Focused())
		}
		if i == warm-1 {
			first = sampleSoak(k, c, true)
			if path := os.Getenv("QIUSUO_SOAK_HEAP"); path != "" && leak == nil {
				if f, err := os.Create(path + ".warm"); err == nil {
					pprof.WriteHeapProfile(f)
					f.Close()
				}
			}
		}
		if testing.Verbose() && leak == nil && (i+1)%(max(1, n/10)) == 0 {
			t.Logf("after %d cycles: %v", i+1, sampleSoak(k, c, false))
		}
	}
	last = sampleSoak(k, c, true)
	if path := os.Getenv("QIUSUO_SOAK_HEAP"); path != "" && leak == nil {
		// go tool pprof -sample_index=inuse_space: what the kiosk holds.
		if f, err := os.Create(path); err == nil {
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	var errs []error
	if last.goroutines > first.goroutines+soakGoroutines {
		errs = append(errs, fmt.Errorf("goroutines grew: %v → %v", first, last))
	}
	if last.listeners != first.listeners {
		errs = append(errs, fmt.Errorf("listeners grew: %v → %v", first, last))
	}
	if last.heap > first.heap+soakHeap {
		errs = append(errs, fmt.Errorf("heap grew: %v → %v", first, last))
	}
	err = errors.Join(errs...)
	return first, last, err
}

// TestKioskVisitorSoak runs visitor cycles and checks that nothing grows:
// 200 by default (about 65 ms of CPU each on the test driver: every tab
// switch refreshes every tab's content), 100 with -short; QIUSUO_SOAK=10000
// runs the full soak (about 11 minutes here).
func TestKioskVisitorSoak(t *testing.T) {
	if !inSoakChild(t) {
		return
	}
	n := 200
	if testing.Short() {
		n = 50
	}
	if v, err := strconv.Atoi(os.Getenv("QIUSUO_SOAK")); err == nil && v > 0 {
		n = v
	}
	start := time.Now()
	first, last, err := visitorSoak(t, n, nil)
	t.Logf("%d visitor cycles in %v: after %d: %v; at the end: %v", n, time.Since(start).Round(time.Millisecond), max(1, n/10), first, last)
	if err != nil {
		t.Error(err)
	}
}

// TestKioskSoakCatchesLeaks: the soak's check fails for each kind of leak
// it claims to watch (one run, all three leaking at once: the check must
// name each).
func TestKioskSoakCatchesLeaks(t *testing.T) {
	if !inSoakChild(t) {
		return
	}
	var kept [][]byte
	block := make(chan struct{})
	defer close(block)
	leak := func(k *Kiosk) {
		k.x.Sel.OnChange(func(State) {})
		go func() { <-block }()
		kept = append(kept, make([]byte, 256<<10))
	}
	_, _, err := visitorSoak(t, 40, leak)
	t.Logf("with leaks: %v", err)
	for _, kind := range []string{"goroutines grew", "listeners grew", "heap grew"} {
		if err == nil || !strings.Contains(err.Error(), kind) {
			t.Errorf("a leak went unnoticed: no %q", kind)
		}
	}
	_ = kept
}
