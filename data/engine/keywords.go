package engine

import (
	"sort"
	"unicode/utf8"
)

// Keyword is a term with its TF-IDF weight in a scope.
type Keyword struct {
	Term   string
	Weight float64
	Count  int
}

// Keywords ranks the words of the given passages (nil: the whole article)
// by TF-IDF and returns the top n. TF is the count in the scope; IDF comes
// from the dictionary's corpus frequencies, so words common everywhere
// (发展, 企业) sink and the article's subjects rise. Stop words,
// punctuation, numbers and single characters are never keywords. It waits
// for segmentation.
func (e *Engine) Keywords(passages []int, n int) []Keyword {
	if e.Wait(); !e.ok {
		return nil
	}
	if passages == nil {
		passages = make([]int, len(e.tokens))
		for i := range passages {
			passages[i] = i
		}
	}
	counts := map[string]int{}
	for _, p := range passages {
		if p < 0 || p >= len(e.tokens) {
			continue
		}
		for _, t := range e.tokens[p] {
			if utf8.RuneCountInString(t.Text) < 2 || IsStopWord(t.Text) {
				continue
			}
			counts[t.Text]++
		}
	}
	out := make([]Keyword, 0, len(counts))
	for w, c := range counts {
		out = append(out, Keyword{Term: w, Count: c, Weight: float64(c) * e.seg.idf(w)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Term < out[j].Term
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
