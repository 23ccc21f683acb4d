package main

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/atomicfile"
	"github.com/qiusuo/qiusuo/data/engine"
	"github.com/qiusuo/qiusuo/data/importer"
	"github.com/qiusuo/qiusuo/data/source"
	"github.com/qiusuo/qiusuo/gui"
	"github.com/qiusuo/qiusuo/resources"
)

// appID names the application for preferences and the desktop entry.
// It is passed explicitly: plain `go build` binaries do not read
// FyneApp.toml at run time outside the source tree.
const appID = "io.github.qiusuo.qiusuo"

// guiOptions are the window's flags.
type guiOptions struct {
	story      string
	selectRef  string
	screenshot string
	size       fyne.Size
	variant    *fyne.ThemeVariant
	present    bool
	start      string
	speaker    bool
	kiosk      bool
	config     string
	language   string
	edit       bool
	touch      bool // the search box brings up the on-screen keyboard
}

func parseGUIFlags(args []string) (*guiOptions, error) {
	fs := newFlags("qiusuo")
	o := &guiOptions{}
	fs.StringVar(&o.story, "story", "", "story file or article")
	fs.StringVar(&o.selectRef, "select", "", "KIND:ID to select at start")
	fs.StringVar(&o.screenshot, "screenshot", "", "write the window to this PNG and exit")
	size := fs.String("size", "1280x800", "window size WxH")
	fs.BoolVar(&o.present, "present", false, "presenter mode: walk the tour")
	fs.StringVar(&o.start, "start", "", "tour stop to start at (id or number)")
	fs.BoolVar(&o.speaker, "speaker", false, "presenter mode with a speaker window")
	fs.BoolVar(&o.kiosk, "kiosk", false, "exhibition kiosk mode")
	fs.StringVar(&o.config, "config", "", "kiosk configuration file (TOML)")
	fs.BoolVar(&o.touch, "touch-keyboard", false, "on-screen keyboard for search (touch screens; always on in a kiosk)")
	fs.StringVar(&o.language, "lang", "", "interface language: zh or en (default: the saved choice, else zh)")
	fs.BoolVar(&o.edit, "edit", false, "edit the story (needs --story FILE.json)")
	variant := fs.String("theme", "", "light or dark (default: the system's)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	// `qiusuo FILE` opens FILE like --story FILE: what the desktop entry
	// runs when the user opens a story or article file (Exec=qiusuo %f).
	if len(pos) == 1 && o.story == "" && isFile(pos[0]) {
		o.story, pos = pos[0], nil
	}
	if len(pos) > 0 {
		return nil, fmt.Errorf("unknown command %q (see 'qiusuo help')", pos[0])
	}
	if o.size, err = parseSize(*size); err != nil {
		return nil, err
	}
	if o.speaker {
		o.present = true
	}
	switch {
	case o.language != "" && o.language != gui.LangZh && o.language != gui.LangEn:
		return nil, fmt.Errorf("--lang %q: use zh or en", o.language)
	case o.present && o.kiosk:
		return nil, fmt.Errorf("--present and --kiosk cannot be combined")
	case o.start != "" && !o.present:
		return nil, fmt.Errorf("--start needs --present")
	case o.config != "" && !o.kiosk:
		return nil, fmt.Errorf("--config needs --kiosk")
	case o.edit && (o.kiosk || o.present):
		return nil, fmt.Errorf("--edit cannot be combined with --kiosk or --present")
	}
	switch *variant {
	case "":
	case "light":
		v := theme.VariantLight
		o.variant = &v
	case "dark":
		v := theme.VariantDark
		o.variant = &v
	default:
		return nil, fmt.Errorf("--theme %q: use light or dark", *variant)
	}
	return o, nil
}

// isFile reports whether path names an existing regular file.
func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// parseSize reads WxH; sizes run from a 320×240 panel to 8K.
func parseSize(v string) (fyne.Size, error) {
	ws, hs, ok := strings.Cut(strings.ToLower(v), "x")
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if !ok || err1 != nil || err2 != nil || w < 320 || h < 240 || w > 7680 || h > 4320 {
		return fyne.Size{}, fmt.Errorf("--size %q: expected WxH between 320x240 and 7680x4320, e.g. 1280x800", v)
	}
	return fyne.NewSize(float32(w), float32(h)), nil
}

// guiCmd opens the explorer window (or renders it with --screenshot).
func guiCmd(args []string, stdout, stderr io.Writer) int {
	o, err := parseGUIFlags(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if err != nil {
		return fail(stderr, "%v", err)
	}
	var article string
	var problems []data.Problem
	if o.edit {
		if article, err = editablePath(o.story); err != nil {
			return fail(stderr, "%v", err)
		}
	}
	// An article given with --story is read now (a bad file exits 2
	// before any window opens) but imported while the window opens, off
	// the first frame's path — unless the options need the story first.
	var s *data.Story
	var pending *source.Document
	if isArticle(o.story) && o.selectRef == "" && o.start == "" && !o.kiosk && !o.present && o.screenshot == "" {
		if pending, err = source.ReadFile(o.story, source.Options{}); err != nil {
			return fail(stderr, "%v", err)
		}
	} else if s, problems, err = loadForGUI(o.story, o.edit); err != nil {
		return fail(stderr, "%v", err)
	}
	var ref data.Ref
	if o.selectRef != "" {
		if ref, err = s.ParseRef(o.selectRef); err != nil {
			return fail(stderr, "--select %v", err)
		}
	}
	if o.screenshot != "" {
		// Fail before opening a window if the file cannot be written,
		// without touching it: an existing file is replaced only by a
		// finished image (see writePNG).
		if err := checkWritable(o.screenshot); err != nil {
			return fail(stderr, "--screenshot: %v", err)
		}
	}

	var kcfg gui.KioskConfig
	if o.kiosk {
		// A bad setting runs on its safe default and is reported; a
		// missing or bad PIN stops the kiosk, on the screen (see
		// refuseKiosk): there is no default PIN to fall back to.
		var cerr error
		kcfg, cerr = gui.LoadKioskConfig(o.config)
		if cerr != nil {
			fmt.Fprintf(stderr, "qiusuo: %v\n", cerr)
		}
		if problem := kcfg.PINProblem(); problem != "" {
			return refuseKiosk(o, cerr, problem, stderr)
		}
		setScale(kcfg.Scale)
		if kcfg.StartStop != "" {
			if _, err := findStop(s, kcfg.StartStop); err != nil {
				fmt.Fprintf(stderr, "qiusuo: kiosk config start_stop %v; starting at the first stop\n", err)
			}
		}
	} else if o.present {
		setScale(1.25) // large type for a projector
	}
	startStop := 0
	if o.start != "" {
		if startStop, err = findStop(s, o.start); err != nil {
			return fail(stderr, "--start %v", err)
		}
	}

	// The window's Go heap is mostly fonts (~33 MB live once Fyne has
	// loaded the bundled, fallback and emoji faces for two styles). Go's
	// default lets a heap double before collecting; 50% keeps the peak
	// RSS ~12 MB lower, within the memory goal, at no start-up cost that
	// scripts/bench.sh can tell from noise. GOGC, if set, still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	a := app.NewWithID(appID)
	language := a.Preferences().StringWithFallback(prefLanguage, gui.LangZh)
	switch {
	case o.language != "":
		language = o.language
	case o.kiosk:
		language = kcfg.Language
	}
	gui.SetLanguage(language)
	th := gui.NewTheme(o.variant)
	a.Settings().SetTheme(th)
	// Start-up runs on two cores. While the main goroutine starts the
	// window system and opens the window (about 150 ms under Xvfb), a
	// second builds the explorer, lays it out and draws its text (about
	// 100 ms: fonts, measuring, rasterizing; see Explorer.Prepare). Until
	// the explorer is ready the window shows the theme's background
	// (gui.NewWarmUp, which has no text: nothing here may measure or draw
	// text meanwhile); the first frame with content then only has to be
	// painted. A window's content is inset by the theme's padding.
	importErr := make(chan error, 1)
	prepared := inBackground(func() *gui.Explorer {
		if pending != nil {
			var err error
			if s, err = importer.ImportDocument(o.story, pending, importer.Options{}); err != nil {
				importErr <- err
				return nil
			}
		}
		x := gui.NewExplorer(s)
		x.Prepare(o.size.Subtract(fyne.NewSquareSize(2 * theme.Padding())))
		return x
	})
	a.SetIcon(resources.Icon)
	title := "求索 Qiusuo — " + filepath.Base(o.story)
	if s != nil {
		title = windowTitle(s)
	}
	w := a.NewWindow(title)
	w.Resize(o.size)
	if o.kiosk {
		w.SetFullScreen(true) // before it shows, or it would flash windowed
	}
	if o.screenshot == "" {
		w.SetContent(gui.NewWarmUp())
		w.Show()
	}
	x := prepared()
	if x == nil {
		return fail(stderr, "%v", <-importErr)
	}
	reportEngine(x.Engine, stderr)
	w.SetTitle(windowTitle(x.Sel.Story()))
	x.SetTouchKeyboard(o.touch)
	w.SetContent(x)
	x.BindKeys(w.Canvas())
	w.SetMaster()
	if !ref.IsZero() {
		x.Sel.Select(ref)
	}
	// Segmentation (gse, ~20 MB) loads only when search or keywords first
	// need it, never on the start-up path; search works by substring until
	// it is ready.
	// Fyne reports the app started once the first frame is drawn.
	onStarted := []func(){func() { x.Started() }}
	switch {
	case o.kiosk:
		onStarted = append(onStarted, runKiosk(a, w, x, kcfg, stderr))
	case o.present:
		onStarted = append(onStarted, runPresenter(a, w, x, startStop, o.speaker))
	case o.edit:
		onStarted = append(onStarted, runEditor(a, w, x, x.Sel.Story(), o.story, article, problems))
	case o.screenshot == "":
		explorerMode(a, w, x, o.story)
	}
	code := exitOK
	if o.screenshot != "" {
		onStarted = append(onStarted, func() {
			go func() {
				// Let the first frame be drawn, then paint the same content
				// with the software renderer: GL capture returns a blank
				// image under Xvfb, the software painter never does.
				time.Sleep(400 * time.Millisecond)
				fyne.Do(func() {
					// --size is the screen's pixels; the mode's scale
					// (presenter 1.25, kiosk 1.4, FYNE_SCALE) applies, as
					// on that screen.
					sc := screenshotScale()
					units := fyne.NewSize(o.size.Width/sc, o.size.Height/sc)
					if err := writePNG(o.screenshot, gui.Render(w.Content(), units, sc)); err != nil {
						fmt.Fprintf(stderr, "qiusuo: --screenshot: %v\n", err)
						code = exitFail
					}
					a.Quit()
				})
			}()
		})
	}
	a.Lifecycle().SetOnStarted(func() {
		for _, f := range onStarted {
			f()
		}
	})
	w.ShowAndRun()
	return code
}

// setScale applies a scale factor unless the user chose one with FYNE_SCALE.
func setScale(f float64) {
	if os.Getenv("FYNE_SCALE") == "" {
		os.Setenv("FYNE_SCALE", strconv.FormatFloat(f, 'f', -1, 64))
	}
}

// screenshotScale is the scale a screenshot is drawn at: FYNE_SCALE as
// set by the user or the mode, else 1.
func screenshotScale() float32 {
	if f, err := strconv.ParseFloat(os.Getenv("FYNE_SCALE"), 32); err == nil && f > 0 {
		return float32(f)
	}
	return 1
}

// findStop accepts a stop id or its 1-based number.
func findStop(s *data.Story, v string) (int, error) {
	if n, err := strconv.Atoi(v); err == nil {
		if n < 1 || n > len(s.Tour) {
			return 0, fmt.Errorf("%d: the tour has stops 1–%d", n, len(s.Tour))
		}
		return n - 1, nil
	}
	var ids []string
	for i, st := range s.Tour {
		if st.ID == v {
			return i, nil
		}
		ids = append(ids, st.ID)
	}
	return 0, fmt.Errorf("%q: no such stop (stops: %s)", v, strings.Join(ids, ", "))
}

// inBackground runs f on another goroutine and returns the function that
// waits for its result. A panic in f is raised again by that function, on
// the waiting goroutine, so run's recover reports it on one line
// ("qiusuo: internal error: …") instead of the process dying with a
// stack trace.
func inBackground[T any](f func() T) (wait func() T) {
	done := make(chan T, 1)
	failed := make(chan any, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				failed <- r
			}
		}()
		done <- f()
	}()
	return func() T {
		select {
		case v := <-done:
			return v
		case r := <-failed:
			panic(r)
		}
	}
}

// writePNG writes img to path atomically: the user's file is replaced
// only by a whole image, never emptied by a render that fails.
func writePNG(path string, img image.Image) error {
	return atomicfile.Write(path, 0o644, func(w io.Writer) error { return png.Encode(w, img) })
}

// checkWritable tells whether a file can be created beside path (where
// atomicfile writes it), leaving path itself alone.
func checkWritable(path string) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a directory", path)
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".qiusuo-check-*")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %v", dir, err)
	}
	f.Close()
	return os.Remove(f.Name())
}

// reportEngine prints, on the one-line error path, a failure of the text
// engine's loader, which runs on its own goroutine; the views show it too
// (the keyword chart says keywords are unavailable, search works by
// substring).
func reportEngine(e *engine.Engine, stderr io.Writer) {
	go func() {
		<-e.Done()
		if err := e.Err(); err != nil {
			fmt.Fprintf(stderr, "qiusuo: internal error: %v\n", err)
		}
	}()
}
