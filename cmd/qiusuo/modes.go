package main

import (
	"io"
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
	w.SetPadded(false) // so the black screen reaches the window's edges
	w.SetContent(p.Content())
	p.BindKeys(w.Canvas())
	p.ToggleFullScreen = func() { w.SetFullScreen(!w.FullScreen()) }
	var sw fyne.Window
	p.OpenSpeaker = func() {
		if sw != nil {
			sw.RequestFocus()
			return
		}
		sw, _ = gui.OpenSpeakerWindow(a, p, gui.SecondTicker, func() { sw = nil })
	}
	p.Start(start)
	return func() {
		if speaker {
			p.OpenSpeaker()
		}
	}
}

// runKiosk makes the window an unattended kiosk: no way to close it but
// the operator's PIN, screen blanking off, one ticker. guiCmd has made it
// fullscreen already, before it showed.
// It returns what to do once the app has started.
func runKiosk(a fyne.App, w fyne.Window, x *gui.Explorer, cfg gui.KioskConfig, log io.Writer) (onStarted func()) {
	k := gui.NewKiosk(x, cfg, time.Now())
	k.Log = log // wrong PINs, one line each
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
// The menus that more builds (文件, 导出: see desktopWindow) come first;
// they are rebuilt too, in the new language.
func mainMenu(a fyne.App, w fyne.Window, x **gui.Explorer, more ...func() *fyne.Menu) *fyne.MainMenu {
	choose := func(code string) func() {
		return func() {
			a.Preferences().SetString(prefLanguage, code)
			old := *x
			nx := gui.SwitchLanguage(old, code)
			nx.SetTouchKeyboard(old.TouchKeyboard())
			w.SetContent(nx)
			nx.BindKeys(w.Canvas())
			nx.Started()
			*x = nx
			w.SetMainMenu(mainMenu(a, w, x, more...))
		}
	}
	item := func(label, code string) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, choose(code))
		it.Checked = gui.Language() == code
		return it
	}
	var menus []*fyne.Menu
	for _, m := range more {
		menus = append(menus, m())
	}
	return fyne.NewMainMenu(append(menus, fyne.NewMenu(gui.T("menu.view", "视图"),
		item("中文", gui.LangZh), item("English", gui.LangEn)))...)
}
