package gui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data/engine"
)

// TestSearchGolden renders the panel alone at 420×600 (the width of the
// side pane on a 1280-wide screen) for results in both languages, a
// chosen line, and a search with no results.
func TestSearchGolden(t *testing.T) {
	for _, tc := range []struct {
		name, lang, query string
		choose            int // occurrence to choose (1-based), 0 for none
	}{
		{"results_zh.png", LangZh, "机器人", 2},
		{"results_en.png", LangEn, "机器人", 0},
		{"two_terms_zh.png", LangZh, "杭州 AI", 0},
		{"none_zh.png", LangZh, "机器狗", 0},
		{"none_en.png", LangEn, "人工只能", 0},
		{"empty_zh.png", LangZh, "", 0},
		{"pinyin_zh.png", LangZh, "jiqi", 0},
		{"english_en.png", LangEn, "Unitree", 0},
		{"regional_zh.png", LangZh, "人工智慧", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			SetLanguage(tc.lang)
			defer SetLanguage(LangZh)
			sel := lightSelection(t)
			eng := engine.New(sel.Story())
			eng.Wait()
			p := NewSearchPanel(sel, eng, nil)
			win := test.NewTempWindow(t, p)
			win.Resize(fyne.NewSize(420, 600))
			if tc.query != "" {
				test.Type(p.entry, tc.query)
			}
			for i, n := range p.rows {
				if !n.header {
					if tc.choose--; tc.choose == 0 {
						p.chooseRow(i)
					}
				}
			}
			test.AssertImageMatches(t, "search/"+tc.name, win.Canvas().Capture())
		})
	}
}
