package data

import (
	"fmt"
	"strings"
)

// GlossaryEntry explains one term of the article (新质生产力, 沿链招商 …) for
// students who meet it for the first time. The explanation is general
// knowledge written by the story's author, not the article's words, so
// the UI never presents it as a quote.
type GlossaryEntry struct {
	ID            string
	Term          string // exactly as printed in the article
	TermEn        string // its English name (optional): what a student on an English keyboard searches for
	Explanation   string
	ExplanationEn string
	// Passages are every sentence that contains Term, in article order.
	// They are found by the loader rather than listed in the file, so a
	// term can never miss one of its mentions.
	Passages []int
}

// RefTerm refers to a glossary entry ("term:xinzhi").
const RefTerm RefKind = "term"

type glossaryFile struct {
	ID            string `json:"id"`
	Term          string `json:"term"`
	TermEn        string `json:"term_en,omitempty"`
	Explanation   string `json:"explanation"`
	ExplanationEn string `json:"explanation_en"`
}

// resolveGlossary checks the glossary and links each term to the
// sentences containing it. A term that the article does not print is an
// error: the glossary explains the article, it does not add vocabulary.
func (r *resolver) resolveGlossary(gs []glossaryFile) []GlossaryEntry {
	r.ids("glossary", len(gs), func(i int) string { return gs[i].ID })
	terms := map[string]int{}
	out := make([]GlossaryEntry, 0, len(gs))
	for i, g := range gs {
		where := fmt.Sprintf("glossary[%d] %q", i, g.ID)
		if strings.TrimSpace(g.Explanation) == "" {
			r.fail(where, `missing field "explanation"`)
		}
		if strings.TrimSpace(g.ExplanationEn) == "" {
			r.fail(where, `missing field "explanation_en"`)
		}
		if strings.TrimSpace(g.Term) == "" {
			r.fail(where, `missing field "term"`)
			continue
		}
		if j, dup := terms[g.Term]; dup {
			r.fail(where, "term %q is already explained by glossary[%d]", g.Term, j)
		}
		terms[g.Term] = i
		ps := r.containing(g.Term)
		if len(ps) == 0 {
			r.failQuote(where, ProblemTermMissing, g.Term, "term %q does not occur in any sentence of the article (quote it exactly as printed)", g.Term)
			if r.lenient {
				continue
			}
		}
		out = append(out, GlossaryEntry{ID: g.ID, Term: g.Term, TermEn: g.TermEn, Explanation: g.Explanation,
			ExplanationEn: g.ExplanationEn, Passages: ps})
	}
	return out
}

// containing returns every passage whose text contains s, in order.
func (r *resolver) containing(s string) []int {
	var out []int
	for i := range r.a.Passages {
		if strings.Contains(r.a.Passages[i].Text, s) {
			out = append(out, i)
		}
	}
	return out
}
