package gui

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// textsOutside returns the visible texts under o that are not inside a
// widget for which skip returns true.
func textsOutside(o fyne.CanvasObject, skip func(fyne.CanvasObject) bool) []shownText {
	var out []shownText
	walkTree(o, func(c fyne.CanvasObject) bool {
		if !c.Visible() || skip(c) {
			return false
		}
		switch c.(type) {
		case *canvas.Text, *canvas.Raster:
			out = append(out, shownTexts(c)...)
		}
		return true
	})
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func hasLatinWord(s string) bool {
	return regexp.MustCompile(`[A-Za-z]{2,}`).MatchString(s)
}

// articleQuote reports whether o shows the article's or the story's own
// Chinese by design: the reader, keyword-in-context rows, keyword terms
// (words of the article), the tip with a name in the other language, and
// the study cards' quotes, figures and terms.
func articleQuote(o fyne.CanvasObject) bool {
	switch o.(type) {
	case *Reader, *searchRowView, *kwBar, *cmTip, *studyText, *searchEntry:
		return true // (an Entry shows what the user typed)
	}
	return false
}

// TestEnglishHasNoChinese shows every view in English and fails on a text
// with Chinese characters and no English, outside the article's own words.
func TestEnglishHasNoChinese(t *testing.T) {
	if testing.Short() {
		t.Skip("walks every view")
	}
	forEachDesignView(t, designStates, func(t *testing.T, name string, x *Explorer, w fyne.Window) {
		if !strings.HasPrefix(name, LangEn) {
			return
		}
		for _, s := range textsOutside(w.Content(), articleQuote) {
			if hasHan(s.text) && !hasLatinWord(s.text) {
				t.Errorf("%s: %q is Chinese in the English interface", name, s.text)
			}
		}
	})
}

// passageID matches the passage ids the CLI uses (p11.1).
var passageID = regexp.MustCompile(`\bp\d+\.\d+\b`)

// TestNoInternalIDs fails on any passage id shown to people.
func TestNoInternalIDs(t *testing.T) {
	if testing.Short() {
		t.Skip("walks every view")
	}
	forEachDesignView(t, designStates, func(t *testing.T, name string, x *Explorer, w fyne.Window) {
		for _, s := range shownTexts(w.Content()) {
			if passageID.MatchString(s.text) {
				t.Errorf("%s: %q shows an internal id", name, s.text)
			}
		}
	})
}

// English counts one sentence as one: "1 sentence", "2 sentences".
func TestEnglishSentenceCounts(t *testing.T) {
	SetLanguage(LangEn)
	t.Cleanup(func() { SetLanguage(LangZh) })
	for n, want := range map[int]string{1: "1 sentence", 2: "2 sentences"} {
		if got := sentences(n); got != want {
			t.Errorf("sentences(%d) = %q, want %q", n, got, want)
		}
		if got := studySentences(n); got != want {
			t.Errorf("studySentences(%d) = %q, want %q", n, got, want)
		}
	}
}

// A sentence linked to one item says "1 item".
func TestEnglishOneLinkedItem(t *testing.T) {
	SetLanguage(LangEn)
	t.Cleanup(func() { SetLanguage(LangZh) })
	if got := T("details.linked.one", "这句话属于 {{.N}} 项：", map[string]any{"N": 1}); got != "This sentence belongs to 1 item:" {
		t.Errorf("details.linked.one = %q", got)
	}
}
