package importer

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/source"
)

var update = flag.Bool("update", false, "rewrite the golden summaries in testdata")

// articlesDir holds the real articles shared by the project's sessions.
const articlesDir = "../../../shared/articles"

// goldenCases are the real articles, read as a user's file would be (any
// encoding, a saved web page), with the publication date a user would
// give where the text has none (the shared README gives it).
var goldenCases = []struct{ file, published string }{
	{"hangzhou-lowalt-2025-10-15.txt", ""},
	{"hangzhou-lowalt-2025-10-15.txt", "2025-10-15"},
	{"lowalt-plan-consultation-2024-05-31.txt", ""},
	{"modelscope-three-years-trad.txt", ""},
	{"unitree-gala-2026-02-20-trad.txt", ""},
	{"unitree-gala-2025-jiupai.txt", ""},
	{"unitree-gala-2025-jiupai.txt", "2025-02-18"},
	{"saved-page-unitree-2025.gbk.html", ""},
	{"encodings-hangzhou-lowalt.gb18030.txt", ""},
	{"encodings-lowalt-plan.utf16.txt", ""},
	{"encodings-modelscope.big5.txt", ""},
}

func importFile(t testing.TB, path, published string) *data.Story {
	t.Helper()
	doc, err := source.ReadFile(path, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := ImportDocument(filepath.Base(path), doc, Options{Published: published})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestGoldenSummaries imports every real article and compares what it
// found — events, dates, titles, entities, figures, cluster links — with
// the summaries in testdata, which were read sentence by sentence (notes
// on what is wrong in them, and why, are at the top of each file). Run
// with -update after a deliberate change and read the diff.
func TestGoldenSummaries(t *testing.T) {
	if _, err := os.Stat(articlesDir); err != nil {
		t.Skipf("no shared articles: %v", err)
	}
	for _, tc := range goldenCases {
		name := strings.TrimSuffix(tc.file, filepath.Ext(tc.file))
		if tc.published != "" {
			name += ".published-" + tc.published
		}
		t.Run(name, func(t *testing.T) {
			got := summary(importFile(t, filepath.Join(articlesDir, tc.file), tc.published))
			golden := filepath.Join("testdata", name+".golden")
			notes, want := readGolden(t, golden)
			if *update {
				if err := os.WriteFile(golden, []byte(notes+got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != want {
				t.Errorf("%s differs from the import (run with -update and read the diff):\n%s", golden, got)
			}
		})
	}
}

// readGolden splits a golden file into its notes (lines starting with
// "#", kept across updates) and the summary.
func readGolden(t *testing.T, path string) (notes, summary string) {
	b, err := os.ReadFile(path)
	if err != nil && !*update {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	i := 0
	for i < len(lines) && strings.HasPrefix(lines[i], "#") {
		i++
	}
	return strings.Join(lines[:i], ""), strings.Join(lines[i:], "")
}

// The same article in another encoding imports to the same story.
func TestEncodingsImportAlike(t *testing.T) {
	if _, err := os.Stat(articlesDir); err != nil {
		t.Skipf("no shared articles: %v", err)
	}
	for enc, orig := range map[string]string{
		"encodings-hangzhou-lowalt.gb18030.txt": "hangzhou-lowalt-2025-10-15.txt",
		"encodings-lowalt-plan.utf16.txt":       "lowalt-plan-consultation-2024-05-31.txt",
		"encodings-modelscope.big5.txt":         "modelscope-three-years-trad.txt",
	} {
		a := summary(importFile(t, filepath.Join(articlesDir, enc), ""))
		b := summary(importFile(t, filepath.Join(articlesDir, orig), ""))
		if a != b {
			t.Errorf("%s and %s import differently", enc, orig)
		}
	}
}
