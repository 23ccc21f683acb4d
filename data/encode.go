package data

import (
	"bytes"
	"encoding/json"
	"index/suffixarray"
	"slices"
	"strings"
)

// EncodeStoryFile renders a story as a story file that links article (the
// article's file name, relative to the story file) and loads back into
// the same story. It is what `qiusuo import -o` writes: pretty-printed,
// keys in a fixed order, UTF-8 unescaped, sentences referred to by short
// quotes a reviewer can read (the passage id only where no quote is
// unique). A story that uses a scheme names it and lists only each
// member's sentences; one with its own clusters writes them in full.
func EncodeStoryFile(s *Story, article string) ([]byte, error) {
	f := fileOf(s, article, newQuoter(s.Article).quote)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Assemble checks a story built in code (by the importer) exactly as the
// loader checks a story file — dates quoted from the sentences, figures in
// range, ids unique — and returns it ready to use (indexed). sc is the
// scheme its clusters come from, or nil for inline clusters. display names
// the article in messages.
func Assemble(display string, s *Story, sc *Scheme) (*Story, error) {
	s.scheme = sc
	if sc != nil && s.Scheme == "" {
		s.Scheme = sc.ID
	}
	f := fileOf(s, "", func(p int) string { return s.Article.Passages[p].ID })
	return resolve(display, &f, s.Article, sc)
}

// fileOf renders a story in the story file's shape, naming each sentence
// with quote.
func fileOf(s *Story, article string, quote func(int) string) storyFile {
	quotes := func(ps []int) []string {
		if len(ps) == 0 {
			return nil
		}
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = quote(p)
		}
		return out
	}
	f := storyFile{Format: FormatV1, Article: article, TitleEn: s.TitleEn, HeadingsEn: s.HeadingsEn, Source: s.Source,
		Published: s.Published, Scheme: s.Scheme}
	if sc := s.scheme; sc != nil {
		def := sc.Clusters()
		for i, c := range s.Clusters {
			cf := clusterFile{ID: c.ID, Sentences: quotes(c.Passages)}
			ok := len(s.Clusters) == len(sc.Members)
			if ok && c.Name != def[i].Name && c.Name != UnnamedName {
				cf.Name = c.Name // named for this story
			}
			if ok && c.NameEn != def[i].NameEn && c.NameEn != UnnamedNameEn {
				cf.NameEn = c.NameEn
			}
			if ok && i < len(sc.Members) && sc.Members[i].InArticle != c.InArticle {
				cf.InArticle = boolPtr(c.InArticle)
			}
			if ok && i < len(sc.Members) && len(c.Terms) > len(sc.Members[i].Terms) {
				cf.Terms = c.Terms[len(sc.Members[i].Terms):]
			}
			if len(cf.Sentences) > 0 || cf.InArticle != nil || cf.Terms != nil || cf.Name != "" || cf.NameEn != "" {
				f.Clusters = append(f.Clusters, cf)
			}
		}
	} else {
		for _, t := range s.Tiers {
			f.Tiers = append(f.Tiers, tierFile(t))
		}
		for _, c := range s.Clusters {
			cf := clusterFile{ID: c.ID, Tier: c.Tier, Name: c.Name, NameEn: c.NameEn, Terms: c.Terms, Sentences: quotes(c.Passages)}
			if !c.InArticle {
				cf.InArticle = boolPtr(false)
				if cf.Name == UnnamedName {
					cf.Name = ""
				}
				if cf.NameEn == UnnamedNameEn {
					cf.NameEn = ""
				}
			}
			f.Clusters = append(f.Clusters, cf)
		}
	}
	cid := func(xs []int) []string { return idsOf(xs, func(i int) string { return s.Clusters[i].ID }) }
	nid := func(xs []int) []string { return idsOf(xs, func(i int) string { return s.Entities[i].ID }) }
	for _, e := range s.Events {
		ef := eventFile{ID: e.ID, Title: e.Title, TitleEn: e.TitleEn, When: e.When, WhenEn: e.WhenEn,
			Precision: string(e.Precision), Clusters: cid(e.Clusters), Entities: nid(e.Entities), Sentences: quotes(e.Passages)}
		if p := e.Public; p != nil {
			ef.Public = &publicFile{Date: p.Date, Note: p.Note, NoteEn: p.NoteEn}
		}
		if d := e.Date; d != nil {
			ef.Date = &dateFile{From: d.From, To: d.To, Precision: string(d.Precision), Basis: d.Basis}
		}
		f.Events = append(f.Events, ef)
	}
	for _, e := range s.Entities {
		f.Entities = append(f.Entities, entityFile{ID: e.ID, Name: e.Name, NameEn: e.NameEn, Kind: e.Kind, Aliases: e.Aliases,
			Note: e.Note, NoteEn: e.NoteEn, Clusters: cid(e.Clusters), Sentences: quotes(e.Passages)})
	}
	for _, fc := range s.Facts {
		f.Facts = append(f.Facts, factFile{ID: fc.ID, Figure: fc.Figure, Counts: fc.Counts, CountsEn: fc.CountsEn,
			Sentence: quote(fc.Passage), Occurrence: occurrence(s.Article, fc)})
	}
	for _, g := range s.Glossary {
		f.Glossary = append(f.Glossary, glossaryFile{ID: g.ID, Term: g.Term, TermEn: g.TermEn, Explanation: g.Explanation, ExplanationEn: g.ExplanationEn})
	}
	if s.Tour != nil && !sameTour(s.Tour, defaultTour(s)) {
		for _, st := range s.Tour {
			sf := stopFile{ID: st.ID, Title: st.Title, TitleEn: st.TitleEn, Map: st.Map, Notes: st.Notes, NotesEn: st.NotesEn}
			if st.Target.IsZero() {
				sf.Sentences = quotes(st.Passages)
			} else {
				sf.Select = st.Target.String()
			}
			f.Tour = append(f.Tour, sf)
		}
	}
	f.Draft = draftOf(s.Unresolved)
	return f
}

func boolPtr(v bool) *bool { return &v }

func sameTour(a, b []Stop) bool {
	return slices.EqualFunc(a, b, func(x, y Stop) bool {
		return x.ID == y.ID && x.Title == y.Title && x.TitleEn == y.TitleEn && x.Target == y.Target &&
			slices.Equal(x.Passages, y.Passages) && x.Map == y.Map && x.Notes == y.Notes && x.NotesEn == y.NotesEn
	})
}

// occurrence is which occurrence of its figure in its sentence a fact is
// (1-based), as the story file's "occurrence" counts them; 0 for the first.
func occurrence(a *Article, f Fact) int {
	p := &a.Passages[f.Passage]
	n := 0
	for off := 0; ; {
		i := strings.Index(p.Text[off:], f.Figure)
		if i < 0 {
			return 0
		}
		off += i
		n++
		if sp, ok := a.spanInPassage(p, off, off+len(f.Figure)); ok && sp.Start == f.Span.Start {
			if n == 1 {
				return 0
			}
			return n
		}
		off += len(f.Figure)
	}
}

// quoter finds, for each passage, the shortest opening of its text (at
// least minQuoteRunes) that occurs in no other passage. Uniqueness is
// looked up in a suffix array of all passages joined by NUL (which no
// article contains), so a megabyte article is quoted in well under a
// second instead of comparing every passage with every other.
type quoter struct {
	a     *Article
	index *suffixarray.Index
	cache map[int]string
}

// minQuoteRunes: shorter quotes are unique but unreadable (“今年末，”).
const minQuoteRunes = 10

func newQuoter(a *Article) *quoter {
	var b []byte
	for i := range a.Passages {
		b = append(b, a.Passages[i].Text...)
		b = append(b, 0)
	}
	return &quoter{a: a, index: suffixarray.New(b), cache: map[int]string{}}
}

func (q *quoter) quote(p int) string {
	if s, ok := q.cache[p]; ok {
		return s
	}
	text := q.a.Passages[p].Text
	out := q.a.Passages[p].ID // no opening is unique: a repeated sentence
	if q.unique(text) {
		k := 0
		for e := range text {
			if k++; k <= minQuoteRunes {
				continue
			}
			if q.unique(text[:e]) {
				out = text[:e]
				break
			}
		}
		if out == q.a.Passages[p].ID {
			out = text
		}
		if strings.TrimSpace(out) == "" || passageIDRegex.MatchString(out) {
			out = q.a.Passages[p].ID
		}
	}
	q.cache[p] = out
	return out
}

// unique reports whether s occurs exactly once in all passages.
func (q *quoter) unique(s string) bool {
	return len(q.index.Lookup([]byte(s), 2)) == 1
}
