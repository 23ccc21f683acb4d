package edit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/qiusuo/qiusuo/data"
)

// AddFact records figure (as printed in passage p, its first occurrence
// there) and what it counts. It returns the op and the new fact's id.
func AddFact(s *data.Story, p int, figure, counts, countsEn string) (Op, string) {
	id := newID(s, "fact")
	return change{label: "add figure", parts: partFacts, do: func(s *data.Story) error {
		if p < 0 || p >= len(s.Article.Passages) {
			return fmt.Errorf("no sentence %d", p)
		}
		ps := &s.Article.Passages[p]
		if figure == "" || !strings.Contains(ps.Text, figure) {
			return fmt.Errorf("figure %q is not in sentence %s", figure, ps.ID)
		}
		f := data.Fact{ID: id, Figure: figure, Counts: counts, CountsEn: countsEn, Passage: p}
		f.Span, _ = s.Article.FindInPassage(p, figure)
		s.Facts = append(s.Facts, f)
		return nil
	}}, id
}

// SetFact changes what fact id counts.
func SetFact(id, counts, countsEn string) Op {
	return change{label: "edit figure", parts: partFacts, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefFact, ID: id})
		if err != nil {
			return err
		}
		s.Facts[i].Counts, s.Facts[i].CountsEn = counts, countsEn
		return nil
	}}
}

// DeleteFact removes fact id.
func DeleteFact(id string) Op {
	return change{label: "delete figure", parts: partFacts, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefFact, ID: id})
		if err != nil {
			return err
		}
		s.Facts = slices.Delete(s.Facts, i, i+1)
		return nil
	}}
}

// AddTerm adds a glossary term (it must occur in the article; the loader
// links it to every sentence that contains it). It returns the op and the
// new term's id.
func AddTerm(s *data.Story, term, explanation, explanationEn string) (Op, string) {
	id := newID(s, "term")
	return change{label: "add term", parts: partGlossary, do: func(s *data.Story) error {
		s.Glossary = append(s.Glossary, data.GlossaryEntry{ID: id, Term: term, Explanation: explanation, ExplanationEn: explanationEn})
		return nil
	}}, id
}

// SetTerm changes a glossary term's explanations.
func SetTerm(id, explanation, explanationEn string) Op {
	return change{label: "edit term", parts: partGlossary, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefTerm, ID: id})
		if err != nil {
			return err
		}
		s.Glossary[i].Explanation, s.Glossary[i].ExplanationEn = explanation, explanationEn
		return nil
	}}
}

// DeleteTerm removes glossary term id.
func DeleteTerm(id string) Op {
	return change{label: "delete term", parts: partGlossary, do: func(s *data.Story) error {
		i, err := find(s, data.Ref{Kind: data.RefTerm, ID: id})
		if err != nil {
			return err
		}
		s.Glossary = slices.Delete(s.Glossary, i, i+1)
		return nil
	}}
}
