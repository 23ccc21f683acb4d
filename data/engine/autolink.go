package engine

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
)

// Link is a proposed link between a passage and a cluster, entity or event.
type Link struct {
	Passage int
	Target  data.Ref
	Score   float64
	Terms   []string // the words that matched, for explaining the link
}

// AutoLink proposes links for every passage from the story's lexicon and
// gse's words, without the curated sentence lists:
//   - a cluster is linked where its name, one of its terms (the story
//     file lists them: 减速器 and 伺服系统 for robots) or the name of one of
//     its entities occurs — a sentence is about a cluster when it names the
//     cluster, its technology or a company in it;
//   - an entity where its name or an alias occurs;
//   - an event where at least two of its marks occur: its date as printed,
//     its entities' names and the content words of its title.
//
// It works on any story file; the curated links of the default story are
// checked against it in a test that lists where, and why, they differ.
func (e *Engine) AutoLink() []Link {
	s := e.story
	if len(s.Events) > 0 {
		// Events match the content words of their titles; names and terms
		// need no segmentation. A failed load links no events.
		if e.Wait(); !e.ok {
			return nil
		}
	}
	var links []Link
	entityTerms := make([][]string, len(s.Entities))
	for i, en := range s.Entities {
		entityTerms[i] = nameTerms(append([]string{en.Name}, en.Aliases...))
	}
	for ci, c := range s.Clusters {
		if !c.InArticle {
			continue
		}
		terms := nameTerms(append([]string{c.Name}, c.Terms...))
		for _, ei := range s.ClusterEntities(ci) {
			terms = append(terms, entityTerms[ei]...)
		}
		links = append(links, e.match(data.Ref{Kind: data.RefCluster, ID: c.ID}, dedupe(terms), 1)...)
	}
	for i, en := range s.Entities {
		links = append(links, e.match(data.Ref{Kind: data.RefEntity, ID: en.ID}, entityTerms[i], 1)...)
	}
	for _, ev := range s.Events {
		// Each mark counts once however many of its words occur: the
		// date, each entity (name or alias), each title word that is not
		// already an entity's.
		groups := [][]string{e.contentWords(ev.When)}
		seen := map[string]bool{}
		for _, ei := range ev.Entities {
			groups = append(groups, entityTerms[ei])
			for _, t := range entityTerms[ei] {
				seen[t] = true
			}
		}
		for _, w := range e.contentWords(ev.Title) {
			if !seen[w] && !containedIn(w, groups) {
				groups = append(groups, []string{w})
			}
		}
		links = append(links, e.matchGroups(data.Ref{Kind: data.RefEvent, ID: ev.ID}, groups, 2)...)
	}
	return links
}

// containedIn reports whether w is part of a term already in groups
// (宇树 in 宇树科技), so it is not counted twice.
func containedIn(w string, groups [][]string) bool {
	for _, g := range groups {
		for _, t := range g {
			if strings.Contains(t, w) || strings.Contains(w, t) {
				return true
			}
		}
	}
	return false
}

// matchGroups links every passage in which at least need groups have a
// term that occurs.
func (e *Engine) matchGroups(target data.Ref, groups [][]string, need int) []Link {
	var out []Link
	norm := make([][]string, len(groups)) // folded once, not once per passage
	for i, g := range groups {
		norm[i] = make([]string, len(g))
		for k, t := range g {
			norm[i][k] = NormalizeTerm(t)
		}
	}
	for pi := range e.docs {
		var hit []string
		for gi, g := range groups {
			for k, t := range g {
				if strings.Contains(e.docs[pi].s, norm[gi][k]) {
					hit = append(hit, t)
					break
				}
			}
		}
		if len(hit) >= need {
			out = append(out, Link{Passage: pi, Target: target, Score: float64(len(hit)), Terms: hit})
		}
	}
	return out
}

// match links every passage in which at least need distinct terms occur.
func (e *Engine) match(target data.Ref, terms []string, need int) []Link {
	groups := make([][]string, len(terms))
	for i, t := range terms {
		groups[i] = []string{t}
	}
	return e.matchGroups(target, groups, need)
}

// nameTerms cleans names for matching: brackets and quotes removed,
// bracketed parts (Rokid（灵伴科技）) split off as terms of their own.
func nameTerms(names []string) []string {
	var out []string
	for _, n := range names {
		n = strings.NewReplacer("《", "", "》", "", "“", "", "”", "", "\"", "").Replace(n)
		for _, part := range strings.FieldsFunc(n, func(r rune) bool { return strings.ContainsRune("（）()、/", r) }) {
			if part = strings.TrimSpace(part); utf8.RuneCountInString(part) >= 2 {
				out = append(out, part)
			}
		}
	}
	return out
}

// contentWords are the words of a name or title that carry meaning: gse
// tokens of two or more characters that are not stop words.
func (e *Engine) contentWords(s string) []string {
	var out []string
	for _, t := range e.seg.tokenize(s) {
		if utf8.RuneCountInString(t.Text) >= 2 && !IsStopWord(t.Text) && !genericWords[t.Text] {
			out = append(out, t.Text)
		}
	}
	return out
}

// genericWords occur in cluster names and event titles but say nothing
// about which cluster or event a sentence is about.
var genericWords = map[string]bool{"其他": true, "产业": true, "集群": true, "今年": true, "杭州": true, "登上": true, "亮相": true, "组建": true}

func dedupe(xs []string) []string {
	slices.Sort(xs)
	return slices.Compact(xs)
}
