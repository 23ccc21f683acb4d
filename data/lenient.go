package data

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
)

// Problem is a link of a story file that its article no longer supports:
// the article changed on disk and a quoted sentence is gone (or now occurs
// twice). LoadStoryLenient drops the link and records it here, with where
// it was, so an editor shows it for the person to fix instead of refusing
// the file or losing the link without a word.
type Problem struct {
	// Where is the place in the story file, as the strict loader's
	// messages name it: `events[3] "gala": sentences[1]`.
	Where string
	// Item is the event, entity, cluster, fact, term or stop the link
	// belonged to; zero when that item had to be dropped as well (an
	// event none of whose sentences is left, a figure whose sentence is
	// gone), which Msg then says.
	Item Ref
	Msg  string // in English, for logs and the command line

	// Code and Quote say the same as Msg for an interface to put in its
	// own language: what kind of problem, and the quote, term, title or
	// stop it is about. Dropped is the item the problem took with it
	// (Item is then zero).
	Code    ProblemCode
	Quote   string
	Dropped Ref
}

// ProblemCode is the kind of a Problem.
type ProblemCode string

// The kinds of problem a lenient load reports.
const (
	ProblemQuoteMissing   ProblemCode = "quote-missing"   // Quote is in no sentence now
	ProblemQuoteAmbiguous ProblemCode = "quote-ambiguous" // Quote is now in more than one
	ProblemPassageUnknown ProblemCode = "passage-unknown" // Quote is a passage id the article lacks
	ProblemTermMissing    ProblemCode = "term-missing"    // the term Quote is in no sentence
	ProblemEventDropped   ProblemCode = "event-dropped"   // the event titled Quote lost what it stood on
	ProblemStopDropped    ProblemCode = "stop-dropped"    // the tour stop Quote lost what it showed
)

func (p Problem) String() string { return p.Where + ": " + p.Msg }

// LoadStoryLenient reads a story file like LoadStory, except that quotes
// the article no longer contains are dropped and returned as problems
// rather than failing the load. An item that cannot stand without them is
// dropped too, and says so: an event with no sentence left or whose date
// as printed was only in a lost sentence, a figure or a term no longer in
// the article, a tour stop of lost sentences or of a dropped item. Every
// other rule of the loader still holds: a file with other problems fails
// as with LoadStory. The story returned is valid, so it can be edited and
// saved; saving it writes the links that are left, and keeps the broken
// ones in the file's draft section (draft.go) until they are fixed. The
// problems returned are those a draft was saved with, then the new ones;
// the story's Unresolved holds them all.
func LoadStoryLenient(path string) (*Story, []Problem, error) {
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	r := &resolver{lenient: true, dropped: map[Ref]bool{}}
	s, err := loadStoryFS(os.DirFS(dir), name, path, r)
	if err != nil {
		return nil, nil, err
	}
	s.Unresolved = append(s.Unresolved, r.broken...)
	return s, s.Unresolved, nil
}

// failQuote is a failure to find a quoted sentence (or a term): an error,
// or in a lenient load a broken link.
func (r *resolver) failQuote(where string, code ProblemCode, quote, format string, args ...any) {
	if !r.lenient {
		r.fail(where, format, args...)
		return
	}
	r.broken = append(r.broken, Problem{Where: where, Item: itemOf(where), Msg: fmt.Sprintf(format, args...), Code: code, Quote: quote})
}

// dropEvent, in a lenient load, drops an event that lost sentences and
// can no longer stand: none left, or its date as printed only in a lost
// one. It reports whether it dropped it.
func (r *resolver) dropEvent(where string, e eventFile, ev Event, brokeBefore int) bool {
	if !r.lenient || len(r.broken) == brokeBefore {
		return false
	}
	why := ""
	switch {
	case len(ev.Passages) == 0:
		why = "none of its sentences is left"
	case e.When != "" && !r.inPassages(e.When, ev.Passages):
		why = fmt.Sprintf("its date %q was only in a lost sentence", e.When)
	default:
		return false
	}
	ref := Ref{Kind: RefEvent, ID: e.ID}
	r.dropped[ref] = true
	r.broken = append(r.broken, Problem{Where: where, Code: ProblemEventDropped, Quote: e.Title,
		Msg: fmt.Sprintf("event %q (%s, %s) was dropped: %s; create it again from its new sentence", e.ID, e.Title, e.When, why)})
	return true
}

// dropStop, in a lenient load, drops a tour stop whose target was dropped
// or none of whose sentences is left.
func (r *resolver) dropStop(where string, sf stopFile) bool {
	if !r.lenient {
		return false
	}
	for ref := range r.dropped {
		if sf.Select == string(ref.Kind)+":"+ref.ID {
			r.broken = append(r.broken, Problem{Where: where, Code: ProblemStopDropped, Quote: stopName(sf),
				Msg: fmt.Sprintf("tour stop %q was dropped: it showed %s, which was dropped", sf.ID, sf.Select)})
			return true
		}
	}
	if sf.Select != "" || len(sf.Sentences) == 0 {
		return false
	}
	probe := &resolver{a: r.a, lenient: true}
	if len(probe.sentences(where, sf.Sentences)) > 0 || sf.Map {
		return false // the real resolution records the lost ones
	}
	r.broken = append(r.broken, probe.broken...)
	r.broken = append(r.broken, Problem{Where: where, Code: ProblemStopDropped, Quote: stopName(sf),
		Msg: fmt.Sprintf("tour stop %q was dropped: none of its sentences is left", sf.ID)})
	return true
}

// stopName is how a person knows a tour stop: its title, or its id.
func stopName(sf stopFile) string {
	if sf.Title != "" {
		return sf.Title
	}
	return sf.ID
}

// settle keeps a problem's item only if the story still has it.
func (r *resolver) settle(s *Story) {
	for i := range r.broken {
		if it := r.broken[i].Item; !it.IsZero() && !s.Has(it) {
			r.broken[i].Item, r.broken[i].Dropped = Ref{}, it
			r.broken[i].Msg += fmt.Sprintf(" (so %s was dropped)", it)
		}
	}
}

var whereItem = regexp.MustCompile(`^(events|entities|clusters|facts|glossary|tour)\[\d+\] "([^"]*)"`)

// itemOf is the item a problem's place names (`events[3] "gala": …` →
// event:gala).
func itemOf(where string) Ref {
	m := whereItem.FindStringSubmatch(where)
	if m == nil {
		return Ref{}
	}
	kind := map[string]RefKind{"events": RefEvent, "entities": RefEntity, "clusters": RefCluster,
		"facts": RefFact, "glossary": RefTerm, "tour": RefStop}[m[1]]
	return Ref{Kind: kind, ID: m[2]}
}
