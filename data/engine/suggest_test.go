package engine

import (
	"slices"
	"strings"
	"testing"

	"github.com/qiusuo/qiusuo/data"
)

func TestSuggestNearMisses(t *testing.T) {
	e := seedEngine(t)
	for q, want := range map[string]string{
		"机器狗":   "机器人",  // one wrong character
		"人工只能":  "人工智能", // an input-method homophone
		"機器狗":   "机器人",  // typed in Traditional
		"宇数":    "宇树",
		"杭洲":    "杭州",
		"深度球索":  "深度求索",
		"低空金济":  "低空经济",
		"rokit": "Rokid", // a Latin typo
		"集裙":    "集群",
	} {
		got := e.Suggest(q, 5)
		if len(got) == 0 || got[0] != want {
			t.Errorf("Suggest(%q) = %q, want %q first", q, got, want)
		}
	}
}

func TestSuggestNothingAbsurd(t *testing.T) {
	e := seedEngine(t)
	// Nothing in the article is close to these: no suggestion beats a
	// wrong one.
	for _, q := range []string{"哈哈", "狗", "xyz", "robot", "天气预报", "足球比赛"} {
		if got := e.Suggest(q, 5); len(got) != 0 {
			t.Errorf("Suggest(%q) = %q, want nothing", q, got)
		}
	}
	// A query with results needs no suggestion.
	if got := e.Suggest("机器人", 5); len(got) != 0 {
		t.Errorf("Suggest(机器人) = %q for a query that has hits", got)
	}
	if got := e.Suggest("机器狗", 0); got != nil {
		t.Errorf("Suggest(n=0) = %q", got)
	}
}

// TestSuggestionsAllHit checks every suggestion is itself a search with
// results, for a spread of misses, and that each shares a character with
// the term it replaces.
func TestSuggestionsAllHit(t *testing.T) {
	e := seedEngine(t)
	// 阿里巴巴 is an entity alias (in the lexicon) the article never
	// prints; 阿里爸爸 is closest to it, and must not be offered it.
	for _, q := range []string{"机器狗", "人工只能", "深度球索", "集裙", "智慧城市", "杭州机器狗", "创薪", "新智生产力", "六小虫", "阿里爸爸"} {
		sugg := e.Suggest(q, 8)
		if len(sugg) > 8 {
			t.Errorf("Suggest(%q, 8) returned %d", q, len(sugg))
		}
		for _, s := range sugg {
			if e.Search(s).Hits == 0 {
				t.Errorf("Suggest(%q) offered %q, which has no hits", q, s)
			}
			if !strings.ContainsAny(NormalizeQueryTerm(q), NormalizeTerm(s)) {
				t.Errorf("Suggest(%q) offered %q, which shares no character", q, s)
			}
		}
	}
}

// TestSuggestUsesKeywordsOnceReady checks that the vocabulary grows from
// the lexicon to the keywords when segmentation finishes: 创新 is a
// keyword of the article but not a lexicon word.
// TestSuggestVocabularyHits checks the vocabulary itself: every
// candidate occurs, with the count it claims.
func TestSuggestVocabularyHits(t *testing.T) {
	e := seedEngine(t)
	if !slices.Contains(Lexicon(e.Story()), "阿里巴巴") || e.Search("阿里巴巴").Hits != 0 {
		t.Fatal("the lexicon no longer has a word without hits (阿里巴巴); pick another")
	}
	for _, c := range e.vocabulary() {
		if n := e.Search(c.term).Hits; n == 0 || n < c.hits {
			t.Errorf("candidate %q: %d hits, vocabulary says %d", c.term, n, c.hits)
		}
	}
}

func TestSuggestUsesKeywordsOnceReady(t *testing.T) {
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := New(s)
	if slices.Contains(Lexicon(s), "创新") {
		t.Fatal("创新 is in the lexicon; pick a keyword that is not")
	}
	before := len(e.vocabulary())
	if got := e.Suggest("创薪", 3); slices.Contains(got, "创新") {
		t.Errorf("before segmentation Suggest(创薪) = %q, which needs the keywords", got)
	}
	e.Wait()
	if after := len(e.vocabulary()); after <= before {
		t.Errorf("vocabulary %d words before segmentation, %d after", before, after)
	}
	if got := e.Suggest("创薪", 3); len(got) == 0 || got[0] != "创新" {
		t.Errorf("Suggest(创薪) = %q, want 创新 first", got)
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{
		{"机器狗", "机器人", 1}, {"人工只能", "人工智能", 1}, {"", "机器", 2},
		{"机器人", "", 3}, {"宇树科技", "宇树", 2}, {"kitten", "sitting", 3}, {"机器人", "机器人", 0},
	} {
		if got := editDistance([]rune(c.a), []rune(c.b)); got != c.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}

// BenchmarkSuggest is one suggestion for a near miss, vocabulary built.
// Goal: < 1 ms.
func BenchmarkSuggest(b *testing.B) {
	e := seedEngine(b)
	e.Suggest("机器狗", 5)
	b.ReportAllocs()
	for b.Loop() {
		e.Suggest("人工只能", 5)
	}
}
