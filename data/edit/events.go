package edit

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/timex"
)

// EventFields are the parts of an event a person edits by hand.
type EventFields struct {
	Title, TitleEn string
	When, WhenEn   string // the date as printed: must occur in one of the event's sentences
	Precision      data.Precision
	Date           *data.DateInterval // nil: not on the calendar
}

// FieldsOf returns the editable fields of event e.
func FieldsOf(e *data.Event) EventFields {
	f := EventFields{Title: e.Title, TitleEn: e.TitleEn, When: e.When, WhenEn: e.WhenEn, Precision: e.Precision}
	if e.Date != nil {
		d := *e.Date
		f.Date = &d
	}
	return f
}

// SetEvent replaces the editable fields of event id.
func SetEvent(id string, f EventFields) Op {
	return change{label: "edit event", parts: partEvents, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefEvent, ID: id})
		if err != nil {
			return err
		}
		e := &s.Events[i]
		e.Title, e.TitleEn, e.When, e.WhenEn, e.Precision = f.Title, f.TitleEn, f.When, f.WhenEn, f.Precision
		e.Date = nil
		if f.Date != nil {
			d := *f.Date
			e.Date = &d
		}
		return nil
	}}
}

// DraftEvent proposes an event for passage p: the first time expression
// the sentence contains, as printed, resolved against the story's
// publication date by the importer's calendar, and a title from the
// sentence's first clause. The editor shows it prefilled for the person
// to correct; ok is false when the sentence states no time.
func DraftEvent(s *data.Story, p int) (e data.Event, ok bool) {
	text := s.Article.Passages[p].Text
	anchor, _ := timex.ParseAnchor(s.Published)
	for _, x := range timex.Find(text, anchor) {
		if x.Vague {
			continue
		}
		e = data.Event{Title: clauseTitle(text), When: x.Text, Precision: data.Precision(x.Precision), Passages: []int{p}}
		if x.Resolved() {
			e.Date = &data.DateInterval{From: iso(x.From), To: iso(x.To), Precision: data.Precision(x.Precision), Basis: string(x.Basis)}
		}
		return e, true
	}
	return data.Event{Title: clauseTitle(text), Passages: []int{p}}, false
}

func iso(d timex.Date) string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// clauseTitle is a sentence's first clause, at most 24 characters: a
// starting point the person shortens or rewrites.
func clauseTitle(text string) string {
	if i := strings.IndexAny(text, "，。；！？,;"); i > 0 {
		text = text[:i]
	}
	if utf8.RuneCountInString(text) > 24 {
		text = string([]rune(text)[:24])
	}
	return strings.TrimSpace(text)
}

// AddEvent inserts e with a new id at position at (events are kept in
// chronological order; the editor picks the place). It returns the op
// and the id the event will have.
func AddEvent(s *data.Story, e data.Event, at int) (Op, string) {
	id := newID(s, "event")
	return change{label: "add event", parts: partEvents, do: func(s *data.Story) error {
		e := e
		e.ID = id
		e.Passages = slices.Clone(e.Passages)
		e.Clusters, e.Entities = slices.Clone(e.Clusters), slices.Clone(e.Entities)
		s.Events = slices.Insert(s.Events, min(max(at, 0), len(s.Events)), e)
		return nil
	}}, id
}

// ChronologicalPlace is where an event dated d goes: after every event
// that starts no later, so ties keep the article's order.
func ChronologicalPlace(s *data.Story, d *data.DateInterval) int {
	if d == nil {
		return len(s.Events)
	}
	at := 0
	for i, e := range s.Events {
		if e.Date != nil && e.Date.From <= d.From {
			at = i + 1
		}
	}
	return at
}

// DeleteEvent removes event id and the tour stops that select it.
func DeleteEvent(id string) Op {
	return change{label: "delete event", parts: partEvents | partTour, do: func(s *data.Story) error {
		ref := data.Ref{Kind: data.RefEvent, ID: id}
		i, err := find(s, ref)
		if err != nil {
			return err
		}
		s.Events = slices.Delete(s.Events, i, i+1)
		s.Tour = slices.DeleteFunc(s.Tour, func(st data.Stop) bool { return st.Target == ref })
		return nil
	}}
}

// MoveEvent moves event id to position to, for events whose dates do not
// decide their order.
func MoveEvent(id string, to int) Op {
	return change{label: "move event", parts: partEvents, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefEvent, ID: id})
		if err != nil {
			return err
		}
		s.Events = move(s.Events, i, to)
		return nil
	}}
}

// newID returns prefix-N, the first such id no item of the story has.
func newID(s *data.Story, prefix string) string {
	for n := 1; ; n++ {
		id := fmt.Sprintf("%s-%d", prefix, n)
		taken := false
		for _, k := range []data.RefKind{data.RefEvent, data.RefEntity, data.RefFact, data.RefTerm, data.RefStop, data.RefCluster} {
			if s.Has(data.Ref{Kind: k, ID: id}) {
				taken = true
			}
		}
		if !taken {
			return id
		}
	}
}
