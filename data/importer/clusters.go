package importer

import (
	"slices"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// clusterLinks are the sentences linked to each member of the scheme.
type clusterLinks struct {
	cluster   [][]int // per cluster: passages, in article order
	ofPassage map[int][]int
}

// linkClusters links sentences to the scheme's members with the engine's
// auto-linker — a sentence is about a member when it prints the member's
// name, one of its terms, or the name of a company in it — on the
// Simplified shadow, so a Traditional article links to the Simplified
// scheme. It runs twice: first by names and terms alone, which tells
// which member each company's sentences are about (the member most of
// them link to, if at least half do); then again with those companies in
// their members, as the curated story puts 宇树科技 in robots.
//
// Only companies, platforms, products and brands join a member: a place,
// a person or a ministry is about many things.
func linkClusters(sh *shadow, sc *data.Scheme, ents []*entity) clusterLinks {
	clusters := sc.Clusters()
	base := &data.Story{Article: sh.art, Tiers: sc.Tiers, Clusters: clusters}
	first := autoLink(base, len(clusters))
	for ei, e := range ents {
		switch e.kind {
		case "company", "platform", "product", "brand":
		default:
			continue
		}
		if len(e.passages) < 2 {
			continue // one sentence says too little about where a company belongs
		}
		votes := make([]int, len(clusters))
		for _, p := range e.passages {
			for _, c := range first.ofPassage[p] {
				votes[c]++
			}
		}
		best := -1
		for c, v := range votes {
			if v > 0 && 2*v >= len(e.passages) && (best < 0 || v > votes[best]) {
				best = c
			}
		}
		if best >= 0 {
			ents[ei].clusters = []int{best}
		}
	}
	with := &data.Story{Article: sh.art, Tiers: sc.Tiers, Clusters: clusters}
	for _, e := range ents {
		if len(e.clusters) > 0 { // only companies in a member add to its links
			with.Entities = append(with.Entities, data.Entity{ID: e.key, Name: formsName(e), Aliases: e.forms, Clusters: e.clusters})
		}
	}
	return autoLink(with, len(clusters))
}

// formsName is the entity's first form in the shadow's spelling (the
// auto-linker matches names and aliases alike).
func formsName(e *entity) string { return e.forms[0] }

func autoLink(s *data.Story, n int) clusterLinks {
	out := clusterLinks{cluster: make([][]int, n), ofPassage: map[int][]int{}}
	idx := map[string]int{}
	for i, c := range s.Clusters {
		idx[c.ID] = i
	}
	for _, l := range engine.New(s).AutoLink() {
		if l.Target.Kind != data.RefCluster {
			continue
		}
		c := idx[l.Target.ID]
		out.cluster[c] = append(out.cluster[c], l.Passage)
		out.ofPassage[l.Passage] = append(out.ofPassage[l.Passage], c)
	}
	for c := range out.cluster {
		slices.Sort(out.cluster[c])
		out.cluster[c] = slices.Compact(out.cluster[c])
	}
	return out
}

// entitiesOf turns the found entities into the story's, in order of first
// appearance.
func entitiesOf(sh *shadow, ents []*entity, links clusterLinks) []data.Entity {
	sorted := slices.Clone(ents)
	slices.SortStableFunc(sorted, func(a, b *entity) int {
		if a.occ[0].passage != b.occ[0].passage {
			return a.occ[0].passage - b.occ[0].passage
		}
		return a.occ[0].start - b.occ[0].start
	})
	out := make([]data.Entity, len(sorted))
	for i, e := range sorted {
		en := data.Entity{ID: e.key, Name: e.name, Kind: e.kind, Aliases: e.aliases, Clusters: e.clusters, Passages: e.passages}
		if e.lex != nil {
			en.NameEn = e.lex.nameEn
		}
		out[i] = en
	}
	return out
}
