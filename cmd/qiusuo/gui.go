package main

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
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
	fs.StringVar(&o.language, "lang", "", "interface language: zh or en (default: the saved choice, else zh)")
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
	s, err := loadStory(o.story)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	var ref data.Ref
	if o.selectRef != "" {
		if ref, err = s.ParseRef(o.selectRef); err != nil {
			return fail(stderr, "--select %v", err)
		}
	}
	if o.screenshot != "" {
		// Fail before opening a window if the file cannot be written.
		f, err := os.Create(o.screenshot)
		if err != nil {
			return fail(stderr, "--screenshot: %v", err)
		}
		f.Close()
	}

	var kcfg gui.KioskConfig
	if o.kiosk {
		// A bad config never stops a kiosk: it runs on safe defaults and
		// says what was wrong.
		var cerr error
		kcfg, cerr = gui.LoadKioskConfig(o.config)
		if cerr != nil {
			fmt.Fprintf(stderr, "qiusuo: %v\n", cerr)
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
	prepared := make(chan *gui.Explorer)
	go func() {
		x := gui.NewExplorer(s)
		x.Prepare(o.size.Subtract(fyne.NewSquareSize(2 * theme.Padding())))
		prepared <- x
	}()
	a.SetIcon(resources.Icon)
	w := a.NewWindow("求索 Qiusuo — " + s.Article.Title())
	w.Resize(o.size)
	if o.kiosk {
		w.SetFullScreen(true) // before it shows, or it would flash windowed
	}
	if o.screenshot == "" {
		w.SetContent(gui.NewWarmUp())
		w.Show()
	}
	x := <-prepared
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
		onStarted = append(onStarted, runKiosk(a, w, x, kcfg))
	case o.present:
		onStarted = append(onStarted, runPresenter(a, w, x, startStop, o.speaker))
	case o.screenshot == "":
		w.SetMainMenu(mainMenu(a, w, &x))
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
					if err := writePNG(o.screenshot, gui.Render(w.Content(), o.size, 1)); err != nil {
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

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
