package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// storyCmd prints the linked story.
func storyCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("story")
	asJSON := fs.Bool("json", false, "print JSON")
	path := fs.String("story", "", "story file or article")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagFail(stdout, stderr, err, "story --json [--story PATH]")
	}
	if len(pos) > 0 {
		return fail(stderr, "story: unexpected argument %q", pos[0])
	}
	s, err := loadStory(*path)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	if *asJSON {
		return writeJSON(stdout, stderr, s)
	}
	a := s.Article
	fmt.Fprintf(stdout, "%s\n%d passages, %d events, %d clusters, %d entities, %d facts\n",
		a.Title(), len(a.Passages), len(s.Events), len(s.Clusters), len(s.Entities), len(s.Facts))
	for _, e := range s.Events {
		fmt.Fprintf(stdout, "  %-10s %-8s %s\n", e.ID, e.When, e.Title)
	}
	if s.IsDraft() {
		fmt.Fprintf(stdout, "draft: %d broken links to fix (qiusuo --story FILE --edit)\n", len(s.Unresolved))
		for _, p := range s.Unresolved {
			fmt.Fprintf(stdout, "  %s\n", p)
		}
	}
	return exitOK
}

// searchCmd searches the article.
func searchCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("search")
	asJSON := fs.Bool("json", false, "print JSON")
	path := fs.String("story", "", "story file or article")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagFail(stdout, stderr, err, "search QUERY [--json] [--story PATH]")
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		return fail(stderr, "search: missing QUERY (e.g. qiusuo search 机器人)")
	}
	s, err := loadStory(*path)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	e := engine.New(s)
	e.Wait() // word-aware ranking
	res := e.Search(query)
	cands := e.Candidates(query, maxCandidates)
	if *asJSON {
		return writeJSON(stdout, stderr, searchJSON(s, res, cands))
	}
	fmt.Fprintf(stdout, "%d occurrence(s) in %d passage(s) for %s\n", res.Hits, len(res.Results), strings.Join(res.Terms, " + "))
	for _, r := range res.Readings {
		fmt.Fprintf(stdout, "read as %s: %s\n", r.Via, r.Label())
	}
	if len(cands) > 0 {
		words := make([]string, len(cands))
		for i, c := range cands {
			words[i] = c.Word
		}
		fmt.Fprintf(stdout, "candidates: %s\n", strings.Join(words, " "))
	}
	for _, r := range res.Results {
		p := &s.Article.Passages[r.Passage]
		fmt.Fprintf(stdout, "%-7s %s【%s】%s\n", p.ID, r.Snippet.Before, r.Snippet.Match, r.Snippet.After)
	}
	return exitOK
}

// maxCandidates is how many words the CLI offers for a term typed in
// pinyin or English (as many as the search panel's candidate bar).
const maxCandidates = 8

type searchHitJSON struct {
	Term  string     `json:"term"`
	Start int        `json:"start"`
	End   int        `json:"end"`
	Whole bool       `json:"whole_word"`
	Via   engine.Via `json:"via"`
}

type searchReadingJSON struct {
	Term  string     `json:"term"`
	Via   engine.Via `json:"via"`
	From  string     `json:"from"`
	To    []string   `json:"to"`
	Label string     `json:"label"`
}

type searchCandidateJSON struct {
	Word  string     `json:"word"`
	Query string     `json:"query"`
	Via   engine.Via `json:"via"`
	Count int        `json:"count"`
}

type searchResultJSON struct {
	Passage string          `json:"passage"`
	Kind    data.Kind       `json:"kind"`
	Score   float64         `json:"score"`
	Matched int             `json:"matched_terms"`
	Via     engine.Via      `json:"via"`
	Text    string          `json:"text"`
	Snippet engine.Snippet  `json:"snippet"`
	Hits    []searchHitJSON `json:"hits"`
}

func searchJSON(s *data.Story, res engine.Results, cands []engine.Candidate) any {
	out := struct {
		Query      string                `json:"query"`
		Terms      []string              `json:"terms"`
		Hits       int                   `json:"hits"`
		Readings   []searchReadingJSON   `json:"readings"`
		Candidates []searchCandidateJSON `json:"candidates"`
		Results    []searchResultJSON    `json:"results"`
	}{Query: res.Query, Terms: res.Terms, Hits: res.Hits, Results: []searchResultJSON{},
		Readings: []searchReadingJSON{}, Candidates: []searchCandidateJSON{}}
	for _, r := range res.Readings {
		out.Readings = append(out.Readings, searchReadingJSON{Term: res.Terms[r.Term], Via: r.Via, From: r.From, To: r.To, Label: r.Label()})
	}
	for _, c := range cands {
		out.Candidates = append(out.Candidates, searchCandidateJSON(c))
	}
	for _, r := range res.Results {
		p := &s.Article.Passages[r.Passage]
		jr := searchResultJSON{Passage: p.ID, Kind: p.Kind, Score: r.Score, Matched: r.Matched, Via: r.Via, Text: p.Text, Snippet: r.Snippet}
		for _, h := range r.Hits {
			jr.Hits = append(jr.Hits, searchHitJSON{Term: res.Terms[h.Term], Start: h.Spans[0][0], End: h.Spans[len(h.Spans)-1][1], Whole: h.Whole, Via: h.Via})
		}
		out.Results = append(out.Results, jr)
	}
	return out
}

// keywordsCmd prints the article's TF-IDF keywords.
func keywordsCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("keywords")
	asJSON := fs.Bool("json", false, "print JSON")
	top := fs.Int("top", 20, "how many keywords")
	path := fs.String("story", "", "story file or article")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagFail(stdout, stderr, err, "keywords [--top N] [--json] [--story PATH]")
	}
	if len(pos) > 0 {
		return fail(stderr, "keywords: unexpected argument %q", pos[0])
	}
	if *top < 1 || *top > 1000 {
		return fail(stderr, "keywords: --top %d is out of range (1–1000)", *top)
	}
	s, err := loadStory(*path)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	kws := engine.New(s).Keywords(nil, *top)
	if *asJSON {
		type kw struct {
			Term   string  `json:"term"`
			Weight float64 `json:"weight"`
			Count  int     `json:"count"`
		}
		out := make([]kw, len(kws))
		for i, k := range kws {
			out[i] = kw(k)
		}
		return writeJSON(stdout, stderr, out)
	}
	for i, k := range kws {
		fmt.Fprintf(stdout, "%3d  %-12s %4d  %.1f\n", i+1, k.Term, k.Count, k.Weight)
	}
	return exitOK
}

func flagFail(stdout, stderr io.Writer, err error, syntax string) int {
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(stdout, "usage: qiusuo %s\n", syntax)
		return exitOK
	}
	return fail(stderr, "%v; usage: qiusuo %s", err, syntax)
}

func writeJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(stderr, "qiusuo: writing JSON: %v\n", err)
		return exitFail
	}
	return exitOK
}
