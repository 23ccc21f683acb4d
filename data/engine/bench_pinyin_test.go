package engine

import (
	"testing"
	"time"

	"github.com/qiusuo/qiusuo/data"
)

// typing is what a pinyin keystroke costs: the search and the candidates
// for each prefix of the words typed, letter by letter.
var typing = []string{"jiqiren", "jqr", "rengongzhineng", "AI jqr", "hangye"}

func benchKeystrokes(b *testing.B, e *Engine) {
	keys := 0
	start, cpu := time.Now(), cpuTime()
	for b.Loop() {
		for _, w := range typing {
			for i := 1; i <= len(w); i++ {
				e.Search(w[:i])
				e.Candidates(w[:i], 8)
				keys++
			}
		}
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(keys), "ms/keystroke")
	// CPU time (all goroutines, GC included) per keystroke: what the
	// keystroke costs when the machine is not shared.
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(keys), "cpu-ms/keystroke")
}

// BenchmarkPinyinKeystroke: pinyin search as you type on the seed.
// Goal: ≤ 2 ms per keystroke.
func BenchmarkPinyinKeystroke(b *testing.B) {
	benchKeystrokes(b, seedEngine(b))
}

// largeSegmented is largeEngine (~1 MB) segmented, with its pinyin
// index and candidates built, as after Warm.
func largeSegmented(b *testing.B) *Engine {
	e := largeEngine(b)
	e.Wait()
	e.pinyin()
	e.candidateVocabulary()
	return e
}

// BenchmarkPinyinKeystrokeLarge: the same on ~1 MB of Chinese.
// Goal: ≤ 50 ms per keystroke.
func BenchmarkPinyinKeystrokeLarge(b *testing.B) {
	benchKeystrokes(b, largeSegmented(b))
}

// BenchmarkPinyinIndex builds the passages' pinyin index (off the
// start-up path: Warm builds it in the background).
func BenchmarkPinyinIndex(b *testing.B) {
	s, err := data.Default()
	if err != nil {
		b.Fatal(err)
	}
	e := New(s)
	b.Run("seed", func(b *testing.B) {
		for b.Loop() {
			e.buildPinyin()
		}
	})
	large := largeEngine(b)
	b.Run("1MB", func(b *testing.B) {
		for b.Loop() {
			large.buildPinyin()
		}
	})
}
