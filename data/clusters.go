package data

import (
	"fmt"
	"strings"
)

// resolveClusters builds the story's tiers and clusters. A story file
// either names a scheme ("scheme": "hangzhou-296x"), whose tiers and
// members it shares, and lists per member only the sentences it links
// (and, optionally, in_article and extra terms); or it defines its tiers
// and clusters itself, as before schemes existed. It returns the cluster
// id → index table for references.
func (r *resolver) resolveClusters(s *Story, f *storyFile, a *Article, sc *Scheme) map[string]int {
	if f.Scheme == "" {
		s.Tiers = r.tiers(f.Tiers)
		return r.inlineClusters(s, f.Clusters, a)
	}
	if sc == nil {
		return map[string]int{} // the caller reported why
	}
	s.scheme = sc
	if len(f.Tiers) > 0 {
		r.fail("tiers", "the tiers come from scheme %q: remove them (or drop \"scheme\" and define every cluster)", f.Scheme)
	}
	s.Tiers = sc.Tiers
	s.Clusters = sc.Clusters()
	table := make(map[string]int, len(s.Clusters))
	for i, c := range s.Clusters {
		table[c.ID] = i
	}
	seen := map[string]int{}
	for i, c := range f.Clusters {
		where := fmt.Sprintf("clusters[%d] %q", i, c.ID)
		k, ok := table[c.ID]
		if !ok {
			r.fail(where, "scheme %q has no member %q", f.Scheme, c.ID)
			continue
		}
		if j, dup := seen[c.ID]; dup {
			r.fail(where, "duplicate id %q (also clusters[%d])", c.ID, j)
			continue
		}
		seen[c.ID] = i
		if c.Tier != "" {
			r.fail(where, "the tier comes from scheme %q: list only names for this story, sentences, in_article and extra terms", f.Scheme)
		}
		cl := &s.Clusters[k]
		// A story may show a member under its own names (the scheme's are
		// the default): the editor's "rename for this story".
		if c.Name != "" {
			cl.Name = c.Name
		}
		if c.NameEn != "" {
			cl.NameEn = c.NameEn
		}
		if c.InArticle != nil {
			cl.InArticle = *c.InArticle
			if cl.InArticle && sc.Members[k].Name == "" {
				r.fail(where, "in_article is true but scheme %q does not name this member", f.Scheme)
			}
		}
		if len(c.Terms) > 0 {
			cl.Terms = append(append([]string(nil), cl.Terms...), c.Terms...)
		}
		if !cl.InArticle && len(c.Sentences) > 0 {
			r.fail(where, "in_article is false but the cluster links sentences")
		}
		cl.Passages = r.sentences(where, c.Sentences)
	}
	return table
}

// inlineClusters resolves clusters the story file defines itself. Their
// names are the article's words, so each must occur in the article.
func (r *resolver) inlineClusters(s *Story, cfs []clusterFile, a *Article) map[string]int {
	table := r.ids("clusters", len(cfs), func(i int) string { return cfs[i].ID })
	tierCount := map[string]int{}
	for i, c := range cfs {
		where := fmt.Sprintf("clusters[%d] %q", i, c.ID)
		in := c.InArticle == nil || *c.InArticle
		if !hasTier(s.Tiers, c.Tier) {
			r.fail(where, "unknown tier %q (declare it under \"tiers\")", c.Tier)
		}
		tierCount[c.Tier]++
		name, nameEn := c.Name, c.NameEn
		if !in {
			if name == "" {
				name = UnnamedName
			}
			if nameEn == "" {
				nameEn = UnnamedNameEn
			}
			if len(c.Sentences) > 0 {
				r.fail(where, "in_article is false but the cluster links sentences")
			}
		} else {
			if name == "" {
				r.fail(where, `missing field "name"`)
			} else if !strings.Contains(a.Text, name) {
				r.fail(where, "name %q does not occur in the article (set in_article to false for members the article does not name)", name)
			}
		}
		s.Clusters = append(s.Clusters, Cluster{ID: c.ID, Tier: c.Tier, Name: name, NameEn: nameEn, InArticle: in,
			Terms: c.Terms, Passages: r.sentences(where, c.Sentences)})
	}
	for _, t := range s.Tiers {
		if t.Size > 0 && tierCount[t.ID] != t.Size {
			r.fail(fmt.Sprintf("tiers %q", t.ID), "declares %d members but %d clusters have this tier", t.Size, tierCount[t.ID])
		}
	}
	return table
}
