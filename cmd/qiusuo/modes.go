package main

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/qiusuo/qiusuo/gui"
)

// runPresenter turns the main window into the presenter's screen and,
// with speaker set (or on S), opens the speaker window. Both windows drive
// the same Presenter, so they stay in step.
// It returns what to do once the app has started.
func runPresenter(a fyne.App, w fyne.Window, x *gui.Explorer, start int, speaker bool) (onStarted func()) {
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
	return func() {
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
	}
}

// runKiosk makes the window an unattended kiosk: no way to close it but
// the operator's PIN, screen blanking off, one ticker. guiCmd has made it
// fullscreen already, before it showed.
// It returns what to do once the app has started.
func runKiosk(a fyne.App, w fyne.Window, x *gui.Explorer, cfg gui.KioskConfig) (onStarted func()) {
	k := gui.NewKiosk(x, cfg, time.Now())
	w.SetContent(k.Content())
	k.BindKeys(w.Canvas())
	k.OnExit = a.Quit
	w.SetCloseIntercept(func() {}) // Alt+F4 and the window manager's close do nothing
	a.Driver().SetDisableScreenBlanking(true)
	return func() {
		go func() {
			for now := range time.Tick(500 * time.Millisecond) {
				fyne.Do(func() { k.Tick(now) })
			}
		}()
	}
}

// prefLanguage is the Preferences key of the interface language.
const prefLanguage = "language"

// mainMenu offers the language switch (remembered in Preferences). A
// switch rebuilds the explorer in the new language, keeping the selection.
func mainMenu(a fyne.App, w fyne.Window, x **gui.Explorer, extra ...*fyne.Menu) *fyne.MainMenu {
	choose := func(code string) func() {
		return func() {
			a.Preferences().SetString(prefLanguage, code)
			gui.SetLanguage(code)
			old := *x
			nx := gui.NewExplorerWithEngine(old.Sel.Story(), old.Engine)
			nx.Sel.Select(old.Sel.Current().Ref)
			w.SetContent(nx)
			nx.BindKeys(w.Canvas())
			nx.Started()
			*x = nx
			w.SetMainMenu(mainMenu(a, w, x, extra...))
		}
	}
	item := func(label, code string) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, choose(code))
		it.Checked = gui.Language() == code
		return it
	}
	return fyne.NewMainMenu(append(extra, fyne.NewMenu(gui.T("menu.view", "视图"),
		item("中文", gui.LangZh), item("English", gui.LangEn)))...)
}
