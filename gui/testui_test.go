package gui

import (
	"testing"
	"time"
)

// testUI stands in for the UI goroutine in tests. Fyne's test driver runs
// fyne.Do at once on the calling goroutine, so a panel's goroutine that
// waits for segmentation would update widgets concurrently with the test
// (or with the next test: `go test -race ./gui` failed so). In tests,
// runOnUI queues the call here instead, and the test goroutine runs it:
// waitUI drains the queue while a test waits for background work.
var testUI = make(chan func(), 1024)

func init() { runOnUI = func(f func()) { testUI <- f } }

// discardUI drops calls queued by goroutines of earlier tests: their
// widgets belong to an app that has gone. Every widget test starts here
// (lightSelection).
func discardUI() {
	for {
		select {
		case <-testUI:
		default:
			return
		}
	}
}

// waitUI runs queued UI calls on the test goroutine until done is closed.
func waitUI(t testing.TB, done <-chan struct{}) {
	t.Helper()
	timeout := time.After(60 * time.Second)
	for {
		select {
		case <-done:
			return
		case f := <-testUI:
			f()
		case <-timeout:
			t.Fatal("timed out waiting for background work")
		}
	}
}

// drainUI runs the UI calls queued so far.
func drainUI() {
	for {
		select {
		case f := <-testUI:
			f()
		default:
			return
		}
	}
}
