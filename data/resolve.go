package data

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

var (
	idPattern      = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	passageIDRegex = regexp.MustCompile(`^p[0-9]+\.[0-9]+$`)
)

// Names used for members of a tier that the article counts but does not
// name: shown as such, never invented.
const (
	UnnamedName   = "文中未列出"
	UnnamedNameEn = "Not named in the article"
)

// resolver turns a parsed story file into a Story, collecting every
// problem rather than stopping at the first, so an author can fix a file
// in one pass.
type resolver struct {
	a        *Article
	problems []string
	// lenient, set by LoadStoryLenient, records quotes the article no
	// longer has as broken instead of failing (see lenient.go).
	lenient bool
	broken  []Problem
	dropped map[Ref]bool // items dropped because their sentences are gone
}

func (r *resolver) fail(where, format string, args ...any) {
	r.problems = append(r.problems, where+": "+fmt.Sprintf(format, args...))
}

// resolve checks a story file against its article. sc is the cluster
// scheme the file names (nil when it defines its own clusters).
func resolve(display string, f *storyFile, a *Article, sc *Scheme) (*Story, error) {
	return (&resolver{a: a}).resolve(display, f, sc)
}

func (r *resolver) resolve(display string, f *storyFile, sc *Scheme) (*Story, error) {
	a := r.a
	if f.Format != FormatV1 {
		r.fail("format", "is %q; expected %q", f.Format, FormatV1)
	}
	s := &Story{Article: a, TitleEn: f.TitleEn, HeadingsEn: f.HeadingsEn, Source: f.Source}

	if f.Published != "" && !validPublished(f.Published) {
		r.fail("published", "%q is not YYYY, YYYY-MM or YYYY-MM-DD", f.Published)
	}
	s.Published, s.Scheme = f.Published, f.Scheme
	clusters := r.resolveClusters(s, f, a, sc)
	entities := r.ids("entities", len(f.Entities), func(i int) string { return f.Entities[i].ID })
	r.ids("events", len(f.Events), func(i int) string { return f.Events[i].ID })
	r.ids("facts", len(f.Facts), func(i int) string { return f.Facts[i].ID })

	for i, e := range f.Entities {
		where := fmt.Sprintf("entities[%d] %q", i, e.ID)
		if e.Name == "" {
			r.fail(where, `missing field "name"`)
		}
		if e.Kind == "" {
			r.fail(where, `missing field "kind"`)
		}
		s.Entities = append(s.Entities, Entity{ID: e.ID, Name: e.Name, NameEn: e.NameEn, Kind: e.Kind,
			Aliases: e.Aliases, Note: e.Note, NoteEn: e.NoteEn,
			Clusters: r.refs(where, "clusters", e.Clusters, clusters),
			Passages: r.sentences(where, e.Sentences)})
	}

	for i, e := range f.Events {
		where := fmt.Sprintf("events[%d] %q", i, e.ID)
		brokeBefore := len(r.broken)
		if e.Title == "" {
			r.fail(where, `missing field "title"`)
		}
		if !precisions[Precision(e.Precision)] {
			r.fail(where, "precision %q is not one of %s", e.Precision, precisionList())
		}
		ev := Event{ID: e.ID, Title: e.Title, TitleEn: e.TitleEn, When: e.When, WhenEn: e.WhenEn,
			Precision: Precision(e.Precision),
			Clusters:  r.refs(where, "clusters", e.Clusters, clusters),
			Entities:  r.refs(where, "entities", e.Entities, entities),
			Passages:  r.sentences(where, e.Sentences)}
		if len(e.Sentences) == 0 {
			r.fail(where, "links no sentences: an event must be anchored in the article")
		}
		if r.dropEvent(where, e, ev, brokeBefore) {
			continue
		}
		// The date is shown as the article states it, so it must be there.
		if e.When == "" {
			r.fail(where, `missing field "when" (the date as the article states it)`)
		} else if !r.inPassages(e.When, ev.Passages) {
			r.fail(where, "when %q does not occur in the event's sentences: dates are quoted from the article (add public dates under \"public_date\")", e.When)
		}
		ev.Date = r.date(where, e.Date)
		if p := e.Public; p != nil {
			if _, err := time.Parse("2006-01-02", p.Date); err != nil {
				if _, err2 := time.Parse("2006-01", p.Date); err2 != nil {
					r.fail(where, "public_date.date %q is not YYYY-MM-DD or YYYY-MM", p.Date)
				}
			}
			if p.Note == "" && p.NoteEn == "" {
				r.fail(where, "public_date needs a note saying where the date comes from")
			}
			ev.Public = &PublicDate{Date: p.Date, Note: p.Note, NoteEn: p.NoteEn}
		}
		s.Events = append(s.Events, ev)
	}

	for i, ff := range f.Facts {
		where := fmt.Sprintf("facts[%d] %q", i, ff.ID)
		fact, ok := r.fact(where, ff)
		if ok {
			s.Facts = append(s.Facts, fact)
		}
	}
	r.overlaps(s.Facts)
	s.Glossary = r.resolveGlossary(f.Glossary)
	if f.Tour != nil {
		s.Tour = r.resolveTour(s, f.Tour)
	}

	s.Unresolved = r.resolveDraft(f.Draft)

	if len(r.problems) > 0 {
		return nil, &StoryError{File: display, Problems: r.problems}
	}
	s.index()
	r.settle(s)
	return s, nil
}

// ids checks a list's ids (present, well-formed, unique) and returns the
// id → index table for references.
func (r *resolver) ids(list string, n int, id func(int) string) map[string]int {
	out := make(map[string]int, n)
	for i := 0; i < n; i++ {
		v := id(i)
		where := fmt.Sprintf("%s[%d]", list, i)
		switch {
		case v == "":
			r.fail(where, `missing field "id"`)
		case !idPattern.MatchString(v):
			r.fail(where, "id %q: use lower-case letters, digits and hyphens", v)
		default:
			if j, dup := out[v]; dup {
				r.fail(where, "duplicate id %q (also %s[%d])", v, list, j)
			} else {
				out[v] = i
			}
		}
	}
	return out
}

func (r *resolver) refs(where, field string, ids []string, table map[string]int) []int {
	var out []int
	for k, id := range ids {
		i, ok := table[id]
		if !ok {
			r.fail(fmt.Sprintf("%s: %s[%d]", where, field, k), "unknown id %q", id)
			continue
		}
		out = append(out, i)
	}
	return sortedUnique(out)
}

// sentences resolves quotes and passage ids to passage indexes.
func (r *resolver) sentences(where string, refs []string) []int {
	var out []int
	for k, ref := range refs {
		w := fmt.Sprintf("%s: sentences[%d]", where, k)
		if i, ok := r.sentence(w, ref); ok {
			out = append(out, i)
		}
	}
	return sortedUnique(out)
}

func (r *resolver) sentence(where, ref string) (int, bool) {
	if passageIDRegex.MatchString(ref) {
		i := r.a.PassageIndex(ref)
		if i < 0 {
			r.failQuote(where, ProblemPassageUnknown, ref, "unknown passage id %q (the article has %d passages; see `qiusuo story --json`)", ref, len(r.a.Passages))
		}
		return i, i >= 0
	}
	if strings.TrimSpace(ref) == "" {
		r.fail(where, "empty quote")
		return 0, false
	}
	found := -1
	for i := range r.a.Passages {
		if strings.Contains(r.a.Passages[i].Text, ref) {
			if found >= 0 {
				r.failQuote(where, ProblemQuoteAmbiguous, ref, "quote %q is ambiguous: it occurs in %s and %s; quote more of the sentence", ref, r.a.Passages[found].ID, r.a.Passages[i].ID)
				return 0, false
			}
			found = i
		}
	}
	if found < 0 {
		r.failQuote(where, ProblemQuoteMissing, ref, "quote %q is not in any one sentence of the article", ref)
		return 0, false
	}
	return found, true
}

func (r *resolver) inPassages(s string, ps []int) bool {
	for _, p := range ps {
		if strings.Contains(r.a.Passages[p].Text, s) {
			return true
		}
	}
	return false
}

func (r *resolver) fact(where string, ff factFile) (Fact, bool) {
	if ff.Figure == "" {
		r.fail(where, `missing field "figure"`)
		return Fact{}, false
	}
	if ff.Counts == "" {
		r.fail(where, `missing field "counts" (what the figure counts)`)
	}
	if ff.Sentence == "" {
		r.fail(where, `missing field "sentence"`)
		return Fact{}, false
	}
	p, ok := r.sentence(where+": sentence", ff.Sentence)
	if !ok {
		return Fact{}, false
	}
	pas := &r.a.Passages[p]
	occ := ff.Occurrence
	if occ == 0 {
		occ = 1
	}
	n := strings.Count(pas.Text, ff.Figure)
	if occ < 0 || occ > n {
		r.fail(where, "occurrence %d of %q is out of range: %s contains it %d time(s)", ff.Occurrence, ff.Figure, pas.ID, n)
		return Fact{}, false
	}
	off := 0
	for k := 0; k < occ; k++ {
		i := strings.Index(pas.Text[off:], ff.Figure)
		off += i
		if k < occ-1 {
			off += len(ff.Figure)
		}
	}
	span, ok := r.a.spanInPassage(pas, off, off+len(ff.Figure))
	if !ok {
		r.fail(where, "figure %q straddles a page break; quote it on one side", ff.Figure)
		return Fact{}, false
	}
	return Fact{ID: ff.ID, Figure: ff.Figure, Counts: ff.Counts, CountsEn: ff.CountsEn, Passage: p, Span: span}, true
}

// overlaps reports facts whose figures share characters: two facts may
// not claim the same stretch of text.
func (r *resolver) overlaps(fs []Fact) {
	for i := range fs {
		for j := i + 1; j < len(fs); j++ {
			if fs[i].Span.Start < fs[j].Span.End && fs[j].Span.Start < fs[i].Span.End {
				r.fail(fmt.Sprintf("facts %q and %q", fs[i].ID, fs[j].ID), "spans overlap at runes %d–%d and %d–%d",
					fs[i].Span.Start, fs[i].Span.End, fs[j].Span.Start, fs[j].Span.End)
			}
		}
	}
}

// spanInPassage maps a byte range of a passage's text to the original
// article; it fails if the range crosses from one piece to another.
func (a *Article) spanInPassage(p *Passage, from, to int) (Span, bool) {
	off := 0
	for _, pc := range p.Pieces {
		n := pc.EndByte - pc.StartByte
		if from >= off && to <= off+n {
			sb, eb := pc.StartByte+from-off, pc.StartByte+to-off
			return Span{Start: a.RuneOffset(sb), End: a.RuneOffset(eb), StartByte: sb, EndByte: eb}, true
		}
		off += n
	}
	return Span{}, false
}
