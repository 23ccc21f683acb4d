package timex

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The real articles live outside the repository (../shared/articles
// beside the repository root; they are not ours to ship). The seed is in
// the repository.
const articlesDir = "../../../shared/articles"

// goldenArticles lists each article with the publication date Find is
// given: "dateline" takes it from the article's own dateline line, ""
// means none, anything else is the date as --published would give it,
// with the reason in why.
var goldenArticles = []struct {
	file, anchor, why, golden string
}{
	{articlesDir + "/hangzhou-lowalt-2025-10-15.txt", "2025-10-15", "published 2025-10-15 (articles README); no dateline in the text", "hangzhou-lowalt-2025-10-15.golden"},
	{articlesDir + "/lowalt-plan-consultation-2024-05-31.txt", "dateline", "the signature line 2024年5月31日", "lowalt-plan-consultation-2024-05-31.golden"},
	{articlesDir + "/modelscope-three-years-trad.txt", "", "no dateline", "modelscope-three-years-trad.golden"},
	{articlesDir + "/unitree-gala-2025-jiupai.txt", "", "no dateline", "unitree-gala-2025-jiupai.golden"},
	{articlesDir + "/unitree-gala-2026-02-20-trad.txt", "dateline", "the dateline 鉅亨網新聞中心 2026-02-20 11:30", "unitree-gala-2026-02-20-trad.golden"},
	{"../hangzhou-2025.txt", "2025", "the seed calls 2025 今年 (2025年的杭州叙事) and gives no day of publication", "hangzhou-2025.golden"},
	{"../hangzhou-2025.txt", "", "imported with no publication date", "hangzhou-2025.nodate.golden"},
}

func datelineAnchor(text string) (Anchor, bool) {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if a, ok := AnchorFromDateline(sc.Text()); ok && a.Known {
			return a, true
		}
	}
	return Anchor{}, false
}

func renderGolden(t *testing.T, file, anchorSpec, why string, text string) string {
	var a Anchor
	switch anchorSpec {
	case "":
	case "dateline":
		var ok bool
		if a, ok = datelineAnchor(text); !ok {
			t.Fatalf("%s: no dateline found", file)
		}
	default:
		a = anchor(t, anchorSpec)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n# publication date: %s (%s)\n# text\tinterval\tprecision\tbasis[\tyear:basis of the year]\n",
		filepath.Base(file), a, why)
	for _, e := range Find(text, a) {
		b.WriteString(line(e) + "\n")
	}
	return b.String()
}

// Every UTF-8 article in the shared folder has a golden file: a new
// article there is not silently left out.
func TestGoldenCoversArticles(t *testing.T) {
	files, _ := filepath.Glob(articlesDir + "/*.txt")
	listed := map[string]bool{}
	for _, g := range goldenArticles {
		listed[g.file] = true
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil || !utf8.Valid(raw) {
			continue // the other encodings are the decoder's to test
		}
		if !listed[f] {
			t.Errorf("%s has no golden file: add it to goldenArticles", f)
		}
	}
}

// TestGolden compares Find on real articles with reviewed golden files:
// a change in what is found or how it resolves shows up as a diff.
// Run with -update to rewrite them, then read the diff like a historian.
func TestGolden(t *testing.T) {
	for _, g := range goldenArticles {
		raw, err := os.ReadFile(g.file)
		if os.IsNotExist(err) && strings.HasPrefix(g.file, articlesDir) {
			t.Logf("%s: not here (the shared articles are outside the repository); skipped", g.file)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(raw) {
			t.Fatalf("%s is not UTF-8", g.file)
		}
		got := renderGolden(t, g.file, g.anchor, g.why, string(raw))
		path := filepath.Join("testdata", g.golden)
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestGolden -update)", err)
		}
		if string(want) != got {
			t.Errorf("%s differs from %s:\n--- want\n%s--- got\n%s", g.file, path, want, got)
		}
	}
}
