package engine

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine/pinyin"
)

// Hit is one occurrence of a query term.
type Hit struct {
	Term       int // index into Results.Terms
	Start, End int // rune offsets in the passage text
	// Spans are the occurrence in the original article (rune offsets): one
	// span, or two when it crosses a repaired page break.
	Spans [][2]int
	Whole bool // starts and ends on word boundaries
	Via   Via  // how it was found (as typed, by pinyin, by an English name …)
}

// Result is one passage that matches.
type Result struct {
	Passage int
	Score   float64
	Matched int // how many distinct terms occur in the passage
	Via     Via // the best way any of its hits was found
	Hits    []Hit
	Snippet Snippet
}

// Snippet is a keyword-in-context line around a result's first hit.
type Snippet struct {
	Before string `json:"before"`
	Match  string `json:"match"`
	After  string `json:"after"`
}

// Results answers a query. Results are ranked: passages with more of the
// query's terms first, then those found by the characters typed before
// those found by another reading (Via), then by score, then in article
// order.
type Results struct {
	Query    string
	Terms    []string
	Results  []Result
	Hits     int       // occurrences in all
	Readings []Reading // how terms not found as typed were understood
}

// snippetContext is how many runes of context a snippet shows on each side.
const snippetContext = 14

// ParseQuery splits a query into terms: whitespace (ASCII or 全角) separates
// terms, and "double" or “Chinese” quotes keep a phrase with spaces whole.
func ParseQuery(q string) []string {
	var terms []string
	var cur strings.Builder
	quoted := false
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			terms = append(terms, t)
		}
		cur.Reset()
	}
	for _, r := range q {
		switch {
		case r == '"' || r == '“' || r == '”':
			flush()
			quoted = r == '“' || (r == '"' && !quoted)
		case unicode.IsSpace(r) && !quoted:
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	if len(terms) == 0 && strings.TrimSpace(q) != "" {
		terms = []string{strings.TrimSpace(q)} // a query of quote marks only
	}
	// Drop duplicates (after folding and Traditional→Simplified) but keep
	// the order typed.
	seen := map[string]bool{}
	out := terms[:0]
	for _, t := range terms {
		k := NormalizeQueryTerm(t)
		if !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	return out
}

// NormalizeTerm is the search form of a query term: case and width folded.
func NormalizeTerm(t string) string { return foldString(t) }

// Search finds every occurrence of every term of the query in the story's
// passages. Chinese has no spaces, so a term matches anywhere (智能 finds
// 人工智能 and 具身智能); once segmentation is ready, occurrences that are
// whole words score higher than pieces of longer words.
//
// A term is also read as pinyin (jiqiren, jqr), as an English name
// (Unitree) and, if the article does not contain it, as a Taiwan or Hong
// Kong word (人工智慧) — all only if the article does not contain the term
// as typed (AI, App and Davos in the article mean themselves); each such
// reading finds exactly the occurrences a
// search for the Chinese it stands for would find, ranked after those
// found as typed.
func (e *Engine) Search(query string) Results {
	res := Results{Query: query, Terms: e.Terms(query)}
	if len(res.Terms) == 0 {
		return res
	}
	c := collector{e: e, ready: e.Ready(), byPassage: map[int]*Result{}, seen: map[[4]int]bool{}}
	df := make([]int, len(res.Terms))
	for ti, term := range res.Terms {
		c.passages = map[int]bool{}
		needles := queryNeedles(term) // the typed form and its Simplified form (query.go)
		found := false
		for _, needle := range needles {
			found = c.scan(ti, needle, ViaText) > 0 || found
		}
		if !found {
			for _, f := range regionalForms(term, needles) {
				if c.scan(ti, f, ViaRegional) > 0 {
					res.Readings = append(res.Readings, Reading{Term: ti, Via: ViaRegional, From: term, To: []string{f}})
				}
			}
		}
		// Names are a fallback too: Rokid, App and AI in the article mean
		// themselves, not an entity whose English name begins so.
		var names []*englishName
		if !found {
			names = e.findEnglish(term)
		}
		for _, n := range names {
			hits := 0
			for _, zh := range n.chinese {
				hits += c.scan(ti, NormalizeTerm(zh), ViaEnglish)
			}
			for _, p := range n.passages {
				hits += c.add(ti, p, 0, utf8.RuneCountInString(e.story.Article.Passages[p].Text), ViaEnglish)
			}
			if hits > 0 {
				res.Readings = append(res.Readings, Reading{Term: ti, Via: ViaEnglish, From: n.name, To: []string{n.label}})
			}
		}
		// Pinyin too: ai, app and davos in the article mean themselves.
		var readings []pinyinHit
		if !found {
			readings = e.findPinyin(term)
		}
		words := map[Via]*wordCount{}
		for _, h := range readings {
			via := ViaPinyin
			if h.kind == pinyin.Initials {
				via = ViaInitials
				// Initials say little (jqr is also 集群冉 in 集群冉冉升起):
				// once the words are known, they must spell whole words,
				// as an input method's initials do.
				if c.ready && !e.wordAligned(h.passage, h.start, h.end) {
					continue
				}
			}
			if c.add(ti, h.passage, h.start, h.end, via) > 0 {
				if words[via] == nil {
					words[via] = &wordCount{}
				}
				words[via].add(h.word)
			}
		}
		for _, via := range []Via{ViaPinyin, ViaInitials} {
			if w := words[via]; w != nil {
				res.Readings = append(res.Readings, Reading{Term: ti, Via: via, From: term, To: w.top(maxReadingWords)})
			}
		}
		df[ti] = len(c.passages)
	}
	n := float64(len(e.docs))
	for _, r := range c.byPassage {
		seen := map[int]bool{}
		r.Via = ViaInitials
		for _, h := range r.Hits {
			w := math.Log(1 + n/float64(1+df[h.Term]))
			if h.Whole {
				w *= 2
			}
			r.Score += w
			seen[h.Term] = true
			r.Via = min(r.Via, h.Via)
		}
		r.Matched = len(seen)
		r.Score *= kindWeight(e.story.Article.Passages[r.Passage].Kind)
		sort.Slice(r.Hits, func(i, j int) bool { return r.Hits[i].Start < r.Hits[j].Start })
		r.Snippet = e.snippet(r.Passage, r.Hits[0])
		res.Hits += len(r.Hits)
		res.Results = append(res.Results, *r)
	}
	sort.Slice(res.Results, func(i, j int) bool {
		a, b := &res.Results[i], &res.Results[j]
		if a.Matched != b.Matched {
			return a.Matched > b.Matched
		}
		if a.Via != b.Via {
			return a.Via < b.Via
		}
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Passage < b.Passage
	})
	return res
}

// maxReadingWords is how many of the words a pinyin term found its
// reading label lists (the most frequent).
const maxReadingWords = 4

// collector gathers a search's hits by passage, each occurrence of a
// term once (the first way it was found, which is the best).
type collector struct {
	e         *Engine
	ready     bool
	byPassage map[int]*Result
	seen      map[[4]int]bool // term, passage, start, end
	passages  map[int]bool    // passages the current term occurs in
}

// scan adds every occurrence of needle (in search form) and returns how
// many were new.
func (c *collector) scan(ti int, needle string, via Via) int {
	if needle == "" {
		return 0
	}
	added := 0
	for pi := range c.e.docs {
		d := &c.e.docs[pi]
		for off := 0; off <= len(d.s)-len(needle); {
			k := strings.Index(d.s[off:], needle)
			if k < 0 {
				break
			}
			b := off + k
			added += c.add(ti, pi, int(d.runeAt[b]), int(d.runeAt[b+len(needle)]), via)
			// Step one rune so overlapping occurrences are found too.
			_, n := utf8.DecodeRuneInString(d.s[b:])
			off = b + n
		}
	}
	return added
}

// add records one occurrence (rune offsets in passage pi) unless the term
// already has it (or, for a reading, a hit overlapping it); it returns 1
// if it was new.
func (c *collector) add(ti, pi, start, end int, via Via) int {
	key := [4]int{ti, pi, start, end}
	if c.seen[key] {
		return 0
	}
	c.seen[key] = true
	r := c.byPassage[pi]
	if via != ViaText && r != nil {
		// A reading's hit inside one the term already has is the same
		// place said twice (宇树 in 宇树科技, both Unitree's names).
		for _, h := range r.Hits {
			if h.Term == ti && h.Start < end && start < h.End {
				return 0
			}
		}
	}
	h := Hit{Term: ti, Start: start, End: end, Via: via}
	h.Spans = c.e.story.Article.Passages[pi].ArticleSpans(start, end)
	if c.ready {
		h.Whole = c.e.wordAligned(pi, start, end)
	}
	if r == nil {
		r = &Result{Passage: pi}
		c.byPassage[pi] = r
	}
	r.Hits = append(r.Hits, h)
	c.passages[pi] = true
	return 1
}

// wordCount counts the distinct words a reading found.
type wordCount struct {
	words []string
	n     map[string]int
}

func (w *wordCount) add(s string) {
	if w.n == nil {
		w.n = map[string]int{}
	}
	if w.n[s] == 0 {
		w.words = append(w.words, s)
	}
	w.n[s]++
}

// top returns up to k words, the most frequent first, leaving out words
// found less than half as often as the first: the label names what the
// pinyin most likely meant (jqr → 机器人), not every homophone (集群冉).
func (w *wordCount) top(k int) []string {
	sort.SliceStable(w.words, func(i, j int) bool { return w.n[w.words[i]] > w.n[w.words[j]] })
	n := 1
	for n < min(k, len(w.words)) && 2*w.n[w.words[n]] >= w.n[w.words[0]] {
		n++
	}
	return w.words[:n]
}

// kindWeight ranks a heading or title that names the term above a body
// sentence that mentions it, and a caption below.
func kindWeight(k data.Kind) float64 {
	switch k {
	case data.KindTitle, data.KindHeading:
		return 1.5
	case data.KindCaption, data.KindCredit, data.KindByline, data.KindDateline, data.KindSource:
		return 0.8
	}
	return 1
}

// wordAligned reports whether [start, end) begins and ends at word
// boundaries of passage p.
func (e *Engine) wordAligned(p, start, end int) bool {
	okStart, okEnd := false, false
	for _, t := range e.tokens[p] {
		if t.Start == start {
			okStart = true
		}
		if t.End == end {
			okEnd = true
		}
		if t.Start >= end {
			break
		}
	}
	return okStart && okEnd
}

func (e *Engine) snippet(p int, h Hit) Snippet {
	// Byte offsets of the rune offsets needed, found in one pass without
	// converting the passage to runes (a pinyin syllable on 1 MB can
	// have thousands of results, each with a snippet).
	text := e.story.Article.Passages[p].Text
	from := max(0, h.Start-snippetContext)
	to := h.End + snippetContext
	bFrom, bStart, bEnd, bTo := 0, 0, len(text), len(text)
	i := 0
	for b := range text {
		switch i {
		case from:
			bFrom = b
		case to:
			bTo = b
		}
		if i == h.Start {
			bStart = b
		}
		if i == h.End {
			bEnd = b
		}
		i++
	}
	s := Snippet{Before: text[bFrom:bStart], Match: text[bStart:bEnd], After: text[bEnd:bTo]}
	if from > 0 {
		s.Before = "…" + s.Before
	}
	if bTo < len(text) {
		s.After += "…"
	}
	return s
}
