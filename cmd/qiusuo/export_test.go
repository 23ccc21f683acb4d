package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportAll writes the three exports of the default story in one run:
// exit 0, nothing on stderr, one line per file on stdout, and files that
// are what they claim to be.
func TestExportAll(t *testing.T) {
	dir := t.TempDir()
	j, c, p := filepath.Join(dir, "t.json"), filepath.Join(dir, "t.csv"), filepath.Join(dir, "h.pdf")
	code, out, errOut := runCLI("export", "--timelinejs", j, "--csv", c, "--pdf", p)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if n := strings.Count(out, "\n"); n != 3 || !strings.Contains(out, "5 left out") {
		t.Errorf("stdout %q: want one line per file saying what was left out", out)
	}
	if b, _ := os.ReadFile(p); !bytes.HasPrefix(b, []byte("%PDF-")) || len(b) > 1<<20 {
		t.Errorf("%s: not a PDF under 1 MB (%d bytes)", p, len(b))
	}
	if b, _ := os.ReadFile(c); !bytes.HasPrefix(b, []byte("\ufeffYear,Month,Day")) {
		t.Errorf("%s: not the template CSV with a BOM", c)
	}
	var tl struct {
		Events []json.RawMessage `json:"events"`
	}
	if b, _ := os.ReadFile(j); json.Unmarshal(b, &tl) != nil || len(tl.Events) != 3 {
		t.Errorf("%s: want TimelineJS JSON with 3 events", j)
	}
	// A TimelineJS file is a story for import and --story.
	code, out, errOut = runCLI("import", j)
	if code != 0 || errOut != "" || !strings.Contains(out, "3 events") {
		t.Errorf("import %s: exit %d, stdout %q, stderr %q", j, code, out, errOut)
	}
	code, out, _ = runCLI("story", "--json", "--story", j)
	if code != 0 || !strings.Contains(out, "宇树机器人登上央视春晚") {
		t.Errorf("story --story %s: exit %d", j, code)
	}
	story := filepath.Join(dir, "from-timeline.json")
	if code, _, errOut = runCLI("import", j, "-o", story); code != 0 {
		t.Fatalf("import -o: %s", errOut)
	}
	if code, _, errOut = runCLI("story", "--story", story); code != 0 {
		t.Errorf("the story file written from a timeline does not load: %s", errOut)
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export"}, "say what to write"},
		{[]string{"export", "--pdf", filepath.Join(dir, "a.pdf"), "--lang", "fr"}, `--lang "fr"`},
		{[]string{"export", "--pdf", filepath.Join(dir, "a.pdf"), "--paper", "A3"}, `--paper "A3"`},
		{[]string{"export", "--csv", filepath.Join(dir, "x"), "--pdf", filepath.Join(dir, "x")}, "both write"},
		{[]string{"export", "--csv", filepath.Join(dir, "no", "such", "dir.csv")}, "dir.csv"},
		{[]string{"export", "--csv", filepath.Join(dir, "a.csv"), "--story", filepath.Join(dir, "missing.json")}, "missing.json"},
		{[]string{"export", "extra", "--csv", "a.csv"}, `unexpected argument "extra"`},
	} {
		code, out, errOut := runCLI(c.args...)
		if code != exitUsage || out != "" || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want status 2 and one line with %q", c.args, code, out, errOut, c.want)
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("failed exports left files: %v", ents)
	}
}
