package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// BindKeys installs the explorer's keys on a window's canvas:
//
//	← / →            previous / next event on the timeline
//	Alt+← / Alt+→    back / forward in selection history
//	Escape           clear the selection
//	N / P (or ↓ ↑)   next / previous highlighted sentence
//	Ctrl+F or /      search
//
// They are canvas-level so they work whatever has focus (a focused Entry
// still gets its own keys first, as Fyne intends).
func (x *Explorer) BindKeys(c fyne.Canvas) {
	c.SetOnTypedKey(x.TypedKey)
	c.SetOnTypedRune(x.TypedRune)
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}, func(fyne.Shortcut) { x.Sel.Back() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}, func(fyne.Shortcut) { x.Sel.Forward() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { x.ShowSearch("") })
}

// TypedKey handles a key typed while no widget has focus.
func (x *Explorer) TypedKey(k *fyne.KeyEvent) {
	x.activity()
	switch k.Name {
	case fyne.KeyLeft:
		x.Timeline.Step(-1)
	case fyne.KeyRight:
		x.Timeline.Step(+1)
	case fyne.KeyEscape:
		x.Sel.Clear()
	case fyne.KeyDown, fyne.KeyN:
		x.Sel.Step(+1)
	case fyne.KeyUp, fyne.KeyP:
		x.Sel.Step(-1)
	}
}

// TypedRune handles a character typed while no widget has focus: "/"
// opens search; E enters edit mode where the window allows it (OnEdit). It is a rune, not a key: the window system sends the key
// first and the character after, so focusing the search field on the key
// would let the "/" itself land in the field ("/AI" finds nothing).
// Here the "/" is used up by the time the field has focus.
func (x *Explorer) TypedRune(r rune) {
	switch {
	case r == '/':
		x.activity()
		x.ShowSearch("")
	case (r == 'e' || r == 'E') && x.OnEdit != nil:
		x.OnEdit()
	}
}
