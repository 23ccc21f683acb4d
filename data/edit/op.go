package edit

import (
	"fmt"
	"slices"

	"github.com/qiusuo/qiusuo/data"
)

// Op is one edit. Apply changes s (a private clone of the current story)
// and returns the Op that undoes it, computed from s as it was: applying
// the inverse to the result gives back the story before, and the inverse
// of the inverse redoes the edit.
type Op interface {
	Apply(s *data.Story) (inverse Op, err error)
	// Label names the edit for people ("link sentence", "merge entities"),
	// for the Undo and Redo menu items.
	Label() string
}

// parts names the parts of a story an edit may change. An inverse made
// by snapshot restores exactly these.
type parts uint8

const (
	partClusters parts = 1 << iota
	partEvents
	partEntities
	partFacts
	partGlossary
	partTour
)

// snapshot is the inverse of an edit: the parts it changed, as they were.
type snapshot struct {
	label    string
	parts    parts
	clusters []data.Cluster
	events   []data.Event
	entities []data.Entity
	facts    []data.Fact
	glossary []data.GlossaryEntry
	tour     []data.Stop
}

// take records s's parts p. The slices are deep copies (Clone copies
// everything; only the parts named are kept).
func take(label string, s *data.Story, p parts) *snapshot {
	c := s.Clone()
	sn := &snapshot{label: label, parts: p}
	if p&partClusters != 0 {
		sn.clusters = c.Clusters
	}
	if p&partEvents != 0 {
		sn.events = c.Events
	}
	if p&partEntities != 0 {
		sn.entities = c.Entities
	}
	if p&partFacts != 0 {
		sn.facts = c.Facts
	}
	if p&partGlossary != 0 {
		sn.glossary = c.Glossary
	}
	if p&partTour != 0 {
		sn.tour = c.Tour
	}
	return sn
}

func (sn *snapshot) Label() string { return sn.label }

// Apply puts the recorded parts back and returns the snapshot of what it
// replaced, so undo and redo alternate through the same mechanism.
func (sn *snapshot) Apply(s *data.Story) (Op, error) {
	inv := take(sn.label, s, sn.parts)
	c := (&data.Story{Clusters: sn.clusters, Events: sn.events, Entities: sn.entities,
		Facts: sn.facts, Glossary: sn.glossary, Tour: sn.tour}).Clone() // keep sn reusable
	if sn.parts&partClusters != 0 {
		s.Clusters = c.Clusters
	}
	if sn.parts&partEvents != 0 {
		s.Events = c.Events
	}
	if sn.parts&partEntities != 0 {
		s.Entities = c.Entities
	}
	if sn.parts&partFacts != 0 {
		s.Facts = c.Facts
	}
	if sn.parts&partGlossary != 0 {
		s.Glossary = c.Glossary
	}
	if sn.parts&partTour != 0 {
		s.Tour = c.Tour
	}
	return inv, nil
}

// change is an Op made of a label, the parts it touches and a function
// that changes them; its inverse is the snapshot of those parts.
type change struct {
	label string
	parts parts
	do    func(s *data.Story) error
}

func (c change) Label() string { return c.label }

func (c change) Apply(s *data.Story) (Op, error) {
	inv := take(c.label, s, c.parts)
	if err := c.do(s); err != nil {
		return nil, err
	}
	return inv, nil
}

// find returns the index of the item r names in s, or an error that says
// which is missing.
func find(s *data.Story, r data.Ref) (int, error) {
	var n int
	var id func(int) string
	switch r.Kind {
	case data.RefEvent:
		n, id = len(s.Events), func(i int) string { return s.Events[i].ID }
	case data.RefCluster:
		n, id = len(s.Clusters), func(i int) string { return s.Clusters[i].ID }
	case data.RefEntity:
		n, id = len(s.Entities), func(i int) string { return s.Entities[i].ID }
	case data.RefFact:
		n, id = len(s.Facts), func(i int) string { return s.Facts[i].ID }
	case data.RefTerm:
		n, id = len(s.Glossary), func(i int) string { return s.Glossary[i].ID }
	case data.RefStop:
		n, id = len(s.Tour), func(i int) string { return s.Tour[i].ID }
	default:
		return -1, fmt.Errorf("cannot edit %q", r)
	}
	for i := range n {
		if id(i) == r.ID {
			return i, nil
		}
	}
	return -1, fmt.Errorf("no %s %q", r.Kind, r.ID)
}

// toggle adds x to the sorted set xs, or removes it if present.
func toggle(xs []int, x int) []int {
	i, found := slices.BinarySearch(xs, x)
	if found {
		return slices.Delete(xs, i, i+1)
	}
	return slices.Insert(xs, i, x)
}

// has reports whether the sorted set xs holds x.
func has(xs []int, x int) bool { _, ok := slices.BinarySearch(xs, x); return ok }

// move returns xs with the element at from moved to position to.
func move[T any](xs []T, from, to int) []T {
	v := xs[from]
	xs = slices.Delete(xs, from, from+1)
	return slices.Insert(xs, min(max(to, 0), len(xs)), v)
}
