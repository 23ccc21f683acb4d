package gui

import "testing"

// TestSwitchLanguageSpeaksIt: translations are added to Fyne once, yet
// each switch still changes the language (lang chooses again).
func TestSwitchLanguageSpeaksIt(t *testing.T) {
	x, _ := newTestExplorer(t, 1000, 700)
	defer SetLanguage(LangZh)
	x.Sel.Select(cl("ai"))
	for i, want := range []string{"Next", "下一站", "Next"} {
		code := LangEn
		if i == 1 {
			code = LangZh
		}
		x = SwitchLanguage(x, code)
		if got := T("speaker.next", "下一站"); got != want {
			t.Errorf("after switching to %s: %q, want %q", code, got, want)
		}
		if x.Sel.Current().Ref != cl("ai") {
			t.Errorf("switch to %s lost the selection", code)
		}
	}
}
