package data

import "encoding/json"

// The JSON shape of `qiusuo story --json`: passages are the sentences
// (headings, captions and the byline are passages of their kind); start
// and end are rune offsets into the article; events are in chronological
// order. Other tools can rely on these field names.
type (
	jsonStory struct {
		Title   string `json:"title"`
		TitleEn string `json:"title_en,omitempty"`
		Source  string `json:"source,omitempty"`
		// Published is the publication date (YYYY[-MM[-DD]]) or null.
		Published *string       `json:"published"`
		Passages  []jsonPassage `json:"passages"`
		Tiers     []jsonTier    `json:"tiers"`
		Clusters  []jsonCluster `json:"clusters"`
		Events    []jsonEvent   `json:"events"`
		Entities  []jsonEntity  `json:"entities"`
		Facts     []jsonFact    `json:"facts"`
		Glossary  []jsonTerm    `json:"glossary"`
		Tour      []jsonStop    `json:"tour"`
		// Draft lists a draft's links still to fix, as its file does.
		Draft *draftFile `json:"draft,omitempty"`
	}
	jsonTerm struct {
		ID            string   `json:"id"`
		Term          string   `json:"term"`
		TermEn        string   `json:"term_en,omitempty"`
		Explanation   string   `json:"explanation"`
		ExplanationEn string   `json:"explanation_en"`
		Passages      []string `json:"passages"`
	}
	jsonStop struct {
		ID       string   `json:"id"`
		Title    string   `json:"title"`
		TitleEn  string   `json:"title_en"`
		Select   string   `json:"select,omitempty"`
		Passages []string `json:"passages"`
		Map      bool     `json:"map,omitempty"`
		Notes    string   `json:"notes,omitempty"`
		NotesEn  string   `json:"notes_en,omitempty"`
	}
	jsonPassage struct {
		ID        string   `json:"id"`
		Kind      Kind     `json:"kind"`
		Paragraph int      `json:"paragraph"`
		Text      string   `json:"text"`
		Start     int      `json:"start"`
		End       int      `json:"end"`
		Pieces    [][2]int `json:"pieces,omitempty"` // only when a page break cuts the passage
	}
	jsonTier struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		NameEn string `json:"name_en"`
		Size   int    `json:"size"`
	}
	jsonCluster struct {
		ID        string   `json:"id"`
		Tier      string   `json:"tier"`
		Name      string   `json:"name"`
		NameEn    string   `json:"name_en"`
		InArticle bool     `json:"in_article"`
		Passages  []string `json:"passages"`
	}
	jsonPublic struct {
		Date   string `json:"date"`
		Note   string `json:"note"`
		NoteEn string `json:"note_en"`
	}
	jsonEvent struct {
		ID        string      `json:"id"`
		Title     string      `json:"title"`
		TitleEn   string      `json:"title_en"`
		When      string      `json:"when"`
		WhenEn    string      `json:"when_en"`
		Precision Precision   `json:"precision"`
		Public    *jsonPublic `json:"public_date,omitempty"`
		Date      *jsonDate   `json:"date"` // null when the date is not resolved
		Passages  []string    `json:"passages"`
		Clusters  []string    `json:"clusters"`
		Entities  []string    `json:"entities"`
	}
	jsonDate struct {
		From      string    `json:"from"`
		To        string    `json:"to"`
		Precision Precision `json:"precision"`
		Basis     string    `json:"basis"`
	}
	jsonEntity struct {
		ID       string   `json:"id"`
		Name     string   `json:"name"`
		NameEn   string   `json:"name_en"`
		Kind     string   `json:"kind"`
		Aliases  []string `json:"aliases,omitempty"`
		Note     string   `json:"note,omitempty"`
		NoteEn   string   `json:"note_en,omitempty"`
		Clusters []string `json:"clusters"`
		Passages []string `json:"passages"`
	}
	jsonFact struct {
		ID       string `json:"id"`
		Figure   string `json:"figure"`
		Counts   string `json:"counts"`
		CountsEn string `json:"counts_en"`
		Passage  string `json:"passage"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
	}
)

// MarshalJSON renders the linked story in the documented shape.
func (s *Story) MarshalJSON() ([]byte, error) {
	a := s.Article
	pids := func(ps []int) []string { return idsOf(ps, func(i int) string { return a.Passages[i].ID }) }
	cids := func(cs []int) []string { return idsOf(cs, func(i int) string { return s.Clusters[i].ID }) }
	eids := func(es []int) []string { return idsOf(es, func(i int) string { return s.Entities[i].ID }) }
	js := jsonStory{Title: a.Title(), TitleEn: s.TitleEn, Source: s.Source, Draft: draftOf(s.Unresolved),
		Passages: []jsonPassage{}, Tiers: []jsonTier{}, Clusters: []jsonCluster{}, Events: []jsonEvent{}, Entities: []jsonEntity{}, Facts: []jsonFact{}, Glossary: []jsonTerm{}, Tour: []jsonStop{}}
	for _, p := range a.Passages {
		jp := jsonPassage{ID: p.ID, Kind: p.Kind, Paragraph: p.Paragraph, Text: p.Text, Start: p.Start(), End: p.End()}
		if len(p.Pieces) > 1 {
			for _, pc := range p.Pieces {
				jp.Pieces = append(jp.Pieces, [2]int{pc.Start, pc.End})
			}
		}
		js.Passages = append(js.Passages, jp)
	}
	if s.Published != "" {
		js.Published = &s.Published
	}
	for _, t := range s.Tiers {
		js.Tiers = append(js.Tiers, jsonTier(t))
	}
	for _, c := range s.Clusters {
		js.Clusters = append(js.Clusters, jsonCluster{ID: c.ID, Tier: c.Tier, Name: c.Name, NameEn: c.NameEn, InArticle: c.InArticle, Passages: pids(c.Passages)})
	}
	for _, e := range s.Events {
		je := jsonEvent{ID: e.ID, Title: e.Title, TitleEn: e.TitleEn, When: e.When, WhenEn: e.WhenEn, Precision: e.Precision,
			Passages: pids(e.Passages), Clusters: cids(e.Clusters), Entities: eids(e.Entities)}
		if e.Public != nil {
			je.Public = &jsonPublic{Date: e.Public.Date, Note: e.Public.Note, NoteEn: e.Public.NoteEn}
		}
		if d := e.Date; d != nil {
			je.Date = &jsonDate{From: d.From, To: d.To, Precision: d.Precision, Basis: d.Basis}
		}
		js.Events = append(js.Events, je)
	}
	for _, e := range s.Entities {
		js.Entities = append(js.Entities, jsonEntity{ID: e.ID, Name: e.Name, NameEn: e.NameEn, Kind: e.Kind, Aliases: e.Aliases,
			Note: e.Note, NoteEn: e.NoteEn, Clusters: cids(e.Clusters), Passages: pids(e.Passages)})
	}
	for _, f := range s.Facts {
		js.Facts = append(js.Facts, jsonFact{ID: f.ID, Figure: f.Figure, Counts: f.Counts, CountsEn: f.CountsEn,
			Passage: a.Passages[f.Passage].ID, Start: f.Span.Start, End: f.Span.End})
	}
	for _, g := range s.Glossary {
		js.Glossary = append(js.Glossary, jsonTerm{ID: g.ID, Term: g.Term, TermEn: g.TermEn, Explanation: g.Explanation,
			ExplanationEn: g.ExplanationEn, Passages: pids(g.Passages)})
	}
	for _, st := range s.Tour {
		js.Tour = append(js.Tour, jsonStop{ID: st.ID, Title: st.Title, TitleEn: st.TitleEn, Select: st.Target.String(),
			Passages: pids(st.Passages), Map: st.Map, Notes: st.Notes, NotesEn: st.NotesEn})
	}
	return json.Marshal(js)
}

// idsOf maps indexes to the ids of the items they point at.
func idsOf(xs []int, id func(int) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}
