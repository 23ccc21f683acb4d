package engine

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"weak"
)

// A student who types a near miss (机器狗, 人工只能, a wrong character
// from the input method) should be offered the words the article does
// use. Suggest compares the query with a short vocabulary — the story's
// lexicon and, once segmentation is ready, its top keywords — by rune
// edit distance and shared characters. Pinyin is not needed: input
// methods rarely produce a wrong-sounding word, and a wrong character in
// a right-length word is exactly what edit distance catches.

// suggestKeywords is how many top keywords join the lexicon as
// suggestion candidates once segmentation is ready.
const suggestKeywords = 200

// minSimilarity is the least 1 − distance/length a suggestion needs: at
// most half of the longer word may differ, so 机器狗 → 机器人 (one of
// three) is offered and 哈哈 → 杭州 (two of two) is not.
const minSimilarity = 0.5

type candidate struct {
	term  string // as the article spells it
	runes []rune // search form
	hits  int    // occurrences in the article (> 0)
}

type vocabulary struct {
	ready bool // built with the keywords
	cands []candidate
}

// vocabularies caches each engine's candidates. Engine is another
// file's type, so the cache lives beside it, keyed by a weak pointer and
// emptied by a cleanup when the engine is collected: tests and
// benchmarks create many engines and none should be kept alive by it.
var vocabularies struct {
	sync.Mutex
	m map[weak.Pointer[Engine]]*vocabulary
}

// vocabulary returns the engine's suggestion candidates, building them
// on first use and once more when segmentation has become ready.
func (e *Engine) vocabulary() []candidate {
	ready := e.Ready()
	k := weak.Make(e)
	vocabularies.Lock()
	defer vocabularies.Unlock()
	v := vocabularies.m[k]
	if v != nil && (v.ready || !ready) {
		return v.cands
	}
	if vocabularies.m == nil {
		vocabularies.m = map[weak.Pointer[Engine]]*vocabulary{}
	}
	if v == nil {
		runtime.AddCleanup(e, func(k weak.Pointer[Engine]) {
			vocabularies.Lock()
			delete(vocabularies.m, k)
			vocabularies.Unlock()
		}, k)
	}
	v = &vocabulary{ready: ready, cands: e.buildVocabulary(ready)}
	vocabularies.m[k] = v
	return v.cands
}

func (e *Engine) buildVocabulary(ready bool) []candidate {
	terms := Lexicon(e.story)
	if ready {
		for _, k := range e.Keywords(nil, suggestKeywords) {
			terms = append(terms, k.Term)
		}
	}
	seen := map[string]bool{}
	var out []candidate
	for _, t := range terms {
		f := NormalizeTerm(t)
		if seen[f] {
			continue
		}
		seen[f] = true
		if n := e.occurrences(f); n > 0 {
			out = append(out, candidate{term: t, runes: []rune(f), hits: n})
		}
	}
	return out
}

// occurrences is how many times the search form f occurs in the passages.
func (e *Engine) occurrences(f string) int {
	n := 0
	for i := range e.docs {
		n += strings.Count(e.docs[i].s, f)
	}
	return n
}

// occurs reports whether any form of a query term occurs in the article.
func (e *Engine) occurs(term string) bool {
	for _, f := range queryNeedles(term) {
		for i := range e.docs {
			if strings.Contains(e.docs[i].s, f) {
				return true
			}
		}
	}
	return false
}

// Suggest returns up to n words of the article close to the terms of
// query that occur nowhere in it, best first: what to offer when a search
// finds nothing. Every word returned occurs in the article. Terms of the
// query that do occur get no suggestions, so a query with results gets
// none.
func (e *Engine) Suggest(query string, n int) []string {
	if n <= 0 {
		return nil
	}
	type scored struct {
		c     *candidate
		score float64
		delta int // length difference
	}
	var best []scored
	cands := e.vocabulary()
	for _, term := range ParseQuery(query) {
		if e.occurs(term) {
			continue
		}
		q := []rune(NormalizeQueryTerm(term))
		for i := range cands {
			c := &cands[i]
			s, ok := suggestScore(q, c.runes)
			if !ok {
				continue
			}
			if j := slices.IndexFunc(best, func(b scored) bool { return b.c == c }); j >= 0 {
				best[j].score = max(best[j].score, s)
				continue
			}
			best = append(best, scored{c, s, absDiff(len(q), len(c.runes))})
		}
	}
	// Closest first; among equals the one of the query's length (机器狗:
	// 机器人 before 机器), then the more frequent, then the shorter.
	slices.SortFunc(best, func(a, b scored) int {
		switch {
		case a.score != b.score:
			if a.score > b.score {
				return -1
			}
			return 1
		case a.delta != b.delta:
			return a.delta - b.delta
		case a.c.hits != b.c.hits:
			return b.c.hits - a.c.hits
		case len(a.c.runes) != len(b.c.runes):
			return len(a.c.runes) - len(b.c.runes)
		}
		return strings.Compare(a.c.term, b.c.term)
	})
	out := make([]string, 0, min(n, len(best)))
	for _, b := range best[:min(n, len(best))] {
		out = append(out, b.c.term)
	}
	return out
}

// suggestScore scores how close candidate c is to query q (both in search
// form) and whether it is close enough to offer. The score is
// 1 − edit distance / longer length; the two must share a character.
// A candidate inside a longer query (宇树 in 宇树机器狗) is also
// offered, scored by how much of the query it covers.
func suggestScore(q, c []rune) (float64, bool) {
	if slices.Equal(q, c) || sharedRunes(q, c) == 0 {
		return 0, false
	}
	s := 1 - float64(editDistance(q, c))/float64(max(len(q), len(c)))
	if len(c) >= 2 && len(c) < len(q) && containsRunes(q, c) {
		s = max(s, minSimilarity+0.4*float64(len(c))/float64(len(q)))
	}
	return s, s >= minSimilarity
}

// editDistance is the Levenshtein distance in runes: one wrong Chinese
// character costs 1, as does one wrong Latin letter.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// sharedRunes counts the characters a and b have in common, with
// multiplicity.
func sharedRunes(a, b []rune) int {
	used := make([]bool, len(b))
	n := 0
	for _, r := range a {
		for j, s := range b {
			if !used[j] && r == s {
				used[j] = true
				n++
				break
			}
		}
	}
	return n
}

func containsRunes(s, sub []rune) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func absDiff(a, b int) int {
	if a < b {
		return b - a
	}
	return a - b
}
