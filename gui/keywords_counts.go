package gui

import (
	"sort"

	"github.com/qiusuo/qiusuo/data/engine"
)

// The chart chooses its terms by TF-IDF (what is distinctive about this
// part of the article) but shows, as bar and number, how often each term
// occurs: a bar as long as one number and labelled with another misleads
// ("企业 18 次" shorter than "集群 13 次"). The number is the one search
// reports for the term, counted the way search counts (every occurrence
// of the text, in the scope's sentences), so tapping a bar finds exactly
// as many places as the bar says.

// kwCounted replaces each keyword's Count with its occurrences as search
// finds them in passages (nil: the whole article) and orders the terms by
// that count, most first; ties keep the TF-IDF order.
func kwCounted(eng *engine.Engine, passages []int, ks []engine.Keyword) []engine.Keyword {
	var in map[int]bool
	if passages != nil {
		in = make(map[int]bool, len(passages))
		for _, p := range passages {
			in[p] = true
		}
	}
	out := make([]engine.Keyword, len(ks))
	for i, k := range ks {
		k.Count = kwHits(eng.Search(k.Term), in)
		out[i] = k
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}

// kwHits counts a search's occurrences in the passages of in (nil: all).
func kwHits(res engine.Results, in map[int]bool) int {
	if in == nil {
		return res.Hits
	}
	n := 0
	for _, r := range res.Results {
		if in[r.Passage] {
			n += len(r.Hits)
		}
	}
	return n
}
