package gui

import (
	"fyne.io/fyne/v2"

	"github.com/qiusuo/qiusuo/gui/keyboard"
)

// A kiosk has no keyboard and no Chinese input method, and a touch-screen
// visitor may have neither. With the touch keyboard on (SetTouchKeyboard:
// the kiosk turns it on), a tap on the search box opens an on-screen
// keyboard (package keyboard). Its keys edit the query as typing would —
// every change searches and counts as visitor activity through OnInput —
// and its candidate bar offers the story's words for what is typed
// (jqr → 机器人). The explorer shows the keyboard along its bottom edge,
// below the results (OnKeyboard tells it when); Reset clears the query
// and closes it (a kiosk's idle reset).

// SetTouchKeyboard turns the on-screen keyboard on or off; off closes it.
func (p *SearchPanel) SetTouchKeyboard(on bool) {
	p.touch = on
	if !on {
		p.CloseKeyboard()
	}
}

// TouchKeyboard reports whether the search box brings up the keyboard.
func (p *SearchPanel) TouchKeyboard() bool { return p.touch }

// Keyboard returns the on-screen keyboard, or nil if it was never opened.
func (p *SearchPanel) Keyboard() *keyboard.Keyboard { return p.kb }

// KeyboardOpen reports whether the on-screen keyboard is shown.
func (p *SearchPanel) KeyboardOpen() bool { return p.kbOpen }

// OpenKeyboard shows the on-screen keyboard (if the touch keyboard is on).
func (p *SearchPanel) OpenKeyboard() {
	if !p.touch || p.kbOpen {
		return
	}
	if p.kb == nil {
		p.kb = p.newKeyboard()
	}
	p.kbOpen = true
	p.showCandidates(p.query)
	p.show()
	p.input()
	if p.OnKeyboard != nil {
		p.OnKeyboard(true)
	}
}

// CloseKeyboard hides the on-screen keyboard; the query stays.
func (p *SearchPanel) CloseKeyboard() {
	if !p.kbOpen {
		return
	}
	p.kbOpen = false
	p.showCandidates(p.query) // back under the box
	p.show()
	if p.OnKeyboard != nil {
		p.OnKeyboard(false)
	}
}

func (p *SearchPanel) newKeyboard() *keyboard.Keyboard {
	kb := keyboard.New(keyboard.Labels{
		Space: T("keyboard.space", "空格"),
		Clear: T("keyboard.clear", "清除"),
		Close: T("keyboard.close", "关闭"),
	})
	kb.OnRune = func(r rune) { p.SetQuery(p.entry.Text + string(r)) }
	kb.OnBackspace = func() {
		rs := []rune(p.entry.Text)
		if len(rs) == 0 {
			p.input()
			return
		}
		p.SetQuery(string(rs[:len(rs)-1]))
	}
	kb.OnClear = func() {
		p.input()
		p.entry.SetText("")
	}
	kb.OnClose = func() {
		p.input()
		p.CloseKeyboard()
	}
	kb.OnCandidate = p.chooseCandidate
	return kb
}

// Tapped opens the touch keyboard when the box is tapped.
func (e *searchEntry) Tapped(ev *fyne.PointEvent) {
	e.Entry.Tapped(ev)
	e.p.OpenKeyboard()
}
