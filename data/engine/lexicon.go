package engine

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
)

// storyWords are tokens every story about Chinese industry policy uses and
// the base dictionary splits: plan names and figures with Latin letters or
// symbols.
var storyWords = []string{"深度求索", "杭州六小龙", "296X", "3+N", "千问App", "AI芯片", "AI助手", "AI医疗", "AI数据服务", "新质生产力", "耐心资本", "沿链招商", "生产性服务业", "六小龙", "新小龙", "具身智能", "低空经济"}

// maxLexiconRunes keeps phrases (科创平台催生的潜在新赛道, a fact such as
// 一周下载量便突破千万) out of the lexicon: they are not words, and as one
// token they would hide their words from keywords and search ranking.
const maxLexiconRunes = 8

// Lexicon returns the words that must stay whole when the story is
// segmented: the names and terms of its clusters and entities, and short
// figures (63.2%, 3+N).
func Lexicon(s *data.Story) []string {
	set := map[string]bool{}
	add := func(ws ...string) {
		for _, w := range nameTerms(ws) {
			if n := utf8.RuneCountInString(w); n >= 2 && n <= maxLexiconRunes {
				set[w] = true
			}
		}
	}
	add(storyWords...)
	for _, c := range s.Clusters {
		if c.InArticle {
			add(c.Name)
			add(c.Terms...)
		}
	}
	for _, en := range s.Entities {
		add(en.Name)
		add(en.Aliases...)
	}
	for _, g := range s.Glossary {
		add(g.Term)
	}
	for _, f := range s.Facts {
		if strings.ContainsFunc(f.Figure, func(r rune) bool { return r < 0x2E80 }) {
			add(f.Figure) // figures with digits or Latin letters: 59家, 63.2%
		}
	}
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// maxLexiconParts bounds how many gse tokens a lexicon word can span.
const maxLexiconParts = 6

func lexiconSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// mergeLexicon joins runs of tokens that spell a lexicon word. gse's HMM
// mode splits text that is not Han characters by its own rules before the
// dictionary is consulted, so "3+N" comes out as 3 / + / N even with 3+N
// in the dictionary. The longest match wins.
func mergeLexicon(text []rune, toks []Token, lex map[string]bool) []Token {
	out := toks[:0:0]
	for i := 0; i < len(toks); {
		best := i
		for j := i + 1; j < len(toks) && j < i+maxLexiconParts; j++ {
			if lex[string(text[toks[i].Start:toks[j].End])] {
				best = j
			}
		}
		if best == i {
			out = append(out, toks[i])
		} else {
			out = append(out, Token{Text: string(text[toks[i].Start:toks[best].End]), Start: toks[i].Start, End: toks[best].End})
		}
		i = best + 1
	}
	return out
}
