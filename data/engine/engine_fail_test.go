package engine

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/qiusuo/qiusuo/data"
)

// TestLoadFailureIsAnError checks that a loader that fails, by error or by
// panic, ends loading with Err set instead of crashing the process or
// leaving Wait blocked, and that the engine then answers without words.
func TestLoadFailureIsAnError(t *testing.T) {
	st, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, hook := range map[string]func() error{
		"error": func() error { return errors.New("dictionary unreadable") },
		"panic": func() error { panic("boom") },
	} {
		t.Run(name, func(t *testing.T) {
			loadHook = hook
			defer func() { loadHook = nil }()
			e := New(st)
			if e.Err() != nil {
				t.Fatal("Err before loading")
			}
			done := make(chan struct{})
			go func() { e.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Wait still blocked after a failed load")
			}
			if e.Err() == nil || e.Ready() {
				t.Fatalf("Err %v, Ready %v after a failed load", e.Err(), e.Ready())
			}
			if name == "panic" && !strings.Contains(e.Err().Error(), "boom") {
				t.Errorf("Err %q does not say what failed", e.Err())
			}
			if k := e.Keywords(nil, 10); k != nil {
				t.Errorf("Keywords on a failed engine: %v", k)
			}
			if l := e.AutoLink(); l != nil {
				t.Errorf("AutoLink on a failed engine: %v", l)
			}
			if e.Tokens(0) != nil {
				t.Error("Tokens on a failed engine")
			}
			if r := e.Search("机器人"); r.Hits == 0 {
				t.Error("search by substring stopped working after a failed load")
			}
		})
	}
}
