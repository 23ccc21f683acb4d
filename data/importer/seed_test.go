package importer

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/internal/explained"
)

// seedDiff compares the seed article imported without its story file
// with the curated story, one line per difference:
//
//	curated-only event:qwen                 an event the import did not find
//	import-only  event "今年末" p5.1          an event the curators did not make
//	when         event:gala "2025年农历新年"   the import quotes another date
//	curated-only event:davos p12.3          a sentence of a matched event
//	curated-only entity:xinhua 新华社          an entity (by any of its names)
//	import-only  fact "9个" p34.3            a figure (by figure and sentence)
//	curated-only cluster:ai p7.1            a cluster link
func seedDiff(cur, imp *data.Story) []string {
	a := cur.Article
	pid := func(p int) string { return a.Passages[p].ID }
	var out []string
	matched := map[int]bool{}
	for _, ce := range cur.Events {
		best, n := -1, 0
		for i, ie := range imp.Events {
			if k := overlap(ce.Passages, ie.Passages); k > n {
				best, n = i, k
			}
		}
		if best < 0 {
			out = append(out, fmt.Sprintf("curated-only event:%s", ce.ID))
			continue
		}
		matched[best] = true
		ie := imp.Events[best]
		if ce.When != ie.When {
			out = append(out, fmt.Sprintf("when event:%s %q -> %q", ce.ID, ce.When, ie.When))
		}
		for _, p := range ce.Passages {
			if !slices.Contains(ie.Passages, p) {
				out = append(out, fmt.Sprintf("curated-only event:%s %s", ce.ID, pid(p)))
			}
		}
		for _, p := range ie.Passages {
			if !slices.Contains(ce.Passages, p) {
				out = append(out, fmt.Sprintf("import-only event:%s %s", ce.ID, pid(p)))
			}
		}
	}
	for i, ie := range imp.Events {
		if !matched[i] {
			out = append(out, fmt.Sprintf("import-only event %q %s", ie.When, pid(ie.Passages[0])))
		}
	}
	names := func(e data.Entity) []string {
		ns := []string{e.Name}
		for _, al := range e.Aliases {
			ns = append(ns, al)
		}
		for _, n := range slices.Clone(ns) {
			ns = append(ns, strings.Trim(n, "《》“”"))
		}
		return ns
	}
	sameEntity := func(x, y data.Entity) bool {
		for _, a := range names(x) {
			if slices.Contains(names(y), a) {
				return true
			}
		}
		return false
	}
	for _, ce := range cur.Entities {
		if !slices.ContainsFunc(imp.Entities, func(ie data.Entity) bool { return sameEntity(ce, ie) }) {
			out = append(out, fmt.Sprintf("curated-only entity:%s %s", ce.ID, ce.Name))
		}
	}
	for _, ie := range imp.Entities {
		if !slices.ContainsFunc(cur.Entities, func(ce data.Entity) bool { return sameEntity(ce, ie) }) {
			out = append(out, fmt.Sprintf("import-only entity %q (%s)", ie.Name, ie.Kind))
		}
	}
	type fk struct {
		fig string
		p   int
	}
	curFacts, impFacts := map[fk]string{}, map[fk]bool{}
	for _, f := range cur.Facts {
		curFacts[fk{f.Figure, f.Passage}] = f.ID
	}
	for _, f := range imp.Facts {
		impFacts[fk{f.Figure, f.Passage}] = true
		if curFacts[fk{f.Figure, f.Passage}] == "" {
			out = append(out, fmt.Sprintf("import-only fact %q %s", f.Figure, pid(f.Passage)))
		}
	}
	for k, id := range curFacts {
		if !impFacts[k] {
			out = append(out, fmt.Sprintf("curated-only fact:%s %s %s", id, k.fig, pid(k.p)))
		}
	}
	for i, c := range cur.Clusters {
		ic := imp.Clusters[i]
		for _, p := range c.Passages {
			if !slices.Contains(ic.Passages, p) {
				out = append(out, fmt.Sprintf("curated-only cluster:%s %s", c.ID, pid(p)))
			}
		}
		for _, p := range ic.Passages {
			if !slices.Contains(c.Passages, p) {
				out = append(out, fmt.Sprintf("import-only cluster:%s %s", c.ID, pid(p)))
			}
		}
	}
	sort.Strings(out)
	return out
}

func overlap(a, b []int) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}

// TestSeedAgainstCurated imports the seed article without its story file
// (and without a publication date: the article prints none) and checks
// every difference from the curated story against testdata/seed-diff.txt,
// where each has its reason ("difference  # reason"): a new difference
// fails, and so does a listed one that no longer occurs.
func TestSeedAgainstCurated(t *testing.T) {
	cur, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := data.DefaultFS().ReadFile("hangzhou-2025.txt")
	imp, err := Import("hangzhou-2025.txt", string(b), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := seedDiff(cur, imp)
	const path = "testdata/seed-diff.txt"
	explained.Check(t, path, got, *update, []string{
		"The seed article imported without its story file, against the curated story: every difference, and why.",
		"Format: difference  # reason. Checked by TestSeedAgainstCurated (data/importer/seed_test.go).",
	}, 44)
}
