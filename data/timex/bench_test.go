package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func readSeed(b *testing.B) string {
	raw, err := os.ReadFile("../hangzhou-2025.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(raw)
}

// BenchmarkFindSeed is Find over the seed article (13 KB) with a year
// anchor, as the importer runs it.
func BenchmarkFindSeed(b *testing.B) {
	text := readSeed(b)
	a := Anchor{Date: Date{2025, 0, 0}, Known: true}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, a)
	}
}

// BenchmarkFind1MB is Find over ~1 MB of Chinese: the real articles
// (those that are UTF-8) and the seed, repeated.
func BenchmarkFind1MB(b *testing.B) {
	parts := []string{readSeed(b)}
	files, _ := filepath.Glob(articlesDir + "/*.txt")
	for _, f := range files {
		if raw, err := os.ReadFile(f); err == nil && utf8.Valid(raw) {
			parts = append(parts, string(raw))
		}
	}
	one := strings.Join(parts, "\n")
	text := strings.Repeat(one, (1<<20)/len(one)+1)
	a := Anchor{Date: Date{2025, 10, 15}, Known: true}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, a)
	}
}
