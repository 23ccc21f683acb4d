package gui

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data"
)

// shownText is a text a view shows: its words and size in units.
type shownText struct {
	text string
	size float32
	obj  fyne.CanvasObject
}

// rasterTexts maps each drawnText's raster to it, for shownTexts.
var rasterTexts = struct {
	sync.Mutex
	m map[fyne.CanvasObject]*drawnText
}{m: map[fyne.CanvasObject]*drawnText{}}

func init() {
	drawnTextMade = func(t *drawnText) {
		rasterTexts.Lock()
		rasterTexts.m[t.obj] = t
		rasterTexts.Unlock()
	}
}

// shownTexts walks o as a frame does and returns every visible text:
// canvas.Text (labels, buttons and rich text end up as these) and the
// app's drawn text rasters.
func shownTexts(o fyne.CanvasObject) []shownText {
	var out []shownText
	walkTree(o, func(c fyne.CanvasObject) bool {
		if !c.Visible() {
			return false
		}
		switch c := c.(type) {
		case *canvas.Text:
			if strings.TrimSpace(c.Text) != "" {
				out = append(out, shownText{c.Text, c.TextSize, c})
			}
		case *canvas.Raster:
			rasterTexts.Lock()
			t := rasterTexts.m[c]
			rasterTexts.Unlock()
			if t != nil && strings.TrimSpace(string(t.text)) != "" {
				out = append(out, shownText{string(t.text), t.size, c})
			}
		}
		return true
	})
	return out
}

// designState is a state of the explorer the design tests look at: a
// selection and the left pane's tab.
type designState struct {
	name string
	sel  data.Ref
	tab  int // index into the left pane's (or, narrow, the window's) tools
	prep func(x *Explorer)
}

// designStates cover every kind of text the explorer shows: event and
// cluster cards, the map, and each student's tool.
var designStates = []designState{
	{"nothing", data.Ref{}, 0, nil},
	{"event", ev("gala"), 0, nil},
	{"cluster", cl("ai"), 0, nil},
	{"sentence", data.Ref{}, 0, func(x *Explorer) {
		x.Sel.SelectPassage(x.Sel.Story().Article.PassageIndex("p11.1"))
	}},
	{"search", data.Ref{}, 1 + toolSearch, func(x *Explorer) { x.ShowSearch("机器人") }},
	{"keywords", data.Ref{}, 1 + toolKeywords, func(x *Explorer) { x.Engine.Wait() }},
	{"entities", data.Ref{}, 1 + toolEntities, nil},
	{"facts", data.Ref{}, 1 + toolFacts, nil},
	{"glossary", ev("gala"), 1 + toolGlossary, nil},
}

// designSizes are the window sizes, in screen pixels, and the scales the
// design tests check: the explorer at the golden sizes, the presenter
// (1.25) and the kiosk (1.4).
var designSizes = []struct {
	w, h, scale float32
}{
	{1920, 1080, 1}, {1280, 800, 1}, {1024, 600, 1}, {800, 600, 1},
	{1920, 1080, 1.25}, {1280, 800, 1.25}, {1024, 600, 1.4}, {1920, 1080, 1.4},
}

// forEachDesignView shows the explorer in every design state at every
// design size, in both languages, and calls check with the window.
func forEachDesignView(t *testing.T, states []designState, check func(t *testing.T, name string, x *Explorer, w fyne.Window)) {
	for _, lang := range []string{LangZh, LangEn} {
		SetLanguage(lang)
		for _, sz := range designSizes {
			units := fyne.NewSize(sz.w/sz.scale, sz.h/sz.scale)
			x, w := newTestExplorer(t, units.Width, units.Height)
			for _, st := range states {
				name := fmt.Sprintf("%s %gx%g@%g %s", lang, sz.w, sz.h, sz.scale, st.name)
				x.Sel.Clear()
				if !st.sel.IsZero() {
					x.Sel.Select(st.sel)
				}
				x.showTab(st.tab)
				if st.prep != nil {
					st.prep(x)
				}
				drawn(w)
				check(t, name, x, w)
			}
		}
	}
	SetLanguage(LangZh)
}

// showTab shows tool tab i (0 the map) in the left pane, or in the tabs of
// a narrow window.
func (x *Explorer) showTab(i int) {
	x.layoutNow()
	var tabs *container.AppTabs
	if x.tabs != nil {
		tabs, i = x.tabs, i+1
	} else {
		tabs = x.left
	}
	if tabs.SelectedIndex() != i {
		tabs.SelectIndex(i)
	}
}

// TestTypeMinimum fails on any text under TypeMin, the smallest size that
// reads on a projector, in any view at any size.
func TestTypeMinimum(t *testing.T) {
	if testing.Short() {
		t.Skip("walks every view at every size")
	}
	forEachDesignView(t, designStates, func(t *testing.T, name string, x *Explorer, w fyne.Window) {
		for _, s := range shownTexts(w.Content()) {
			if s.size < TypeMin {
				t.Errorf("%s: %q is %.1f, under the minimum %g", name, s.text, s.size, TypeMin)
			}
		}
	})
}

// TestTypeMinimumOverlays checks the presenter's and the kiosk's own text.
func TestTypeMinimumOverlays(t *testing.T) {
	lightSelection(t)
	for _, lang := range []string{LangZh, LangEn} {
		SetLanguage(lang)
		st, _ := data.Default()
		x := NewExplorer(st)
		k := NewKiosk(x, DefaultKioskConfig(), timeZero)
		w := test.NewTempWindow(t, k.Content())
		w.Resize(fyne.NewSize(1024/1.4, 600/1.4))
		for _, mode := range []func(){func() {}, func() { k.setMode(Countdown); k.updateCountdown(timeZero) }, k.openUnlock} {
			mode()
			drawn(w)
			for _, s := range shownTexts(w.Content()) {
				if s.size < TypeMin {
					t.Errorf("kiosk %s %v: %q is %.1f, under %g", lang, k.Mode(), s.text, s.size, TypeMin)
				}
			}
		}
	}
	SetLanguage(LangZh)
}

var timeZero = time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
