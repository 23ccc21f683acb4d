package gui

import "fyne.io/fyne/v2"

// lifetime is what background work of a widget waits on besides its own
// result: closed when the widget is discarded (a language switch rebuilds
// the explorer and drops the old panels), so a goroutine waiting for
// segmentation neither keeps the old panel alive nor updates it later.
// Used from the UI goroutine only.
type lifetime struct {
	done   chan struct{}
	closed bool
}

func newLifetime() lifetime { return lifetime{done: make(chan struct{})} }

// end ends the lifetime; calling it again does nothing.
func (l *lifetime) end() {
	if !l.closed {
		l.closed = true
		close(l.done)
	}
}

// whenDone runs f on the UI goroutine once ready is closed, unless the
// lifetime ends first; the goroutine ends either way.
func (l *lifetime) whenDone(ready <-chan struct{}, f func()) {
	stop := l.done
	go func() {
		select {
		case <-stop:
			return
		case <-ready:
		}
		runOnUI(func() {
			select {
			case <-stop: // ended while this call waited for the UI
			default:
				f()
			}
		})
	}()
}

// runOnUI runs f on the UI goroutine (fyne.Do). Fyne's test driver runs
// f at once on the calling goroutine instead, racing the test; the tests
// replace runOnUI to queue f for the test goroutine (see testhelpers).
var runOnUI = fyne.Do
