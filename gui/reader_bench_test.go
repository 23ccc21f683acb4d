package gui

import (
	"testing"

	"github.com/qiusuo/qiusuo/data"
)

// BenchmarkReaderLayout sets the whole article (≈4,500 characters, ≈100
// passages) in a 576-wide column: what a width change costs, with glyph
// advances already cached as they are after the first layout.
func BenchmarkReaderLayout(b *testing.B) {
	r, _, _ := newTestReader(b, 640, 700)
	in := r.layoutInput(r.measure)
	b.ReportAllocs()
	for b.Loop() {
		buildLayout(in, r.layout.colW)
	}
}

// BenchmarkReaderLayoutCold is the first layout of a new reader, glyph
// advance cache empty (Fyne's own font caches are warm after the first
// iteration, as they are once the window has drawn any text).
func BenchmarkReaderLayoutCold(b *testing.B) {
	r, _, _ := newTestReader(b, 640, 700)
	b.ReportAllocs()
	for b.Loop() {
		buildLayout(r.layoutInput(newMeasurer()), r.layout.colW)
	}
}

// BenchmarkReaderSelect is one selection change as the reader sees it:
// highlights moved, header updated, focus scrolled into view. It
// cycles through an event at the top, one at the end (a long scroll) and
// a cluster spread over the article.
func BenchmarkReaderSelect(b *testing.B) {
	_, sel, _ := newTestReader(b, 640, 700)
	refs := []data.Ref{ref(data.RefEvent, "gala"), ref(data.RefEvent, "salon"), ref(data.RefCluster, "ai")}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		sel.Select(refs[i%len(refs)])
		i++
	}
}
