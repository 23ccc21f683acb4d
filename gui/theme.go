package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/resources"
)

// Colour names the app's widgets look up through the theme, so that light
// and dark variants (and any future theme) stay consistent in one place.
//
// The four tier colours mark the tiers of Hangzhou's "296X" industrial
// cluster plan. They come from the Okabe–Ito palette, chosen to stay apart
// for viewers with red–green colour blindness, and are darkened (light
// variant) or lightened (dark variant) so that, after simulated
// deuteranopia and protanopia, every pair still differs by CIE76 ΔE > 20
// and each keeps at least 3:1 contrast with the background (WCAG's minimum
// for graphics), 4.5:1 in the dark variant where thin lines fade faster.
// theme_test.go checks both.
const (
	// ColorTier2 marks the 2 trillion-yuan clusters (Okabe–Ito blue).
	ColorTier2 fyne.ThemeColorName = "qiusuo.tier2"
	// ColorTier9 marks the 9 hundred-billion-yuan clusters (bluish green).
	ColorTier9 fyne.ThemeColorName = "qiusuo.tier9"
	// ColorTier6 marks the 6 future industries (orange).
	ColorTier6 fyne.ThemeColorName = "qiusuo.tier6"
	// ColorTierX marks the X new tracks (reddish purple).
	ColorTierX fyne.ThemeColorName = "qiusuo.tierX"

	// ColorHighlight is the background behind highlighted or linked
	// sentences in the reader. It is a pale (light) or deep (dark) indigo
	// tint, not a saturated colour, so body text on it keeps at least
	// 4.5:1 contrast and it cannot be mistaken for a tier colour.
	ColorHighlight fyne.ThemeColorName = "qiusuo.highlight"
	// ColorHighlightStrong is the background behind the current or
	// selected sentence: a stronger tint of the same indigo, with the same
	// 4.5:1 guarantee for the text on it.
	ColorHighlightStrong fyne.ThemeColorName = "qiusuo.highlightStrong"
	// ColorCaption is the text colour of photo captions: quieter than body
	// text but still 4.5:1 against the background.
	ColorCaption fyne.ThemeColorName = "qiusuo.caption"
	// ColorTimeline is the colour of the timeline axis, an indigo that
	// echoes the primary colour at 3:1 or more against the background.
	ColorTimeline fyne.ThemeColorName = "qiusuo.timeline"
	// ColorAccentText is indigo for text: figures, the reader's section
	// headings, the public-knowledge notes. The primary colour itself is
	// for fills (buttons, the selected card); in the dark variant it is
	// too dark to read as text on the near-black background, so text gets
	// a lighter indigo with 4.5:1 on every surface (contrast_test.go).
	ColorAccentText fyne.ThemeColorName = "qiusuo.accentText"
)

// The app's type scale, in units (pixels at scale 1; the presenter runs at
// 1.25 and the kiosk at 1.4, so the same units read larger there). Every
// text of every view takes its size from here, through the theme's size
// names, so the scale can be checked and changed in one place:
//
//	caption   13  the smallest text: counts, pills, notes, legends
//	text      14  labels, buttons, cards (Fyne's default)
//	reader    16  the article's body
//	subhead   18  card and pane titles
//	heading   24  overlays
//	display   26  the article's title
//
// Fyne's default caption size is 11: too small to read on a projector
// from the back of a room, where 13 (16 px in the presenter) still reads.
// TypeMin is that floor; the size test (type_test.go) walks every view
// at every size and scale and fails on any text below it.
const TypeMin float32 = 13

// Size names for the reader's larger text. Fyne's default text size (14)
// is tuned for controls; long-form Chinese reads better a little larger.
const (
	// SizeNameReaderText is the body text size of the article reader.
	SizeNameReaderText fyne.ThemeSizeName = "qiusuo.readerText"
	// SizeNameDisplayTitle is the size of the article's display title.
	SizeNameDisplayTitle fyne.ThemeSizeName = "qiusuo.displayTitle"
)

// variantColors holds one colour for each theme variant.
type variantColors struct {
	light, dark color.NRGBA
}

func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

func rgba(hex uint32, alpha uint8) color.NRGBA {
	c := rgb(hex)
	c.A = alpha
	return c
}

// palette lists every colour the theme changes; all others come from
// Fyne's default theme.
//
// Text is near-black (light) or near-white (dark): Fyne's light default
// (#565656) is too grey to carry search tints and highlights at 4.5:1 and
// leaves no room for a quieter caption colour. Every text × background
// pair is checked by contrast_test.go.
//
// The primary colour is the deep indigo of the app icon. In the dark
// variant it is lightened so that it stays visible on the near-black
// background while white text on it (buttons) keeps 4.5:1. Hyperlinks are
// text, so they get their own, lighter indigo in the dark variant. Focus
// and selection are translucent primary, as in Fyne's default theme, so
// they match the indigo rather than Fyne's blue.
var palette = map[fyne.ThemeColorName]variantColors{
	theme.ColorNameForeground:          {rgb(0x202124), rgb(0xF3F3F3)},
	theme.ColorNamePrimary:             {rgb(0x303F9F), rgb(0x5C6BC0)},
	theme.ColorNameForegroundOnPrimary: {rgb(0xFFFFFF), rgb(0xFFFFFF)},
	theme.ColorNameHyperlink:           {rgb(0x303F9F), rgb(0xA8B0E0)},
	theme.ColorNameFocus:               {rgba(0x303F9F, 0x2a), rgba(0x7986CB, 0x2a)},
	theme.ColorNameSelection:           {rgba(0x303F9F, 0x40), rgba(0x7986CB, 0x40)},

	ColorTier2: {rgb(0x0072B2), rgb(0x2687BE)},
	ColorTier9: {rgb(0x007E5C), rgb(0x009E73)},
	ColorTier6: {rgb(0xC48700), rgb(0xE69F00)},
	ColorTierX: {rgb(0xCC79A7), rgb(0xDBA1C1)},

	ColorHighlight:       {rgb(0xE8EAF6), rgb(0x262A4A)},
	ColorHighlightStrong: {rgb(0xD1D6F2), rgb(0x353C70)},
	ColorCaption:         {rgb(0x58585D), rgb(0xB4B4B9)},
	ColorTimeline:        {rgb(0x5C6BC0), rgb(0x7986CB)},
	ColorAccentText:      {rgb(0x303F9F), rgb(0xA8B0E0)},
}

// sizes is the type scale (see TypeMin); names not listed keep Fyne's
// default (text 14, subheading 18, heading 24).
var sizes = map[fyne.ThemeSizeName]float32{
	theme.SizeNameCaptionText: TypeMin,
	SizeNameReaderText:        16,
	SizeNameDisplayTitle:      26,
}

// Theme is the app's fyne.Theme. It exists because Fyne's bundled fonts
// have no Chinese glyphs: it serves the embedded Noto Sans SC subset for
// text, so the article renders on machines without any CJK font. It also
// defines the app's colour and size names (see the constants above) and
// the indigo primary colour. Anything it does not change comes from
// theme.DefaultTheme().
//
// The zero value follows the system's light/dark preference.
type Theme struct {
	variant *fyne.ThemeVariant
}

var _ fyne.Theme = (*Theme)(nil)

// NewTheme returns the app theme. A nil variant follows the system's
// light/dark preference; otherwise theme.VariantLight or theme.VariantDark
// is used whatever the system says (for kiosks and screenshots that must
// look the same everywhere).
func NewTheme(variant *fyne.ThemeVariant) *Theme {
	return &Theme{variant: variant}
}

// Color returns the named colour for the forced variant if one was given,
// else for v.
func (t *Theme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	if c, ok := palette[name]; ok {
		// Like Fyne's default theme, anything but light is dark.
		if v == theme.VariantLight {
			return c.light
		}
		return c.dark
	}
	return theme.DefaultTheme().Color(name, v)
}

// Font returns a bundled Chinese font for every text style: Bold for bold
// and bold-italic text, Regular for all the rest. On a machine without CJK
// fonts (kiosks, CI) any style left to Fyne's own fonts shows Chinese as
// boxes, because Fyne's monospace and symbol fonts are Latin-only; the
// glyph coverage test (glyphs_test.go) fails if a style loses a character.
//
//   - Italic: the CJK font has no italic, and Fyne's Latin italic would
//     lose every Chinese character.
//   - Monospace: the app uses it for the speaker window's clock
//     ("总计 01:02   本站 00:30"), which needs Chinese and steady digits.
//     Noto Sans CJK's digits are tabular (all 0.555 em), so the clock does
//     not jitter; a second, truly monospaced CJK face would add ~6 MB for
//     that one label.
//   - Symbol: Fyne draws single-character key names of menu shortcuts
//     (← → ↑ ↓) in this style; the CJK font has those, and anything it
//     lacks falls through to Fyne's own symbol font, which Fyne always
//     keeps behind the theme's choice.
func (t *Theme) Font(style fyne.TextStyle) fyne.Resource {
	if style.Bold {
		return resources.FontBold
	}
	return resources.FontRegular
}

// Icon returns Fyne's default icon.
func (t *Theme) Icon(name fyne.ThemeIconName) fyne.Resource {
	return theme.DefaultTheme().Icon(name)
}

// Size returns the app's type scale (the caption size, SizeNameReaderText
// and SizeNameDisplayTitle) and Fyne's default for every other name.
func (t *Theme) Size(name fyne.ThemeSizeName) float32 {
	if s, ok := sizes[name]; ok {
		return s
	}
	return theme.DefaultTheme().Size(name)
}
