package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

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

// loadForGUI reads the story the window shows. In edit mode a story file
// whose article changed on disk opens leniently: the links to sentences
// no longer there are dropped and returned as problems, which the editor
// lists for the person to fix; elsewhere the loader stays strict.
func loadForGUI(path string, editing bool) (*data.Story, []data.Problem, error) {
	if !editing {
		s, err := loadStory(path)
		return s, nil, err
	}
	return data.LoadStoryLenient(path)
}

// explorerMode is the plain explorer window: its menus (File, Export,
// Edit, View), dropping files, and E or the Edit menu to edit the story
// file shown (an article, or the embedded story, says how to get one).
func explorerMode(a fyne.App, w fyne.Window, x *gui.Explorer, path string) {
	xp := &x
	current := path
	enter := func() {
		article, err := editablePath(current)
		if err != nil {
			dialog.ShowError(err, w)
			return
		}
		s, problems, err := data.LoadStoryLenient(current)
		if err != nil {
			dialog.ShowError(err, w)
			return
		}
		(*xp).OnEdit = nil
		runEditor(a, w, *xp, s, current, article, problems)()
	}
	x.OnEdit = enter
	editMenu := func() *fyne.Menu {
		return fyne.NewMenu(gui.T("menu.edit", "编辑"), fyne.NewMenuItem(gui.T("edit.enter", "编辑此故事")+"  E", enter))
	}
	desktopWindow(a, w, xp, path, func(p string) { current = p }, editMenu)
}

// runEditor puts the window into edit mode on story s from path, with the
// broken links a lenient load found. It returns what to run once the
// window shows: the offer to recover unsaved changes left by a crash.
// Leaving edit mode (E) goes back to the explorer on the saved story.
func runEditor(a fyne.App, w fyne.Window, x *gui.Explorer, s *data.Story, path, article string, problems []data.Problem) (onStarted func()) {
	ed := editor.New(w, x, edit.NewDraft(s, article), path)
	c := w.Canvas()
	bind := func(nx *gui.Explorer) {
		nx.BindKeys(c)
		ed.BindKeys(c)
	}
	ed.OnExplorer = bind
	ed.OnLeave = func(saved *data.Story) {
		ed.UnbindKeys(c)
		w.SetCloseIntercept(nil)
		nx := gui.NewExplorerWithEngine(saved, ed.Explorer().Engine)
		if r := ed.Explorer().Sel.Current().Ref; !r.IsZero() && saved.Has(r) {
			nx.Sel.Replace(r)
		}
		w.SetContent(nx)
		nx.BindKeys(c)
		nx.Started()
		explorerMode(a, w, nx, path)
	}
	w.SetContent(ed.Content())
	bind(x)
	ed.SetProblems(problems)
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
		fyne.NewMenuItem(gui.T("edit.tour.open", "讲解路线…")+"  Ctrl+T", ed.OpenTour),
		fyne.NewMenuItem(gui.T("edit.broken.title", "失效链接"), ed.ShowProblems),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(gui.T("edit.leave", "离开编辑模式")+"  E", ed.Leave))
	sentence := fyne.NewMenu(gui.T("menu.sentence", "句子"),
		fyne.NewMenuItem(gui.T("edit.event.new", "从此句建事件"), ed.NewEventFromSentence),
		fyne.NewMenuItem(gui.T("edit.fact.new", "从此句添加数字"), ed.NewFact),
		fyne.NewMenuItem(gui.T("edit.term.new", "从此句添加术语"), ed.NewTerm),
		fyne.NewMenuItem(gui.T("edit.tour.add", "加入讲解路线"), ed.AddStop))
	selected := fyne.NewMenu(gui.T("menu.selected", "所选"),
		fyne.NewMenuItem(gui.T("edit.event.edit", "编辑事件")+"  Ctrl+E", ed.EditEvent),
		fyne.NewMenuItem(gui.T("edit.event.up", "前移")+"  Alt+↑", func() { ed.MoveEvent(-1) }),
		fyne.NewMenuItem(gui.T("edit.event.down", "后移")+"  Alt+↓", func() { ed.MoveEvent(+1) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(gui.T("edit.entity.new", "新建实体")+"  Ctrl+Shift+N", ed.NewEntity),
		fyne.NewMenuItem(gui.T("edit.entity.edit", "编辑实体"), ed.EditEntity),
		fyne.NewMenuItem(gui.T("edit.entity.merge", "合并实体")+"  Ctrl+M", ed.MergeEntity),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(gui.T("edit.cluster.edit", "编辑集群成员"), ed.EditCluster),
		fyne.NewMenuItem(gui.T("edit.fact.edit.short", "编辑数字"), ed.EditFact),
		fyne.NewMenuItem(gui.T("edit.term.edit.short", "编辑术语"), ed.EditTerm),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(gui.T("edit.item.delete", "删除")+"  Ctrl+Delete", ed.DeleteSelected))
	return fyne.NewMainMenu(file, sentence, selected, fyne.NewMenu(gui.T("menu.view", "视图"),
		item("中文", gui.LangZh), item("English", gui.LangEn)))
}
