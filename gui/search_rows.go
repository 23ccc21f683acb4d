package gui

import (
	"slices"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// searchRow is one line of the results list: a section header or one
// occurrence (keyword in context). The list shows every occurrence, not
// every sentence, because "N 处" is what the student asked about: a
// sentence that says 机器人 twice is two places to look.
type searchRow struct {
	header bool

	// Header rows.
	section int // heading paragraph index, -1 for the lead
	count   int // occurrences in the section

	// Occurrence rows.
	passage    int
	start, end int      // the occurrence, rune offsets in the passage text
	spans      [][2]int // the same in the article (for Reveal)
	hits       [][2]int // every hit of the passage, for emphasis in context
}

// buildRows groups a search's occurrences by the section of the article
// they fall in (the lead, then each heading in article order), so the
// list reads like the article's table of contents. Within a section the
// engine's ranking decides: sentences with more of the query's terms and
// whole-word hits first, each sentence's hits in reading order. Captions,
// the title and credits stay in the section they are printed in.
func buildRows(a *data.Article, res engine.Results, rows []searchRow) []searchRow {
	rows = rows[:0]
	type group struct {
		section int
		results []int // indexes into res.Results, ranked
		hits    int
	}
	var groups []group
	for i, r := range res.Results {
		sec := a.Paragraphs[a.Passages[r.Passage].Paragraph].Section
		k := slices.IndexFunc(groups, func(g group) bool { return g.section == sec })
		if k < 0 {
			groups = append(groups, group{section: sec})
			k = len(groups) - 1
		}
		groups[k].results = append(groups[k].results, i)
		groups[k].hits += len(r.Hits)
	}
	slices.SortFunc(groups, func(x, y group) int { return x.section - y.section })
	for _, g := range groups {
		rows = append(rows, searchRow{header: true, section: g.section, count: g.hits})
		for _, ri := range g.results {
			r := &res.Results[ri]
			hits := make([][2]int, len(r.Hits))
			for i, h := range r.Hits {
				hits[i] = [2]int{h.Start, h.End}
			}
			for _, h := range r.Hits {
				rows = append(rows, searchRow{passage: r.Passage, start: h.Start, end: h.End, spans: h.Spans, hits: hits})
			}
		}
	}
	return rows
}

// hitSpans lists the article spans of every occurrence of a search: what
// the reader tints.
func hitSpans(res engine.Results, out [][2]int) [][2]int {
	out = out[:0]
	for _, r := range res.Results {
		for _, h := range r.Hits {
			out = append(out, h.Spans...)
		}
	}
	return out
}

// sectionTitle is a group header's text: the heading as printed (in
// English where the story translates it), or 导语 for what comes before
// the first heading.
func sectionTitle(st *data.Story, section int) string {
	if h := headingText(st, section); h != "" {
		return h
	}
	return T("search.lead", "导语")
}

// rowMarker is the compact tag at the start of an occurrence row: the
// sentence's place in its section for body sentences ("4段2句", under the
// section's header; ids like p13.2 are for the CLI, not people), the kind
// for everything else, since "图注" tells a student more than a number.
func rowMarker(s *data.Story, i int) string {
	p := &s.Article.Passages[i]
	switch p.Kind {
	case data.KindTitle:
		return T("search.kind.title", "标题")
	case data.KindSubtitle:
		return T("search.kind.subtitle", "引题")
	case data.KindByline:
		return T("search.kind.byline", "署名")
	case data.KindHeading:
		return T("search.kind.heading", "小标题")
	case data.KindCaption:
		return T("search.kind.caption", "图注")
	case data.KindCredit:
		return T("search.kind.credit", "来源")
	}
	return passageMarker(s, i)
}

// countLine is the line under the search box: how many places in how
// many sentences, or why there is nothing.
func countLine(res engine.Results) string {
	n, m := res.Hits, len(res.Results)
	args := map[string]any{"Hits": n, "Sentences": m}
	switch {
	case n == 1:
		return T("search.countOne", "1 处 · 1 句", args)
	case m == 1:
		return T("search.countOneSentence", "{{.Hits}} 处 · 1 句", args)
	}
	return T("search.count", "{{.Hits}} 处 · {{.Sentences}} 句", args)
}

// groupCount is a section header's count of occurrences.
func groupCount(n int) string {
	if n == 1 {
		return T("search.groupOne", "1 处")
	}
	return T("search.group", "{{.N}} 处", map[string]any{"N": n})
}
