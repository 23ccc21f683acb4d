package handout

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/qiusuo/qiusuo/data"
)

// Fonts are the TrueType (glyf-outline) faces the handout is set in.
// fpdf cannot read CFF-outline OpenType fonts.
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

// ErrNotTrueType is returned when a font is not a TrueType (glyf) font.
var ErrNotTrueType = errors.New("font has no TrueType outlines: fpdf needs a .ttf with a glyf table (CFF/OpenType .otf is not supported)")

// Write renders the story's handout as PDF to w.
func Write(w io.Writer, s *data.Story, opt Options) error {
	for _, f := range [][]byte{opt.Fonts.Regular, opt.Fonts.Bold} {
		if !isTrueType(f) {
			return ErrNotTrueType
		}
	}
	d, err := newDoc(s, opt)
	if err != nil {
		return err
	}
	d.cover()
	d.timeline()
	d.clusterMap()
	d.events()
	d.entities()
	d.facts()
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return d.pdf.Output(w)
}

// isTrueType checks the sfnt version of a font file: 0x00010000 or
// "true" (TrueType outlines), not "OTTO" (CFF) or a collection.
func isTrueType(b []byte) bool {
	return len(b) > 12 && (bytes.Equal(b[:4], []byte{0, 1, 0, 0}) || string(b[:4]) == "true")
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
	d := &doc{pdf: pdf, s: s, l: l, en: opt.Lang == "en", pageW: w, pageH: h, m: newMeasurer(pdf)}
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
	p.Text(margin, y+4, src)
	p.Text(d.pageW-margin-pw, y+4, page)
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
