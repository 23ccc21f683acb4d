package gui

import (
	"image/color"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// studyEngine is one segmented engine over the default story, shared by
// the study tests: segmenting takes a moment and the engine is read-only.
var studyEngine = sync.OnceValue(func() *engine.Engine {
	st, err := data.Default()
	if err != nil {
		panic(err)
	}
	e := engine.New(st)
	e.Wait()
	return e
})

// showStudy puts o in a w×h test window.
func showStudy(t testing.TB, o fyne.CanvasObject, w, h float32) fyne.Window {
	t.Helper()
	win := test.NewTempWindow(t, o)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(w, h))
	return win
}

func TestKeywordChartWholeArticle(t *testing.T) {
	sel := lightSelection(t)
	c := NewKeywordChart(sel, studyEngine())
	showStudy(t, c, 420, 600)
	terms := c.Terms()
	if len(terms) != kwTop {
		t.Fatalf("%d terms, want %d: %v", len(terms), kwTop, terms)
	}
	for _, w := range []string{"人工智能", "机器人", "产业"} {
		if !slices.Contains(terms, w) {
			t.Errorf("whole article: %q not among the top terms %v", w, terms)
		}
	}
	for _, term := range terms {
		if engine.IsStopWord(term) || strings.IndexFunc(term, func(r rune) bool {
			return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r)
		}) >= 0 || utf8.RuneCountInString(term) < 2 {
			t.Errorf("%q is not a keyword", term)
		}
	}
	// The bars are drawn longest first, each as long as its weight.
	var prev float32 = 2
	for i, b := range c.bars[:len(terms)] {
		if !b.Visible() || b.term != terms[i] || b.frac > prev || b.frac <= 0 {
			t.Errorf("bar %d: %q frac %v after %v", i, b.term, b.frac, prev)
		}
		prev = b.frac
	}
	if c.bars[0].frac != 1 {
		t.Errorf("the strongest bar is %v of the full length", c.bars[0].frac)
	}
	// A term that names a cluster is drawn in its tier's colour.
	for _, b := range c.bars[:len(terms)] {
		switch b.term {
		case "人工智能":
			if !b.tinted || b.color != ColorTier2 {
				t.Errorf("人工智能: tinted %v %v, want tier 2", b.tinted, b.color)
			}
		case "机器人":
			if !b.tinted || b.color != ColorTier9 {
				t.Errorf("机器人: tinted %v %v, want tier 9", b.tinted, b.color)
			}
		case "杭州":
			if b.tinted {
				t.Error("杭州 names no cluster")
			}
		}
	}
}

func TestKeywordChartTapCallsOnTerm(t *testing.T) {
	sel := lightSelection(t)
	c := NewKeywordChart(sel, studyEngine())
	showStudy(t, c, 420, 600)
	var got []string
	c.OnTerm = func(term string) { got = append(got, term) }
	test.Tap(c.bars[2])
	test.TapAt(c.bars[0], fyne.NewPos(5, 5)) // on the term, not the bar
	if want := []string{c.Terms()[2], c.Terms()[0]}; !slices.Equal(got, want) {
		t.Errorf("OnTerm got %v, want %v", got, want)
	}
	if !sel.Current().Ref.IsZero() {
		t.Error("tapping a bar changed the selection")
	}
}

func TestKeywordChartScopes(t *testing.T) {
	sel := lightSelection(t)
	c := NewKeywordChart(sel, studyEngine())
	showStudy(t, c, 420, 600)
	last := len(c.scopes) - 1
	if len(c.scopes) != 5 || c.scopes[1].label != "序曲" || c.scopes[3].title != "跃迁：引育集群" {
		t.Fatalf("scopes %+v", c.scopes)
	}
	whole := c.Terms()

	// A section ranks its own words.
	test.Tap(c.buttons[1])
	if c.Scope() != 1 || slices.Equal(c.Terms(), whole) || !slices.Contains(c.Terms(), "破圈") {
		t.Errorf("section 序曲: scope %d, terms %v", c.Scope(), c.Terms())
	}

	// The cluster scope is disabled until a cluster is selected.
	if !c.buttons[last].Disabled() {
		t.Error("cluster scope enabled with nothing selected")
	}
	c.SetScope(last)
	if c.Scope() != 1 {
		t.Error("SetScope chose the cluster scope with no cluster selected")
	}
	sel.Select(clusterRef("robots"))
	if c.buttons[last].Disabled() {
		t.Fatal("cluster scope disabled with a cluster selected")
	}
	test.Tap(c.buttons[last])
	robots := c.Terms()
	if c.Scope() != last || len(robots) == 0 || robots[0] != "机器人" {
		t.Errorf("robots cluster: scope %d, terms %v", c.Scope(), robots)
	}
	if !strings.HasPrefix(string(c.caption.text), "具身智能机器人") {
		t.Errorf("caption %q does not name the cluster", string(c.caption.text))
	}
	// … and follows the selection to another cluster.
	sel.Select(clusterRef("ai"))
	if ai := c.Terms(); c.Scope() != last || slices.Equal(ai, robots) || !slices.Contains(ai, "人工智能") {
		t.Errorf("ai cluster: scope %d, terms %v", c.Scope(), ai)
	}
	// Selecting something else falls back to the whole article.
	sel.Select(ref(data.RefEvent, "gala"))
	if c.Scope() != 0 || !c.buttons[last].Disabled() || !slices.Equal(c.Terms(), whole) {
		t.Errorf("after selecting an event: scope %d, terms %v", c.Scope(), c.Terms())
	}
	c.SetScope(2)
	c.Reset()
	if c.Scope() != 0 {
		t.Error("Reset did not return to the whole article")
	}
}

// TestKeywordChartWaitsForSegmentation builds a chart on an engine that
// has not segmented yet: it says so, then fills itself in.
func TestKeywordChartWaitsForSegmentation(t *testing.T) {
	sel := lightSelection(t)
	eng := engine.New(sel.Story())
	gate := make(chan struct{})
	defer func(f func(*engine.Engine) <-chan struct{}) { kwSegmented = f }(kwSegmented)
	kwSegmented = func(e *engine.Engine) <-chan struct{} {
		done := make(chan struct{})
		go func() {
			<-gate
			e.Wait()
			close(done)
		}()
		return done
	}
	c := NewKeywordChart(sel, eng)
	showStudy(t, c, 420, 600)
	if len(c.Terms()) != 0 || string(c.status.text) != "分词中…" || !c.status.Visible() {
		t.Errorf("before segmentation: terms %v, status %q", c.Terms(), string(c.status.text))
	}
	close(gate)
	waitUI(t, c.ready)
	if len(c.Terms()) != kwTop || string(c.status.text) != "" {
		t.Errorf("after segmentation: terms %v, status %q", c.Terms(), string(c.status.text))
	}
}

func TestKeywordChartGolden(t *testing.T) {
	for _, tc := range []struct {
		name, lang string
		cluster    string
	}{
		{"keywords_zh.png", LangZh, ""},
		{"keywords_en.png", LangEn, ""},
		{"keywords_robots_zh.png", LangZh, "robots"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			SetLanguage(tc.lang)
			defer SetLanguage(LangZh)
			sel := lightSelection(t)
			c := NewKeywordChart(sel, studyEngine())
			w := showStudy(t, c, 420, 600)
			if tc.cluster != "" {
				sel.Select(clusterRef(tc.cluster))
				c.SetScope(len(c.scopes) - 1)
			}
			test.AssertImageMatches(t, "study/"+tc.name, w.Canvas().Capture())
		})
	}
}

// TestKeywordMutedColour: bars of terms naming no cluster are quieter
// than the primary colour but keep 3:1 against the background.
func TestKeywordMutedColour(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := NewTheme(&v)
		c := kwMuted(th, v).(color.NRGBA)
		bg := color.NRGBAModel.Convert(th.Color(theme.ColorNameBackground, v)).(color.NRGBA)
		if r := kwContrast(c, bg); r < 3 {
			t.Errorf("variant %v: muted bars %v have contrast %.2f", v, c, r)
		}
		if v == theme.VariantLight && c == color.NRGBAModel.Convert(th.Color(theme.ColorNamePrimary, v)) {
			t.Error("light: muted bars are the primary colour")
		}
	}
}
