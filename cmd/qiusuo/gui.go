package main

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

// appID names the application for preferences and the desktop entry.
// It is passed explicitly: plain `go build` binaries do not read
// FyneApp.toml at run time outside the source tree.
const appID = "io.github.qiusuo.qiusuo"

// guiCmd opens the explorer window.
func guiCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("qiusuo")
	path := fs.String("story", "", "story file or article")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagFail(stdout, stderr, err, "[--story PATH]")
	}
	if len(pos) > 0 {
		return fail(stderr, "unknown command %q (see 'qiusuo help')", pos[0])
	}
	s, err := loadStory(*path)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	a := app.NewWithID(appID)
	w := a.NewWindow(fmt.Sprintf("求索 Qiusuo — %s", s.Article.Title()))
	w.SetContent(widget.NewLabel(s.Article.Title()))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
	return exitOK
}
