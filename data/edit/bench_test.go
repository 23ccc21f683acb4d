package edit

import (
	"path/filepath"
	"testing"

	"github.com/qiusuo/qiusuo/data"
)

// BenchmarkEdit is one edit of the default story: clone, change, validate
// and index (the model's share of the ≤ 16 ms an edit may take).
func BenchmarkEdit(b *testing.B) {
	d := defaultDraft(b)
	ref := data.Ref{Kind: data.RefCluster, ID: "ai"}
	for b.Loop() {
		if err := d.Do(ToggleLink(ref, 3)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSave encodes the default story and writes it atomically with a
// backup (goal ≤ 50 ms).
func BenchmarkSave(b *testing.B) {
	d := defaultDraft(b)
	path := filepath.Join(b.TempDir(), "s.story.json")
	for b.Loop() {
		if err := d.Save(path); err != nil {
			b.Fatal(err)
		}
	}
}
