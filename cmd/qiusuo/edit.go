package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
	"github.com/qiusuo/qiusuo/gui/editor"
)

// editablePath checks that --edit has a story file to save to and returns
// the name its "article" field gives. The embedded story cannot be saved
// into the binary, and an article has no story file yet: both get a
// message that says what to do.
func editablePath(path string) (article string, err error) {
	if path == "" {
		return "", fmt.Errorf("--edit needs a story file to save to: --story FILE.json (write one with 'qiusuo story --json' or 'qiusuo import ARTICLE -o FILE.json')")
	}
	if !strings.HasSuffix(strings.ToLower(path), ".json") {
		return "", fmt.Errorf("--edit %s: an article has no story file yet; import it first: qiusuo import %s -o STORY.json", path, path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var head struct {
		Article string `json:"article"`
	}
	if err := json.Unmarshal(b, &head); err != nil || head.Article == "" {
		return "", fmt.Errorf("%s: no \"article\" field to save beside", path)
	}
	return head.Article, nil
}

// runEditor puts the window into edit mode on story s from path. It
// returns what to run once the window shows: the offer to recover unsaved
// changes left by a crash.
func runEditor(a fyne.App, w fyne.Window, x *gui.Explorer, s *data.Story, path, article string) (onStarted func()) {
	ed := editor.New(w, x, edit.NewDraft(s, article), path)
	c := w.Canvas()
	bind := func(nx *gui.Explorer) {
		nx.BindKeys(c)
		ed.BindKeys(c)
	}
	ed.OnExplorer = bind
	w.SetContent(ed.Content())
	bind(x)
	w.SetCloseIntercept(ed.CloseIntercept)
	w.SetMainMenu(editMenu(a, w, ed))
	return ed.OfferRecovery
}

// editMenu is the main menu in edit mode: the language switch rebuilds
// the editor's explorer (not a bare explorer, which would leave edit mode).
func editMenu(a fyne.App, w fyne.Window, ed *editor.Editor) *fyne.MainMenu {
	choose := func(code string) func() {
		return func() {
			a.Preferences().SetString(prefLanguage, code)
			gui.SetLanguage(code)
			ed.Rebuild()
			w.SetMainMenu(editMenu(a, w, ed))
		}
	}
	item := func(label, code string) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, choose(code))
		it.Checked = gui.Language() == code
		return it
	}
	file := fyne.NewMenu(gui.T("menu.edit", "编辑"),
		fyne.NewMenuItem(gui.T("edit.save", "保存")+"  Ctrl+S", ed.Save),
		fyne.NewMenuItem(gui.T("edit.undo", "撤销")+"  Ctrl+Z", ed.Undo),
		fyne.NewMenuItem(gui.T("edit.redo", "重做")+"  Ctrl+Shift+Z", ed.Redo),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(gui.T("edit.link", "链接… Ctrl+L"), ed.OpenPalette),
		fyne.NewMenuItem(gui.T("edit.event.new", "从此句建事件"), ed.NewEventFromSentence),
		fyne.NewMenuItem(gui.T("edit.event.edit", "编辑事件"), ed.EditEvent),
		fyne.NewMenuItem(gui.T("edit.tour.add", "加入讲解路线"), ed.AddStop))
	return fyne.NewMainMenu(file, fyne.NewMenu(gui.T("menu.view", "视图"),
		item("中文", gui.LangZh), item("English", gui.LangEn)))
}
