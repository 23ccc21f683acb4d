package data

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

func TestBuiltinScheme(t *testing.T) {
	sc, ok := BuiltinScheme(DefaultSchemeID)
	if !ok {
		t.Fatal("no built-in hangzhou-296x scheme")
	}
	if len(sc.Tiers) != 4 || len(sc.Members) != 18 {
		t.Fatalf("%d tiers, %d members", len(sc.Tiers), len(sc.Members))
	}
	unnamed := 0
	for _, m := range sc.Members {
		if !m.InArticle {
			unnamed++
		}
	}
	if unnamed != 6 {
		t.Errorf("%d unnamed members, want the 6 hundred-billion clusters the article does not name", unnamed)
	}
	if _, ok := BuiltinScheme("../story"); ok {
		t.Error("a path is not a scheme id")
	}
}

// The curated story shares the scheme rather than copying it: loading it
// in the older self-contained form gives the same story.
func TestSchemeStoryEqualsInline(t *testing.T) {
	shared, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if shared.Scheme != DefaultSchemeID {
		t.Errorf("default story's scheme is %q", shared.Scheme)
	}
	b, _ := defaultFS.ReadFile(DefaultStoryFile)
	art, _ := defaultFS.ReadFile("hangzhou-2025.txt")
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	inlineScheme(t, m)
	b2, _ := json.Marshal(m)
	inline, err := LoadStoryFS(fstest.MapFS{"s.json": {Data: b2}, "hangzhou-2025.txt": {Data: art}}, "s.json", "s.json")
	if err != nil {
		t.Fatal(err)
	}
	j1, _ := json.Marshal(shared)
	j2, _ := json.Marshal(inline)
	if string(j1) != string(j2) {
		t.Error("the story with the shared scheme differs from its inline form")
	}
}

func TestSchemeValidation(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{``, `empty file`},
		{`{"format": "qiusuo-scheme/1"`, `the file ends before`},
		{`{"format": "x", "id": "s", "name": "n", "tiers": [{"id": "a", "name": "A"}], "members": [{"id": "m", "tier": "a", "name": "M"}]}`, `format: is "x"`},
		{`{"format": "qiusuo-scheme/1", "id": "S S", "name": "n", "tiers": [{"id": "a", "name": "A"}], "members": [{"id": "m", "tier": "a", "name": "M"}]}`, `id: "S S": use lower-case`},
		{`{"format": "qiusuo-scheme/1", "id": "s", "name": "n", "tiers": [{"id": "a", "name": "A"}], "members": [{"id": "m", "tier": "b", "name": "M"}]}`, `members[0] "m": unknown tier "b"`},
		{`{"format": "qiusuo-scheme/1", "id": "s", "name": "n", "tiers": [{"id": "a", "name": "A", "size": 2}], "members": [{"id": "m", "tier": "a", "name": "M"}]}`, `tiers "a": declares 2 members but 1`},
		{`{"format": "qiusuo-scheme/1", "id": "s", "name": "n", "tiers": [{"id": "a", "name": "A"}], "members": [{"id": "m", "tier": "a"}]}`, `members[0] "m": missing field "name"`},
		{`{"format": "qiusuo-scheme/1", "id": "s", "name": "n", "tiers": [{"id": "a", "name": "A"}], "members": [{"id": "m", "tier": "a", "name": "M", "sentences": ["x"]}]}`, `does not link sentences`},
		{`{"format": "qiusuo-scheme/1", "id": "s", "name": "n", "tiers": [{"id": "a", "name": "A"}], "members": [{"id": "m", "tier": "a", "name": "M", "trems": []}]}`, `unknown field "trems"`},
		{"{\"format\": \"qiusuo-scheme/1\",\n \"id\": 3}", `line 2:`},
	} {
		_, err := ParseScheme("s.json", []byte(tc.file))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "s.json: ") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s\n got %v\nwant s.json: …%s…", tc.file, err, tc.want)
		}
	}
}

// A story can name a scheme file beside it instead of a built-in scheme.
func TestStorySchemeFile(t *testing.T) {
	scheme, _ := schemesFS.ReadFile("schemes/hangzhou-296x.json")
	story, _ := defaultFS.ReadFile(DefaultStoryFile)
	art, _ := defaultFS.ReadFile("hangzhou-2025.txt")
	story = []byte(strings.Replace(string(story), `"scheme": "hangzhou-296x"`, `"scheme": "plan.json"`, 1))
	fsys := fstest.MapFS{"s.json": {Data: story}, "hangzhou-2025.txt": {Data: art}, "plan.json": {Data: scheme}}
	s, err := LoadStoryFS(fsys, "s.json", "s.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Clusters) != 18 || s.ClusterScheme() == nil {
		t.Fatalf("%d clusters", len(s.Clusters))
	}
	for ref, want := range map[string]string{"missing.json": "missing.json: file not found", "../x.json": "must be a file beside the story", "nope": `unknown scheme "nope"`} {
		b := []byte(strings.Replace(string(story), `"scheme": "plan.json"`, `"scheme": "`+ref+`"`, 1))
		fsys["s.json"] = &fstest.MapFile{Data: b}
		if _, err := LoadStoryFS(fsys, "s.json", "s.json"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("scheme %q: got %v, want …%s…", ref, err, want)
		}
	}
}
