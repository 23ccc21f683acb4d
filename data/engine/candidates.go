package engine

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data/engine/pinyin"
)

// As a student types pinyin or an English name, the words of the story
// it could be are offered, as an input method offers characters: jqr →
// 机器人, jiqi → 机器人, 机器, unit → 宇树科技. Unlike an input method,
// the choice is only ever among the article's own vocabulary — its
// lexicon and, once segmentation is ready, every word it was segmented
// into — so every candidate has hits.

// Candidate is a word offered for the term being typed.
type Candidate struct {
	Word  string // as the article spells it
	Query string // the query with the term being typed replaced by Word
	Via   Via    // ViaPinyin, ViaInitials or ViaEnglish
	Count int    // occurrences in the article
}

// candidateCache holds an engine's candidate vocabulary: built on first
// use, and once more when segmentation has added its words.
type candidateCache struct {
	mu    sync.Mutex
	ready bool
	v     *candidateVocab
}

type candidateVocab struct {
	words  []string
	counts []int
	starts []int // rune offset of each word in the index's text
	index  *pinyin.Index
}

// minCandidateRunes keeps single characters out: a word is what a
// student looks for, and ji alone reads as dozens of characters.
const minCandidateRunes = 2

func (e *Engine) candidateVocabulary() *candidateVocab {
	ready := e.Ready()
	c := &e.cands
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.v != nil && (c.ready || !ready) {
		return c.v
	}
	count := map[string]int{}
	var words []string
	addWord := func(w string, n int) {
		if n <= 0 || utf8.RuneCountInString(w) < minCandidateRunes || !hasHan(w) {
			return
		}
		if _, ok := count[w]; !ok {
			words = append(words, w)
		}
		count[w] = max(count[w], n)
	}
	for _, w := range Lexicon(e.story) {
		addWord(w, e.occurrences(NormalizeTerm(w)))
	}
	if ready {
		tokenCount := map[string]int{}
		for _, toks := range e.tokens {
			for _, t := range toks {
				tokenCount[t.Text]++
			}
		}
		for w, n := range tokenCount {
			addWord(w, n)
		}
	}
	sort.Strings(words)
	v := &candidateVocab{words: words, counts: make([]int, len(words)), starts: make([]int, len(words))}
	var text []rune
	for i, w := range words {
		v.counts[i] = count[w]
		v.starts[i] = len(text)
		text = append(text, []rune(w)...)
		text = append(text, '\n')
	}
	v.index = pinyin.NewIndex(text)
	c.v, c.ready = v, ready
	return v
}

// Candidates returns up to n words of the article that the query's last
// term could stand for, read as pinyin or as an English name, best
// first: English names, full pinyin, initials, and within each the more
// frequent (see weight). A last
// term in Chinese characters gets none: there is nothing to convert.
func (e *Engine) Candidates(query string, n int) []Candidate {
	terms := e.Terms(query)
	if n <= 0 || len(terms) == 0 || hasHan(terms[len(terms)-1]) {
		return nil
	}
	last := terms[len(terms)-1]
	type scored struct {
		Candidate
		partial bool
	}
	var out []scored
	seen := map[string]bool{}
	if q, ok := pinyin.Parse(last); ok {
		v := e.candidateVocabulary()
		for _, m := range v.index.Find(q) {
			w, ok := slices.BinarySearch(v.starts, m.Pos)
			if !ok || seen[v.words[w]] {
				continue // a match inside a word: not what was typed
			}
			seen[v.words[w]] = true
			via := ViaPinyin
			if m.Kind == pinyin.Initials {
				via = ViaInitials
			}
			out = append(out, scored{Candidate{Word: v.words[w], Via: via, Count: v.counts[w]},
				m.Len < utf8.RuneCountInString(v.words[w])})
		}
	}
	for _, name := range e.findEnglish(last) {
		for _, zh := range append([]string{name.label}, name.chinese...) {
			if k := e.occurrences(NormalizeTerm(zh)); k > 0 && !seen[zh] {
				seen[zh] = true
				out = append(out, scored{Candidate: Candidate{Word: zh, Via: ViaEnglish, Count: k}})
			}
		}
	}
	// A word the term reads as whole counts double against one it only
	// begins (jiqi: 机器人, said 8 times, before 及其, said once); an
	// English name's own Chinese name comes before its aliases.
	weight := func(s scored) int {
		if s.partial {
			return s.Count
		}
		return 2 * s.Count
	}
	slices.SortStableFunc(out, func(a, b scored) int {
		switch {
		case a.Via != b.Via:
			return int(a.Via) - int(b.Via)
		case a.Via == ViaEnglish:
			return 0
		case weight(a) != weight(b):
			return weight(b) - weight(a)
		}
		return utf8.RuneCountInString(a.Word) - utf8.RuneCountInString(b.Word)
	})
	res := make([]Candidate, 0, min(n, len(out)))
	prefix := quoteTerms(terms[:len(terms)-1])
	for _, s := range out[:min(n, len(out))] {
		s.Query = strings.TrimSpace(prefix + " " + s.Word)
		res = append(res, s.Candidate)
	}
	return res
}

// quoteTerms writes terms back as a query, quoting any with a space so
// that it stays one term.
func quoteTerms(terms []string) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		if strings.ContainsAny(t, " \u3000") {
			t = `"` + t + `"`
		}
		parts[i] = t
	}
	return strings.Join(parts, " ")
}
