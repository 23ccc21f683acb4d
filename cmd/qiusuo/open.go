package main

import (
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui"
)

// prefRecent is the Preferences key of the recently opened files, newest
// first.
const prefRecent = "recent-files"

const maxRecent = 8

// opener opens articles and story files in the explorer window: from the
// File menu's dialog, from the recent-files list and by dropping a file
// on the window. Not in kiosk or presenter mode. Loading (an import reads,
// segments and links the article) runs off the main goroutine; the window
// keeps showing the current story until the new one is ready, and a file
// that cannot be read leaves it as it was, with a one-line message.
type opener struct {
	a fyne.App
	w fyne.Window
	x **gui.Explorer
}

func (o *opener) install() {
	o.w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		if len(uris) > 0 && uris[0].Scheme() == "file" {
			o.open(uris[0].Path())
		}
	})
}

// theOpener is the window's opener; nil in kiosk and presenter modes and
// for screenshots, which get no File menu.
var theOpener *opener

// fileMenu is the File menu: open, and the recent files.
func (o *opener) fileMenu() *fyne.Menu {
	openItem := fyne.NewMenuItem(gui.T("menu.open", "打开文章或故事…"), o.chooseFile)
	recent := fyne.NewMenuItem(gui.T("menu.recent", "最近打开"), nil)
	for _, p := range o.recent() {
		recent.ChildMenu = appendItem(recent.ChildMenu, fyne.NewMenuItem(p, func() { o.open(p) }))
	}
	if recent.ChildMenu == nil {
		none := fyne.NewMenuItem(gui.T("menu.recent.none", "（暂无）"), nil)
		none.Disabled = true
		recent.ChildMenu = fyne.NewMenu("", none)
	}
	return fyne.NewMenu(gui.T("menu.file", "文件"), openItem, recent)
}

func appendItem(m *fyne.Menu, it *fyne.MenuItem) *fyne.Menu {
	if m == nil {
		return fyne.NewMenu("", it)
	}
	m.Items = append(m.Items, it)
	return m
}

func (o *opener) chooseFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		o.open(r.URI().Path())
	}, o.w)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".md", ".html", ".htm", ".json"}))
	d.Show()
}

// open loads path (a story file or an article, imported) and shows it.
func (o *opener) open(path string) {
	o.w.SetTitle("求索 Qiusuo — " + gui.T("open.importing", "正在导入 {{.Name}}…", map[string]any{"Name": filepath.Base(path)}))
	go func() {
		s, err := loadStory(path)
		fyne.Do(func() {
			if err != nil {
				o.w.SetTitle(windowTitle((*o.x).Sel.Story()))
				dialog.ShowError(err, o.w)
				return
			}
			o.show(s)
			o.remember(path)
		})
	}()
}

func (o *opener) show(s *data.Story) {
	nx := gui.NewExplorer(s)
	o.w.SetContent(nx)
	nx.BindKeys(o.w.Canvas())
	nx.Started()
	*o.x = nx
	o.w.SetTitle(windowTitle(s))
	o.w.SetMainMenu(mainMenu(o.a, o.w, o.x))
}

func windowTitle(s *data.Story) string {
	t := s.Article.Title()
	if t == "" {
		t = filepath.Base(s.Article.Name)
	}
	return "求索 Qiusuo — " + t
}

func (o *opener) recent() []string {
	return o.a.Preferences().StringListWithFallback(prefRecent, nil)
}

// remember puts path first in the recent-files list (absolute, no
// duplicates, at most maxRecent).
func (o *opener) remember(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := slices.DeleteFunc(o.recent(), func(p string) bool { return p == path || strings.TrimSpace(p) == "" })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	o.a.Preferences().SetStringList(prefRecent, list)
	o.w.SetMainMenu(mainMenu(o.a, o.w, o.x))
}
