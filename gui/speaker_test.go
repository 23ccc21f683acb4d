package gui

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// speakerTexts returns the visible texts of the speaker view outside its
// buttons (whose colours are Fyne's button styles).
func speakerTexts(v *SpeakerView) []*canvas.Text {
	var out []*canvas.Text
	walkTree(v.Content(), func(o fyne.CanvasObject) bool {
		if !o.Visible() {
			return false
		}
		if _, ok := o.(*widget.Button); ok {
			return false
		}
		if tx, ok := o.(*canvas.Text); ok && strings.TrimSpace(tx.Text) != "" {
			out = append(out, tx)
		}
		return true
	})
	return out
}

// TestSpeakerContrast: every line of the speaker window, the next stop
// above all, is readable at a glance: 4.5:1 or more against the
// background, in both themes and in every state. The next stop was in the
// disabled colour (~1.3:1 light, ~1.6:1 dark).
func TestSpeakerContrast(t *testing.T) {
	for _, variant := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		p, w, _ := newTestPresenter(t)
		th := NewTheme(&variant)
		fyne.CurrentApp().Settings().SetTheme(th)
		v := NewSpeakerView(p)
		sw := test.NewTempWindow(t, v.Content())
		sw.Resize(fyne.NewSize(720, 520))
		bg := th.Color(theme.ColorNameBackground, variant)
		for _, into := range [][]fyne.KeyName{nil, {fyne.KeyB}, {fyne.KeyEscape}, {fyne.KeyB}} {
			for _, k := range into {
				keyOn(w)(k)
			}
			drawn(sw)
			texts := speakerTexts(v)
			if len(texts) < 4 {
				t.Fatalf("found %d texts in the speaker view", len(texts))
			}
			sawNext := false
			for _, tx := range texts {
				if r := contrastRatio(tx.Color, bg); r < 4.5 {
					t.Errorf("variant %v, state %v: %q has contrast %.2f:1", variant, p.State(), tx.Text, r)
				}
				if strings.HasPrefix(tx.Text, "下一站") {
					sawNext = true
					if tx.TextSize < theme.TextHeadingSize() || !tx.TextStyle.Bold {
						t.Errorf("the next stop is not prominent: size %v, bold %v", tx.TextSize, tx.TextStyle.Bold)
					}
				}
			}
			if !sawNext {
				t.Errorf("variant %v: no next-stop line", variant)
			}
		}
		v.Close()
	}
}

// TestSpeakerClockFont: the clock's text style is one the bundled Chinese
// font serves (monospace is Fyne's Latin font: 总计 drew as boxes).
func TestSpeakerClockFont(t *testing.T) {
	p, _, _ := newTestPresenter(t)
	v := NewSpeakerView(p)
	defer v.Close()
	th := fyne.CurrentApp().Settings().Theme()
	for _, l := range []*widget.Label{v.Clock, v.State, v.Stop, v.Notes, v.Next} {
		if got := th.Font(l.TextStyle); got != th.Font(fyne.TextStyle{}) && got != th.Font(fyne.TextStyle{Bold: true}) {
			t.Errorf("label %q uses a font without Chinese glyphs (%s)", l.Text, got.Name())
		}
	}
}

// TestSpeakerScreenshots renders the speaker window in both themes for a
// person to look at (SPEAKER_SHOTS=dir go test -tags ci -run SpeakerScreenshots ./gui).
func TestSpeakerScreenshots(t *testing.T) {
	dir := os.Getenv("SPEAKER_SHOTS")
	if dir == "" {
		t.Skip("set SPEAKER_SHOTS to a directory to render the speaker window")
	}
	for _, variant := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		p, w, clk := newTestPresenter(t)
		fyne.CurrentApp().Settings().SetTheme(NewTheme(&variant))
		v := NewSpeakerView(p)
		keyOn(w)(fyne.KeyPageDown)
		clk.add(754 * time.Second)
		keyOn(w)(fyne.KeyEscape)
		v.Update()
		name := map[fyne.ThemeVariant]string{theme.VariantLight: "light", theme.VariantDark: "dark"}[variant]
		f, err := os.Create(filepath.Join(dir, "speaker_"+name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		png.Encode(f, Render(v.Content(), fyne.NewSize(720, 520), 1))
		f.Close()
		v.Close()
	}
}
