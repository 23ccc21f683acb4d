package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// searchLookKey is what forces the rows to measure again: fonts and
// sizes. Colours are cheap and read every time.
type searchLookKey struct {
	regular, bold string
	text, small   float32
}

// themeLook returns the colours and sizes rows are drawn with. Rows call
// it on every layout, so a theme or light/dark switch shows at the next
// refresh; glyph widths are measured again only when the font or size
// changes.
func (p *SearchPanel) themeLook() *searchLook {
	th := p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	l := &p.look
	l.fg, l.caption, l.primary = c(theme.ColorNameForeground), c(ColorCaption), c(theme.ColorNamePrimary)
	l.current, l.rule = c(ColorHighlight), c(theme.ColorNameSeparator)
	// Headers are text: the hyperlink indigo is the primary colour made
	// light enough to read on the dark background.
	l.heading = c(theme.ColorNameHyperlink)
	// The reader marks search hits with the warning colour at 40%
	// (reader_render.go applyMarks); the list uses the same tint.
	tint := color.NRGBAModel.Convert(c(theme.ColorNameWarning)).(color.NRGBA)
	tint.A = 0x66
	l.tint = tint

	key := searchLookKey{
		regular: th.Font(fyne.TextStyle{}).Name(), bold: th.Font(fyne.TextStyle{Bold: true}).Name(),
		text: th.Size(theme.SizeNameText), small: th.Size(theme.SizeNameCaptionText),
	}
	if key != p.lookKey || l.textH == 0 {
		p.lookKey = key
		p.measure = newMeasurer()
		l.text, l.small = key.text, key.small
		l.regular, l.bold = th.Font(fyne.TextStyle{}), th.Font(fyne.TextStyle{Bold: true})
		l.ell = fyne.MeasureText("…", l.text, fyne.TextStyle{}).Width
		l.textH = fyne.MeasureText("国", l.text, fyne.TextStyle{}).Height
		l.smallH = fyne.MeasureText("国", l.small, fyne.TextStyle{}).Height
		l.markerW = 0
		// Wide enough for any marker: a two-digit paragraph id or the
		// longest kind name in either language.
		for _, s := range []string{"p88.88", "小标题", "Caption", "Heading", "Byline", "Subtitle"} {
			l.markerW = max(l.markerW, fyne.MeasureText(s, l.small, fyne.TextStyle{}).Width)
		}
	}
	return l
}
