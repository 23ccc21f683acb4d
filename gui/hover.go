package gui

import "fyne.io/fyne/v2/driver/desktop"

// hovered is the widget of this package the pointer was last over, if it
// still shows its hover look. Fyne ends a hover (MouseOut) only when the
// pointer moves away; on a touch screen the pointer stays where the last
// finger lifted, so the last node a visitor touched would keep its
// outline and tooltip through a kiosk's reset and its attract loop. One
// pointer, one hovered widget: a package variable, used (like every
// widget) only on the UI goroutine.
var hovered desktop.Hoverable

// hoverIn records h as hovered; every Hoverable here calls it from
// MouseIn, and hoverOut from MouseOut.
func hoverIn(h desktop.Hoverable) { hovered = h }

func hoverOut(h desktop.Hoverable) {
	if hovered == h {
		hovered = nil
	}
}

// ClearHover takes the hover look off whatever the pointer last rested
// on, as if it had moved away (a kiosk's reset).
func ClearHover() {
	if h := hovered; h != nil {
		hovered = nil
		h.MouseOut()
	}
}

// Hovered reports whether a widget here shows its hover look (tests).
func Hovered() bool { return hovered != nil }
