package main

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui"
)

// article is a small dated news article for the importer.
const article = "杭州低空经济再提速\n\n" +
	"2025年3月12日，杭州市发布低空经济发展行动计划。\n\n" +
	"根据计划，到2027年杭州将建成低空飞行服务网络，无人机物流航线超过100条。\n"

// testWindow is an ordinary window on the default story with an opener
// wired as desktopWindow wires it, in a test app.
type testWindow struct {
	w  fyne.Window
	x  *gui.Explorer
	op *Opener
}

func newTestWindow(t *testing.T, load func(string) (*data.Story, error)) *testWindow {
	t.Helper()
	a := test.NewTempApp(t)
	v := theme.VariantLight
	a.Settings().SetTheme(gui.NewTheme(&v))
	gui.SetLanguage(gui.LangZh)
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	tw := &testWindow{w: test.NewWindow(nil), x: gui.NewExplorer(s)}
	tw.w.SetContent(tw.x)
	tw.w.Resize(fyne.NewSize(1280, 800))
	tw.op = NewOpener(tw.w, a.Preferences(), load, func(s *data.Story, path string) { showOpened(tw.w, &tw.x, s, path) })
	t.Cleanup(tw.w.Close)
	return tw
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// texts collects the strings shown by the window's top overlay (a dialog).
func overlayTexts(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *canvas.Text:
			b.WriteString(o.Text + "\n")
		case *widget.Label:
			b.WriteString(o.Text + "\n")
		case *widget.RichText:
			b.WriteString(o.String() + "\n")
		}
		switch o := o.(type) {
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	walk(top)
	return b.String()
}

func TestOpenArticle(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	old := tw.x
	p := writeFile(t, "低空.txt", article)
	tw.op.Open(p)
	tw.op.wait()
	if tw.x == old {
		t.Fatal("the explorer was not replaced")
	}
	if tw.w.Content() != tw.x {
		t.Fatal("the window does not show the new explorer")
	}
	if got := tw.x.Sel.Story().Article.Title(); got != "杭州低空经济再提速" {
		t.Errorf("story title %q", got)
	}
	if got := tw.w.Title(); got != "求索 Qiusuo — 杭州低空经济再提速" {
		t.Errorf("window title %q", got)
	}
	if tw.w.Canvas().Overlays().Top() != nil {
		t.Errorf("a dialog is still shown: %q", overlayTexts(tw.w))
	}
	if r := tw.op.Recent(); len(r) != 1 || r[0] != p {
		t.Errorf("recent %q", r)
	}
	if tw.op.Busy() {
		t.Error("still busy after the load")
	}
}

func TestOpenBadFileKeepsStory(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	old := tw.x
	p := writeFile(t, "scan.txt", "%PDF-1.7\n\x00\x01\x02\x03 binary")
	tw.op.Open(p)
	tw.op.wait()
	if tw.x != old || tw.w.Content() != old {
		t.Fatal("a bad file replaced the story")
	}
	msg := overlayTexts(tw.w)
	if !strings.Contains(msg, "scan.txt") {
		t.Errorf("error dialog does not name the file: %q", msg)
	}
	if len(tw.op.Recent()) != 0 {
		t.Errorf("a file that failed to open is in the recent list: %q", tw.op.Recent())
	}
	if dir := os.Getenv("QIUSUO_SHOTS"); dir != "" {
		writeShot(t, filepath.Join(dir, "dialog-error.png"), tw.w)
	}
}

func TestOpenPanicIsAnError(t *testing.T) {
	tw := newTestWindow(t, func(string) (*data.Story, error) { panic("boom") })
	old := tw.x
	tw.op.Open("/tmp/whatever.txt")
	tw.op.wait()
	if tw.x != old {
		t.Fatal("story replaced")
	}
	if msg := overlayTexts(tw.w); !strings.Contains(msg, "whatever.txt") || !strings.Contains(msg, "boom") {
		t.Errorf("error dialog %q", msg)
	}
}

// TestOpenDoesNotBlock: the load runs off the UI goroutine behind a
// progress dialog, and a second request meanwhile is ignored.
func TestOpenDoesNotBlock(t *testing.T) {
	release := make(chan struct{})
	calls := 0
	tw := newTestWindow(t, func(p string) (*data.Story, error) {
		calls++
		<-release
		return loadStory(p)
	})
	p := writeFile(t, "a.txt", article)
	tw.op.Open(p) // returns while the load waits
	if !tw.op.Busy() {
		t.Fatal("not busy during the load")
	}
	if msg := overlayTexts(tw.w); !strings.Contains(msg, "正在打开") || !strings.Contains(msg, "a.txt") {
		t.Errorf("no progress dialog: %q", msg)
	}
	tw.op.Open(p)
	close(release)
	tw.op.wait()
	if calls != 1 {
		t.Errorf("%d loads, want 1", calls)
	}
	if tw.x.Sel.Story().Article.Title() != "杭州低空经济再提速" {
		t.Error("not opened")
	}
}

func TestDrop(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	p := writeFile(t, "drop.txt", article)
	tw.op.Dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(p)})
	tw.op.wait()
	if tw.x.Sel.Story().Article.Title() != "杭州低空经济再提速" {
		t.Error("dropped file not opened")
	}
	u, _ := storage.ParseURI("https://example.com/a.txt")
	tw.op.Dropped(fyne.NewPos(10, 10), []fyne.URI{u})
	tw.op.wait()
	if msg := overlayTexts(tw.w); !strings.Contains(msg, "not a local file") {
		t.Errorf("dropping a URL: %q", msg)
	}
}

func TestRecentList(t *testing.T) {
	tw := newTestWindow(t, func(p string) (*data.Story, error) { return data.Default() })
	changed := 0
	tw.op.Changed = func() { changed++ }
	dir := t.TempDir()
	var paths []string
	for i := range 10 {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		os.WriteFile(p, []byte(article), 0o644)
		paths = append(paths, p)
		tw.op.Open(p)
		tw.op.wait()
	}
	r := tw.op.Recent()
	if len(r) != maxRecent || r[0] != paths[9] || r[7] != paths[2] {
		t.Fatalf("recent after 10 opens: %q", r)
	}
	if changed != 10 {
		t.Errorf("Changed called %d times, want 10", changed)
	}
	tw.op.Open(paths[5]) // again: moves to the front, once
	tw.op.wait()
	r = tw.op.Recent()
	if r[0] != paths[5] || len(r) != maxRecent || strings.Count(strings.Join(r, "|"), paths[5]) != 1 {
		t.Errorf("reopened: %q", r)
	}
	// The menu lists them in that order.
	var recent *fyne.MenuItem
	for _, it := range tw.op.Menu().Items {
		if it.Label == "最近打开" {
			recent = it
		}
	}
	if recent == nil || len(recent.ChildMenu.Items) != maxRecent+2 ||
		!strings.HasPrefix(recent.ChildMenu.Items[0].Label, "f.txt") {
		t.Fatalf("recent submenu: %+v", recent)
	}

	// Two files disappear; opening one of them prunes both and says so.
	os.Remove(paths[9])
	os.Remove(paths[8])
	tw.op.OpenRecent(paths[9])
	tw.op.wait()
	r = tw.op.Recent()
	if len(r) != maxRecent-2 {
		t.Errorf("after pruning: %q", r)
	}
	for _, p := range r {
		if p == paths[9] || p == paths[8] {
			t.Errorf("missing %s kept", p)
		}
	}
	if msg := overlayTexts(tw.w); !strings.Contains(msg, "j.txt") || !strings.Contains(msg, "另有 1 个") {
		t.Errorf("prune message %q", msg)
	}

	// 清除列表 empties it.
	items := tw.op.Menu().Items[1].ChildMenu.Items
	items[len(items)-1].Action()
	if len(tw.op.Recent()) != 0 {
		t.Error("Clear List left", tw.op.Recent())
	}
	if it := tw.op.Menu().Items[1].ChildMenu.Items; len(it) != 1 || !it[0].Disabled {
		t.Error("empty recent menu should show one disabled item")
	}
}

func TestMainMenuHasFileExportView(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	ex := NewExporter(tw.w, func() *gui.Explorer { return tw.x })
	m := mainMenu(fyne.CurrentApp(), tw.w, &tw.x, tw.op.Menu, ex.Menu)
	var labels []string
	for _, mm := range m.Items {
		labels = append(labels, mm.Label)
	}
	if strings.Join(labels, ",") != "文件,导出,视图" {
		t.Errorf("menus %q", labels)
	}
	if it := m.Items[0].Items[0]; it.Shortcut != openShortcut {
		t.Error("打开… has no Ctrl+O")
	}
}

// BenchmarkOpenArticle is opening the seed article (imported, not the
// curated story file) in the window: import, new explorer, swap.
func BenchmarkOpenArticle(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(gui.NewTheme(nil))
	s, _ := data.Default()
	w := test.NewWindow(nil)
	defer w.Close()
	x := gui.NewExplorer(s)
	w.SetContent(x)
	op := NewOpener(w, a.Preferences(), loadStory, func(s *data.Story, p string) { showOpened(w, &x, s, p) })
	path, _ := filepath.Abs("../../data/hangzhou-2025.txt")
	b.ResetTimer()
	for range b.N {
		op.Open(path)
		op.wait()
	}
	if x.Sel.Story().Article.Title() == s.Article.Title() && len(x.Sel.Story().Events) == len(s.Events) {
		b.Log("opened:", x.Sel.Story().Article.Title())
	}
}

// TestOpenSharedArticles opens every real article of ../shared/articles
// (where the project keeps them; skipped elsewhere): each opens, or says
// why in a dialog naming the file, and never takes the window down.
func TestOpenSharedArticles(t *testing.T) {
	files, _ := filepath.Glob("../../../../shared/articles/*.*")
	var arts []string
	for _, f := range files {
		if ext := strings.ToLower(filepath.Ext(f)); ext != ".md" || !strings.EqualFold(filepath.Base(f), "README.md") {
			arts = append(arts, f)
		}
	}
	if len(arts) == 0 {
		t.Skip("no ../shared/articles here")
	}
	tw := newTestWindow(t, loadStory)
	for _, f := range arts {
		before := tw.x
		tw.op.Open(f)
		tw.op.wait()
		if tw.x == before {
			msg := overlayTexts(tw.w)
			if !strings.Contains(msg, filepath.Base(f)) {
				t.Errorf("%s: neither opened nor a message naming it: %q", f, msg)
			}
			t.Logf("%s: %s", filepath.Base(f), oneLine(msg))
			tw.w.Canvas().Overlays().Top().Hide()
			continue
		}
		t.Logf("%s: %q, %d events", filepath.Base(f), tw.x.Sel.Story().Article.Title(), len(tw.x.Sel.Story().Events))
		if title := tw.x.Sel.Story().Article.Title(); title == "" && !strings.HasSuffix(tw.w.Title(), filepath.Base(f)) {
			t.Errorf("%s: no title, and the window is called %q", f, tw.w.Title())
		}
	}
}

func TestOpenShowPanicKeepsStory(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	old := tw.x
	tw.op.Show = func(*data.Story, string) { panic("layout") }
	p := writeFile(t, "a.txt", article)
	tw.op.Open(p)
	tw.op.wait()
	if tw.x != old || len(tw.op.Recent()) != 0 {
		t.Error("story replaced or remembered after a failed show")
	}
	if msg := overlayTexts(tw.w); !strings.Contains(msg, "a.txt") || !strings.Contains(msg, "layout") {
		t.Errorf("message %q", msg)
	}
}

// writeShot writes the window as PNG, for a person to look at.
func writeShot(t *testing.T, path string, w fyne.Window) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// TestDesktopWindow: the ordinary window gets 文件, 导出 and 视图; the
// --story file joins the recent list; switching the language rebuilds all
// three menus in the new language.
func TestDesktopWindow(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	defer gui.SetLanguage(gui.LangZh)
	p := writeFile(t, "story.txt", article)
	desktopWindow(fyne.CurrentApp(), tw.w, &tw.x, p, nil)
	labels := func() string {
		var l []string
		for _, m := range tw.w.MainMenu().Items {
			l = append(l, m.Label)
		}
		return strings.Join(l, ",")
	}
	if got := labels(); got != "文件,导出,视图" {
		t.Fatalf("menus %q", got)
	}
	if r := fyne.CurrentApp().Preferences().StringList(prefRecent); len(r) != 1 || r[0] != p {
		t.Errorf("recent %q", r)
	}
	old := tw.x
	tw.w.MainMenu().Items[2].Items[1].Action() // English
	if got := labels(); got != "File,Export,View" {
		t.Errorf("menus in English %q", got)
	}
	if tw.x == old {
		t.Error("the language switch did not rebuild the explorer")
	}
}
