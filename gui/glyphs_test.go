package gui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// The glyph coverage test: every character the app can draw must have a
// glyph in the fonts the app bundles, in every text style, because kiosk
// and CI machines have no Chinese system fonts and Fyne would draw a box
// (or U+FFFD) where the bundled fonts fall short. It models Fyne 2.7.1's
// font chain (internal/painter/font.go, CachedFontFace) without the
// system-font step: the theme's Font(style), then Fyne's own font for that
// style, then Fyne's emoji font (not for the symbol style).

// textStyles are the styles the app and Fyne's widgets draw text in.
var textStyles = []struct {
	name  string
	style fyne.TextStyle
}{
	{"regular", fyne.TextStyle{}},
	{"bold", fyne.TextStyle{Bold: true}},
	{"italic", fyne.TextStyle{Italic: true}},
	{"bold italic", fyne.TextStyle{Bold: true, Italic: true}},
	{"monospace", fyne.TextStyle{Monospace: true}},
	{"bold monospace", fyne.TextStyle{Monospace: true, Bold: true}},
	{"symbol", fyne.TextStyle{Symbol: true}},
}

// fyneFallback is the font Fyne puts behind the theme's font for style.
func fyneFallback(style fyne.TextStyle) fyne.Resource {
	switch {
	case style.Monospace:
		return theme.DefaultTextMonospaceFont()
	case style.Symbol:
		return theme.DefaultSymbolFont()
	case style.Bold && style.Italic:
		return theme.DefaultTextBoldItalicFont()
	case style.Bold:
		return theme.DefaultTextBoldFont()
	case style.Italic:
		return theme.DefaultTextItalicFont()
	}
	return theme.DefaultTextFont()
}

var parsedFaces = map[fyne.Resource]*font.Face{}

func parseFace(t *testing.T, res fyne.Resource) *font.Face {
	t.Helper()
	if f, ok := parsedFaces[res]; ok {
		return f
	}
	f, err := font.ParseTTF(bytes.NewReader(res.Content()))
	if err != nil {
		t.Fatalf("font %s: %v", res.Name(), err)
	}
	parsedFaces[res] = f
	return f
}

// fontChain is the list of bundled faces Fyne tries, in order, for a rune
// drawn in style under th.
func fontChain(t *testing.T, th fyne.Theme, style fyne.TextStyle) []*font.Face {
	chain := []*font.Face{parseFace(t, th.Font(style))}
	if fb := fyneFallback(style); fb != th.Font(style) {
		chain = append(chain, parseFace(t, fb))
	}
	// Shipped builds leave Fyne's colour emoji font out (build tag
	// no_emoji, for the binary's size): then nothing may rely on it.
	if emoji := theme.DefaultEmojiFont(); !style.Symbol && emoji != nil {
		chain = append(chain, parseFace(t, emoji))
	}
	return chain
}

// drawnRune reports whether r is something a font must draw: controls,
// line breaks, the BOM, zero-width joiners and variation selectors are
// consumed by layout and shaping, not drawn.
func drawnRune(r rune) bool {
	switch {
	case unicode.IsControl(r), r == '\u2028', r == '\u2029':
		return false
	case r == '\ufeff', r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060':
		return false
	case r >= '\ufe00' && r <= '\ufe0f':
		return false
	}
	return true
}

// corpus maps each distinct rune to one place it comes from, for messages.
type corpus map[rune]string

func (c corpus) add(where, text string) {
	for _, r := range text {
		if _, ok := c[r]; !ok && drawnRune(r) {
			c[r] = where
		}
	}
}

// missing returns, sorted, the runes of c that no face of chain has.
func (c corpus) missing(chain []*font.Face) []rune {
	var out []rune
	for r := range c {
		found := false
		for _, f := range chain {
			if _, ok := f.NominalGlyph(r); ok {
				found = true
				break
			}
		}
		if !found {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// checkCoverage fails t for every style under th that lacks a glyph for a
// rune of c, naming the rune and where it comes from.
func checkCoverage(t *testing.T, th fyne.Theme, c corpus) {
	t.Helper()
	for _, s := range textStyles {
		lost := c.missing(fontChain(t, th, s.style))
		if len(lost) == 0 {
			continue
		}
		var b strings.Builder
		for i, r := range lost {
			if i == 12 {
				fmt.Fprintf(&b, " … and %d more", len(lost)-i)
				break
			}
			fmt.Fprintf(&b, " %q U+%04X (%s)", r, r, c[r])
		}
		t.Errorf("%s style (%s): %d characters would draw as missing glyphs:%s",
			s.name, th.Font(s.style).Name(), len(lost), b.String())
	}
}

// addJSONStrings adds every string value (and object key, which may be
// shown, as in translations) of a JSON document.
func addJSONStrings(t *testing.T, c corpus, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			c.add(path, v)
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
}

// addGoStrings adds every string literal of the non-test Go files in dir:
// the fallbacks of T(…), labels, tooltips, dialogs, the PIN pad and the
// on-screen keyboard are all literals there, so a new UI string is checked
// without anyone listing it.
func addGoStrings(t *testing.T, c corpus, dir string) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	fset := token.NewFileSet()
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(node ast.Node) bool {
			if lit, ok := node.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil && utf8.ValidString(s) {
					c.add(fset.Position(lit.Pos()).String(), s)
					n++
				}
			}
			return true
		})
	}
	return n
}

// decodeArticle returns an article file's text as UTF-8, whatever of
// UTF-8, UTF-16 (with BOM), Big5(-HKSCS) or GB18030 it is stored in. The
// encoding is told by content where it can be, else by the file name, as
// the articles folder names its encodings.
func decodeArticle(path string, data []byte) (string, error) {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		enc = xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM)
	case utf8.Valid(data):
		return string(data), nil
	case strings.Contains(strings.ToLower(filepath.Base(path)), "big5"):
		enc = traditionalchinese.Big5
	default:
		enc = simplifiedchinese.GB18030
	}
	out, err := enc.NewDecoder().Bytes(data)
	return string(out), err
}

// appCorpus is every string the app itself can show: the translations, the
// UI's literals, the default story and its article.
func appCorpus(t *testing.T) corpus {
	t.Helper()
	c := corpus{}
	trans, _ := filepath.Glob("translations/*.json")
	if len(trans) < 2 {
		t.Fatalf("found %d translation files", len(trans))
	}
	for _, p := range trans {
		addJSONStrings(t, c, p)
	}
	if n := addGoStrings(t, c, ".") + addGoStrings(t, c, "../cmd/qiusuo"); n < 100 {
		t.Fatalf("only %d string literals in gui and cmd/qiusuo; wrong directory?", n)
	}
	addJSONStrings(t, c, "../data/hangzhou-2025.story.json")
	article, err := os.ReadFile("../data/hangzhou-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	c.add("../data/hangzhou-2025.txt", string(article))
	return c
}

// TestGlyphCoverageApp: every translated string, every UI literal and every
// string of the default story, in every text style, with the bundled fonts.
func TestGlyphCoverageApp(t *testing.T) {
	c := appCorpus(t)
	for _, want := range "总计本站求索…" {
		if _, ok := c[want]; !ok {
			t.Fatalf("corpus lacks %q: the collection is broken", want)
		}
	}
	t.Logf("%d distinct characters", len(c))
	checkCoverage(t, NewTheme(nil), c)
}

// articlesDir holds the real articles the importer is developed against
// (simplified and traditional, several encodings); outside the repository.
func articlesDir() string {
	if d := os.Getenv("QIUSUO_ARTICLES"); d != "" {
		return d
	}
	return "../../shared/articles"
}

// TestGlyphCoverageArticles: every character of every article in
// ../shared/articles renders in every style.
func TestGlyphCoverageArticles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(articlesDir(), "*"))
	if len(files) == 0 {
		t.Skipf("no articles in %s (set QIUSUO_ARTICLES)", articlesDir())
	}
	c := corpus{}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text, err := decodeArticle(p, data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		c.add(filepath.Base(p), text)
	}
	t.Logf("%d files, %d distinct characters", len(files), len(c))
	checkCoverage(t, NewTheme(nil), c)
}

// TestGlyphCoverageTraditional: Big5's 常用字 and the HKSCS characters of
// Hong Kong news render in every style (the examples first).
func TestGlyphCoverageTraditional(t *testing.T) {
	c := corpus{}
	c.add("issue 12", "機器人與技術體系沒有找到")
	c.add("Cantonese (HKSCS)", "啲嘅咗冇嚟噉喺乜嘢佢哋咁")
	// Every character of Big5 level 1 (A440–C67E; C6A1 on is not level 1).
	var level1 []byte
	for hi := 0xA4; hi <= 0xC6; hi++ {
		for _, lo := range append(seq(0x40, 0x7E), seq(0xA1, 0xFE)...) {
			if hi == 0xC6 && lo > 0x7E {
				break
			}
			level1 = append(level1, byte(hi), byte(lo))
		}
	}
	text, err := traditionalchinese.Big5.NewDecoder().Bytes(level1)
	if err != nil {
		t.Fatal(err)
	}
	level1Chars := corpus{}
	level1Chars.add("Big5 level 1", strings.ReplaceAll(string(text), "\ufffd", ""))
	if n := len(level1Chars); n != 5401 {
		t.Fatalf("Big5 level 1 gave %d characters, want 5401", n)
	}
	for r, where := range level1Chars {
		c[r] = where
	}
	checkCoverage(t, NewTheme(nil), c)
}

func seq(lo, hi int) []int {
	var s []int
	for i := lo; i <= hi; i++ {
		s = append(s, i)
	}
	return s
}

// latinMonoTheme is the app theme as it was before monospace and symbol
// text got the bundled font: they went to Fyne's Latin-only fonts.
type latinMonoTheme struct{ *Theme }

func (t latinMonoTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	return t.Theme.Font(s)
}

// TestGlyphCoverageCatchesLatinOnlyStyle makes sure the check can fail: the
// speaker clock's "总计 … 本站 …" in a Latin-only monospace font must be
// reported.
func TestGlyphCoverageCatchesLatinOnlyStyle(t *testing.T) {
	c := corpus{}
	c.add("speaker clock", T("speaker.clock", "总计 {{.Total}}   本站 {{.Stop}}", map[string]any{"Total": "01:02", "Stop": "00:30"}))
	th := latinMonoTheme{NewTheme(nil)}
	for _, s := range textStyles {
		lost := string(c.missing(fontChain(t, th, s.style)))
		broken := s.style.Monospace || s.style.Symbol
		if broken && !strings.Contains(lost, "总") {
			t.Errorf("%s style in a Latin-only font: 总 not reported (missing %q)", s.name, lost)
		}
		if !broken && lost != "" {
			t.Errorf("%s style: reported %q, but the bundled font has them", s.name, lost)
		}
	}
}

// TestMonospaceDigitsTabular: the speaker clock draws in the monospace
// style, which the theme maps to a proportional CJK face; its digits must
// still share one advance, or the clock would jitter every second.
func TestMonospaceDigitsTabular(t *testing.T) {
	for _, s := range []fyne.TextStyle{{Monospace: true}, {Monospace: true, Bold: true}} {
		face := parseFace(t, NewTheme(nil).Font(s))
		var want float32
		for i, r := range "0123456789" {
			gid, ok := face.NominalGlyph(r)
			if !ok {
				t.Fatalf("no glyph for %q", r)
			}
			adv := face.HorizontalAdvance(gid)
			if i == 0 {
				want = adv
			} else if adv != want {
				t.Errorf("%+v: %q advances %v, '0' advances %v", s, r, adv, want)
			}
		}
	}
}
