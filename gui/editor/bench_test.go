package editor

import (
	"syscall"
	"testing"
	"time"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// BenchmarkEditAndRefresh is one edit as a person makes it on the test
// driver: the model change (clone, validate, index) and every view
// rebuilt on the new story and laid out (goal ≤ 16 ms).
func BenchmarkEditAndRefresh(b *testing.B) {
	ed, w, _ := setup(b)
	ed.x.Sel.SelectPassage(3)
	ref := data.Ref{Kind: data.RefCluster, ID: "ai"}
	cpu := cpuTime()
	for b.Loop() {
		if !ed.Do(edit.ToggleLink(ref, 3)) {
			b.Fatal("refused")
		}
		w.Content().Refresh()
	}
	reportCPU(b, cpu)
}

// cpuTime is the process's CPU time (user and system) so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the CPU time per op since start: on a shared machine the
// wall time (ns/op) includes waiting for a core, the CPU time does not.
// (It includes the garbage collector's work on the other core.)
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

// BenchmarkEditAndPaint adds painting the whole window with the software
// renderer: an upper bound (the real window paints with OpenGL).
func BenchmarkEditAndPaint(b *testing.B) {
	ed, w, _ := setup(b)
	ed.x.Sel.SelectPassage(3)
	ref := data.Ref{Kind: data.RefCluster, ID: "ai"}
	for b.Loop() {
		ed.Do(edit.ToggleLink(ref, 3))
		w.Canvas().Capture()
	}
}

// BenchmarkModelOnly is the model's share: Draft.Do without the views.
func BenchmarkModelOnly(b *testing.B) {
	ed, _, _ := setup(b)
	ref := data.Ref{Kind: data.RefCluster, ID: "ai"}
	cpu := cpuTime()
	for b.Loop() {
		if err := ed.draft.Do(edit.ToggleLink(ref, 3)); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkExplorerRebuild is the views' share: a new explorer on the
// story, as Rebuild makes after every edit.
func BenchmarkExplorerRebuild(b *testing.B) {
	ed, _, _ := setup(b)
	s := ed.draft.Story()
	cpu := cpuTime()
	for b.Loop() {
		gui.NewExplorerWithEngine(s, ed.x.Engine)
	}
	reportCPU(b, cpu)
}
