package engine

import (
	"testing"
	"time"

	"github.com/qiusuo/qiusuo/data"
)

// typing is what a pinyin keystroke costs: the search and the candidates
// for each prefix of the words typed, letter by letter. One op is one
// keystroke (cycling through the prefixes).
var typing = []string{"jiqiren", "jqr", "rengongzhineng", "AI jqr", "hangye"}

func benchKeystrokes(b *testing.B, e *Engine, index time.Duration) {
	var keys []string
	for _, w := range typing {
		for i := 1; i <= len(w); i++ {
			keys = append(keys, w[:i])
		}
	}
	b.ReportAllocs()
	n, cpu := 0, cpuTime()
	for b.Loop() {
		q := keys[n%len(keys)]
		e.Search(q)
		e.Candidates(q, 8)
		n++
	}
	// CPU time (all goroutines, GC included) per keystroke: what it costs
	// when the machine is not shared with other work (ns/op is wall time).
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(n), "cpu-ms/op")
	if index > 0 {
		// After the loop: b.Loop resets metrics reported before it.
		b.ReportMetric(float64(index.Milliseconds()), "index-ms")
	}
}

// BenchmarkPinyinKeystroke: pinyin search as you type on the seed.
// Goal: ≤ 2 ms per keystroke.
func BenchmarkPinyinKeystroke(b *testing.B) {
	benchKeystrokes(b, seedEngine(b), 0)
}

// largeSegmented is largeEngine (~1 MB) segmented, with its pinyin
// index and candidates built, as after Warm. It reports how long the
// pinyin index took to build (done in the background by Warm).
func largeSegmented(b *testing.B) (*Engine, time.Duration) {
	e := largeEngine(b)
	e.Wait() // Warm also builds the pinyin index, in the background
	e.pinyin()
	start := time.Now()
	e.buildPinyin() // once more, timed
	index := time.Since(start)
	e.candidateVocabulary()
	return e, index
}

// BenchmarkPinyinKeystrokeLarge: the same on ~1 MB of Chinese.
// Goal: ≤ 50 ms per keystroke.
func BenchmarkPinyinKeystrokeLarge(b *testing.B) {
	e, index := largeSegmented(b)
	benchKeystrokes(b, e, index)
}

// BenchmarkPinyinIndex builds the seed's pinyin index (off the start-up
// path: Warm builds it in the background; the 1 MB build is reported by
// BenchmarkPinyinKeystrokeLarge as index-ms).
func BenchmarkPinyinIndex(b *testing.B) {
	s, err := data.Default()
	if err != nil {
		b.Fatal(err)
	}
	e := New(s)
	for b.Loop() {
		e.buildPinyin()
	}
}
