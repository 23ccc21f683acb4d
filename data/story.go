package data

import "slices"

// Tier is one level of the cluster plan (for Hangzhou's 296X: the 2
// trillion-yuan clusters, the 9 hundred-billion clusters, the 6 future
// industries and the X new tracks).
type Tier struct {
	ID     string // "2", "9", "6", "X"
	Name   string // 万亿级产业集群
	NameEn string
	// Size is how many members the article says the tier has; 0 when the
	// tier is open-ended (X). Members the article does not name are still
	// listed, as clusters with InArticle false.
	Size int
}

// Cluster is one member of a tier.
type Cluster struct {
	ID        string
	Tier      string
	Name      string
	NameEn    string
	InArticle bool     // false: the article counts this member but never names it
	Terms     []string // words that mark a sentence as about this cluster
	Passages  []int    // sentences about this cluster, in article order
}

// Precision says how exactly the article dates an event.
type Precision string

// The precisions an event's date can have.
const (
	PrecisionDay     Precision = "day"      // 11月27日
	PrecisionMonth   Precision = "month"    // 今年7月
	PrecisionHoliday Precision = "holiday"  // 农历新年: a named festival
	PrecisionSeason  Precision = "season"   // 夏季
	PrecisionYearEnd Precision = "year-end" // 今年末, 年尾
	PrecisionYear    Precision = "year"     // 今年, 2025年

	// Precisions of time expressions found by the importer (data/timex).
	PrecisionMonthPart  Precision = "month-part"  // 6月上旬, 12月底
	PrecisionQuarter    Precision = "quarter"     // 一季度
	PrecisionHalfYear   Precision = "half-year"   // 上半年
	PrecisionYearPart   Precision = "year-part"   // 年初, 年中
	PrecisionRange      Precision = "range"       // 2024年5月31日至6月12日
	PrecisionPlanPeriod Precision = "plan-period" // “十五五”时期, （2024—2027年）
	PrecisionMultiYear  Precision = "multi-year"  // 2024年以来
	PrecisionVague      Precision = "vague"       // 近日, 近年来: never placed on a calendar
)

// precisionOrder lists every precision, for messages and validation.
var precisionOrder = []Precision{PrecisionDay, PrecisionMonth, PrecisionHoliday, PrecisionSeason,
	PrecisionYearEnd, PrecisionYear, PrecisionMonthPart, PrecisionQuarter, PrecisionHalfYear, PrecisionYearPart,
	PrecisionRange, PrecisionPlanPeriod, PrecisionMultiYear, PrecisionVague}

var precisions = func() map[Precision]bool {
	m := map[Precision]bool{}
	for _, p := range precisionOrder {
		m[p] = true
	}
	return m
}()

// Basis says how an event's calendar interval was obtained, so the window
// can show it beside the date as printed.
const (
	BasisStated    = "stated"    // the article gives the date in full (2025年6月30日)
	BasisPublished = "published" // relative to the publication date (今年7月, 17日)
	BasisLunar     = "lunar"     // a lunar-calendar holiday converted (春节, 马年春晚)
)

var bases = map[string]bool{BasisStated: true, BasisPublished: true, BasisLunar: true}

// DateInterval is an event's date on the calendar: the closed interval
// [From, To] (ISO 8601 days) the date as printed stands for, its precision
// and how it was resolved. An event whose date the text does not fix (近日,
// or 今年 with no publication date) has none: nothing is guessed.
type DateInterval struct {
	From, To  string // "2025-06-01", "2025-06-30"
	Precision Precision
	Basis     string // BasisStated, BasisPublished or BasisLunar
}

// PublicDate is a date the article does not give, added from public
// knowledge and always shown as such.
type PublicDate struct {
	Date   string // ISO 8601 (2025-01-28)
	Note   string
	NoteEn string
}

// Event is a point on the timeline. Events are kept in chronological
// order: the order of the story file.
type Event struct {
	ID        string
	Title     string
	TitleEn   string
	When      string // the date as the article states it (今年7月)
	WhenEn    string
	Precision Precision
	Public    *PublicDate // nil unless a public fact narrows the date
	// Date is the printed date resolved to a calendar interval; nil when
	// the article's words do not fix one (curated stories leave it out).
	Date     *DateInterval
	Passages []int
	Clusters []int
	Entities []int
}

// Entity is a company, institution or other named actor.
type Entity struct {
	ID       string
	Name     string
	NameEn   string
	Kind     string // company, institution, platform, media, government, fund, product
	Aliases  []string
	Note     string // public knowledge not in the article, marked as such in the UI
	NoteEn   string
	Clusters []int
	Passages []int
}

// Fact is a figure printed in the article and what it counts.
type Fact struct {
	ID       string
	Figure   string // as printed: 59家, 63.2%, “3+N”
	Counts   string
	CountsEn string
	Passage  int
	Span     Span // where the figure sits in the original article
}

// Story is an article together with its curated links. It is read-only
// once loaded: views share it freely.
type Story struct {
	Article *Article
	TitleEn string
	// HeadingsEn maps a heading's text, as printed, to its English (nil
	// or missing entries: the interface shows the Chinese).
	HeadingsEn map[string]string
	Source     string
	// Published is the article's publication date as far as it is known:
	// "2025", "2025-10" or "2025-10-15"; "" when unknown.
	Published string
	// Scheme is the id of the cluster scheme Tiers and Clusters come from
	// ("hangzhou-296x"), or "" when the story file defines its own.
	// The file's "scheme": a built-in scheme's id, or a scheme file's name
	// relative to the story file.
	Scheme   string
	scheme   *Scheme // what Scheme names; nil for inline clusters
	Tiers    []Tier
	Clusters []Cluster
	Events   []Event
	Entities []Entity
	Facts    []Fact
	Glossary []GlossaryEntry // terms explained for students, in the file's order
	Tour     []Stop          // the presenter's stops, in order
	// Unresolved are links still to fix, kept in a story saved as a
	// draft (draft.go): a story with any is a draft.
	Unresolved []Problem

	ids     map[Ref]int
	reverse [][]Ref // per passage: what links to it
}

// ClusterScheme returns the scheme the story's tiers and clusters come
// from, or nil when the story file defines its own.
func (s *Story) ClusterScheme() *Scheme { return s.scheme }

// RefKind names what a Ref points at.
type RefKind string

// The kinds of things a selection can point at.
const (
	RefNone    RefKind = ""
	RefEvent   RefKind = "event"
	RefCluster RefKind = "cluster"
	RefEntity  RefKind = "entity"
	RefFact    RefKind = "fact"
	RefPassage RefKind = "passage"
)

// Ref identifies one thing in a story: "event:gala", "passage:p11.1".
type Ref struct {
	Kind RefKind
	ID   string
}

func (r Ref) String() string {
	if r.Kind == RefNone {
		return ""
	}
	return string(r.Kind) + ":" + r.ID
}

// IsZero reports whether the ref points at nothing.
func (r Ref) IsZero() bool { return r.Kind == RefNone }

// Index returns the position of the referenced item in its slice
// (Events, Clusters, Entities, Facts, Glossary, Tour or Article.Passages),
// or -1.
func (s *Story) Index(r Ref) int {
	if i, ok := s.ids[r]; ok {
		return i
	}
	return -1
}

// Has reports whether the story contains the referenced item.
func (s *Story) Has(r Ref) bool { _, ok := s.ids[r]; return ok }

// Backlinks returns what links to passage i (events, clusters, entities,
// facts and glossary terms), in that order.
func (s *Story) Backlinks(i int) []Ref {
	if i < 0 || i >= len(s.reverse) {
		return nil
	}
	return s.reverse[i]
}

// Passages returns the passages a ref highlights, in article order.
func (s *Story) Passages(r Ref) []int {
	i := s.Index(r)
	if i < 0 {
		return nil
	}
	switch r.Kind {
	case RefEvent:
		return s.Events[i].Passages
	case RefCluster:
		return s.Clusters[i].Passages
	case RefEntity:
		return s.Entities[i].Passages
	case RefFact:
		return []int{s.Facts[i].Passage}
	case RefTerm:
		return s.Glossary[i].Passages
	case RefPassage:
		return []int{i}
	case RefStop:
		return s.Tour[i].Passages
	}
	return nil
}

// ClusterEvents returns the events linked to cluster c, in timeline order.
func (s *Story) ClusterEvents(c int) []int {
	var out []int
	for i := range s.Events {
		for _, ec := range s.Events[i].Clusters {
			if ec == c {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// ClusterEntities returns the entities linked to cluster c.
func (s *Story) ClusterEntities(c int) []int {
	var out []int
	for i := range s.Entities {
		for _, ec := range s.Entities[i].Clusters {
			if ec == c {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// TierClusters returns the clusters of a tier in story order.
func (s *Story) TierClusters(tier string) []int {
	var out []int
	for i := range s.Clusters {
		if s.Clusters[i].Tier == tier {
			out = append(out, i)
		}
	}
	return out
}

// index builds the id table and the reverse links. It is called once the
// story has been resolved and validated.
func (s *Story) index() {
	s.ids = make(map[Ref]int)
	for i := range s.Article.Passages {
		s.ids[Ref{RefPassage, s.Article.Passages[i].ID}] = i
	}
	s.reverse = make([][]Ref, len(s.Article.Passages))
	add := func(kind RefKind, id string, i int, passages []int) {
		s.ids[Ref{kind, id}] = i
		for _, p := range passages {
			s.reverse[p] = append(s.reverse[p], Ref{kind, id})
		}
	}
	for i, e := range s.Events {
		add(RefEvent, e.ID, i, e.Passages)
	}
	for i, c := range s.Clusters {
		add(RefCluster, c.ID, i, c.Passages)
	}
	for i, e := range s.Entities {
		add(RefEntity, e.ID, i, e.Passages)
	}
	for i, f := range s.Facts {
		add(RefFact, f.ID, i, []int{f.Passage})
	}
	for i, g := range s.Glossary {
		add(RefTerm, g.ID, i, g.Passages)
	}
	if s.Tour == nil {
		s.Tour = defaultTour(s)
	}
	for i, st := range s.Tour {
		s.ids[Ref{RefStop, st.ID}] = i // not a backlink: a stop is a view, not a link
	}
}

func sortedUnique(xs []int) []int {
	slices.Sort(xs)
	return slices.Compact(xs)
}
