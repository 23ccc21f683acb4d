package engine

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
)

// Hit is one occurrence of a query term.
type Hit struct {
	Term       int // index into Results.Terms
	Start, End int // rune offsets in the passage text
	// Spans are the occurrence in the original article (rune offsets): one
	// span, or two when it crosses a repaired page break.
	Spans [][2]int
	Whole bool // starts and ends on word boundaries
}

// Result is one passage that matches.
type Result struct {
	Passage int
	Score   float64
	Matched int // how many distinct terms occur in the passage
	Hits    []Hit
	Snippet Snippet
}

// Snippet is a keyword-in-context line around a result's first hit.
type Snippet struct {
	Before, Match, After string
}

// Results answers a query. Results are ranked: passages with more of the
// query's terms first, then by score, then in article order.
type Results struct {
	Query   string
	Terms   []string
	Results []Result
	Hits    int // occurrences in all
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
func (e *Engine) Search(query string) Results {
	res := Results{Query: query, Terms: ParseQuery(query)}
	if len(res.Terms) == 0 {
		return res
	}
	ready := e.Ready()
	byPassage := map[int]*Result{}
	df := make([]int, len(res.Terms))
	for ti, term := range res.Terms {
		needles := queryNeedles(term) // the typed form and its Simplified form (query.go)
		for pi := range e.docs {
			d := &e.docs[pi]
			found := false
			for _, needle := range needles {
				for off := 0; off <= len(d.s)-len(needle); {
					k := strings.Index(d.s[off:], needle)
					if k < 0 {
						break
					}
					b := off + k
					h := Hit{Term: ti, Start: int(d.runeAt[b]), End: int(d.runeAt[b+len(needle)])}
					p := &e.story.Article.Passages[pi]
					h.Spans = p.ArticleSpans(h.Start, h.End)
					if ready {
						h.Whole = e.wordAligned(pi, h.Start, h.End)
					}
					r := byPassage[pi]
					if r == nil {
						r = &Result{Passage: pi}
						byPassage[pi] = r
					}
					r.Hits = append(r.Hits, h)
					found = true
					// Step one rune so overlapping occurrences are found too.
					_, n := utf8.DecodeRuneInString(d.s[b:])
					off = b + n
				}
			}
			if found {
				df[ti]++
			}
		}
	}
	n := float64(len(e.docs))
	for _, r := range byPassage {
		seen := map[int]bool{}
		for _, h := range r.Hits {
			w := math.Log(1 + n/float64(1+df[h.Term]))
			if h.Whole {
				w *= 2
			}
			r.Score += w
			seen[h.Term] = true
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
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Passage < b.Passage
	})
	return res
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
	runes := []rune(e.story.Article.Passages[p].Text)
	from := max(0, h.Start-snippetContext)
	to := min(len(runes), h.End+snippetContext)
	s := Snippet{Before: string(runes[from:h.Start]), Match: string(runes[h.Start:h.End]), After: string(runes[h.End:to])}
	if from > 0 {
		s.Before = "…" + s.Before
	}
	if to < len(runes) {
		s.After += "…"
	}
	return s
}
