package wrap

import "testing"

// cachedAdvance stands in for a renderer's glyph-advance cache.
func cachedAdvance(r rune) float32 {
	if r >= 0x1100 {
		return 16
	}
	return 8
}

// BenchmarkLinesArticle wraps the whole article (≈4,500 runes, hard
// breaks included) at 600 px.
func BenchmarkLinesArticle(b *testing.B) {
	text := []rune(readArticle(b))
	b.ReportAllocs()
	for b.Loop() {
		Lines(text, 600, cachedAdvance)
	}
}

// BenchmarkSegmenterArticle is the cost of go-text's segmenter alone on
// the whole article, which the fast path of breakAttrs avoids.
func BenchmarkSegmenterArticle(b *testing.B) {
	text := []rune(readArticle(b))
	b.ReportAllocs()
	for b.Loop() {
		fullAttrs(text)
	}
}
