package data

import (
	"fmt"
	"unicode/utf8"
)

// MaxArticleBytes bounds what ParseArticle accepts. A newspaper feature is
// tens of kilobytes; a multi-megabyte file is almost certainly the wrong
// file, and refusing it early keeps the window responsive.
const MaxArticleBytes = 8 << 20

// Kind says what role a passage plays on the printed page. The reader styles
// each kind differently (a caption is never body text).
type Kind string

// The passage kinds, as printed in `qiusuo story --json`.
const (
	KindTitle    Kind = "title"
	KindSubtitle Kind = "subtitle" // dek, over-line (引题) or page label above the title
	KindByline   Kind = "byline"
	KindHeading  Kind = "heading"
	KindBody     Kind = "body"
	KindCaption  Kind = "caption"
	KindCredit   Kind = "credit"
	KindDateline Kind = "dateline" // when (and where) it was filed: 2026-02-20 11:30, 中新网杭州12月18日电
	KindSource   Kind = "source"   // where it was taken from: 来源：新华社
)

// Span is a half-open range [Start, End) of the article, in runes and in
// bytes. Both are kept: the UI works in runes, Go strings in bytes.
type Span struct {
	Start, End         int // rune offsets
	StartByte, EndByte int // byte offsets
}

// Passage is the linkable unit of the story: one sentence of a body
// paragraph, or a whole heading, caption, byline, title or credit line.
type Passage struct {
	ID        string // "p12.3": paragraph 12, sentence 3 (1-based)
	Kind      Kind
	Paragraph int    // index into Article.Paragraphs
	Text      string // the passage as read: page-break joins removed
	// Pieces are the parts of the original article the text was taken
	// from, in order. A sentence cut by a page break has two pieces; a
	// highlight paints each piece. Text is exactly the pieces' text joined.
	Pieces []Span
}

// Start and End bound the passage in the original article (rune offsets).
func (p *Passage) Start() int { return p.Pieces[0].Start }

// End is the rune offset just past the passage's last piece.
func (p *Passage) End() int { return p.Pieces[len(p.Pieces)-1].End }

// Paragraph is one printed block: a body paragraph (page breaks repaired),
// a heading, a caption …; its passages are in reading order.
type Paragraph struct {
	Kind     Kind
	Passages []int // indexes into Article.Passages
	// Section is the index of the heading paragraph this paragraph falls
	// under, or -1 before the first heading.
	Section int
}

// Article is an ingested article: the original text, untouched, and the
// passages found in it.
type Article struct {
	Name       string // where it came from, for messages
	Text       string // the original bytes, unchanged
	Paragraphs []Paragraph
	Passages   []Passage

	runeOfByte []int32 // rune offset of each byte offset (len(Text)+1 entries)
	byID       map[string]int
	dateline   string
}

// Dateline returns the article's dateline as printed — a dateline line
// (发布时间:2025-09-28 14:21:47, 2025-02-18 09:30　来源:九派新闻) or the wire
// dateline opening the first body paragraph (中新网杭州12月18日电) — or ""
// if it has none. The importer takes the publication date from it.
func (a *Article) Dateline() string { return a.dateline }

// Title returns the text of the title passage, or "" if none was found.
func (a *Article) Title() string {
	for i := range a.Passages {
		if a.Passages[i].Kind == KindTitle {
			return a.Passages[i].Text
		}
	}
	return ""
}

// Passage returns the passage with the given id.
func (a *Article) Passage(id string) (*Passage, bool) {
	i, ok := a.byID[id]
	if !ok {
		return nil, false
	}
	return &a.Passages[i], true
}

// PassageIndex returns the index of the passage with the given id, or -1.
func (a *Article) PassageIndex(id string) int {
	if i, ok := a.byID[id]; ok {
		return i
	}
	return -1
}

// RuneLen is the length of the original text in runes.
func (a *Article) RuneLen() int { return int(a.runeOfByte[len(a.Text)]) }

// RuneOffset converts a byte offset of the original text to a rune offset.
func (a *Article) RuneOffset(byteOff int) int { return int(a.runeOfByte[byteOff]) }

// Slice returns the original text of a rune range.
func (a *Article) Slice(start, end int) string {
	return a.Text[a.byteOffset(start):a.byteOffset(end)]
}

func (a *Article) byteOffset(runeOff int) int {
	// runeOfByte is non-decreasing: binary search the first byte whose rune
	// offset is runeOff.
	lo, hi := 0, len(a.Text)
	for lo < hi {
		m := (lo + hi) / 2
		if int(a.runeOfByte[m]) < runeOff {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// ArticleError says what is wrong with an article file and where.
type ArticleError struct {
	Name string
	Line int // 1-based, 0 when not about a line
	Msg  string
}

func (e *ArticleError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Name, e.Msg)
}

// checkText rejects input no reader could show: empty, oversized or not
// UTF-8 (with the line and byte of the first bad sequence).
func checkText(name string, b []byte) error {
	if len(b) > MaxArticleBytes {
		return &ArticleError{Name: name, Msg: fmt.Sprintf("article is %d bytes; the limit is %d", len(b), MaxArticleBytes)}
	}
	line := 1
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return &ArticleError{Name: name, Line: line, Msg: fmt.Sprintf("not UTF-8: invalid byte 0x%02x at byte offset %d (convert the file to UTF-8, e.g. iconv -f GB18030 -t UTF-8)", b[i], i)}
		}
		if r == 0 {
			return &ArticleError{Name: name, Line: line, Msg: fmt.Sprintf("NUL byte at byte offset %d: this looks like a binary or UTF-16 file", i)}
		}
		if r == '\n' {
			line++
		}
		i += n
	}
	return nil
}

// ArticleSpans maps a range of the passage's text [from, to) (rune
// offsets) to the spans of the original article it covers: one span, or
// more when the range crosses a page break.
func (p *Passage) ArticleSpans(from, to int) [][2]int {
	var out [][2]int
	base := 0
	for _, pc := range p.Pieces {
		n := pc.End - pc.Start
		s, e := max(from, base), min(to, base+n)
		if s < e {
			out = append(out, [2]int{pc.Start + s - base, pc.Start + e - base})
		}
		base += n
	}
	return out
}
