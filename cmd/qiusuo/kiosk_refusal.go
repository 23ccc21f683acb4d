package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/qiusuo/qiusuo/gui"
)

// refuseKiosk is --kiosk without a usable operator PIN. A kiosk product
// does not start unlocked: it says so on stderr (the journal) and in a
// plain window the operator can read and close, then exits with status 2,
// which resources/kiosk/qiusuo-kiosk.service does not restart. With
// --screenshot the window is rendered to the file instead.
func refuseKiosk(o *guiOptions, cerr error, problem string, stderr io.Writer) int {
	fmt.Fprintf(stderr, "qiusuo: kiosk mode not started: %s\n", problem)
	var lines []string
	var ps gui.ConfigProblems
	if errors.As(cerr, &ps) {
		for _, p := range ps {
			lines = append(lines, p.Error())
		}
	} else if cerr != nil {
		lines = append(lines, cerr.Error())
	}
	if len(lines) == 0 {
		lines = append(lines, problem)
	}
	a := app.NewWithID(appID)
	a.Settings().SetTheme(gui.NewTheme(o.variant))
	w := a.NewWindow("求索 Qiusuo — 展台模式未启动 · kiosk not started")
	w.SetContent(gui.NewKioskRefusal(lines, o.config, a.Quit))
	w.Resize(o.size)
	w.Canvas().SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyEscape || e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter {
			a.Quit()
		}
	})
	code := exitUsage
	if o.screenshot != "" {
		a.Lifecycle().SetOnStarted(func() {
			go func() {
				time.Sleep(400 * time.Millisecond)
				fyne.Do(func() {
					if err := writePNG(o.screenshot, gui.Render(w.Content(), o.size, 1)); err != nil {
						fmt.Fprintf(stderr, "qiusuo: --screenshot: %v\n", err)
					}
					a.Quit()
				})
			}()
		})
	}
	w.ShowAndRun()
	return code
}
