package data

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestGlossaryLinksEveryMention checks the default glossary against the
// article itself: each term is printed there, and its sentences are found
// here independently of the loader, so a loader that linked only the
// first mention (or a substring match across a page break) would fail.
func TestGlossaryLinksEveryMention(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// The terms a student asks about first; each must be explained.
	want := []string{"296X", "新质生产力", "耐心资本", "沿链招商", "生产性服务业", "六小龙", "魔搭社区",
		"具身智能", "低空经济", "合成生物", "科技新小龙", "延链补链", "四梁八柱", "卡脖子",
		"政府引导基金", "母基金", "开源生态"}
	var terms []string
	for _, g := range s.Glossary {
		terms = append(terms, g.Term)
	}
	for _, w := range want {
		if !slices.Contains(terms, w) {
			t.Errorf("glossary lacks %q", w)
		}
	}
	for gi, g := range s.Glossary {
		if !strings.Contains(s.Article.Text, g.Term) {
			t.Errorf("%s: %q is not in the article", g.ID, g.Term)
		}
		var mentions []int
		for i, p := range s.Article.Passages {
			if strings.Contains(p.Text, g.Term) {
				mentions = append(mentions, i)
			}
		}
		if len(mentions) == 0 || !slices.Equal(g.Passages, mentions) {
			t.Errorf("%s %q: passages %v, want every sentence containing it %v", g.ID, g.Term, g.Passages, mentions)
		}
		if g.Explanation == "" || g.ExplanationEn == "" {
			t.Errorf("%s: needs both explanations", g.ID)
		}
		// The bundled CJK font draws curly quotes full width, which
		// gapes in English text: English uses straight quotes.
		if strings.ContainsAny(g.ExplanationEn, "“”‘’") {
			t.Errorf("%s: English explanation has curly quotes", g.ID)
		}
		// Explanations are plain prose a student can read at a glance.
		if n := len([]rune(g.Explanation)); n > 90 {
			t.Errorf("%s: explanation is %d characters; keep it under 90", g.ID, n)
		}
		r := Ref{RefTerm, g.ID}
		if s.Index(r) != gi || !s.Has(r) || !slices.Equal(s.Passages(r), g.Passages) {
			t.Errorf("%v: index %d, passages %v", r, s.Index(r), s.Passages(r))
		}
		if got, err := s.ParseRef("term:" + g.ID); err != nil || got != r {
			t.Errorf("ParseRef(term:%s) = %v, %v", g.ID, got, err)
		}
		// The reverse link: a sentence lists the terms it contains, after
		// its events, clusters, entities and facts.
		for i := range s.Article.Passages {
			if slices.Contains(s.Backlinks(i), r) != slices.Contains(mentions, i) {
				t.Errorf("passage %s: backlink to %v is %v", s.Article.Passages[i].ID, r, !slices.Contains(mentions, i))
			}
		}
	}
	for i := range s.Article.Passages {
		bl := s.Backlinks(i)
		seenTerm := false
		for _, r := range bl {
			if r.Kind == RefTerm {
				seenTerm = true
			} else if seenTerm {
				t.Errorf("passage %d: %v after a term in %v", i, r, bl)
			}
		}
	}
	if _, err := s.ParseRef("term:nope"); err == nil || !strings.Contains(err.Error(), `no term with id "nope"`) {
		t.Errorf("unknown term id: %v", err)
	}
}

func TestGlossaryExport(t *testing.T) {
	s, _ := Default()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Glossary []struct {
			ID, Term, Explanation string
			ExplanationEn         string `json:"explanation_en"`
			Passages              []string
		}
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Glossary) != len(s.Glossary) {
		t.Fatalf("exported %d glossary entries, want %d", len(got.Glossary), len(s.Glossary))
	}
	g0 := got.Glossary[0]
	if g0.ID != s.Glossary[0].ID || g0.Term != s.Glossary[0].Term || g0.ExplanationEn == "" ||
		len(g0.Passages) != len(s.Glossary[0].Passages) || g0.Passages[0] != s.Article.Passages[s.Glossary[0].Passages[0]].ID {
		t.Errorf("first entry exported as %+v", g0)
	}
}

func TestGlossaryValidation(t *testing.T) {
	entry := func(m map[string]any, i int) map[string]any { return item(m, "glossary", i) }
	tests := []struct {
		name string
		f    func(m map[string]any)
		want string
	}{
		{"term not in article", func(m map[string]any) { entry(m, 0)["term"] = "量子霸权" },
			`glossary[0] "po-quan": term "量子霸权" does not occur in any sentence`},
		{"duplicate id", func(m map[string]any) { entry(m, 1)["id"] = entry(m, 0)["id"] },
			`glossary[1]: duplicate id "po-quan" (also glossary[0])`},
		{"duplicate term", func(m map[string]any) { entry(m, 1)["term"] = entry(m, 0)["term"] },
			`term "破圈" is already explained by glossary[0]`},
		{"missing term", func(m map[string]any) { delete(entry(m, 0), "term") }, `glossary[0] "po-quan": missing field "term"`},
		{"missing explanation", func(m map[string]any) { entry(m, 0)["explanation"] = " " }, `missing field "explanation"`},
		{"missing english", func(m map[string]any) { delete(entry(m, 0), "explanation_en") }, `missing field "explanation_en"`},
		{"missing id", func(m map[string]any) { delete(entry(m, 2), "id") }, `glossary[2]: missing field "id"`},
		{"unknown field", func(m map[string]any) { entry(m, 0)["sentences"] = []any{"p4.1"} }, `unknown field "sentences"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := mutate(t, tc.f)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v\nwant it to contain %s", err, tc.want)
			}
		})
	}
	// A term cut by a page break (最 / 先) is still in its sentence: the
	// passage's text joins the two pieces, as a reader reads them.
	if err := mutate(t, func(m map[string]any) { entry(m, 0)["term"] = "最先找到用武之地" }); err != nil {
		t.Errorf("a term across a page break is in its sentence: %v", err)
	}
}
