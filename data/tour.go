package data

import "fmt"

// Stop is one step of a presenter's tour. It selects an event, a cluster
// or an entity, or highlights a set of sentences, and may carry speaker
// notes. A stop with Map set is where the talk turns to the 296X map: the
// presenter shows the map large.
type Stop struct {
	ID       string
	Title    string
	TitleEn  string
	Target   Ref   // the event, cluster or entity selected; zero for a sentence stop
	Passages []int // highlighted sentences (the target's, or the stop's own)
	Map      bool
	Notes    string
	NotesEn  string
}

// RefStop refers to a tour stop ("stop:intro").
const RefStop RefKind = "stop"

type stopFile struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	TitleEn   string   `json:"title_en,omitempty"`
	Select    string   `json:"select,omitempty"` // event:ID, cluster:ID or entity:ID
	Sentences []string `json:"sentences,omitempty"`
	Map       bool     `json:"map,omitempty"`
	Notes     string   `json:"notes,omitempty"`
	NotesEn   string   `json:"notes_en,omitempty"`
}

// resolveTour checks the tour against the resolved story. Refs are
// resolved by hand here because the story's id table is built later.
func (r *resolver) resolveTour(s *Story, stops []stopFile) []Stop {
	r.ids("tour", len(stops), func(i int) string { return stops[i].ID })
	var out []Stop
	for i, sf := range stops {
		where := fmt.Sprintf("tour[%d] %q", i, sf.ID)
		st := Stop{ID: sf.ID, Title: sf.Title, TitleEn: sf.TitleEn, Map: sf.Map, Notes: sf.Notes, NotesEn: sf.NotesEn}
		if r.dropStop(where, sf) {
			continue
		}
		if sf.Select != "" {
			ref, passages, title, titleEn, ok := r.target(s, sf.Select)
			if !ok {
				r.fail(where, "select %q: expected event:ID, cluster:ID or entity:ID naming an item of the story", sf.Select)
			}
			st.Target, st.Passages = ref, passages
			if st.Title == "" {
				st.Title, st.TitleEn = title, titleEn
			}
		}
		if len(sf.Sentences) > 0 {
			if sf.Select != "" {
				r.fail(where, `give either "select" or "sentences", not both`)
			}
			st.Passages = r.sentences(where, sf.Sentences)
		}
		if sf.Select == "" && len(sf.Sentences) == 0 && !sf.Map {
			r.fail(where, `a stop needs "select", "sentences" or "map": true`)
		}
		if st.Title == "" {
			r.fail(where, `missing field "title"`)
		}
		out = append(out, st)
	}
	return out
}

func (r *resolver) target(s *Story, v string) (ref Ref, passages []int, title, titleEn string, ok bool) {
	for _, e := range s.Events {
		if v == "event:"+e.ID {
			return Ref{RefEvent, e.ID}, e.Passages, e.Title, e.TitleEn, true
		}
	}
	for _, c := range s.Clusters {
		if v == "cluster:"+c.ID && c.InArticle {
			return Ref{RefCluster, c.ID}, c.Passages, c.Name, c.NameEn, true
		}
	}
	for _, e := range s.Entities {
		if v == "entity:"+e.ID {
			return Ref{RefEntity, e.ID}, e.Passages, e.Name, e.NameEn, true
		}
	}
	return Ref{}, nil, "", "", false
}

// defaultTour is the tour of a story file that has none: the timeline in
// order, then the cluster map.
func defaultTour(s *Story) []Stop {
	var out []Stop
	for _, e := range s.Events {
		out = append(out, Stop{ID: e.ID, Title: e.Title, TitleEn: e.TitleEn, Target: Ref{RefEvent, e.ID}, Passages: e.Passages})
	}
	if len(s.Clusters) > 0 {
		out = append(out, Stop{ID: "clusters", Title: "集群地图", TitleEn: "The cluster map", Map: true})
	}
	return out
}

// StopRef returns the ref a stop selects: its target, or the stop itself
// for a stop of sentences.
func (s *Story) StopRef(i int) Ref {
	if st := &s.Tour[i]; !st.Target.IsZero() {
		return st.Target
	}
	return Ref{RefStop, s.Tour[i].ID}
}
