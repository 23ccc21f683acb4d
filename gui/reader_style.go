package gui

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// paraStyle is how the reader sets one kind of paragraph. All lengths are
// in Fyne units and derived from the theme's reader text size, so a
// presenter who enlarges the text (theme or FYNE_SCALE) keeps the
// proportions of the page.
type paraStyle struct {
	size  float32
	text  fyne.TextStyle
	color fyne.ThemeColorName

	lineHeight    float32 // height of one line box: the text is centred in it
	before, after float32 // space above and below the paragraph (collapsed with neighbours)
	indent        float32 // extra inset of the first line (首行缩进)
	inset         float32 // inset of every line from the column's left edge
	align         fyne.TextAlign
	rule          bool // draw a thin rule down the left edge (captions)
	justify       bool // full lines are flush with both column edges

	textHeight float32 // measured height of a line of text at size
}

// styleKind indexes styleSet. It is finer than data.Kind: a subtitle of a
// few characters is a page label (专版), not an over-line.
type styleKind int

const (
	styleBody styleKind = iota
	styleTitle
	styleSubtitle
	stylePageLabel
	styleByline
	styleHeading
	styleCaption
	styleCredit
	numStyles
)

// styleSet holds the styles of every kind and the column metrics; it is
// rebuilt when the theme changes and is part of the layout cache key.
type styleSet struct {
	body     float32 // reader text size
	styles   [numStyles]paraStyle
	margin   float32 // minimum space left and right of the column
	maxCol   float32 // widest column: ~40 CJK characters
	topPad   float32
	bottom   float32
	ruleW    float32 // caption rule width
	ruleGap  float32 // space between the caption rule and its text
	barW     float32 // focus bar width, drawn in the left margin
	minWidth float32 // narrowest column the layout accepts
}

// Typographic proportions, in ems of the reader text size. Chinese prose
// has no ascenders or descenders to separate lines, so it needs more
// leading than Latin text: 1.7 is the usual comfortable value on screen.
const (
	bodyLeading    = 1.7
	maxColumnEms   = 40
	firstIndentEms = 2
	sideMarginEms  = 1.5
)

func newStyleSet(th fyne.Theme) *styleSet {
	b := th.Size(SizeNameReaderText)
	if b <= 0 {
		b = 16
	}
	title := th.Size(SizeNameDisplayTitle)
	if title <= b {
		title = b * 1.6
	}
	s := &styleSet{
		body:     b,
		margin:   b * sideMarginEms,
		maxCol:   b * maxColumnEms,
		topPad:   b * 1.25,
		bottom:   b * 3,
		ruleW:    max(2, b/8),
		ruleGap:  b * 0.75,
		barW:     max(3, b/5),
		minWidth: b * 4,
	}
	s.styles[styleBody] = paraStyle{
		size: b, color: theme.ColorNameForeground,
		lineHeight: b * bodyLeading, before: b * 0.6, after: b * 0.6,
		indent: b * firstIndentEms, justify: true,
	}
	s.styles[styleTitle] = paraStyle{
		size: title, text: fyne.TextStyle{Bold: true}, color: theme.ColorNameForeground,
		lineHeight: title * 1.4, before: b * 0.25, after: b * 1.5,
	}
	s.styles[styleSubtitle] = paraStyle{
		size: b * 1.125, color: ColorCaption,
		lineHeight: b * 1.125 * 1.55, before: b * 0.25, after: b * 0.25,
	}
	s.styles[stylePageLabel] = paraStyle{
		size: b * 0.8125, text: fyne.TextStyle{Bold: true}, color: ColorAccentText,
		lineHeight: b * 1.5, after: b * 0.5,
	}
	s.styles[styleByline] = paraStyle{
		size: b * 0.875, color: ColorCaption,
		lineHeight: b * 0.875 * 1.6, before: b * 1, after: b * 1,
	}
	s.styles[styleHeading] = paraStyle{
		size: b * 1.25, text: fyne.TextStyle{Bold: true}, color: ColorAccentText,
		lineHeight: b * 1.25 * 1.45, before: b * 2, after: b * 0.75,
	}
	s.styles[styleCaption] = paraStyle{
		size: b * 0.875, color: ColorCaption,
		lineHeight: b * 0.875 * 1.6, before: b * 1, after: b * 1,
		inset: s.ruleW + s.ruleGap, rule: true, justify: true,
	}
	s.styles[styleCredit] = paraStyle{
		size: b * 0.8125, color: ColorCaption,
		lineHeight: b * 0.8125 * 1.6, before: b * 1.5, after: b * 0.5,
		align: fyne.TextAlignTrailing,
	}
	for i := range s.styles {
		st := &s.styles[i]
		st.textHeight = fyne.MeasureText("国", st.size, st.text).Height
	}
	return s
}

// styleOf picks the style of paragraph pi.
func (s *styleSet) styleOf(a *data.Article, pi int) styleKind {
	switch a.Paragraphs[pi].Kind {
	case data.KindTitle:
		return styleTitle
	case data.KindSubtitle:
		if ps := a.Paragraphs[pi].Passages; len(ps) == 1 && utf8.RuneCountInString(a.Passages[ps[0]].Text) <= 4 {
			return stylePageLabel
		}
		return styleSubtitle
	case data.KindByline:
		return styleByline
	case data.KindHeading:
		return styleHeading
	case data.KindCaption:
		return styleCaption
	case data.KindCredit:
		return styleCredit
	}
	return styleBody
}

// columnFor returns the text column's width and left edge for a content
// width: as wide as the pane allows up to maxCol, centred, so that a 4K
// projector shows comfortable lines of ~40 characters instead of 150.
func (s *styleSet) columnFor(width float32) (colW, colX float32) {
	colW = min(width-2*s.margin, s.maxCol)
	// A whole number of body ems: Chinese lines of ideographs then end
	// flush with the column before any justification is needed.
	colW = float32(int(colW/s.body)) * s.body
	colW = max(colW, s.minWidth)
	colX = max((width-colW)/2, 0)
	return colW, colX
}
