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

// snapshot is the inverse of an edit: the parts it changed, as they were
// (held in a Story of which only those parts are set).
type snapshot struct {
	label string
	parts parts
	saved *data.Story
}

// take records s's parts p as deep copies.
func take(label string, s *data.Story, p parts) *snapshot {
	sn := &snapshot{label: label, parts: p, saved: &data.Story{}}
	copyParts(sn.saved, s.Clone(), p)
	return sn
}

func (sn *snapshot) Label() string { return sn.label }

// Apply puts the recorded parts back and returns the snapshot of what it
// replaced, so undo and redo alternate through the same mechanism.
func (sn *snapshot) Apply(s *data.Story) (Op, error) {
	inv := take(sn.label, s, sn.parts)
	copyParts(s, sn.saved.Clone(), sn.parts) // a copy: the snapshot stays reusable
	return inv, nil
}

// copyParts sets dst's parts p to src's.
func copyParts(dst, src *data.Story, p parts) {
	if p&partClusters != 0 {
		dst.Clusters = src.Clusters
	}
	if p&partEvents != 0 {
		dst.Events = src.Events
	}
	if p&partEntities != 0 {
		dst.Entities = src.Entities
	}
	if p&partFacts != 0 {
		dst.Facts = src.Facts
	}
	if p&partGlossary != 0 {
		dst.Glossary = src.Glossary
	}
	if p&partTour != 0 {
		dst.Tour = src.Tour
	}
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
