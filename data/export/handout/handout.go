package handout

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/fontconv"
)

// Fonts are the faces the handout is set in: single-face OpenType fonts
// with TrueType or CFF outlines. fpdf embeds only TrueType, so CFF faces
// are converted (package data/fontconv) to TrueType fonts that hold just
// the glyphs the handout draws.
type Fonts struct {
	Regular, Bold []byte
}

// Options steer the handout.
type Options struct {
	Lang  string // "zh" (default) or "en": the handout's own words and English titles where the story has them
	Paper string // "A4" (default) or "Letter"
	Fonts Fonts
	// Created is the PDF's creation date; zero means now. Tests fix it so
	// output is reproducible.
	Created time.Time
}

// ErrNotFont is returned when a font is neither a TrueType nor a CFF
// single-face OpenType font (a collection, say).
var ErrNotFont = errors.New("font is not a single-face TrueType or OpenType (CFF) font")

// alwaysDrawn are characters the handout may draw that its text does not
// show while it is laid out: the page count replaces the {nb} alias only
// when the PDF is written.
const alwaysDrawn = "0123456789"

// Write renders the story's handout as PDF to w.
//
// With CFF fonts the handout is laid out twice: first with fonts that have
// every character's metrics but no outlines, to learn which characters it
// draws, then with fonts whose outlines are converted for exactly those.
// Both passes measure the same, so they break lines and pages alike; the
// first costs a layout (tens of milliseconds for the default story), where
// converting every glyph of an 18,501-character face takes 1.5 s.
func Write(w io.Writer, s *data.Story, opt Options) error {
	fonts := opt.Fonts
	var cff bool
	for _, f := range [][]byte{fonts.Regular, fonts.Bold} {
		switch outlines(f) {
		case "":
			return ErrNotFont
		case "cff":
			cff = true
		}
	}
	if cff {
		probe, err := convert(opt.Fonts, nil)
		if err != nil {
			return err
		}
		o := opt
		o.Fonts = probe
		d, err := layout(s, o)
		if err != nil {
			return err
		}
		fonts, err = convert(opt.Fonts, append(d.drawn(), []rune(alwaysDrawn)...))
		if err != nil {
			return err
		}
	}
	opt.Fonts = fonts
	d, err := layout(s, opt)
	if err != nil {
		return err
	}
	return d.pdf.Output(w)
}

// layout sets the whole handout.
func layout(s *data.Story, opt Options) (*doc, error) {
	d, err := newDoc(s, opt)
	if err != nil {
		return nil, err
	}
	d.cover()
	d.timeline()
	d.clusterMap()
	d.events()
	d.entities()
	d.facts()
	if err := d.pdf.Error(); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return d, nil
}

// outlines tells a font file's kind by its sfnt version: "truetype"
// (0x00010000 or "true"), "cff" ("OTTO"), or "" for anything else,
// collections ("ttcf") among them.
func outlines(b []byte) string {
	switch {
	case len(b) <= 12:
		return ""
	case bytes.Equal(b[:4], []byte{0, 1, 0, 0}) || string(b[:4]) == "true":
		return "truetype"
	case string(b[:4]) == "OTTO":
		return "cff"
	}
	return ""
}

// convert gives fpdf TrueType versions of CFF fonts with outlines for
// chars; TrueType fonts pass through.
func convert(f Fonts, chars []rune) (Fonts, error) {
	var err error
	for _, b := range []*[]byte{&f.Regular, &f.Bold} {
		if outlines(*b) != "cff" {
			continue
		}
		if *b, err = fontconv.TrueType(*b, chars); err != nil {
			return Fonts{}, fmt.Errorf("font: %w", err)
		}
	}
	return f, nil
}

const (
	family = "qs"
	margin = 18.0 // mm, left and right
	top    = 16.0
	footer = 14.0 // mm reserved at the bottom for the footer
)

// doc is a handout being laid out: the pdf, the story, the cursor and
// the text measurer.
type doc struct {
	pdf   *fpdf.Fpdf
	s     *data.Story
	l     *labels
	en    bool
	pageW float64
	pageH float64
	y     float64 // cursor: top of the next block (mm)
	m     *measurer
	// used holds every character drawn, for the fonts' outlines
	used map[rune]bool
}

func newDoc(s *data.Story, opt Options) (*doc, error) {
	size := "A4"
	switch opt.Paper {
	case "", "A4", "a4":
	case "Letter", "letter":
		size = "Letter"
	default:
		return nil, fmt.Errorf("paper %q: use A4 or Letter", opt.Paper)
	}
	l := &zh
	if opt.Lang == "en" {
		l = &en
	} else if opt.Lang != "" && opt.Lang != "zh" {
		return nil, fmt.Errorf("language %q: use zh or en", opt.Lang)
	}
	pdf := fpdf.New("P", "mm", size, "")
	pdf.SetMargins(margin, top, margin)
	pdf.SetAutoPageBreak(false, 0)
	pdf.AddUTF8FontFromBytes(family, "", opt.Fonts.Regular)
	pdf.AddUTF8FontFromBytes(family, "B", opt.Fonts.Bold)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("font: %w", err)
	}
	created := opt.Created
	if created.IsZero() {
		created = time.Now()
	}
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetCatalogSort(true)
	title := s.Article.Title()
	pdf.SetTitle(title, true)
	pdf.SetSubject(s.Source, true)
	pdf.SetCreator("Qiusuo 求索", true)
	pdf.SetLang(map[bool]string{true: "en", false: "zh-CN"}[opt.Lang == "en"])
	pdf.AliasNbPages("{nb}")
	w, h := pdf.GetPageSize()
	d := &doc{pdf: pdf, s: s, l: l, en: opt.Lang == "en", pageW: w, pageH: h, m: newMeasurer(pdf), used: map[rune]bool{}}
	pdf.SetFooterFunc(d.footer)
	pdf.AddPage()
	d.y = top
	return d, nil
}

// width is the text column's width.
func (d *doc) width() float64 { return d.pageW - 2*margin }

// bottom is the lowest y content may reach.
func (d *doc) bottom() float64 { return d.pageH - footer - 4 }

// need starts a new page unless h mm fit below the cursor.
func (d *doc) need(h float64) {
	if d.y+h > d.bottom() {
		d.newPage()
	}
}

func (d *doc) newPage() {
	d.pdf.AddPage()
	d.y = top
}

// footer draws a hairline, the source (or the title) and the page number
// on every page.
func (d *doc) footer() {
	p := d.pdf
	y := d.pageH - footer + 2
	d.stroke(colRule, 0.2)
	p.Line(margin, y, d.pageW-margin, y)
	src := d.s.Source
	if src == "" {
		src = d.s.Article.Title()
	}
	d.font("", ptTiny, colMuted)
	page := fmt.Sprintf(d.l.page, p.PageNo(), "{nb}")
	pw := d.m.width(fmt.Sprintf(d.l.page, p.PageNo(), "99"), "", ptTiny)
	src = d.m.ellipsize(src, "", ptTiny, d.width()-pw-8)
	d.text(margin, y+4, src)
	d.text(d.pageW-margin-pw, y+4, page)
}

// pick returns the English text in an English handout when there is one.
func (d *doc) pick(zh, en string) string {
	if d.en && en != "" {
		return en
	}
	return zh
}

// colon joins a label and its value: 来源：… / Source: …
func (d *doc) colon(label, value string) string {
	if d.en {
		return label + ": " + value
	}
	return label + "：" + value
}

// paren appends a parenthetical: 日期（说明） / date (note).
func (d *doc) paren(s, note string) string {
	if d.en {
		return s + " (" + note + ")"
	}
	return s + "（" + note + "）"
}

// text draws s with its baseline at (x, y). All text goes through here,
// so that d.used knows every character the fonts must draw.
func (d *doc) text(x, y float64, s string) {
	for _, r := range s {
		d.used[r] = true
	}
	d.pdf.Text(x, y, s)
}

// drawn lists the characters drawn so far.
func (d *doc) drawn() []rune {
	rs := make([]rune, 0, len(d.used))
	for r := range d.used {
		rs = append(rs, r)
	}
	return rs
}

func (d *doc) font(style string, pt float64, c rgb) {
	d.pdf.SetFont(family, style, pt)
	d.m.curStyle, d.m.curPt = style, pt
	d.pdf.SetTextColor(c.r, c.g, c.b)
}

func (d *doc) fill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
func (d *doc) stroke(c rgb, width float64) {
	d.pdf.SetDrawColor(c.r, c.g, c.b)
	d.pdf.SetLineWidth(width)
}
