package gui

import (
	"time"

	"fyne.io/fyne/v2"
)

// Ticker makes the speaker window's clock tick: a channel of ticks and
// the function that stops them. SecondTicker is the app's; soak tests
// inject their own.
type Ticker func() (ticks <-chan time.Time, stop func())

// SecondTicker ticks every second.
func SecondTicker() (<-chan time.Time, func()) {
	t := time.NewTicker(time.Second)
	return t.C, t.Stop
}

// OpenSpeakerWindow opens a speaker window for p in app a. Everything the
// window starts ends with it: closing it unsubscribes its view from the
// presenter and stops its clock (each reopening used to add a listener
// and a ticker for the life of the process). onClosed, if set, runs after
// that. It returns the window and the view in it.
func OpenSpeakerWindow(a fyne.App, p *Presenter, tick Ticker, onClosed func()) (fyne.Window, *SpeakerView) {
	w := a.NewWindow("求索 · 讲者视图 Speaker")
	view := NewSpeakerView(p)
	w.SetContent(view.Content())
	p.BindKeys(w.Canvas())
	w.Resize(fyne.NewSize(720, 520))
	ticks, stop := tick()
	view.RunClock(ticks)
	w.SetOnClosed(func() {
		view.Close()
		stop()
		if onClosed != nil {
			onClosed()
		}
	})
	w.Show()
	return w, view
}
