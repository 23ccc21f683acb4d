package timelinejs

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/qiusuo/qiusuo/data"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGoldenDefault pins the TimelineJS export of the default story
// (testdata/default.timeline.json): a reviewer reads a change to the
// output as a diff. Regenerate with go test -run TestGoldenDefault -update.
func TestGoldenDefault(t *testing.T) {
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	got, _ := export(t, s, Options{})
	const path = "testdata/default.timeline.json"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("export of the default story differs from %s (run with -update if the change is intended):\n%s", path, got)
	}
}
