package gui

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// TestDesignShots writes screenshots of every view for a person to look
// at, when QIUSUO_SHOTS names a directory (it is skipped otherwise): the
// explorer, presenter and kiosk at the golden sizes, both languages, both
// themes. Sizes are screen pixels; each mode's scale applies.
func TestDesignShots(t *testing.T) {
	dir := os.Getenv("QIUSUO_SHOTS")
	if dir == "" {
		t.Skip("set QIUSUO_SHOTS=dir to write screenshots")
	}
	for _, v := range designViews {
		for _, lang := range []string{LangZh, LangEn} {
			for _, dark := range []bool{false, true} {
				name := v.name + "_" + lang
				if dark {
					name += "_dark"
				}
				t.Run(name, func(t *testing.T) {
					img := v.render(t, lang, dark)
					f, err := os.Create(filepath.Join(dir, name+".png"))
					if err != nil {
						t.Fatal(err)
					}
					defer f.Close()
					if err := png.Encode(f, img); err != nil {
						t.Fatal(err)
					}
				})
			}
		}
	}
}

// designView is one view the design pass covers: a mode at a screen size.
type designView struct {
	name  string
	mode  string // explorer, presenter, kiosk
	w, h  float32
	scale float32
	sel   data.Ref
}

var designViews = []designView{
	{"explorer_1920", "explorer", 1920, 1080, 1, cl("ai")},
	{"explorer_1280", "explorer", 1280, 800, 1, ev("qwen")},
	{"explorer_1024", "explorer", 1024, 600, 1, ev("gala")},
	{"explorer_800", "explorer", 800, 600, 1, cl("ai")},
	{"presenter_1920", "presenter", 1920, 1080, 1.25, data.Ref{}},
	{"presenter_1280", "presenter", 1280, 800, 1.25, data.Ref{}},
	{"kiosk_1024", "kiosk", 1024, 600, 1.4, data.Ref{}},
	{"kiosk_1920", "kiosk", 1920, 1080, 1.4, data.Ref{}},
}

// render builds the view in a test app and returns what it shows.
func (v designView) render(t *testing.T, lang string, dark bool) image.Image {
	t.Helper()
	content := v.build(t, lang, dark)
	return Render(content, fyne.NewSize(v.w/v.scale, v.h/v.scale), v.scale)
}

// build makes the view's content, laid out at its size in units.
func (v designView) build(t *testing.T, lang string, dark bool) fyne.CanvasObject {
	t.Helper()
	a := test.NewTempApp(t)
	variant := theme.VariantLight
	if dark {
		variant = theme.VariantDark
	}
	a.Settings().SetTheme(NewTheme(&variant))
	SetLanguage(lang)
	t.Cleanup(func() { SetLanguage(LangZh) })
	st, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := NewExplorer(st)
	var content fyne.CanvasObject = x
	switch v.mode {
	case "presenter":
		p := NewPresenter(x, time.Now)
		p.Start(0)
		content = p.Content()
	case "kiosk":
		k := NewKiosk(x, DefaultKioskConfig(), time.Now())
		content = k.Content()
	}
	if !v.sel.IsZero() {
		x.Sel.Select(v.sel)
	}
	return content
}
