package importer

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/qiusuo/qiusuo/data"
)

func seedText(tb testing.TB) string {
	b, err := data.DefaultFS().ReadFile("hangzhou-2025.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// BenchmarkImportSeed imports the seed article with the dictionary loaded
// (a second import in the same process).
func BenchmarkImportSeed(b *testing.B) {
	text := seedText(b)
	if _, err := Import("seed", text, Options{}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Import("seed", text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportSeedCold imports the seed in a fresh process each time,
// so the time includes loading the segmentation dictionary and OpenCC's
// tables (goal: ≤ 300 ms). It reports the import's own wall time as
// ms/cold-import; ns/op also counts starting the test binary.
func BenchmarkImportSeedCold(b *testing.B) {
	var total, cpu time.Duration
	n := 0
	for b.Loop() {
		cmd := exec.Command(os.Args[0], "-test.run=^TestColdImportChild$", "-test.v")
		cmd.Env = append(os.Environ(), "QIUSUO_COLD_IMPORT=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		_, after, ok := strings.Cut(string(out), "cold-import-ns ")
		if !ok {
			b.Fatalf("child printed no time: %s", out)
		}
		f := strings.Fields(after)
		ns, _ := strconv.ParseInt(f[0], 10, 64)
		cns, _ := strconv.ParseInt(f[1], 10, 64)
		total += time.Duration(ns)
		cpu += time.Duration(cns)
		n++
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(n), "ms/cold-import")
	// CPU time of the child's whole run, start-up included: on a loaded
	// machine it is the steadier measure.
	b.ReportMetric(float64(cpu.Milliseconds())/float64(n), "cpu-ms/cold-process")
}

// TestColdImportChild is BenchmarkImportSeedCold's child process.
func TestColdImportChild(t *testing.T) {
	if os.Getenv("QIUSUO_COLD_IMPORT") == "" {
		t.Skip("run by BenchmarkImportSeedCold")
	}
	text := seedText(t)
	start := time.Now()
	if _, err := Import("seed", text, Options{}); err != nil {
		t.Fatal(err)
	}
	wall := time.Since(start)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	fmt.Printf("cold-import-ns %d %d\n", wall.Nanoseconds(), cpu.Nanoseconds())
}

// megabyte is 1 MB of real Chinese news text: the seed and the shared
// articles (Simplified and Traditional) repeated.
func megabyte(tb testing.TB) string {
	parts := []string{seedText(tb)}
	if ents, err := os.ReadDir(articlesDir); err == nil {
		for _, e := range ents {
			if b, err := os.ReadFile(filepath.Join(articlesDir, e.Name())); err == nil && strings.HasSuffix(e.Name(), ".txt") && !strings.HasPrefix(e.Name(), "encodings") {
				parts = append(parts, string(b))
			}
		}
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString(parts[i%len(parts)])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkImport1MB imports 1 MB of Chinese text (goal: ≤ 2 s).
func BenchmarkImport1MB(b *testing.B) {
	text := megabyte(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Import("1mb", text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
