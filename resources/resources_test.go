package resources

import (
	"bytes"
	"image/png"
	"os"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"github.com/go-text/typesetting/font"
)

// articleRunes returns the distinct non-space runes of the article the app
// shows, in order of first appearance.
func articleRunes(t *testing.T) []rune {
	t.Helper()
	text, err := os.ReadFile("../data/hangzhou-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[rune]bool{}
	var runes []rune
	for _, r := range string(text) {
		if unicode.IsSpace(r) || seen[r] {
			continue
		}
		seen[r] = true
		runes = append(runes, r)
	}
	return runes
}

// TestFontsCoverArticle guards the subset: a character of the article that
// the font lacks would show as tofu on machines without a system CJK font.
func TestFontsCoverArticle(t *testing.T) {
	runes := articleRunes(t)
	if len(runes) < 100 {
		t.Fatalf("article has only %d distinct runes; wrong file?", len(runes))
	}
	for _, res := range []struct {
		name string
		data []byte
	}{
		{"Regular", FontRegular.Content()},
		{"Bold", FontBold.Content()},
	} {
		t.Run(res.name, func(t *testing.T) {
			face, err := font.ParseTTF(bytes.NewReader(res.data))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			var missing strings.Builder
			for _, r := range runes {
				if _, ok := face.NominalGlyph(r); !ok {
					missing.WriteRune(r)
				}
			}
			if missing.Len() > 0 {
				t.Errorf("%d runes have no glyph: %q", len([]rune(missing.String())), missing.String())
			}
		})
	}
}

// TestFontsAreSingleFace guards against embedding a TrueType/OpenType
// collection, which makes Fyne 2.7.1 panic when the theme returns it.
func TestFontsAreSingleFace(t *testing.T) {
	for _, res := range []fyne.Resource{FontRegular, FontBold} {
		if data := res.Content(); len(data) < 4 || string(data[:4]) == "ttcf" {
			t.Errorf("%s is a font collection or empty", res.Name())
		}
	}
}

func TestFontLicence(t *testing.T) {
	for _, want := range []string{"SIL OPEN FONT LICENSE Version 1.1", "Adobe"} {
		if !strings.Contains(FontLicence, want) {
			t.Errorf("FontLicence lacks %q", want)
		}
	}
}

func TestIcon(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(Icon.Content()))
	if err != nil {
		t.Fatalf("decode icon: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 512 || b.Dy() != 512 {
		t.Errorf("icon is %dx%d, want 512x512", b.Dx(), b.Dy())
	}
}

// TestFontsCoverInterfaceSymbols: the symbols the interface draws itself
// must be in the bundled font, or a machine without symbol fonts shows boxes.
func TestFontsCoverInterfaceSymbols(t *testing.T) {
	for _, res := range []fyne.Resource{FontRegular, FontBold} {
		f, err := font.ParseTTF(bytes.NewReader(res.Content()))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range "←→✓●…·“”《》—■" {
			if _, ok := f.NominalGlyph(r); !ok {
				t.Errorf("%s lacks %q", res.Name(), r)
			}
		}
	}
}
