package gui

import (
	"slices"

	"github.com/qiusuo/qiusuo/data"
)

// State is what the explorer shows: the selected thing and, among the
// passages it highlights, the one in focus (for "2 / 7" and scrolling).
type State struct {
	Ref   data.Ref
	Focus int // index into Passages; 0 when nothing is highlighted
	// Passages are the passages the selection highlights, in article
	// order (derived from Ref, kept here so views need not look it up).
	Passages []int
}

// Selection is the one selection model every view follows: a tap on an
// event, cluster, entity or sentence calls Select, and every view
// registered with OnChange redraws from the new State. It keeps
// back/forward history like a browser. It holds no widgets and is only
// used from the UI goroutine.
type Selection struct {
	story     *data.Story
	cur       State
	back, fwd []State
	listeners listeners[State]

	// OnSelect, if set, hears every Select, even one that changes nothing
	// (the thing tapped is already selected): a kiosk counts it as a
	// visitor's touch.
	OnSelect func(data.Ref)
}

// maxHistory bounds history so a kiosk running for days does not grow.
const maxHistory = 200

// NewSelection returns an empty selection over a story.
func NewSelection(s *data.Story) *Selection { return &Selection{story: s} }

// Story returns the story the selection is over.
func (s *Selection) Story() *data.Story { return s.story }

// Current returns the current state.
func (s *Selection) Current() State { return s.cur }

// OnChange registers f to run after every change and returns the function
// that unregisters it: a view that can go away while the selection stays
// (the speaker window, a panel of a rebuilt explorer) must call it.
func (s *Selection) OnChange(f func(State)) (cancel func()) { return s.listeners.add(f) }

// Select makes r the selection, recording the previous state in history.
// Selecting a passage inside the current selection's highlighted set only
// moves the focus, so the reader can walk "2 / 7" without losing the event.
// Unknown refs are ignored.
func (s *Selection) Select(r data.Ref) {
	if s.OnSelect != nil {
		s.OnSelect(r)
	}
	if r.IsZero() {
		s.Clear()
		return
	}
	if !s.story.Has(r) || r == s.cur.Ref {
		return
	}
	s.push(s.stateFor(r))
}

// Replace makes r the selection without recording history: for changes
// the visitor did not make (a kiosk's attract loop).
func (s *Selection) Replace(r data.Ref) {
	if !s.story.Has(r) && !r.IsZero() {
		return
	}
	s.set(s.stateFor(r))
}

// SelectPassage selects a tapped sentence: it shows the sentence's own
// links (the reverse link).
func (s *Selection) SelectPassage(p int) {
	if p < 0 || p >= len(s.story.Article.Passages) {
		return
	}
	s.Select(data.Ref{Kind: data.RefPassage, ID: s.story.Article.Passages[p].ID})
}

// Clear empties the selection (Escape). It is recorded in history so Back
// returns to what was selected.
func (s *Selection) Clear() {
	if s.cur.Ref.IsZero() {
		return
	}
	s.push(State{})
}

// Reset returns to the start: no selection and no history (kiosk idle reset).
func (s *Selection) Reset() {
	s.back, s.fwd = nil, nil
	s.set(State{})
}

// Step moves the focus to the next (+1) or previous (-1) highlighted
// passage, wrapping around. It is not recorded in history.
func (s *Selection) Step(d int) {
	n := len(s.cur.Passages)
	if n == 0 {
		return
	}
	st := s.cur
	st.Focus = ((st.Focus+d)%n + n) % n
	s.set(st)
}

// CanBack and CanForward report whether history has somewhere to go.
func (s *Selection) CanBack() bool    { return len(s.back) > 0 }
func (s *Selection) CanForward() bool { return len(s.fwd) > 0 }

// Back returns to the previous selection.
func (s *Selection) Back() {
	if len(s.back) == 0 {
		return
	}
	s.fwd = append(s.fwd, s.cur)
	prev := s.back[len(s.back)-1]
	s.back = s.back[:len(s.back)-1]
	s.set(prev)
}

// Forward undoes Back.
func (s *Selection) Forward() {
	if len(s.fwd) == 0 {
		return
	}
	s.back = append(s.back, s.cur)
	next := s.fwd[len(s.fwd)-1]
	s.fwd = s.fwd[:len(s.fwd)-1]
	s.set(next)
}

func (s *Selection) push(st State) {
	s.back = append(s.back, s.cur)
	if len(s.back) > maxHistory {
		s.back = slices.Delete(s.back, 0, len(s.back)-maxHistory)
	}
	s.fwd = s.fwd[:0]
	s.set(st)
}

func (s *Selection) set(st State) {
	s.cur = st
	s.listeners.call(st)
}

// replaceStory moves the selection onto another version of its story (an
// edit) without telling the listeners: the views must first follow the
// new story (Explorer.SetStory), then notify tells them of the state. What
// was selected stays selected, with its focus, if the new story still has
// it; history keeps only what still exists, so Back never leads to a
// thing the edit removed.
func (s *Selection) replaceStory(st *data.Story) {
	s.story = st
	keep := func(h []State) []State {
		out := h[:0]
		for _, old := range h {
			if old.Ref.IsZero() || st.Has(old.Ref) {
				out = append(out, s.remap(old))
			}
		}
		return out
	}
	s.back, s.fwd = keep(s.back), keep(s.fwd)
	s.cur = s.remap(s.cur)
}

// remap is st on the current story: its passages as the story now links
// them, its focus kept where it still points at one (or a removed thing
// is no selection).
func (s *Selection) remap(st State) State {
	if st.Ref.IsZero() || !s.story.Has(st.Ref) {
		return State{}
	}
	out := s.stateFor(st.Ref)
	if st.Focus < len(out.Passages) {
		out.Focus = st.Focus
	}
	return out
}

// notify tells every listener the current state again.
func (s *Selection) notify() { s.listeners.call(s.cur) }

func (s *Selection) stateFor(r data.Ref) State {
	return State{Ref: r, Passages: s.story.Passages(r)}
}

// Related reports how a ref relates to the current selection, for views
// that mark related items (an event's clusters on the map, a cluster's
// events on the timeline, a sentence's links everywhere).
func (s *Selection) Related(r data.Ref) bool {
	return Related(s.story, s.cur.Ref, r)
}

// Related reports whether item r is linked to the selected item sel.
func Related(st *data.Story, sel, r data.Ref) bool {
	if sel.IsZero() || r.IsZero() || sel == r {
		return false
	}
	si, ri := st.Index(sel), st.Index(r)
	if si < 0 || ri < 0 {
		return false
	}
	switch sel.Kind {
	case data.RefEvent:
		ev := &st.Events[si]
		switch r.Kind {
		case data.RefCluster:
			return slices.Contains(ev.Clusters, ri)
		case data.RefEntity:
			return slices.Contains(ev.Entities, ri)
		}
	case data.RefCluster:
		switch r.Kind {
		case data.RefEvent:
			return slices.Contains(st.Events[ri].Clusters, si)
		case data.RefEntity:
			return slices.Contains(st.Entities[ri].Clusters, si)
		}
	case data.RefEntity:
		en := &st.Entities[si]
		switch r.Kind {
		case data.RefEvent:
			return slices.Contains(st.Events[ri].Entities, si)
		case data.RefCluster:
			return slices.Contains(en.Clusters, ri)
		}
	case data.RefPassage, data.RefFact:
		p := si
		if sel.Kind == data.RefFact {
			p = st.Facts[si].Passage
		}
		return slices.Contains(st.Backlinks(p), r)
	}
	return false
}
