package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui"
)

// prefRecent is the Preferences key of the recently opened files, most
// recent first.
const prefRecent = "recent.files"

// maxRecent is how many files 最近打开 remembers.
const maxRecent = 8

// openExtensions are the files the open dialog offers: story files and
// TimelineJS JSON, and the articles the importer reads.
var openExtensions = []string{".json", ".txt", ".md", ".html", ".htm"}

// Opener opens a story file or an article in the window: from the open
// dialog, the recent-files list or a file dropped on the window. Loading
// (an article's import takes a few hundred milliseconds) runs on its own
// goroutine behind a progress dialog, so the window never freezes; only
// the swap of the explorer happens on the UI goroutine. A file that cannot
// be opened leaves the current story as it was and says why in one line.
type Opener struct {
	// Load reads a path into a story (loadStory: story files, TimelineJS
	// JSON and imported articles).
	Load func(path string) (*data.Story, error)
	// Show puts the story in the window; called on the UI goroutine.
	Show func(s *data.Story, path string)
	// Changed, if set, is called when the recent list changes, so the
	// menu that shows it can be rebuilt.
	Changed func()

	prefs fyne.Preferences
	win   fyne.Window

	mu      sync.Mutex
	loading string         // the path being loaded, "" when idle
	wg      sync.WaitGroup // loads in flight, for tests
}

// NewOpener returns an opener for the window that remembers recent files
// in prefs.
func NewOpener(w fyne.Window, prefs fyne.Preferences, load func(string) (*data.Story, error), show func(*data.Story, string)) *Opener {
	return &Opener{Load: load, Show: show, prefs: prefs, win: w}
}

// Open loads path in the background and shows it. A second request while
// a file is loading is ignored: the first one wins.
func (o *Opener) Open(path string) {
	path = absPath(path)
	o.mu.Lock()
	if o.loading != "" {
		o.mu.Unlock()
		return
	}
	o.loading = path
	o.mu.Unlock()

	bar := widget.NewProgressBarInfinite()
	progress := dialog.NewCustomWithoutButtons(gui.Pick("正在打开…", "Opening…"),
		container.NewVBox(widget.NewLabel(filepath.Base(path)), bar), o.win)
	progress.Show()

	o.wg.Add(1)
	go func() {
		defer o.wg.Done()
		s, err := o.safeLoad(path)
		fyne.DoAndWait(func() {
			bar.Stop()
			progress.Hide()
			o.mu.Lock()
			o.loading = ""
			o.mu.Unlock()
			if err != nil {
				o.showError(err)
				return
			}
			if err := o.safeShow(s, path); err != nil {
				o.showError(err)
				return
			}
			o.remember(path)
		})
	}()
}

// safeShow is Show with a panic (building the explorer on a story no
// test foresaw) turned into an error; the window keeps the old story,
// since Show swaps the content only once the new explorer is built.
func (o *Opener) safeShow(s *data.Story, path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: cannot be shown (internal error: %v)", path, r)
		}
	}()
	o.Show(s, path)
	return nil
}

// safeLoad is Load with a panic turned into an error naming the file:
// a bad file must never take the window down.
func (o *Opener) safeLoad(path string) (s *data.Story, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("%s: cannot be opened (internal error: %v)", path, r)
		}
	}()
	return o.Load(path)
}

// Busy reports whether a file is loading.
func (o *Opener) Busy() bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.loading != ""
}

// wait blocks until no load is in flight (tests).
func (o *Opener) wait() { o.wg.Wait() }

// showError shows the one-line message of err in a dialog.
func (o *Opener) showError(err error) {
	dialog.ShowError(errors.New(oneLine(err.Error())), o.win)
}

// oneLine keeps the first line of a message.
func oneLine(msg string) string {
	msg, _, _ = strings.Cut(strings.TrimSpace(msg), "\n")
	return msg
}

// ShowDialog shows the open dialog, filtered to the files Qiusuo reads
// and starting in the folder of the most recent file.
func (o *Opener) ShowDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			o.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		r.Close()
		o.Open(r.URI().Path())
	}, o.win)
	d.SetFilter(storage.NewExtensionFileFilter(openExtensions))
	if rec := o.Recent(); len(rec) > 0 {
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(rec[0]))); err == nil {
			d.SetLocation(dir)
		}
	}
	d.Resize(dialogSize(o.win))
	d.Show()
}

// dialogSize is a file dialog's size: most of the window, so long
// Chinese file names fit.
func dialogSize(w fyne.Window) fyne.Size {
	s := w.Canvas().Size()
	return fyne.NewSize(max(s.Width*0.8, 600), max(s.Height*0.8, 400))
}

// Dropped opens the first local file dropped on the window.
func (o *Opener) Dropped(_ fyne.Position, uris []fyne.URI) {
	for _, u := range uris {
		if u.Scheme() == "file" {
			o.Open(u.Path())
			return
		}
	}
	if len(uris) > 0 {
		o.showError(fmt.Errorf("%s: not a local file; drop a story or article file", uris[0]))
	}
}

// Recent returns the remembered files, most recent first.
func (o *Opener) Recent() []string {
	return o.prefs.StringList(prefRecent)
}

// remember puts path at the head of the recent list, once, keeping at
// most maxRecent.
func (o *Opener) remember(path string) {
	list := []string{path}
	for _, p := range o.Recent() {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	o.setRecent(list)
}

func (o *Opener) setRecent(list []string) {
	o.prefs.SetStringList(prefRecent, list)
	if o.Changed != nil {
		o.Changed()
	}
}

// prune drops the files that no longer exist from the recent list and
// returns them.
func (o *Opener) prune() (gone []string) {
	var keep []string
	for _, p := range o.Recent() {
		if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
			gone = append(gone, p)
		} else {
			keep = append(keep, p)
		}
	}
	if len(gone) > 0 {
		o.setRecent(keep)
	}
	return gone
}

// OpenRecent opens a file from the recent list. If it has gone (moved,
// deleted, on an unplugged drive), it and every other missing file leave
// the list and a message says so.
func (o *Opener) OpenRecent(path string) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		gone := o.prune()
		msg := gui.Pick(fmt.Sprintf("%s 已不存在，已从“最近打开”中移除。", path),
			fmt.Sprintf("%s no longer exists; removed from Open Recent.", path))
		if n := len(gone) - 1; n > 0 {
			msg += gui.Pick(fmt.Sprintf("另有 %d 个不存在的文件也已移除。", n),
				fmt.Sprintf(" %d other missing files were removed too.", n))
		}
		dialog.ShowInformation(gui.Pick("最近打开", "Open Recent"), msg, o.win)
		return
	}
	o.Open(path)
}

// Menu is the 文件/File menu: 打开… (Ctrl+O), 最近打开 and clearing it.
func (o *Opener) Menu() *fyne.Menu {
	open := fyne.NewMenuItem(gui.Pick("打开…", "Open…"), o.ShowDialog)
	open.Shortcut = openShortcut
	recent := fyne.NewMenuItem(gui.Pick("最近打开", "Open Recent"), nil)
	var items []*fyne.MenuItem
	for _, p := range o.Recent() {
		items = append(items, fyne.NewMenuItem(recentLabel(p), func() { o.OpenRecent(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(gui.Pick("（无）", "(none)"), nil)
		none.Disabled = true
		items = append(items, none)
	} else {
		items = append(items, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(gui.Pick("清除列表", "Clear List"), func() { o.setRecent(nil) }))
	}
	recent.ChildMenu = fyne.NewMenu("", items...)
	return fyne.NewMenu(gui.Pick("文件", "File"), open, recent)
}

// recentLabel shows a recent file by its name and folder, so two
// 'article.txt' can be told apart.
func recentLabel(path string) string {
	return fmt.Sprintf("%s — %s", filepath.Base(path), filepath.Dir(path))
}

// openShortcut is Ctrl+O (⌘O on macOS).
var openShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}

// absPath makes the recent list independent of the working directory.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}
