package handout

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/qiusuo/qiusuo/data"
)

// testFonts are the bundled faces (CFF outlines, converted for each
// handout), or TrueType faces from $QIUSUO_PDF_FONTS (a folder with
// *Regular*.ttf and *Bold*.ttf) to try others.
func testFonts(t testing.TB) Fonts {
	t.Helper()
	dir, pat := "../../../resources/fonts", "*%s*.otf"
	if d := os.Getenv("QIUSUO_PDF_FONTS"); d != "" {
		dir, pat = d, "*%s*.ttf"
	}
	var f [2][]byte
	for i, style := range []string{"Regular", "Bold"} {
		m, _ := filepath.Glob(filepath.Join(dir, fmt.Sprintf(pat, style)))
		if len(m) == 0 {
			t.Fatalf("no %s font in %s", style, dir)
		}
		b, err := os.ReadFile(m[0])
		if err != nil {
			t.Fatal(err)
		}
		f[i] = b
	}
	return Fonts{Regular: f[0], Bold: f[1]}
}

func render(t testing.TB, s *data.Story, opt Options) []byte {
	t.Helper()
	opt.Fonts = testFonts(t)
	opt.Created = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	var b bytes.Buffer
	if err := Write(&b, s, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func defaultStory(t testing.TB) *data.Story {
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// poppler runs a poppler-utils tool on the PDF, skipping when it is not
// installed (Debian: apt-get install poppler-utils; scripts/setup-debian.sh --test).
func poppler(t *testing.T, pdf []byte, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s not found: install poppler-utils (scripts/setup-debian.sh --test) to check the PDF", tool)
	}
	path := filepath.Join(t.TempDir(), "h.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, path)
	if tool == "pdftotext" {
		args = append(args, "-") // to stdout
	}
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, out)
	}
	return string(out)
}

// squash drops white space: pdftotext breaks lines where the handout
// wraps them.
func squash(s string) string { return strings.Join(strings.Fields(s), "") }

// TestTextReadsBack: every event title and every linked sentence is real
// text in the PDF, as are the source and the page numbers on every page.
func TestTextReadsBack(t *testing.T) {
	s := defaultStory(t)
	pdf := render(t, s, Options{})
	text := squash(poppler(t, pdf, "pdftotext"))
	for _, e := range s.Events {
		if !strings.Contains(text, squash(e.Title)) {
			t.Errorf("event title %q not in the PDF text", e.Title)
		}
		for _, p := range e.Passages {
			if q := s.Article.Passages[p].Text; !strings.Contains(text, squash(q)) {
				t.Errorf("sentence %q of %s not in the PDF text", q, e.ID)
			}
		}
	}
	for _, en := range s.Entities {
		if !strings.Contains(text, squash(en.Name)) {
			t.Errorf("entity %q not in the table", en.Name)
		}
	}
	for _, f := range s.Facts {
		if !strings.Contains(text, squash(f.Figure)) {
			t.Errorf("figure %q not in the table", f.Figure)
		}
	}
	pages := strings.Split(poppler(t, pdf, "pdftotext"), "\f")
	n := len(pages) - 1
	for i := 0; i < n; i++ {
		pg := squash(pages[i])
		if want := "第" + strconv.Itoa(i+1) + "页/共" + strconv.Itoa(n) + "页"; !strings.Contains(pg, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
		if !strings.Contains(pg, squash(s.Source)) {
			t.Errorf("page %d lacks the source", i+1)
		}
	}
}

// TestFontsEmbeddedAndVector: every font is embedded, there is no raster
// image (the timeline and map are drawn, not pasted), and the A4 handout
// of the default story stays under 1 MB.
func TestFontsEmbeddedAndVector(t *testing.T) {
	pdf := render(t, defaultStory(t), Options{})
	if len(pdf) >= 1<<20 {
		t.Errorf("handout is %d bytes; the goal is under 1 MB", len(pdf))
	}
	fonts := poppler(t, pdf, "pdffonts")
	lines := strings.Split(strings.TrimSpace(fonts), "\n")
	if len(lines) < 3 {
		t.Fatalf("no fonts listed:\n%s", fonts)
	}
	for _, l := range lines[2:] {
		f := strings.Fields(l)
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	if imgs := poppler(t, pdf, "pdfimages", "-list"); len(strings.Split(strings.TrimSpace(imgs), "\n")) > 2 {
		t.Errorf("the handout contains raster images:\n%s", imgs)
	}
}

func TestPaperAndLanguage(t *testing.T) {
	s := defaultStory(t)
	info := poppler(t, render(t, s, Options{Paper: "Letter", Lang: "en"}), "pdfinfo")
	if !strings.Contains(info, "612 x 792 pts") {
		t.Errorf("Letter paper: %s", info)
	}
	text := poppler(t, render(t, s, Options{Lang: "en"}), "pdftotext")
	for _, w := range []string{"Timeline", "Cluster map", "Page 1 of", "Public knowledge"} {
		if !strings.Contains(text, w) {
			t.Errorf("English handout lacks %q", w)
		}
	}
	if err := Write(&bytes.Buffer{}, s, Options{Paper: "A3", Fonts: testFonts(t)}); err == nil {
		t.Error("A3 accepted")
	}
}

// TestLineBreakRules: the handout breaks lines with the reader's rules:
// no line of any quoted sentence starts with a closing mark or ends with
// an opening one, and the lines cover the sentence exactly.
func TestLineBreakRules(t *testing.T) {
	s := defaultStory(t)
	// measuring needs metrics only: the fonts without outlines do
	fonts, err := convert(testFonts(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := newDoc(s, Options{Fonts: fonts})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, p := range s.Article.Passages {
		for _, w := range []float64{d.width() - 5, 60, 37} {
			lines := d.m.lines(p.Text, "", ptBody, w)
			if squash(strings.Join(lines, "")) != squash(p.Text) {
				t.Fatalf("lines %q do not cover %q", lines, p.Text)
			}
			for i, ln := range lines {
				if i > 0 && strings.ContainsAny(firstRune(ln), "，。、）》”；：！？") {
					t.Errorf("line starts with %q: %q", firstRune(ln), lines)
				}
				if i < len(lines)-1 && (strings.HasSuffix(ln, "“") || strings.HasSuffix(ln, "《") || strings.HasSuffix(ln, "（")) {
					t.Errorf("line ends with an opening mark: %q", lines)
				}
			}
			checked += len(lines)
		}
	}
	if checked < 200 {
		t.Errorf("only %d lines checked", checked)
	}
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// TestNotFont: a collection, or anything but a single-face sfnt, is
// refused with ErrNotFont before fpdf sees it.
func TestNotFont(t *testing.T) {
	f := testFonts(t)
	for _, magic := range []string{"ttcf", "wOFF"} {
		bad := append([]byte(magic), f.Regular[4:]...)
		err := Write(&bytes.Buffer{}, defaultStory(t), Options{Fonts: Fonts{bad, f.Bold}})
		if !errors.Is(err, ErrNotFont) {
			t.Errorf("%s font: error %v, want ErrNotFont", magic, err)
		}
	}
}

// TestConvertedFontsSuffice: the CFF fonts' TrueType versions hold every
// glyph the handout draws — handing them to Write as TrueType fonts gives
// the same PDF as the CFF fonts, page count and all — and the fonts
// embedded are small (fpdf subsets them again).
func TestConvertedFontsSuffice(t *testing.T) {
	s := defaultStory(t)
	f := testFonts(t)
	if outlines(f.Regular) != "cff" {
		t.Skip("the fonts are not CFF")
	}
	created := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	probe, err := convert(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := layout(s, Options{Fonts: probe, Created: created})
	if err != nil {
		t.Fatal(err)
	}
	ttf, err := convert(f, append(d.drawn(), []rune(alwaysDrawn)...))
	if err != nil {
		t.Fatal(err)
	}
	if outlines(ttf.Regular) != "truetype" || outlines(ttf.Bold) != "truetype" {
		t.Fatal("convert did not make TrueType fonts")
	}
	var a, b bytes.Buffer
	if err := Write(&a, s, Options{Fonts: f, Created: created}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, s, Options{Fonts: ttf, Created: created}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("CFF fonts gave %d bytes, their TrueType versions %d", a.Len(), b.Len())
	}
	t.Logf("%d characters drawn; fonts converted %d + %d bytes; PDF %d bytes", len(d.used), len(ttf.Regular), len(ttf.Bold), a.Len())
}

// BenchmarkDefaultStory is the handout of the default story (goal ≤ 1 s).
func BenchmarkDefaultStory(b *testing.B) {
	s := defaultStory(b)
	opt := Options{Fonts: testFonts(b)}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, s, opt); err != nil {
			b.Fatal(err)
		}
	}
}
