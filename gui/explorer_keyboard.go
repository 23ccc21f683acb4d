package gui

import "fyne.io/fyne/v2"

// The touch keyboard (search_touch.go) is laid out by the explorer along
// its bottom edge, across its whole width, so that the search results
// stay in view above it. On a short screen (a 1024×600 kiosk panel at
// scale 1.4 is 428 units tall) the title bar and the timeline make way
// while the keyboard is open: typing needs the results more than the year.

// SetTouchKeyboard makes the search box bring up the on-screen keyboard
// (a kiosk, or a touch screen without a keyboard); off closes it.
func (x *Explorer) SetTouchKeyboard(on bool) {
	x.touchKeyboard = on
	if x.Search != nil {
		x.Search.SetTouchKeyboard(on)
	}
}

// TouchKeyboard reports whether the search box brings up the keyboard.
func (x *Explorer) TouchKeyboard() bool { return x.touchKeyboard }

// minBodyWithKeyboard is the least height (units) the panes keep above an
// open keyboard before the title bar and the timeline give up their
// place: room for the tab bar, the search box and a few results.
const minBodyWithKeyboard = 260

// keyboardLayout returns the open keyboard and its height (nil, 0 when
// closed), and whether the title bar and the timeline keep their place.
func (x *Explorer) keyboardLayout(size fyne.Size, header, timeline float32) (fyne.CanvasObject, float32, bool) {
	if x.Search == nil || !x.Search.KeyboardOpen() {
		return nil, 0, true
	}
	kb := x.Search.Keyboard()
	kh := kb.MinSize().Height
	return kb, kh, size.Height-header-timeline-kh >= minBodyWithKeyboard
}

// keyboardShown lays the explorer out again when the keyboard opens or
// closes, and brings the search panel forward.
func (x *Explorer) keyboardShown(open bool) {
	if x.renderer == nil {
		return
	}
	x.renderer.Layout(x.Size())
	x.layoutNow()
	x.Refresh()
}
