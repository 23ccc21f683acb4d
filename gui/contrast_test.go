package gui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// textPair is a text colour on a background the themes can produce, and
// whether the text is large (WCAG: 24 px, or 18.66 px bold), where 3:1 is
// enough; everything else needs 4.5:1.
type textPair struct {
	what     string
	fg, bg   color.Color
	largeTxt bool
}

// over composites a translucent colour over an opaque background.
func over(c, bg color.Color) color.Color {
	cn, bn := color.NRGBAModel.Convert(c).(color.NRGBA), color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(cn.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{R: mix(cn.R, bn.R), G: mix(cn.G, bn.G), B: mix(cn.B, bn.B), A: 0xff}
}

// textPairs lists every text colour × background pair the app draws in
// variant v: the surfaces (window, cards, the details card, overlays,
// highlighted sentences, hover), the map's tier bands and selected nodes,
// the selected timeline card and buttons, the kiosk's overlays. Each rule
// is the one the widget uses (cmTint, diagramInk, kwMuted …), so a change
// of palette or rule is checked here.
func textPairs(v fyne.ThemeVariant) []textPair {
	th := NewTheme(&v)
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
	bg := c(theme.ColorNameBackground)
	surfaces := map[string]color.Color{
		"background":       bg,
		"input background": over(c(theme.ColorNameInputBackground), bg),
		"header (details)": over(c(theme.ColorNameHeaderBackground), bg),
		"overlay (PIN)":    over(c(theme.ColorNameOverlayBackground), bg),
		"highlight":        c(ColorHighlight),
		"highlight strong": c(ColorHighlightStrong),
		"hover":            over(c(theme.ColorNameHover), bg),
		"card hover":       over(c(theme.ColorNameHover), over(c(theme.ColorNameInputBackground), bg)),
	}
	var out []textPair
	for _, fg := range []fyne.ThemeColorName{theme.ColorNameForeground, ColorCaption, theme.ColorNameHyperlink, ColorAccentText} {
		for name, s := range surfaces {
			out = append(out, textPair{string(fg) + " on " + name, c(fg), s, false})
		}
	}
	// The map's bands carry names, counts and placeholders (caption).
	for id, tier := range cmTierColors {
		for _, fg := range []fyne.ThemeColorName{theme.ColorNameForeground, ColorCaption} {
			out = append(out, textPair{string(fg) + " on tier " + id + " band", c(fg), cmTint(c(tier), bg), false})
		}
	}
	// Search hits are tinted with the warning colour at 40%, in the reader
	// and the result list; the text on them is the body text.
	w := color.NRGBAModel.Convert(c(theme.ColorNameWarning)).(color.NRGBA)
	w.A = 0x66
	for _, under := range []color.Color{bg, c(ColorHighlight), c(ColorHighlightStrong)} {
		out = append(out, textPair{"search hit", c(theme.ColorNameForeground), over(w, under), false})
	}
	for id, tier := range cmTierColors {
		t := c(tier)
		// A selected node is filled with its tier colour; its name and
		// count take diagramInk.
		out = append(out, textPair{"selected tier " + id + " node", diagramInk(t), t, false})
		// The badge's digit: tier colour, bold, twice the text size.
		out = append(out, textPair{"tier " + id + " digit on its band", cmDigitInk(t, bg), cmTint(t, bg), true})
	}
	onPrimary, primary := c(theme.ColorNameForegroundOnPrimary), c(theme.ColorNamePrimary)
	out = append(out,
		textPair{"selected timeline card, primary buttons", onPrimary, primary, false},
		textPair{"kiosk call-out", color.White, primary, true},
		textPair{"kiosk countdown panel", c(theme.ColorNameForeground), over(c(theme.ColorNameOverlayBackground), over(kioskDim, bg)), false},
		textPair{"keyword count", c(ColorCaption), bg, false},
	)
	return out
}

// TestTextContrast fails on any text colour × background pair under WCAG
// AA: 4.5:1, or 3:1 for large text.
func TestTextContrast(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		for _, p := range textPairs(v) {
			fg, bg := color.NRGBAModel.Convert(p.fg).(color.NRGBA), color.NRGBAModel.Convert(p.bg).(color.NRGBA)
			ratio := kwContrast(fg, bg)
			need := 4.5
			if p.largeTxt {
				need = 3
			}
			if testing.Verbose() {
				t.Logf("variant %d %-48s %.2f", v, p.what, ratio)
			}
			if ratio < need {
				t.Errorf("variant %d: %s is %.2f:1, under %.1f:1 (%v on %v)", v, p.what, ratio, need, fg, bg)
			}
		}
	}
}
