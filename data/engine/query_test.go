package engine

import (
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/longbridgeapp/opencc"

	"github.com/qiusuo/qiusuo/data"
)

// TestSearchTraditionalAndCaseRecall checks that a query typed in
// Traditional characters or in any Latin case or width finds exactly the
// occurrences a plain substring scan finds for its Simplified, folded
// form: every one, overlaps included.
func TestSearchTraditionalAndCaseRecall(t *testing.T) {
	e := seedEngine(t)
	s := e.Story()
	for typed, simplified := range map[string]string{
		"機器人":   "机器人",
		"宇樹科技":  "宇树科技",
		"產業":    "产业",
		"集羣":    "集群",
		"創新":    "创新",
		"人工智能":  "人工智能",
		"發展":    "发展",
		"ai":    "AI",
		"Ai":    "AI",
		"ＡＩ":    "AI",
		"ROKID": "Rokid",
		"ｒｏｋｉｄ": "Rokid",
		"296x":  "296X",
		"ai芯片":  "AI芯片",
	} {
		want := scan(s, simplified)
		slices.Sort(want)
		got := found(s, e.Search(typed), 0)
		if !slices.Equal(got, want) {
			t.Errorf("%q: search found %d, scan of %q %d\n got %v\nwant %v", typed, len(got), simplified, len(want), got, want)
		}
		if len(want) == 0 {
			t.Errorf("%q: the article has no %q; pick a term it has", typed, simplified)
		}
	}
}

// TestSearchSimplifiedUnchangedByConversion checks that conversion never
// costs a Simplified query an occurrence: every lexicon word and keyword
// finds what the plain scan finds.
func TestSearchSimplifiedUnchangedByConversion(t *testing.T) {
	e := seedEngine(t)
	s := e.Story()
	terms := Lexicon(s)
	for _, k := range e.Keywords(nil, 100) {
		terms = append(terms, k.Term)
	}
	for _, q := range terms {
		if strings.ContainsAny(q, " \u3000\"“”") {
			continue // not one term
		}
		want := scan(s, q)
		slices.Sort(want)
		if got := found(s, e.Search(q), 0); !slices.Equal(got, want) {
			t.Errorf("%q: search found %d, scan %d", q, len(got), len(want))
		}
	}
}

func TestNormalizeQueryTerm(t *testing.T) {
	for in, want := range map[string]string{
		"機器人": "机器人", "ＡＩ": "ai", "AI芯片": "ai芯片", "後來": "后来",
		"3+N": "3+n", "机器人": "机器人", "Rokid眼鏡": "rokid眼镜",
	} {
		if got := NormalizeQueryTerm(in); got != want {
			t.Errorf("NormalizeQueryTerm(%q) = %q, want %q", in, got, want)
		}
	}
	// Article text is never converted: NormalizeTerm only folds.
	if got := NormalizeTerm("機器人"); got != "機器人" {
		t.Errorf("NormalizeTerm converted the script: %q", got)
	}
	// A Traditional and a Simplified spelling are one term, not two.
	if got := ParseQuery("機器人 机器人 AI ａｉ"); !slices.Equal(got, []string{"機器人", "AI"}) {
		t.Errorf("ParseQuery kept duplicates: %q", got)
	}
}

// TestQueryWithoutHanSkipsConverter checks Latin queries never pay for
// the converter: toSimplified returns before building it.
func TestQueryWithoutHanSkipsConverter(t *testing.T) {
	for _, q := range []string{"ai", "296X", "3+N", "63.2%", "ＡＩ"} {
		if hasHan(q) {
			t.Errorf("%q reported as containing Han characters", q)
		}
	}
	if !hasHan("AI芯片") || !hasHan("機") {
		t.Error("Han characters not detected")
	}
}

// BenchmarkT2SLoad is the cost of building the Traditional→Simplified
// converter, paid once, on the first query with a Han character. It
// reports the heap the converter keeps (retained-B) beside the usual
// allocation figures.
func BenchmarkT2SLoad(b *testing.B) {
	var before, after runtime.MemStats
	var keep *opencc.OpenCC
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	cc, err := opencc.New("t2s")
	first := time.Since(start)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	keep = cc
	b.ReportAllocs()
	for b.Loop() {
		if _, err := opencc.New("t2s"); err != nil {
			b.Fatal(err)
		}
	}
	runtime.KeepAlive(keep)
	// Reported after the loop: b.Loop resets metrics reported before it.
	b.ReportMetric(float64(after.HeapAlloc)-float64(before.HeapAlloc), "retained-B")
	b.ReportMetric(float64(first.Microseconds()), "first-µs")
}

// largeEngine indexes ~1 MB of Chinese text: the article repeated.
func largeEngine(b *testing.B) *Engine {
	raw, _ := data.DefaultFS().ReadFile("hangzhou-2025.txt")
	text := strings.Repeat(string(raw)+"\n\n", (1<<20)/len(raw)+1)
	a, err := data.ParseArticle("large", []byte(text))
	if err != nil {
		b.Fatal(err)
	}
	return New(&data.Story{Article: a})
}

// BenchmarkSearchKeystroke is search as you type on ~1 MB of text:
// 人工智能 typed one rune at a time (人, 人工, 人工智, 人工智能), in
// Simplified and in Traditional. One op is one keystroke.
// Goal: ≤ 50 ms per keystroke.
func BenchmarkSearchKeystroke(b *testing.B) {
	e := largeEngine(b)
	for _, word := range []string{"人工智能", "機器人"} {
		b.Run(word, func(b *testing.B) {
			runes := []rune(word)
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				e.Search(string(runes[:i%len(runes)+1]))
				i++
			}
		})
	}
}
