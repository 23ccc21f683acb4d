package data

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefaultStory(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range s.Events {
		ids = append(ids, e.ID)
	}
	// Chronological: Gala → Davos → … → the year-end 魔搭 hub.
	want := []string{"gala", "davos", "renault", "qwen", "salon", "nature", "xiaolong", "modelscope"}
	if !slices.Equal(ids, want) {
		t.Errorf("events %v, want %v", ids, want)
	}
	tiers := map[string][]string{}
	for _, c := range s.Clusters {
		name := c.Name
		if !c.InArticle {
			name = "?"
		}
		tiers[c.Tier] = append(tiers[c.Tier], name)
	}
	wantTiers := map[string][]string{
		"2": {"人工智能", "视觉智能"},
		"9": {"具身智能机器人及其他智能终端", "集成电路", "生物医药与医疗器械", "?", "?", "?", "?", "?", "?"},
		"6": {"合成生物", "航空航天", "低空经济", "量子技术", "光电科技", "类脑智能"},
		"X": {"科创平台催生的潜在新赛道"},
	}
	for k, w := range wantTiers {
		if !slices.Equal(tiers[k], w) {
			t.Errorf("tier %s: %v, want %v", k, tiers[k], w)
		}
	}
	for _, c := range s.Clusters {
		if !c.InArticle && (c.Name != UnnamedName || c.NameEn != UnnamedNameEn || len(c.Passages) > 0) {
			t.Errorf("unnamed cluster %s shows %q/%q with %d passages", c.ID, c.Name, c.NameEn, len(c.Passages))
		}
		if c.InArticle && c.NameEn == "" {
			t.Errorf("cluster %s has no English name", c.ID)
		}
	}
}

// TestDefaultLinksMentions checks the curated links against the text: an
// entity is linked to every sentence that names it, and every event's
// date is printed in one of its sentences.
func TestDefaultLinksMentions(t *testing.T) {
	s, _ := Default()
	for _, en := range s.Entities {
		names := append([]string{en.Name}, en.Aliases...)
		for i, p := range s.Article.Passages {
			for _, n := range names {
				if strings.Contains(p.Text, strings.Trim(n, "《》")) && !slices.Contains(en.Passages, i) {
					t.Errorf("entity %s: %s names it (%q) but is not linked", en.ID, p.ID, n)
				}
			}
		}
	}
	for _, f := range s.Facts {
		p := &s.Article.Passages[f.Passage]
		if got := s.Article.Slice(f.Span.Start, f.Span.End); got != f.Figure || !strings.Contains(p.Text, got) {
			t.Errorf("fact %s: span gives %q, figure %q", f.ID, got, f.Figure)
		}
	}
	for _, e := range s.Events {
		if e.Public != nil && (e.Public.Note == "" || e.Public.NoteEn == "") {
			t.Errorf("event %s: a public date must say it is not from the article", e.ID)
		}
	}
}

// mutate loads the default story file as generic JSON, applies f and
// loads the result.
func mutate(t *testing.T, f func(m map[string]any)) error {
	t.Helper()
	raw, _ := defaultFS.ReadFile(DefaultStoryFile)
	art, _ := defaultFS.ReadFile("hangzhou-2025.txt")
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	b, _ := json.Marshal(m)
	fsys := fstest.MapFS{"s.json": {Data: b}, "hangzhou-2025.txt": {Data: art}}
	_, err := LoadStoryFS(fsys, "s.json", "s.json")
	return err
}

// inlineScheme rewrites a story that names the 296X scheme into the
// older self-contained form (tiers and full clusters in the story file).
func inlineScheme(t *testing.T, m map[string]any) {
	t.Helper()
	b, err := schemesFS.ReadFile("schemes/hangzhou-296x.json")
	if err != nil {
		t.Fatal(err)
	}
	var sc map[string]any
	if err := json.Unmarshal(b, &sc); err != nil {
		t.Fatal(err)
	}
	links := map[string]any{}
	for _, c := range m["clusters"].([]any) {
		links[c.(map[string]any)["id"].(string)] = c.(map[string]any)["sentences"]
	}
	for _, c := range sc["members"].([]any) {
		cm := c.(map[string]any)
		if ss, ok := links[cm["id"].(string)]; ok {
			cm["sentences"] = ss
		}
	}
	delete(m, "scheme")
	m["tiers"], m["clusters"] = sc["tiers"], sc["members"]
}

func item(m map[string]any, list string, i int) map[string]any {
	return m[list].([]any)[i].(map[string]any)
}

func TestStoryValidation(t *testing.T) {
	tests := []struct {
		name string
		f    func(m map[string]any)
		want string
	}{
		{"unknown cluster", func(m map[string]any) { item(m, "events", 0)["clusters"] = []any{"robotz"} },
			`events[0] "gala": clusters[0]: unknown id "robotz"`},
		{"duplicate id", func(m map[string]any) { item(m, "entities", 1)["id"] = "unitree" },
			`entities[1]: duplicate id "unitree" (also entities[0])`},
		{"bad id", func(m map[string]any) { item(m, "facts", 0)["id"] = "Bad Id" }, `id "Bad Id": use lower-case`},
		{"missing id", func(m map[string]any) { delete(item(m, "events", 2), "id") }, `events[2]: missing field "id"`},
		{"missing title", func(m map[string]any) { delete(item(m, "events", 2), "title") }, `missing field "title"`},
		{"quote not found", func(m map[string]any) { item(m, "clusters", 0)["sentences"] = []any{"不存在的句子"} },
			`quote "不存在的句子" is not in any one sentence`},
		{"ambiguous quote", func(m map[string]any) { item(m, "clusters", 0)["sentences"] = []any{"人工智能"} },
			`quote "人工智能" is ambiguous`},
		{"unknown passage id", func(m map[string]any) { item(m, "clusters", 0)["sentences"] = []any{"p99.9"} },
			`unknown passage id "p99.9"`},
		{"fact out of range", func(m map[string]any) { item(m, "facts", 0)["occurrence"] = 3 },
			`occurrence 3 of "96家" is out of range`},
		{"facts overlap", func(m map[string]any) {
			item(m, "facts", 1)["figure"] = "96家科技"
			item(m, "facts", 1)["sentence"] = "p5.1"
		}, `spans overlap`},
		{"bad precision", func(m map[string]any) { item(m, "events", 0)["precision"] = "decade" }, `precision "decade"`},
		{"invented date", func(m map[string]any) { item(m, "events", 2)["when"] = "2025年7月15日" },
			`when "2025年7月15日" does not occur in the event's sentences`},
		{"public date without note", func(m map[string]any) {
			item(m, "events", 0)["public_date"] = map[string]any{"date": "2025-01-28"}
		}, `public_date needs a note`},
		{"bad public date", func(m map[string]any) {
			item(m, "events", 0)["public_date"] = map[string]any{"date": "January", "note": "x"}
		}, `not YYYY-MM-DD`},
		{"unknown tier", func(m map[string]any) { inlineScheme(t, m); item(m, "clusters", 0)["tier"] = "7" }, `unknown tier "7"`},
		{"tier size", func(m map[string]any) {
			inlineScheme(t, m)
			m["clusters"] = m["clusters"].([]any)[1:]
		}, `tiers "2": declares 2 members but 1 clusters have this tier`},
		{"invented cluster name", func(m map[string]any) {
			inlineScheme(t, m)
			item(m, "clusters", 5)["in_article"] = true
			item(m, "clusters", 5)["name"] = "新材料"
		},
			`name "新材料" does not occur in the article`},
		{"unknown scheme", func(m map[string]any) { m["scheme"] = "hangzhou-297x" }, `scheme: unknown scheme "hangzhou-297x"`},
		{"unknown scheme member", func(m map[string]any) { item(m, "clusters", 0)["id"] = "robotz" }, `scheme "hangzhou-296x" has no member "robotz"`},
		{"scheme member with a tier", func(m map[string]any) { item(m, "clusters", 0)["tier"] = "9" }, `the tier comes from scheme`},
		{"scheme and tiers", func(m map[string]any) { m["tiers"] = []any{map[string]any{"id": "2", "name": "x"}} }, `tiers: the tiers come from scheme`},
		{"unnamed member named", func(m map[string]any) {
			m["clusters"] = append(m["clusters"].([]any), map[string]any{"id": "nine-4", "in_article": true})
		}, `does not name this member`},
		{"bad published", func(m map[string]any) { m["published"] = "2025-13" }, `published: "2025-13" is not YYYY`},
		{"bad date", func(m map[string]any) {
			item(m, "events", 2)["date"] = map[string]any{"from": "2025-07-31", "to": "2025-07-01", "precision": "month", "basis": "published"}
		}, `date: to 2025-07-01 is before from 2025-07-31`},
		{"vague date interval", func(m map[string]any) {
			item(m, "events", 2)["date"] = map[string]any{"from": "2025-07-01", "to": "2025-07-31", "precision": "vague", "basis": "published"}
		}, `precision "vague"`},
		{"bad basis", func(m map[string]any) {
			item(m, "events", 2)["date"] = map[string]any{"from": "2025-07-01", "to": "2025-07-31", "precision": "month", "basis": "guess"}
		}, `basis "guess"`},
		{"unknown field", func(m map[string]any) { item(m, "events", 0)["whenn"] = "x" }, `unknown field "whenn"`},
		{"wrong type", func(m map[string]any) { item(m, "events", 0)["clusters"] = "robots" }, `expected []string`},
		{"bad format", func(m map[string]any) { m["format"] = "qiusuo-story/9" }, `format: is "qiusuo-story/9"`},
		{"missing article", func(m map[string]any) { m["article"] = "nope.txt" }, `nope.txt: file not found`},
		{"no article field", func(m map[string]any) { delete(m, "article") }, `missing field "article"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := mutate(t, tc.f)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v\nwant it to contain %s", err, tc.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("message spans lines: %q", err)
			}
		})
	}
}

func TestStoryErrorCountsProblems(t *testing.T) {
	err := mutate(t, func(m map[string]any) {
		item(m, "events", 0)["clusters"] = []any{"x1", "x2"}
	})
	var se *StoryError
	if !errors.As(err, &se) || len(se.Problems) != 2 || !strings.HasSuffix(err.Error(), "(and 1 more problem)") {
		t.Fatalf("got %v", err)
	}
}

func TestLoadStoryFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	raw, _ := defaultFS.ReadFile(DefaultStoryFile)
	art, _ := defaultFS.ReadFile("hangzhou-2025.txt")
	write("hangzhou-2025.txt", string(art))
	if s, err := LoadStory(write("ok.json", string(raw))); err != nil || len(s.Events) != 8 {
		t.Fatalf("story from disk: %v", err)
	}
	if s, err := LoadStory(write("plain.txt", "标题\n\n一句话。两句话。\n")); err != nil || len(s.Article.Passages) != 3 || len(s.Events) != 0 {
		t.Fatalf("plain article: %v", err)
	}
	cases := map[string]string{
		write("syntax.json", "{\n  \"format\": \"qiusuo-story/1\",\n  \"article\": \"a.txt\" oops\n}"): "syntax.json: line 3:",
		write("empty.json", ""): "empty file",
		write("trailing.json", `{"format":"qiusuo-story/1","article":"hangzhou-2025.txt"} []`): "unexpected data after",
		write("truncated.json", `{"format":`):                                                  "ends before",
		write("array.json", `[1,2]`):                                                           "expected",
		filepath.Join(dir, "missing.json"):                                                     "missing.json: file not found",
		dir:                                                                                    "is a directory",
		write("gbk.txt", "\xb9\xfe\xd6\xdd"):                                                   "not UTF-8",
	}
	for path, want := range cases {
		_, err := LoadStory(path)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %v, want one line containing %q", filepath.Base(path), err, want)
		}
	}
}

func FuzzLoadStory(f *testing.F) {
	raw, _ := defaultFS.ReadFile(DefaultStoryFile)
	art, _ := defaultFS.ReadFile("hangzhou-2025.txt")
	f.Add(raw)
	f.Add([]byte(`{"format":"qiusuo-story/1","article":"hangzhou-2025.txt","facts":[{"id":"a","figure":"59","counts":"x","sentence":"p5.1","occurrence":-1}]}`))
	f.Add([]byte(`{"format":"qiusuo-story/1","article":"../x"}`))
	f.Add([]byte(`{"format":"qiusuo-story/1","article":"hangzhou-2025.txt","glossary":[{"id":"a","term":"破圈","explanation":"x","explanation_en":"x"},{"id":"b","term":"","explanation":"","explanation_en":""}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		fsys := fstest.MapFS{"s.json": {Data: b}, "hangzhou-2025.txt": {Data: art}}
		s, err := LoadStoryFS(fsys, "s.json", "s.json")
		if err != nil {
			if s != nil || err.Error() == "" || strings.Contains(err.Error(), "\n") {
				t.Fatalf("bad error %q", err)
			}
			return
		}
		for _, f := range s.Facts {
			if s.Article.Slice(f.Span.Start, f.Span.End) != f.Figure {
				t.Fatalf("fact %s span wrong", f.ID)
			}
		}
		for _, g := range s.Glossary {
			if len(g.Passages) == 0 || s.Index(Ref{RefTerm, g.ID}) < 0 {
				t.Fatalf("term %s unlinked", g.ID)
			}
			for _, p := range g.Passages {
				if !strings.Contains(s.Article.Passages[p].Text, g.Term) {
					t.Fatalf("term %s linked to %d, which does not contain it", g.ID, p)
				}
			}
		}
	})
}

func TestTour(t *testing.T) {
	s, _ := Default()
	var ids []string
	for i, st := range s.Tour {
		ids = append(ids, st.ID)
		if st.Title == "" || st.Notes == "" || st.NotesEn == "" {
			t.Errorf("stop %s lacks a title or notes", st.ID)
		}
		if r := s.StopRef(i); len(s.Passages(r)) == 0 {
			t.Errorf("stop %s (%v) highlights nothing", st.ID, r)
		}
	}
	want := []string{"intro", "gala", "davos", "renault", "qwen", "salon", "nature", "xiaolong", "modelscope", "map", "outlook"}
	if !slices.Equal(ids, want) {
		t.Errorf("tour %v, want %v", ids, want)
	}
	if !s.Tour[9].Map {
		t.Error("the 296X stop must show the map")
	}
	// A story without a tour gets the timeline, then the map.
	err := mutate(t, func(m map[string]any) { delete(m, "tour") })
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct {
		stop map[string]any
		want string
	}{
		{map[string]any{"id": "a", "title": "x", "select": "event:nope"}, `select "event:nope"`},
		{map[string]any{"id": "a", "title": "x"}, `a stop needs`},
		{map[string]any{"id": "a", "select": "event:gala", "sentences": []any{"p4.1"}}, `not both`},
		{map[string]any{"id": "a", "sentences": []any{"p4.1"}}, `missing field "title"`},
	} {
		err := mutate(t, func(m map[string]any) { m["tour"] = []any{bad.stop} })
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("tour %v: error %v, want %q", bad.stop, err, bad.want)
		}
	}
}
