package data

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseArticle ingests a plain-text article as it came off a printed page:
// it finds the header (page label, over-line, title, subtitle), byline,
// section headings, photo captions, the credit line and body paragraphs,
// repairs paragraphs cut by a page break, and splits body paragraphs into
// sentences. The text is kept byte for byte; every passage records where
// it came from. name is used in error messages only.
func ParseArticle(name string, b []byte) (*Article, error) {
	if err := checkText(name, b); err != nil {
		return nil, err
	}
	a := &Article{Name: name, Text: string(b)}
	a.runeOfByte = runeIndex(a.Text)
	blocks := splitBlocks(a.Text)
	if len(blocks) == 0 {
		return nil, &ArticleError{Name: name, Msg: "article has no text (empty or only blank lines)"}
	}
	classify(blocks)
	paras := joinPageBreaks(blocks)
	a.build(paras)
	a.dateline = a.findDateline()
	return a, nil
}

// findDateline returns the first dateline line, else the wire dateline
// opening one of the first body paragraphs.
func (a *Article) findDateline() string {
	for _, p := range a.Passages {
		if p.Kind == KindDateline {
			return p.Text
		}
	}
	bodies := 0
	for _, par := range a.Paragraphs {
		if par.Kind != KindBody || len(par.Passages) == 0 {
			continue
		}
		if d := embeddedDateline(a.Passages[par.Passages[0]].Text); d != "" {
			return d
		}
		if bodies++; bodies == 3 {
			break
		}
	}
	return ""
}

func runeIndex(s string) []int32 {
	idx := make([]int32, len(s)+1)
	r := int32(0)
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < n; k++ {
			idx[i+k] = r
		}
		i += n
		r++
	}
	idx[len(s)] = r
	return idx
}

// block is one non-blank line of the source, trimmed of surrounding space.
type block struct {
	start, end  int // byte offsets of the trimmed text
	text        string
	runes       int
	blankBefore int // blank lines between this block and the previous one
	blankAfter  int
	kind        Kind
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }

func splitBlocks(text string) []*block {
	var blocks []*block
	blank := 0
	for pos := 0; pos < len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		next := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
			next = lineEnd + 1
		}
		s, e := pos, lineEnd
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if !isSpace(r) {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !isSpace(r) {
				break
			}
			e -= n
		}
		if s == e {
			blank++
		} else {
			if len(blocks) > 0 {
				blocks[len(blocks)-1].blankAfter = blank
			}
			t := text[s:e]
			blocks = append(blocks, &block{start: s, end: e, text: t, runes: utf8.RuneCountInString(t), blankBefore: blank})
			blank = 0
		}
		pos = next
	}
	if len(blocks) > 0 {
		blocks[len(blocks)-1].blankAfter = blank
	}
	return blocks
}

// Length limits used to tell display lines (titles, headings, captions)
// from body text. Chinese headings are short; captions rarely exceed a line
// and a half of a column.
const (
	headingMaxRunes = 16
	captionMaxRunes = 60
	pageLabelRunes  = 4
)

// terminal reports whether s ends a sentence: 。！？!? or an ellipsis,
// possibly followed by closing quotes or brackets.
func terminal(s string) bool {
	s = strings.TrimRightFunc(s, isCloser)
	r, _ := utf8.DecodeLastRuneInString(s)
	return isTerminator(r) || trailingCredit.MatchString(s)
}

// trailingCredit is a photo credit after a caption's last sentence (…开幕。
// 记者 李华 摄, …開幕。（陳明 攝）): the paragraph ends there, and does not
// run on into the next one as a paragraph cut by a page break would.
var trailingCredit = regexp.MustCompile(`[。！？!?][\s　]*[（(]?[\s　]*(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\s　]*)?\p{Han}{2,4}(?:[\s　、]+\p{Han}{2,4})*[\s　]*(?:摄|攝|摄影|攝影)$`)

func isTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '…', '．':
		return true
	}
	return false
}

// isCloser reports closing quotes and brackets that belong to the sentence
// they follow (。” ends the sentence after the quote mark).
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '〉', '】', '"', '\'':
		return true
	}
	return false
}

func hasSentencePunct(s string) bool {
	return strings.ContainsAny(s, "。！？!?；")
}

// colonHeading matches the "序曲：破圈时刻" pattern: two short phrases
// around a colon, no other punctuation.
func colonHeading(s string) bool {
	i := strings.IndexAny(s, "：:")
	if i <= 0 || i >= len(s)-len("：") {
		return false
	}
	return !strings.ContainsAny(s, "，,、。；！？")
}

var creditMarks = []string{"图片由", "供图", "摄影", "图/", "图／", "摄／", "摄/", "图片来源", "照片由"}

func isCredit(b *block) bool {
	if b.runes > captionMaxRunes || hasSentencePunct(b.text) {
		return false
	}
	for _, m := range creditMarks {
		if strings.Contains(b.text, m) {
			return true
		}
	}
	return strings.HasSuffix(b.text, " 摄") || strings.HasSuffix(b.text, "摄")
}

func isByline(b *block) bool {
	if b.runes > captionMaxRunes || hasSentencePunct(b.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.text)
	switch r {
	case '■', '□', '◆', '◇', '●', '▲':
		return true
	}
	for _, p := range []string{"本报记者", "记者 ", "记者：", "文/", "文／", "通讯员"} {
		if strings.HasPrefix(b.text, p) {
			return true
		}
	}
	return false
}

// sectionNumbered opens a section's heading: 一、, （一）, 第一章, 1. or 1、
// (not 1.5万亿元…, a headline's figure).
var sectionNumbered = regexp.MustCompile(`^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节部篇]|[0-9]{1,2}(?:、|[.．][^0-9]))`)

// displayLine is a short line without sentence punctuation: a title,
// heading or caption, never a body paragraph.
func displayLine(b *block) bool {
	return b.runes <= captionMaxRunes && !terminal(b.text) && !strings.ContainsAny(b.text, "。！？!?")
}

// classify gives every block a kind, in three passes: the header before
// the first body paragraph, then metadata lines (dateline, source, byline,
// credit), then headings and captions among the rest.
func classify(blocks []*block) {
	meta := metadataKinds(blocks)
	// Header: leading display lines. Metadata lines before the first of
	// them are passed over (a page may print its date above the title);
	// one after it ends the header. The title is the last display line
	// unless a line opens with a dash (a 副题 under the title); lines of a
	// few characters are page labels (专版); other header lines are
	// subtitles. A metadata line is never the title.
	h, seen := 0, false
	for h < len(blocks) {
		if meta[h] != "" {
			if seen {
				break
			}
		} else if seen && sectionNumbered.MatchString(blocks[h].text) {
			break // 一、2024年工作回顾: the first section's heading, not the title
		} else if displayLine(blocks[h]) {
			seen = true
		} else {
			break
		}
		h++
	}
	if h == len(blocks) && h > 0 {
		h-- // a file of display lines only: keep the last as body
	}
	title, fallback := -1, -1
	for i := h - 1; i >= 0 && title < 0; i-- {
		t := blocks[i].text
		switch {
		case meta[i] != "":
		case strings.HasPrefix(t, "——") || strings.HasPrefix(t, "--"):
		case blocks[i].runes <= pageLabelRunes:
			if fallback < 0 {
				fallback = i
			}
		default:
			title = i
		}
	}
	if title < 0 {
		title = fallback
	}
	for i := 0; i < h; i++ {
		blocks[i].kind = KindSubtitle
	}
	if title >= 0 {
		blocks[title].kind = KindTitle
	}
	for i, b := range blocks {
		switch {
		case meta[i] != "":
			b.kind = meta[i]
		case i >= h:
			b.kind = KindBody
		}
	}
	// Headings and captions: a display line followed by body text with no
	// more than one blank line around it is a heading (or any "X：Y" line
	// followed by body); other display lines are captions. A short single
	// sentence set apart by two or more blank lines on both sides is a
	// caption too (11月27日，…展厅。), unless it completes a paragraph cut
	// by a page break.
	for i := h; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind != KindBody {
			continue
		}
		nextBody := i+1 < len(blocks) && blocks[i+1].kind == KindBody && !displayLine(blocks[i+1])
		switch {
		case displayLine(b):
			if b.runes <= headingMaxRunes && nextBody && (colonHeading(b.text) || b.blankBefore <= 1 && b.blankAfter <= 1) {
				b.kind = KindHeading
			} else if !continuesPrevious(blocks, i) || b.blankBefore >= 2 {
				// A short line set apart by two or more blank lines is a
				// caption even right after a cut paragraph; the paragraph's
				// rest follows it.
				b.kind = KindCaption
			}
		case b.runes <= captionMaxRunes && b.blankBefore >= 2 && b.blankAfter >= 2 && sentenceCount(b.text) == 1 && !continuesPrevious(blocks, i):
			b.kind = KindCaption
		}
	}
}

// metadataKinds finds the metadata lines. A bare date line (2024年5月31日)
// is a dateline only when it is the article's one such line — the date
// under a notice's signature; several are the headings of a chronology.
func metadataKinds(blocks []*block) []Kind {
	kinds := make([]Kind, len(blocks))
	var bare []int
	for i, b := range blocks {
		k, isBare := metaKind(b)
		kinds[i] = k
		if isBare {
			bare = append(bare, i)
		}
	}
	if len(bare) > 1 {
		for _, i := range bare {
			kinds[i] = ""
		}
	}
	return kinds
}

// continuesPrevious reports whether block i carries on a body paragraph
// that a page break cut mid-sentence: the nearest earlier block that is
// not a caption is an unterminated body paragraph.
func continuesPrevious(blocks []*block, i int) bool {
	for j := i - 1; j >= 0; j-- {
		p := blocks[j]
		if p.kind == KindCaption {
			continue // captions sit between the two halves of a cut paragraph
		}
		return p.kind == KindBody && !terminal(p.text) && !displayLine(p)
	}
	return false
}

// para is a paragraph under construction: one or more blocks joined
// across page breaks.
type para struct {
	kind   Kind
	pieces []*block
}

// joinPageBreaks rejoins body paragraphs cut mid-sentence: a body block
// that does not end a sentence continues with the next body block, with
// any captions in between left as their own paragraphs after it.
func joinPageBreaks(blocks []*block) []*para {
	var out []*para
	var open *para // unterminated body paragraph waiting for its rest
	for _, b := range blocks {
		switch {
		case open != nil && b.kind == KindBody:
			open.pieces = append(open.pieces, b)
			if terminal(b.text) {
				open = nil
			}
			continue
		case open != nil && b.kind == KindCaption:
			out = append(out, &para{kind: b.kind, pieces: []*block{b}})
			continue
		}
		open = nil
		p := &para{kind: b.kind, pieces: []*block{b}}
		out = append(out, p)
		if b.kind == KindBody && !terminal(b.text) {
			open = p
		}
	}
	return out
}
