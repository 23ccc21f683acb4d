// Package keyboard is an on-screen keyboard for touch screens and
// kiosks, where there is no physical keyboard and no system input
// method: letters, digits, space, an apostrophe (a pinyin syllable
// boundary), backspace, clear and close, with a bar of candidate words
// above the keys as an input method has.
//
// It only reports what was pressed; the search panel decides what the
// keys do. Keys are at least KeyHeight units tall (50 px at a kiosk's
// scale 1.4), have no hover state (a finger does not hover) and show
// their pressed state while held. Touch screens reach Fyne's desktop
// driver as a mouse, so a key listens for mouse down and up as well as
// taps.
package keyboard
