// Package resources embeds the files the app needs at run time so that a
// single binary works on any machine, including kiosk machines that have no
// Chinese fonts installed.
//
// The fonts are single-face subsets of Noto Sans CJK SC (CFF outlines)
// made by fonts/build-fonts.sh; the icon is made by build-icon.sh. Rebuild them with
// those scripts rather than editing the binaries.
package resources

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

var (
	//go:embed fonts/NotoSansSC-Regular.otf
	fontRegular []byte
	//go:embed fonts/NotoSansSC-Bold.otf
	fontBold []byte
	//go:embed fonts/OFL.txt
	fontLicence []byte
	//go:embed icon.png
	icon []byte
)

// FontRegular is Noto Sans CJK SC Regular, subset to GB2312, Big5, the HKSCS
// additions, the app's texts, Latin and punctuation (see fonts/README.md).
// Fyne's bundled fonts have no Chinese glyphs and kiosk machines may have no
// CJK font, so the theme serves this for every non-bold style. It is a
// single-face file because Fyne 2.7.1 panics when a theme returns a .ttc
// collection. Its outlines are CFF, not TrueType, for memory: Fyne's text
// engine (go-text/typesetting) decodes CFF glyphs as they are drawn but
// parses a TrueType face's whole glyf table up front, for every text style
// it caches — 18,501 TrueType glyphs took the explorer from 191 to 264 MB
// at start. The PDF handout, whose fpdf embeds only TrueType, converts the
// glyphs it uses (data/fontconv).
var FontRegular fyne.Resource = fyne.NewStaticResource("NotoSansSC-Regular.otf", fontRegular)

// FontBold is the Bold weight of the same subset, for bold text styles, so
// headings are really bold instead of falling back to a font without CJK.
var FontBold fyne.Resource = fyne.NewStaticResource("NotoSansSC-Bold.otf", fontBold)

// FontLicence is the SIL Open Font License 1.1 text with the Noto Sans CJK
// copyright notice. The OFL requires it to travel with every copy of the
// fonts, so the app can show it (for example in an About dialog).
var FontLicence = string(fontLicence)

// Icon is the 512×512 PNG application icon (a white 求 on deep indigo).
var Icon fyne.Resource = fyne.NewStaticResource("icon.png", icon)
