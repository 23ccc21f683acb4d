package main

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/qiusuo/qiusuo/gui"
)

// runPresenter turns the main window into the presenter's screen and,
// with speaker set (or on S), opens the speaker window. Both windows drive
// the same Presenter, so they stay in step.
func runPresenter(a fyne.App, w fyne.Window, x *gui.Explorer, start int, speaker bool) {
	p := gui.NewPresenter(x, time.Now)
	w.SetContent(p.Content())
	p.BindKeys(w.Canvas())
	p.ToggleFullScreen = func() { w.SetFullScreen(!w.FullScreen()) }
	var sw fyne.Window
	var view *gui.SpeakerView
	p.OpenSpeaker = func() {
		if sw != nil {
			sw.RequestFocus()
			return
		}
		sw = a.NewWindow("求索 · 讲者视图 Speaker")
		view = gui.NewSpeakerView(p)
		sw.SetContent(view.Content())
		p.BindKeys(sw.Canvas())
		sw.Resize(fyne.NewSize(720, 520))
		sw.SetOnClosed(func() { sw, view = nil, nil })
		sw.Show()
	}
	p.Start(start)
	a.Lifecycle().SetOnStarted(func() {
		if speaker {
			p.OpenSpeaker()
		}
		go func() {
			for range time.Tick(time.Second) {
				fyne.Do(func() {
					if view != nil {
						view.Update()
					}
				})
			}
		}()
	})
}

// runKiosk makes the window an unattended kiosk: fullscreen, no way to
// close it but the operator's PIN, screen blanking off, one ticker.
func runKiosk(a fyne.App, w fyne.Window, x *gui.Explorer, cfg gui.KioskConfig) {
	k := gui.NewKiosk(x, cfg, time.Now())
	w.SetContent(k.Content())
	k.BindKeys(w.Canvas())
	k.OnExit = a.Quit
	w.SetCloseIntercept(func() {}) // Alt+F4 and the window manager's close do nothing
	w.SetFullScreen(true)
	a.Driver().SetDisableScreenBlanking(true)
	a.Lifecycle().SetOnStarted(func() {
		go func() {
			for now := range time.Tick(500 * time.Millisecond) {
				fyne.Do(func() { k.Tick(now) })
			}
		}()
	})
}
