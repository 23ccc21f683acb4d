package data

import (
	"fmt"
	"unicode/utf8"
)

// sentenceEnds returns the byte offsets (exclusive) where sentences of s
// end. A sentence ends after 。！？!? or an ellipsis run (……), together
// with any closing quotes or brackets that follow (“…。”). Text after the
// last terminator forms a final sentence.
func sentenceEnds(s string) []int {
	var ends []int
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !isTerminator(r) {
			continue
		}
		// Swallow further terminators (？！, ……) and closers (。”).
		for i < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[i:])
			if !isTerminator(r2) && !isCloser(r2) {
				break
			}
			i += n2
		}
		if i < len(s) {
			ends = append(ends, i)
		}
	}
	return append(ends, len(s))
}

func sentenceCount(s string) int { return len(sentenceEnds(s)) }

// build turns joined paragraphs into the article's paragraphs and passages.
// A body paragraph becomes one passage per sentence; every other kind is a
// single passage.
func (a *Article) build(paras []*para) {
	a.byID = make(map[string]int)
	section := -1
	for pi, p := range paras {
		if p.kind == KindHeading {
			section = pi
		}
		// The paragraph's reading text and, for each of its bytes, where
		// that byte sits in the original.
		var text []byte
		var origin []int
		for _, b := range p.pieces {
			for k := b.start; k < b.end; k++ {
				origin = append(origin, k)
			}
			text = append(text, a.Text[b.start:b.end]...)
		}
		ends := []int{len(text)}
		if p.kind == KindBody {
			ends = sentenceEnds(string(text))
		}
		par := Paragraph{Kind: p.kind, Section: section}
		from := 0
		for si, end := range ends {
			// Leading spaces between sentences belong to no passage.
			for from < end {
				r, n := utf8.DecodeRune(text[from:end])
				if !isSpace(r) {
					break
				}
				from += n
			}
			if from == end {
				continue
			}
			pas := Passage{
				ID:        fmt.Sprintf("p%d.%d", pi+1, si+1),
				Kind:      p.kind,
				Paragraph: pi,
				Text:      string(text[from:end]),
				Pieces:    a.pieces(origin[from:end]),
			}
			a.byID[pas.ID] = len(a.Passages)
			par.Passages = append(par.Passages, len(a.Passages))
			a.Passages = append(a.Passages, pas)
			from = end
		}
		a.Paragraphs = append(a.Paragraphs, par)
	}
}

// pieces groups a run of original byte offsets into contiguous spans.
func (a *Article) pieces(origin []int) []Span {
	var out []Span
	s := origin[0]
	for k := 1; k <= len(origin); k++ {
		if k < len(origin) && origin[k] == origin[k-1]+1 {
			continue
		}
		e := origin[k-1] + 1
		out = append(out, Span{Start: a.RuneOffset(s), End: a.RuneOffset(e), StartByte: s, EndByte: e})
		if k < len(origin) {
			s = origin[k]
		}
	}
	return out
}
