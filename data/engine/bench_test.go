package engine

import (
	"strings"
	"testing"

	"github.com/qiusuo/qiusuo/data"
)

// BenchmarkLoadAndIndex is the start-up cost of a story: parse the
// embedded article and story file, validate, link, and index for search.
// Goal: < 50 ms.
func BenchmarkLoadAndIndex(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s, err := data.LoadStoryFS(data.DefaultFS(), data.DefaultStoryFile, "bench")
		if err != nil {
			b.Fatal(err)
		}
		New(s)
	}
}

// BenchmarkSearch is one query on the seed with word-aware ranking.
// Goal: < 1 ms.
func BenchmarkSearch(b *testing.B) {
	e := seedEngine(b)
	for _, q := range []string{"智能", "机器人 春晚", "ai"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				e.Search(q)
			}
		})
	}
}

// BenchmarkSearchLarge searches ~1 MB of Chinese text (the article
// repeated). Goal (search as you type): ≤ 50 ms per keystroke.
func BenchmarkSearchLarge(b *testing.B) {
	raw, _ := data.DefaultFS().ReadFile("hangzhou-2025.txt")
	text := strings.Repeat(string(raw)+"\n\n", (1<<20)/len(raw)+1)
	a, err := data.ParseArticle("large", []byte(text))
	if err != nil {
		b.Fatal(err)
	}
	e := New(&data.Story{Article: a})
	b.ResetTimer()
	for b.Loop() {
		e.Search("人工智能")
	}
}

// BenchmarkKeywords ranks the whole article's words (segmentation done).
func BenchmarkKeywords(b *testing.B) {
	e := seedEngine(b)
	for b.Loop() {
		e.Keywords(nil, 30)
	}
}

// BenchmarkTokenizeArticle segments the whole article (HMM on).
func BenchmarkTokenizeArticle(b *testing.B) {
	e := seedEngine(b)
	seg := shared()
	text := e.Story().Article.Text
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		seg.tokenize(text)
	}
}
