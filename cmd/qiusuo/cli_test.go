package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func TestStoryJSON(t *testing.T) {
	code, out, errOut := runCLI("story", "--json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var s struct {
		Title    string `json:"title"`
		Passages []struct {
			ID, Kind, Text string
			Paragraph      int
			Start, End     int
		} `json:"passages"`
		Clusters []struct {
			ID, Tier, Name string
			NameEn         string   `json:"name_en"`
			InArticle      bool     `json:"in_article"`
			Passages       []string `json:"passages"`
		} `json:"clusters"`
		Events []struct {
			ID, Title, When, Precision   string
			Passages, Clusters, Entities []string
		} `json:"events"`
		Entities []json.RawMessage `json:"entities"`
		Facts    []json.RawMessage `json:"facts"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	if s.Title != "杭州“深度求索”的年度叙事" || len(s.Passages) != 99 || len(s.Clusters) != 18 || len(s.Events) != 8 || len(s.Entities) == 0 || len(s.Facts) == 0 {
		t.Fatalf("story: title %q, %d passages, %d clusters, %d events", s.Title, len(s.Passages), len(s.Clusters), len(s.Events))
	}
	art, _ := os.ReadFile("../../data/hangzhou-2025.txt")
	runes := []rune(string(art))
	for _, p := range s.Passages {
		if p.Start < 0 || p.End > len(runes) || p.Start >= p.End {
			t.Fatalf("%s: bad span %d–%d", p.ID, p.Start, p.End)
		}
		// Passages without a page break map exactly onto the article.
		if got := string(runes[p.Start:p.End]); !strings.Contains(got, "\n") && got != p.Text {
			t.Errorf("%s: article[%d:%d] = %q, text %q", p.ID, p.Start, p.End, got, p.Text)
		}
	}
	if s.Events[0].ID != "gala" || s.Events[len(s.Events)-1].ID != "modelscope" {
		t.Errorf("events not in chronological order: first %s, last %s", s.Events[0].ID, s.Events[len(s.Events)-1].ID)
	}
}

func TestSearchAndKeywordsCLI(t *testing.T) {
	code, out, _ := runCLI("search", "机器人", "春晚", "--json")
	var res struct {
		Terms   []string `json:"terms"`
		Results []struct {
			Passage string `json:"passage"`
			Matched int    `json:"matched_terms"`
		} `json:"results"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || len(res.Terms) != 2 || res.Results[0].Passage != "p4.1" {
		t.Fatalf("search: exit %d, %s", code, out)
	}
	code, out, _ = runCLI("search", "ai")
	if code != 0 || !strings.Contains(out, "【AI】") {
		t.Errorf("search ai: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI("keywords", "--top", "5", "--json")
	var kws []struct{ Term string }
	if code != 0 || json.Unmarshal([]byte(out), &kws) != nil || len(kws) != 5 {
		t.Fatalf("keywords: exit %d, %s", code, out)
	}
}

func TestCLIErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"format": "qiusuo-story/1", "article": `), 0o644)
	noise := filepath.Join(dir, "noise.txt")
	os.WriteFile(noise, []byte("\x00\x01\x02\xff\xfe\x00\x89PNG"), 0o644)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"story", "--bogus"}, "flag provided but not defined: -bogus"},
		{[]string{"story", "extra"}, `unexpected argument "extra"`},
		{[]string{"story", "--story", filepath.Join(dir, "none.json")}, "none.json: file not found"},
		{[]string{"story", "--story", bad}, "bad.json: invalid JSON"},
		{[]string{"story", "--story", noise}, "noise.txt: "},
		{[]string{"story", "--story", dir}, "is a folder"},
		{[]string{"search"}, "missing QUERY"},
		{[]string{"search", "x", "--story"}, "flag needs an argument"},
		{[]string{"keywords", "--top", "0"}, "--top 0 is out of range"},
		{[]string{"keywords", "--top", "ten"}, `invalid value "ten"`},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"--select", "event:nope", "--screenshot", filepath.Join(dir, "x.png")}, `no event with id "nope"`},
		{[]string{"--size", "12x", "--screenshot", filepath.Join(dir, "x.png")}, "--size"},
	}
	for _, tc := range tests {
		code, out, errOut := runCLI(tc.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tc.want) || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "qiusuo: ") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and one line containing %q", tc.args, code, out, errOut, tc.want)
		}
	}
	if code, out, _ := runCLI("story", "--help"); code != 0 || !strings.Contains(out, "usage") {
		t.Errorf("--help: exit %d, %q", code, out)
	}
}

// TestStoryDraft: a story saved as a draft loads and says, in text and in
// JSON, what is still to fix.
func TestStoryDraft(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"hangzhou-2025.txt", "hangzhou-2025.story.json"} {
		b, err := os.ReadFile(filepath.Join("../../data", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "hangzhou-2025.story.json" {
			b = []byte(strings.TrimSuffix(strings.TrimSpace(string(b)), "}") +
				`, "draft": {"unresolved": [{"where": "events[0] \"gala\": sentences[0]", "item": "event:gala", "problem": "quote \"旧句\" is not in any one sentence of the article", "code": "quote-missing", "quote": "旧句"}]}}`)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	path := filepath.Join(dir, "hangzhou-2025.story.json")
	code, out, errOut := runCLI("story", "--story", path)
	if code != 0 || !strings.Contains(out, "draft: 1 broken links to fix") || !strings.Contains(out, "旧句") {
		t.Errorf("story of a draft: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, _ = runCLI("story", "--json", "--story", path)
	if code != 0 || !strings.Contains(out, `"code": "quote-missing"`) {
		t.Errorf("story --json of a draft: exit %d, no draft section in %q", code, out[max(0, len(out)-400):])
	}
}
