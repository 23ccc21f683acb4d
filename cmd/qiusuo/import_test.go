package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// articlesDir holds the real articles shared by the project's sessions
// (../shared/articles beside the repository); tests that read them skip
// where it is absent.
const articlesDir = "../../../shared/articles"

func sharedArticles(t *testing.T) []string {
	t.Helper()
	ents, err := os.ReadDir(articlesDir)
	if err != nil {
		t.Skipf("no shared articles: %v", err)
	}
	var out []string
	for _, e := range ents {
		if n := e.Name(); n != "README.md" && !e.IsDir() {
			out = append(out, filepath.Join(articlesDir, n))
		}
	}
	return out
}

// An imported story written with -o loads back unchanged: `import --json`
// prints exactly what `story --json` prints for the written file, for
// every real article and the seed, and `--story` accepts the file.
func TestImportRoundTrip(t *testing.T) {
	files := append(sharedArticles(t), "../../data/hangzhou-2025.txt")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "story.json")
			code, direct, errOut := runCLI("import", f, "--json")
			if code != 0 {
				t.Fatalf("import --json: exit %d: %s", code, errOut)
			}
			if code, _, errOut := runCLI("import", f, "-o", out); code != 0 {
				t.Fatalf("import -o: exit %d: %s", code, errOut)
			}
			code, back, errOut := runCLI("story", "--json", "--story", out)
			if code != 0 {
				t.Fatalf("story --json of the written file: exit %d: %s", code, errOut)
			}
			if direct != back {
				t.Errorf("the written story differs from the import")
			}
			art, err := os.ReadFile(filepath.Join(filepath.Dir(out), "story.article.txt"))
			if err != nil || !strings.Contains(string(direct), `"published"`) {
				t.Fatalf("article beside the story: %v", err)
			}
			story, _ := os.ReadFile(out)
			if !strings.Contains(string(story), `"article": "story.article.txt"`) || strings.Contains(string(story), `\u`) {
				t.Errorf("story file does not name its article relatively, or escapes text:\n%.300s", story)
			}
			_ = art
		})
	}
}

func TestImportOptions(t *testing.T) {
	f := filepath.Join(articlesDir, "unitree-gala-2025-jiupai.txt")
	if _, err := os.Stat(f); err != nil {
		t.Skip("no shared articles")
	}
	// Without a publication date, 17日 stays unresolved; with one it is
	// that day of the publication month.
	_, out, _ := runCLI("import", f, "--json")
	if !strings.Contains(out, `"published": null`) || !strings.Contains(out, `"when": "17日"`) {
		t.Fatalf("without --published:\n%.400s", out)
	}
	_, out, _ = runCLI("import", f, "--json", "--published", "2025-02-18")
	if !strings.Contains(out, `"published": "2025-02-18"`) || !strings.Contains(out, `"from": "2025-02-17"`) {
		t.Errorf("with --published 2025-02-18, 17日 should resolve to 2025-02-17:\n%s", out)
	}
	// Another scheme: the story links to it, and -o keeps it beside the story.
	dir := t.TempDir()
	scheme := filepath.Join(dir, "robots.json")
	os.WriteFile(scheme, []byte(`{"format": "qiusuo-scheme/1", "id": "robots", "name": "机器人",
  "tiers": [{"id": "r", "name": "机器人产业"}],
  "members": [{"id": "humanoid", "tier": "r", "name": "人形机器人", "terms": ["秧歌", "机器人"]}]}`), 0o644)
	out2 := filepath.Join(dir, "s.json")
	if code, _, e := runCLI("import", f, "--scheme", scheme, "-o", out2); code != 0 {
		t.Fatalf("--scheme: %s", e)
	}
	_, back, e := runCLI("story", "--json", "--story", out2)
	if !strings.Contains(back, `"id": "humanoid"`) || strings.Contains(back, `"id": "robots"`) {
		t.Errorf("story with another scheme: %s %.500s", e, back)
	}
	_, direct, _ := runCLI("import", f, "--scheme", scheme, "--json")
	if direct != back {
		t.Error("with --scheme, the written story differs from the import")
	}
}

func TestImportErrors(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("2025年6月30日，首届魔搭开发者大会在杭州举行。\n"), 0o644)
	pdf := filepath.Join(dir, "x.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), 0o644)
	badScheme := filepath.Join(dir, "bad.json")
	os.WriteFile(badScheme, []byte(`{"format": "qiusuo-scheme/1", "id": "b", "name": "b", "tiers": [], "members": [{"id": "m", "tier": "t", "name": "M"}]}`), 0o644)
	out := filepath.Join(dir, "out.json")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"import"}, "missing FILE"},
		{[]string{"import", art, art}, "unexpected argument"},
		{[]string{"import", filepath.Join(dir, "none.txt"), "-o", out}, "none.txt"},
		{[]string{"import", pdf, "-o", out}, "x.pdf: "},
		{[]string{"import", art, "--published", "2025-13", "-o", out}, `--published "2025-13"`},
		{[]string{"import", art, "--encoding", "latin9", "-o", out}, "--encoding"},
		{[]string{"import", art, "--scheme", badScheme, "-o", out}, `bad.json: members[0] "m": unknown tier "t"`},
		{[]string{"import", art, "--scheme", filepath.Join(dir, "nope.json")}, "nope.json: file not found"},
		{[]string{"import", art, "-o", filepath.Join(dir, "out.txt")}, "ends in .json"},
		{[]string{"import", art, "-o", filepath.Join(dir, "no-such-dir", "s.json")}, "no-such-dir"},
		{[]string{"import", filepath.Join(dir, "out.article.txt"), "-o", out}, "would overwrite"},
	} {
		code, stdout, errOut := runCLI(tc.args...)
		if code != 2 || stdout != "" || !strings.Contains(errOut, tc.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and one line containing %q", tc.args, code, errOut, tc.want)
		}
	}
	// Nothing was written by any failure.
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		switch e.Name() {
		case "a.txt", "x.pdf", "bad.json":
		default:
			t.Errorf("a failed import left %s behind", e.Name())
		}
	}
}
