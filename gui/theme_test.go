package gui

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/resources"
)

var variants = []struct {
	name    string
	variant fyne.ThemeVariant
}{
	{"light", theme.VariantLight},
	{"dark", theme.VariantDark},
}

var tierNames = []fyne.ThemeColorName{ColorTier2, ColorTier9, ColorTier6, ColorTierX}

func TestThemeFont(t *testing.T) {
	th := NewTheme(nil)
	for _, tc := range []struct {
		style fyne.TextStyle
		want  fyne.Resource
	}{
		{fyne.TextStyle{}, resources.FontRegular},
		{fyne.TextStyle{Italic: true}, resources.FontRegular},
		{fyne.TextStyle{Bold: true}, resources.FontBold},
		{fyne.TextStyle{Bold: true, Italic: true}, resources.FontBold},
		{fyne.TextStyle{Monospace: true}, resources.FontRegular},
		{fyne.TextStyle{Monospace: true, Bold: true}, resources.FontBold},
		{fyne.TextStyle{Symbol: true}, resources.FontRegular},
	} {
		if got := th.Font(tc.style); got != tc.want {
			t.Errorf("Font(%+v) = %s, want %s", tc.style, got.Name(), tc.want.Name())
		}
	}
}

func TestThemeForcedVariant(t *testing.T) {
	test.NewTempApp(t)
	light, dark := theme.VariantLight, theme.VariantDark
	for _, tc := range []struct {
		name   string
		th     *Theme
		asked  fyne.ThemeVariant
		expect fyne.ThemeVariant
	}{
		{"zero value follows light", &Theme{}, light, light},
		{"zero value follows dark", &Theme{}, dark, dark},
		{"nil follows", NewTheme(nil), dark, dark},
		{"forced light", NewTheme(&light), dark, light},
		{"forced dark", NewTheme(&dark), light, dark},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, name := range []fyne.ThemeColorName{ColorHighlight, theme.ColorNameBackground} {
				got := tc.th.Color(name, tc.asked)
				want := NewTheme(&tc.expect).Color(name, tc.expect)
				if got != want {
					t.Errorf("Color(%s, %d) = %v, want %v", name, tc.asked, got, want)
				}
			}
		})
	}
}

func TestThemeSize(t *testing.T) {
	th := NewTheme(nil)
	if got := th.Size(SizeNameReaderText); got <= theme.DefaultTheme().Size(theme.SizeNameText) {
		t.Errorf("reader text size %v is not larger than default text", got)
	}
	if got := th.Size(SizeNameDisplayTitle); got <= th.Size(theme.SizeNameHeadingText) {
		t.Errorf("display title size %v is not larger than headings", got)
	}
	if got, want := th.Size(theme.SizeNamePadding), theme.DefaultTheme().Size(theme.SizeNamePadding); got != want {
		t.Errorf("padding = %v, want default %v", got, want)
	}
}

// TestThemeTierColoursColourBlindSafe checks that every pair of tier
// colours stays clearly apart (CIE76 ΔE > 20) for normal vision and under
// simulated protanopia and deuteranopia, in both variants.
func TestThemeTierColoursColourBlindSafe(t *testing.T) {
	const minDeltaE = 20
	simulations := []struct {
		name string
		m    [3][3]float64
	}{
		{"normal vision", [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}},
		{"protanopia", machadoProtanopia},
		{"deuteranopia", machadoDeuteranopia},
	}
	for _, v := range variants {
		th := NewTheme(&v.variant)
		for _, sim := range simulations {
			for i, a := range tierNames {
				for _, b := range tierNames[i+1:] {
					la := toLab(simulate(sim.m, th.Color(a, v.variant)))
					lb := toLab(simulate(sim.m, th.Color(b, v.variant)))
					if d := deltaE76(la, lb); d <= minDeltaE {
						t.Errorf("%s, %s: ΔE(%s, %s) = %.1f, want > %d", v.name, sim.name, a, b, d, minDeltaE)
					}
				}
			}
		}
	}
}

// TestThemeContrast checks the readability promises made in theme.go.
func TestThemeContrast(t *testing.T) {
	test.NewTempApp(t)
	for _, v := range variants {
		th := NewTheme(&v.variant)
		bg := th.Color(theme.ColorNameBackground, v.variant)
		fg := th.Color(theme.ColorNameForeground, v.variant)
		minTier := 3.0
		if v.variant == theme.VariantDark {
			minTier = 4.5
		}
		checks := []struct {
			what  string
			a, b  color.Color
			least float64
		}{
			{"foreground on highlight", fg, th.Color(ColorHighlight, v.variant), 4.5},
			{"foreground on strong highlight", fg, th.Color(ColorHighlightStrong, v.variant), 4.5},
			{"caption on background", th.Color(ColorCaption, v.variant), bg, 4.5},
			{"timeline on background", th.Color(ColorTimeline, v.variant), bg, 3},
			{"hyperlink on background", th.Color(theme.ColorNameHyperlink, v.variant), bg, 4.5},
			{"text on primary", th.Color(theme.ColorNameForegroundOnPrimary, v.variant), th.Color(theme.ColorNamePrimary, v.variant), 4.5},
		}
		for _, name := range tierNames {
			checks = append(checks, struct {
				what  string
				a, b  color.Color
				least float64
			}{fmt.Sprintf("%s on background", name), th.Color(name, v.variant), bg, minTier})
		}
		for _, c := range checks {
			if r := contrastRatio(c.a, c.b); r < c.least {
				t.Errorf("%s: %s contrast %.2f, want ≥ %.1f", v.name, c.what, r, c.least)
			}
		}
	}
}

// TestThemeGoldenChinese renders Chinese text in regular and bold to prove
// the bundled fonts are used (Fyne's own fonts would draw tofu boxes).
func TestThemeGoldenChinese(t *testing.T) {
	app := test.NewTempApp(t)
	light := theme.VariantLight
	app.Settings().SetTheme(NewTheme(&light))

	const text = "杭州“深度求索”的年度叙事"
	content := container.NewVBox(
		widget.NewLabel(text),
		widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
	)
	w := test.NewTempWindow(t, content)
	w.Resize(fyne.NewSize(280, 90))
	test.AssertImageMatches(t, "theme/label_zh.png", w.Canvas().Capture())
}

// Machado, Oliveira & Fernandes (2009) simulation matrices for full
// severity, applied to linear RGB.
var (
	machadoProtanopia = [3][3]float64{
		{0.152286, 1.052583, -0.204868},
		{0.114503, 0.786281, 0.099216},
		{-0.003882, -0.048116, 1.051998},
	}
	machadoDeuteranopia = [3][3]float64{
		{0.367322, 0.860646, -0.227968},
		{0.280085, 0.672501, 0.047413},
		{-0.011820, 0.042940, 0.968881},
	}
)

// linearRGB returns c's channels as linear-light values in [0, 1],
// ignoring alpha (every colour tested here is opaque).
func linearRGB(c color.Color) [3]float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	var out [3]float64
	for i, v := range []uint8{n.R, n.G, n.B} {
		s := float64(v) / 255
		if s <= 0.04045 {
			out[i] = s / 12.92
		} else {
			out[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return out
}

func simulate(m [3][3]float64, c color.Color) [3]float64 {
	in := linearRGB(c)
	var out [3]float64
	for i := range out {
		v := m[i][0]*in[0] + m[i][1]*in[1] + m[i][2]*in[2]
		out[i] = math.Min(1, math.Max(0, v))
	}
	return out
}

// toLab converts linear sRGB to CIE L*a*b* (D65 white).
func toLab(rgb [3]float64) [3]float64 {
	r, g, b := rgb[0], rgb[1], rgb[2]
	x := (0.4124*r + 0.3576*g + 0.1805*b) / 0.95047
	y := 0.2126*r + 0.7152*g + 0.0722*b
	z := (0.0193*r + 0.1192*g + 0.9505*b) / 1.08883
	f := func(t float64) float64 {
		const d = 6.0 / 29
		if t > d*d*d {
			return math.Cbrt(t)
		}
		return t/(3*d*d) + 4.0/29
	}
	fx, fy, fz := f(x), f(y), f(z)
	return [3]float64{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}
}

func deltaE76(a, b [3]float64) float64 {
	return math.Sqrt((a[0]-b[0])*(a[0]-b[0]) + (a[1]-b[1])*(a[1]-b[1]) + (a[2]-b[2])*(a[2]-b[2]))
}

// contrastRatio is the WCAG 2 contrast ratio of two opaque colours.
func contrastRatio(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		l := linearRGB(c)
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	la, lb := lum(a), lum(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}
