package data

import (
	"slices"
	"strings"
)

// Clone returns a copy of s whose editable parts (tiers, clusters, events,
// entities, facts, glossary, tour and the links they hold) can be changed
// without touching s. The article and the scheme are shared: an edit never
// changes the text. Views hold on to s; an editor changes a clone and
// rebuilds it, so what the views show never changes under them.
func (s *Story) Clone() *Story {
	c := *s
	c.Tiers = slices.Clone(s.Tiers)
	c.Clusters = slices.Clone(s.Clusters)
	for i := range c.Clusters {
		c.Clusters[i].Terms = slices.Clone(c.Clusters[i].Terms)
		c.Clusters[i].Passages = slices.Clone(c.Clusters[i].Passages)
	}
	c.Events = slices.Clone(s.Events)
	for i := range c.Events {
		e := &c.Events[i]
		e.Passages, e.Clusters, e.Entities = slices.Clone(e.Passages), slices.Clone(e.Clusters), slices.Clone(e.Entities)
		if e.Public != nil {
			p := *e.Public
			e.Public = &p
		}
		if e.Date != nil {
			d := *e.Date
			e.Date = &d
		}
	}
	c.Entities = slices.Clone(s.Entities)
	for i := range c.Entities {
		e := &c.Entities[i]
		e.Aliases, e.Clusters, e.Passages = slices.Clone(e.Aliases), slices.Clone(e.Clusters), slices.Clone(e.Passages)
	}
	c.Facts = slices.Clone(s.Facts)
	c.Glossary = slices.Clone(s.Glossary)
	for i := range c.Glossary {
		c.Glossary[i].Passages = slices.Clone(c.Glossary[i].Passages)
	}
	c.Tour = slices.Clone(s.Tour)
	for i := range c.Tour {
		c.Tour[i].Passages = slices.Clone(c.Tour[i].Passages)
	}
	c.ids, c.reverse = nil, nil
	return &c
}

// Rebuild checks an edited story exactly as the loader checks a story file
// and returns it indexed, ready for the views; s itself is not used
// afterwards. An edit that would make the story invalid (a date no longer
// printed in its sentences, a duplicate id) fails here, with the loader's
// located message, and the editor keeps the story it had.
func Rebuild(s *Story) (*Story, error) {
	return Assemble(s.Article.Name, s, s.scheme)
}

// FindInPassage returns where the first occurrence of s in passage p sits
// in the original article, for a figure or term an editor adds.
func (a *Article) FindInPassage(p int, s string) (Span, bool) {
	ps := &a.Passages[p]
	i := strings.Index(ps.Text, s)
	if i < 0 || s == "" {
		return Span{}, false
	}
	return a.spanInPassage(ps, i, i+len(s))
}
