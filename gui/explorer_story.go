package gui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/qiusuo/qiusuo/data"
)

// SetStory shows s, another version of the story on screen (an edit: a
// link toggled, an event added, an entity renamed), in place. The
// explorer, its selection, history, tabs and the reader stay; the reader
// keeps its laid-out text and its scroll position, the time axis its zoom,
// and what was selected stays selected if s still has it. Only what is
// drawn from the story's parts changes, where the edit changed it: the
// timeline's cards, the map's nodes, the student's cards. Rebuilding the
// whole explorer after each edit cost about twice as much and threw the
// reader back to the top (issue #10's ≤ 16 ms per edit).
//
// It returns false and changes nothing if s is over another article: the
// reader's layout belongs to the text, and such a story gets a new
// explorer.
func (x *Explorer) SetStory(s *data.Story) bool {
	if s.Article != x.Sel.Story().Article {
		return false
	}
	ClearHover() // a hovered node or card may be replaced
	x.Sel.replaceStory(s)
	x.title.Text = headerTitle(s)
	x.title.Refresh()
	x.Details.story = s
	x.Reader.setStory(s)
	x.setTimeline(s)
	x.setMap()
	x.setTools()
	// Every view now draws from s: tell them (and the editor's bar, the
	// history buttons) the state on it.
	x.Sel.notify()
	return true
}

// headerTitle is the explorer's heading for s: a draft (a story saved
// with links still to fix) says so, wherever it is shown.
func headerTitle(s *data.Story) string {
	t := "求索 · " + Pick(s.Article.Title(), s.TitleEn)
	if s.IsDraft() {
		t += Pick("（", " (") + T("explorer.draft", "草稿") + Pick("）", ")")
	}
	return t
}

// setTimeline shows s's events: the same timeline if it keeps its face
// (the axis keeps its zoom, the strip its scroll), a new one if the edit
// changed which face fits (the first calendar date set, the last removed).
func (x *Explorer) setTimeline(s *data.Story) {
	if x.Timeline.setStory(s) {
		return
	}
	old := x.Timeline
	old.unfollow()
	x.Timeline = NewTimeline(x.Sel)
	x.Timeline.scroll.OnScrolled = old.scroll.OnScrolled
	x.relayout()
}

// setMap shows the story's clusters: on the same map if its bands and
// members are the same (an edit renames a member, marks it not named,
// links a sentence), else on a new one at the same scroll position.
func (x *Explorer) setMap() {
	if x.Map.setStory(x.Sel.Story()) {
		return
	}
	old := x.Map
	old.unfollow()
	x.Map = NewClusterMap(x.Sel)
	x.Map.OnTapped = old.OnTapped
	x.Map.scroll.OnScrolled = old.scroll.OnScrolled
	x.Map.scroll.Offset = old.scroll.Offset
	x.replaceTab(old, x.Map)
	if x.split.Leading == old {
		x.split.Leading = x.Map
		x.split.Refresh()
	}
}

// setTools puts the student's tools that have been built on the new
// story, in place, shown or hidden: a list builds again only the cards
// whose item the edit changed (studyList.setCards), the keyword chart
// keeps its scope and rankings. Rebuilding every list that had been
// opened cost 50 ms per edit once all five tabs had been (issue #10's
// goal is 16 ms).
func (x *Explorer) setTools() {
	st := x.Sel.Story()
	for _, i := range []int{toolEntities, toolFacts, toolGlossary} {
		if l, ok := x.toolIfBuilt(i).(studyTool); ok {
			l.setStory(st)
		}
	}
	if old := x.Keywords; old != nil && !old.setStory(st) {
		// Not an edit the chart can follow: build it afresh when shown.
		old.Close()
		x.Keywords = nil
		x.replaceTab(old, &toolPlaceholder{tool: toolKeywords})
	}
}

// studyTool is a student's list (entities, figures, glossary).
type studyTool interface {
	fyne.CanvasObject
	list() *studyList
	// setStory shows an edit of the story.
	setStory(*data.Story)
}

func (l *studyList) list() *studyList { return l }

// replaceTab puts nw in the tab that shows old, in whichever tabs the
// explorer has now.
func (x *Explorer) replaceTab(old, nw fyne.CanvasObject) {
	for _, tabs := range []*container.AppTabs{x.left, x.tabs} {
		if tabs == nil {
			continue
		}
		for _, it := range tabs.Items {
			if it.Content == old {
				it.Content = nw
				tabs.Refresh()
			}
		}
	}
}

// relayout lays the explorer out again at its size (a pane was replaced).
func (x *Explorer) relayout() {
	if r := x.renderer; r != nil && r.objects != nil {
		r.pending = true
		if r.size.IsZero() {
			r.size = x.Size()
		}
		x.Refresh()
	}
}

// setStory makes the timeline show s's events and reports whether it
// could: false if s needs the other face (see datedEvents).
func (t *Timeline) setStory(s *data.Story) bool {
	axis := datedEvents(s) || len(s.Events) == 0
	if axis != (t.time != nil) {
		return false
	}
	if t.time != nil {
		t.time.SetItems(axisItems(s)) // marked when the selection tells
		return true
	}
	if slices.EqualFunc(t.shown, s.Events, func(k tlCardKey, ev data.Event) bool { return k == cardKey(&ev) }) {
		return true // the same cards: only the links changed (marked when the selection tells)
	}
	t.shown = t.shown[:0]
	for i := range s.Events {
		t.shown = append(t.shown, cardKey(&s.Events[i]))
	}
	objs := []fyne.CanvasObject{t.axis, t.arrow[0], t.arrow[1]}
	t.cards = t.cards[:0]
	for i := range s.Events {
		c := newTLCard(t, i)
		t.cards = append(t.cards, c)
		objs = append(objs, c)
	}
	t.strip.Objects = objs
	t.mark(false)
	t.strip.Refresh()
	t.scroll.Refresh()
	return true
}

// setStory redraws the map for s if s has the same tiers and members in
// the same places (every node reads its cluster from the story by index),
// and reports whether it did. Names, counts and placeholders are wrapped
// and laid out again.
func (m *ClusterMap) setStory(s *data.Story) bool {
	if len(s.Tiers) != len(m.bands) {
		return false
	}
	for ti, b := range m.bands {
		members := s.TierClusters(s.Tiers[ti].ID)
		if s.Tiers[ti].ID != b.tier.ID || len(members) != len(b.nodes) {
			return false
		}
		for j, n := range b.nodes {
			if n.i != members[j] {
				return false
			}
		}
	}
	for ti, b := range m.bands {
		b.tier = &s.Tiers[ti]
		b.badge.Refresh()
	}
	m.lay.invalidate()
	for _, n := range m.nodes {
		n.wrapW = 0 // wrap the name again
		if n.r != nil {
			n.r.Layout(n.Size())
		}
		n.Refresh()
	}
	setCMLegend(m.legend, s)
	m.mark(false)
	m.scroll.Content.Refresh()
	return true
}

// setStory makes the reader draw from s, which is over the same article:
// its layouts stay, the entity underlines are found again (names and
// aliases may have changed).
func (r *Reader) setStory(s *data.Story) {
	r.story = s
	r.storyEdited = true
	r.ment.spans = nil
	if r.layout != nil {
		r.applyMentions()
		r.objectsDirty = true
		r.Refresh()
	}
}

// tlCardKey is what a timeline card shows of its event: if no event's
// changed, an edit leaves the cards as they are.
type tlCardKey struct {
	id, when, whenEn, title, titleEn string
	precision                        data.Precision
	public                           data.PublicDate   // zero when none
	date                             data.DateInterval // zero when none
}

func cardKey(ev *data.Event) tlCardKey {
	k := tlCardKey{id: ev.ID, when: ev.When, whenEn: ev.WhenEn, title: ev.Title, titleEn: ev.TitleEn,
		precision: ev.Precision}
	if ev.Public != nil {
		k.public = *ev.Public
	}
	if ev.Date != nil {
		k.date = *ev.Date
	}
	return k
}
