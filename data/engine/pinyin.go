package engine

import (
	"sort"

	"github.com/qiusuo/qiusuo/data/engine/pinyin"
)

// A visitor without a Chinese input method types pinyin. The passages
// are indexed by reading (package pinyin) so that a pinyin term finds
// exactly the occurrences a search for the characters it reads as would
// find. The index costs milliseconds on the seed and ~0.2 s on 1 MB
// (BenchmarkPinyinIndex, index-ms), so it is never built at start-up:
// Warm builds it in the background, and the first pinyin query waits for
// it if Warm has not finished.

// pinyinText is the passages' runes joined by a newline (which has no
// reading, so no match crosses two passages), and where each begins.
type pinyinText struct {
	text   []rune
	index  *pinyin.Index
	starts []int // rune offset of each passage in the joined text
}

func (e *Engine) buildPinyin() *pinyinText {
	var rs []rune
	pt := &pinyinText{starts: make([]int, len(e.story.Article.Passages))}
	for i := range e.story.Article.Passages {
		pt.starts[i] = len(rs)
		rs = append(rs, []rune(e.story.Article.Passages[i].Text)...)
		rs = append(rs, '\n')
	}
	pt.text, pt.index = rs, pinyin.NewIndex(rs)
	return pt
}

// pinyinHit is an occurrence found by reading: runes [start, end) of a
// passage.
type pinyinHit struct {
	passage, start, end int
	kind                pinyin.Kind
	word                string // the characters found
}

// findPinyin returns where term, read as pinyin, occurs; nil if it is not
// pinyin.
func (e *Engine) findPinyin(term string) []pinyinHit {
	q, ok := pinyin.Parse(term)
	if !ok {
		return nil
	}
	pt := e.pinyin() // built once; concurrent callers wait for it
	var out []pinyinHit
	for _, m := range pt.index.Find(q) {
		p := sort.SearchInts(pt.starts, m.Pos+1) - 1
		s := m.Pos - pt.starts[p]
		out = append(out, pinyinHit{passage: p, start: s, end: s + m.Len, kind: m.Kind,
			word: string(pt.text[m.Pos : m.Pos+m.Len])})
	}
	return out
}
