package main

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui"
)

// windowTitle names the window after the story's article, or its file
// when the article has no title.
func windowTitle(s *data.Story) string {
	t := s.Article.Title()
	if strings.TrimSpace(t) == "" {
		t = filepath.Base(s.Article.Name)
	}
	return "求索 Qiusuo — " + t
}

// openedTitle names the window after an opened file's article, or the
// file when the importer found no title.
func openedTitle(s *data.Story, path string) string {
	if strings.TrimSpace(s.Article.Title()) == "" {
		return "求索 Qiusuo — " + filepath.Base(path)
	}
	return windowTitle(s)
}

// desktopWindow gives the ordinary (not kiosk, not presenter) window its
// menus: 文件 (open, recent files, Ctrl+O), 导出 (images and the story's
// export formats) and 视图 (language); and opens files dropped on it.
// Kiosk and presenter windows get none of this: a visitor must not open
// or write files, and a presenter's window shows the tour only.
// A file given with --story (storyPath) joins the recent list.
func desktopWindow(a fyne.App, w fyne.Window, x **gui.Explorer, storyPath string, opened func(path string), more ...func() *fyne.Menu) {
	var refresh func()
	op := NewOpener(w, a.Preferences(), loadStory, func(s *data.Story, path string) {
		showOpened(w, x, s, path)
		if opened != nil {
			opened(path)
		}
		refresh()
	})
	ex := NewExporter(w, func() *gui.Explorer { return *x })
	menus := append([]func() *fyne.Menu{op.Menu, ex.Menu}, more...)
	refresh = func() { w.SetMainMenu(mainMenu(a, w, x, menus...)) }
	op.Changed = refresh
	w.Canvas().AddShortcut(openShortcut, func(fyne.Shortcut) { op.ShowDialog() })
	w.SetOnDropped(op.Dropped)
	if storyPath != "" {
		op.remember(absPath(storyPath)) // calls refresh
	} else {
		refresh()
	}
}

// showStory replaces the window's explorer with one on s, as the
// language switch does.
func showStory(w fyne.Window, x **gui.Explorer, s *data.Story) {
	nx := gui.NewExplorer(s)
	if *x != nil {
		nx.OnEdit = (*x).OnEdit
		(*x).Close()
	}
	w.SetContent(nx)
	nx.BindKeys(w.Canvas())
	nx.Started()
	*x = nx
}

// showOpened shows a story opened from a file and names the window after
// it.
func showOpened(w fyne.Window, x **gui.Explorer, s *data.Story, path string) {
	showStory(w, x, s)
	w.SetTitle(openedTitle(s, path))
}
