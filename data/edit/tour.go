package edit

import (
	"fmt"
	"slices"

	"github.com/qiusuo/qiusuo/data"
)

// AddStop adds a tour stop at position at that selects target (an event,
// a cluster or an entity), or highlights passages when target is zero.
// It returns the op and the new stop's id.
func AddStop(s *data.Story, target data.Ref, passages []int, at int) (Op, string) {
	id := newID(s, "stop")
	return change{label: "add tour stop", parts: partTour, do: func(s *data.Story) error {
		st := data.Stop{ID: id, Target: target, Passages: slices.Clone(passages)}
		if target.IsZero() && len(passages) == 0 {
			return fmt.Errorf("a tour stop selects something or highlights sentences")
		}
		if !target.IsZero() {
			i, err := find(s, target)
			if err != nil {
				return err
			}
			st.Passages = nil
			switch target.Kind {
			case data.RefEvent:
				st.Title, st.TitleEn = s.Events[i].Title, s.Events[i].TitleEn
			case data.RefCluster:
				st.Title, st.TitleEn = s.Clusters[i].Name, s.Clusters[i].NameEn
			case data.RefEntity:
				st.Title, st.TitleEn = s.Entities[i].Name, s.Entities[i].NameEn
			}
		}
		s.Tour = slices.Insert(s.Tour, min(max(at, 0), len(s.Tour)), st)
		return nil
	}}, id
}

// DeleteStop removes tour stop id.
func DeleteStop(id string) Op {
	return change{label: "delete tour stop", parts: partTour, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefStop, ID: id})
		if err != nil {
			return err
		}
		s.Tour = slices.Delete(s.Tour, i, i+1)
		return nil
	}}
}

// MoveStop moves tour stop id to position to.
func MoveStop(id string, to int) Op {
	return change{label: "move tour stop", parts: partTour, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefStop, ID: id})
		if err != nil {
			return err
		}
		s.Tour = move(s.Tour, i, to)
		return nil
	}}
}

// SetStopNotes replaces a stop's speaker notes.
func SetStopNotes(id, notes, notesEn string) Op {
	return change{label: "edit speaker notes", parts: partTour, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefStop, ID: id})
		if err != nil {
			return err
		}
		s.Tour[i].Notes, s.Tour[i].NotesEn = notes, notesEn
		return nil
	}}
}
