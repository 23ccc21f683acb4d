package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

type cliSearch struct {
	Terms   []string `json:"terms"`
	Hits    int      `json:"hits"`
	Results []struct {
		Passage string `json:"passage"`
		Hits    []struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Via   string `json:"via"`
		} `json:"hits"`
	} `json:"results"`
}

// searchJSONOf runs `qiusuo search QUERY --json` and returns the
// passages found and, per passage, the article offsets of its hits found
// by the characters typed (not by pinyin or another reading).
func searchJSONOf(t *testing.T, query ...string) (cliSearch, []string) {
	t.Helper()
	code, out, errOut := runCLI(append(append([]string{"search"}, query...), "--json")...)
	if code != 0 || errOut != "" {
		t.Fatalf("search %q: exit %d, stderr %q", query, code, errOut)
	}
	var res cliSearch
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search %q: %v\n%s", query, err, out)
	}
	var hits []string
	for _, r := range res.Results {
		for _, h := range r.Hits {
			if h.Via == "text" {
				hits = append(hits, fmt.Sprintf("%s@%d-%d", r.Passage, h.Start, h.End))
			}
		}
	}
	slices.Sort(hits)
	return res, hits
}

// TestSearchCLITraditional checks the CLI accepts what the search panel
// accepts: a Traditional query finds the same passages and the same
// occurrences as its Simplified spelling.
func TestSearchCLITraditional(t *testing.T) {
	for trad, simp := range map[string]string{"機器人": "机器人", "宇樹科技": "宇树科技", "產業 集羣": "产业 集群"} {
		tr, trHits := searchJSONOf(t, strings.Fields(trad)...)
		sr, srHits := searchJSONOf(t, strings.Fields(simp)...)
		if sr.Hits == 0 {
			t.Fatalf("search %s found nothing", simp)
		}
		if tr.Hits != sr.Hits || !slices.Equal(trHits, srHits) {
			t.Errorf("search %s: %d hits %v\nsearch %s: %d hits %v", trad, tr.Hits, trHits, simp, sr.Hits, srHits)
		}
		if len(tr.Terms) == 0 || tr.Terms[0] != strings.Fields(trad)[0] {
			t.Errorf("search %s: terms %q, want them as typed", trad, tr.Terms)
		}
	}
}

// TestSearchCLICase checks Latin queries in any case or width find AI.
func TestSearchCLICase(t *testing.T) {
	_, want := searchJSONOf(t, "AI")
	if len(want) == 0 {
		t.Fatal("search AI found nothing")
	}
	for _, q := range []string{"ai", "Ai", "ＡＩ"} {
		if _, got := searchJSONOf(t, q); !slices.Equal(got, want) {
			t.Errorf("search %s: %d hits, search AI: %d", q, len(got), len(want))
		}
		code, out, _ := runCLI("search", q)
		if code != 0 || !strings.Contains(out, "【AI】") {
			t.Errorf("search %s: exit %d, no 【AI】 in\n%s", q, code, out)
		}
	}
}

// TestSearchCLIReadings: pinyin, initials, English names and regional
// words find the Chinese, say so, and offer the story's words.
func TestSearchCLIReadings(t *testing.T) {
	_, chars := searchJSONOf(t, "机器人")
	for _, q := range []string{"jiqiren", "jqr", "ji qi ren"} {
		code, out, _ := runCLI("search", q, "--json")
		var res struct {
			Terms    []string `json:"terms"`
			Readings []struct {
				Via   string `json:"via"`
				Label string `json:"label"`
			} `json:"readings"`
			Candidates []struct {
				Word  string `json:"word"`
				Query string `json:"query"`
			} `json:"candidates"`
			Results []struct {
				Passage string `json:"passage"`
				Snippet struct {
					Before, Match, After string
				} `json:"snippet"`
				Hits []struct {
					Start, End int
				} `json:"hits"`
			} `json:"results"`
		}
		if code != 0 || json.Unmarshal([]byte(out), &res) != nil {
			t.Fatalf("search %s: exit %d\n%s", q, code, out)
		}
		var got []string
		for _, r := range res.Results {
			for _, h := range r.Hits {
				got = append(got, fmt.Sprintf("%s@%d-%d", r.Passage, h.Start, h.End))
			}
		}
		for _, c := range chars {
			if !slices.Contains(got, c) {
				t.Errorf("search %s misses %s", q, c)
			}
		}
		if len(res.Readings) == 0 || !strings.HasSuffix(res.Readings[0].Label, "→ 机器人") {
			t.Errorf("search %s: readings %+v", q, res.Readings)
		}
		if len(res.Candidates) == 0 || res.Candidates[0].Word != "机器人" || res.Candidates[0].Query != "机器人" {
			t.Errorf("search %s: candidates %+v", q, res.Candidates)
		}
		if r := res.Results[0]; r.Snippet.Match == "" || !strings.Contains(out, `"before"`) {
			t.Errorf("search %s: snippet keys not before/match/after:\n%.400s", q, out)
		}
	}
	code, out, _ := runCLI("search", "Unitree")
	if code != 0 || !strings.Contains(out, "read as english: Unitree Robotics → 宇树科技") || !strings.Contains(out, "【宇树") {
		t.Errorf("search Unitree: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI("search", "人工智慧")
	if code != 0 || !strings.Contains(out, "read as regional: 人工智慧 → 人工智能") || !strings.Contains(out, "【人工智能】") {
		t.Errorf("search 人工智慧: exit %d\n%s", code, out)
	}
}
