package data

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuMs reports the process's CPU time per op: on a shared machine the
// wall time says more about the neighbours.
func cpuMs(b *testing.B, start time.Duration) {
	b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkParseArticleSeed ingests the seed article (13 KB).
func BenchmarkParseArticleSeed(b *testing.B) {
	text, _ := defaultFS.ReadFile("hangzhou-2025.txt")
	b.SetBytes(int64(len(text)))
	start := cpuTime()
	for b.Loop() {
		if _, err := ParseArticle("seed", text); err != nil {
			b.Fatal(err)
		}
	}
	cpuMs(b, start)
}

// BenchmarkParseArticle1MB ingests about 1 MB: the seed repeated, with a
// dateline, a source and a byline line in every copy for the metadata
// rules to read.
func BenchmarkParseArticle1MB(b *testing.B) {
	seed, _ := defaultFS.ReadFile("hangzhou-2025.txt")
	copyText := "2025-02-18 09:30　来源:九派新闻\n\n作者:记者 高瑞怡\n\n" + string(seed) + "\n\n"
	text := []byte(strings.Repeat(copyText, (1<<20)/len(copyText)+1))
	b.SetBytes(int64(len(text)))
	start := cpuTime()
	for b.Loop() {
		if _, err := ParseArticle("big", text); err != nil {
			b.Fatal(err)
		}
	}
	cpuMs(b, start)
}
