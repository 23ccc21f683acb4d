package edit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/qiusuo/qiusuo/data"
)

// EntityFields are the parts of an entity a person edits by hand.
type EntityFields struct {
	Name, NameEn string
	Kind         string
	Aliases      []string
	Note, NoteEn string
}

// EntityFieldsOf returns the editable fields of entity e.
func EntityFieldsOf(e *data.Entity) EntityFields {
	return EntityFields{Name: e.Name, NameEn: e.NameEn, Kind: e.Kind, Aliases: slices.Clone(e.Aliases), Note: e.Note, NoteEn: e.NoteEn}
}

// AddEntity creates an entity named name (text the person selected in the
// reader), linked to every sentence that contains the name. It returns
// the op and the new entity's id.
func AddEntity(s *data.Story, name, kind string) (Op, string) {
	id := newID(s, "entity")
	return change{label: "add entity", parts: partEntities, do: func(s *data.Story) error {
		name := strings.TrimSpace(name)
		if name == "" {
			return fmt.Errorf("an entity needs a name")
		}
		var ps []int
		for i, p := range s.Article.Passages {
			if strings.Contains(p.Text, name) {
				ps = append(ps, i)
			}
		}
		s.Entities = append(s.Entities, data.Entity{ID: id, Name: name, Kind: kind, Passages: ps})
		return nil
	}}, id
}

// SetEntity replaces the editable fields of entity id (rename, aliases,
// kind, note).
func SetEntity(id string, f EntityFields) Op {
	return change{label: "edit entity", parts: partEntities, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefEntity, ID: id})
		if err != nil {
			return err
		}
		e := &s.Entities[i]
		e.Name, e.NameEn, e.Kind, e.Note, e.NoteEn = f.Name, f.NameEn, f.Kind, f.Note, f.NoteEn
		e.Aliases = slices.Clone(f.Aliases)
		return nil
	}}
}

// MergeEntities makes drop part of keep: keep gains drop's name and
// aliases as aliases, its clusters and sentences; events and tour stops
// that named drop name keep; drop is removed. (宇树 and 宇树科技 found as
// two entities become one.)
func MergeEntities(keep, drop string) Op {
	return change{label: "merge entities", parts: partEntities | partEvents | partTour, do: func(s *data.Story) error {
		if keep == drop {
			return fmt.Errorf("cannot merge entity %q with itself", keep)
		}
		k, err := find(s, data.Ref{Kind: data.RefEntity, ID: keep})
		if err != nil {
			return err
		}
		d, err := find(s, data.Ref{Kind: data.RefEntity, ID: drop})
		if err != nil {
			return err
		}
		ke, de := &s.Entities[k], s.Entities[d]
		for _, a := range append([]string{de.Name}, de.Aliases...) {
			if a != ke.Name && !slices.Contains(ke.Aliases, a) {
				ke.Aliases = append(ke.Aliases, a)
			}
		}
		ke.Clusters = union(ke.Clusters, de.Clusters)
		ke.Passages = union(ke.Passages, de.Passages)
		if ke.Note == "" {
			ke.Note, ke.NoteEn = de.Note, de.NoteEn
		}
		for i := range s.Events {
			e := &s.Events[i]
			if has(e.Entities, d) && !has(e.Entities, k) {
				e.Entities = toggle(e.Entities, k)
			}
		}
		for i := range s.Tour {
			if s.Tour[i].Target == (data.Ref{Kind: data.RefEntity, ID: drop}) {
				s.Tour[i].Target.ID = keep
			}
		}
		removeEntity(s, d)
		return nil
	}}
}

// DeleteEntity removes entity id, its mentions in events and the tour
// stops that select it.
func DeleteEntity(id string) Op {
	return change{label: "delete entity", parts: partEntities | partEvents | partTour, do: func(s *data.Story) error {
		ref := data.Ref{Kind: data.RefEntity, ID: id}
		i, err := find(s, ref)
		if err != nil {
			return err
		}
		s.Tour = slices.DeleteFunc(s.Tour, func(st data.Stop) bool { return st.Target == ref })
		removeEntity(s, i)
		return nil
	}}
}

// removeEntity deletes entity i and renumbers the events' entity lists,
// which hold indexes.
func removeEntity(s *data.Story, i int) {
	s.Entities = slices.Delete(s.Entities, i, i+1)
	for k := range s.Events {
		e := &s.Events[k]
		out := e.Entities[:0]
		for _, x := range e.Entities {
			switch {
			case x < i:
				out = append(out, x)
			case x > i:
				out = append(out, x-1)
			}
		}
		e.Entities = out
	}
}

// union returns the sorted union of two sorted sets.
func union(a, b []int) []int {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}
