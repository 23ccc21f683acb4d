package engine

import (
	"flag"
	"fmt"
	"sort"
	"testing"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/internal/explained"
)

var update = flag.Bool("update", false, "rewrite testdata/autolink-diff.txt (keeps existing reasons)")

// linkDiff lists where the curated links of the default story and the
// auto-linker disagree, one line per difference:
//
//	curated-only cluster:brain p21.1
//	auto-only    entity:nature p13.3
func linkDiff(s *data.Story, auto []Link) []string {
	type key struct {
		ref data.Ref
		p   int
	}
	autoSet := map[key]bool{}
	for _, l := range auto {
		autoSet[key{l.Target, l.Passage}] = true
	}
	curSet := map[key]bool{}
	add := func(kind data.RefKind, id string, ps []int) {
		for _, p := range ps {
			curSet[key{data.Ref{Kind: kind, ID: id}, p}] = true
		}
	}
	for _, c := range s.Clusters {
		add(data.RefCluster, c.ID, c.Passages)
	}
	for _, e := range s.Entities {
		add(data.RefEntity, e.ID, e.Passages)
	}
	for _, e := range s.Events {
		add(data.RefEvent, e.ID, e.Passages)
	}
	var out []string
	for k := range curSet {
		if !autoSet[k] {
			out = append(out, fmt.Sprintf("curated-only %s %s", k.ref, s.Article.Passages[k.p].ID))
		}
	}
	for k := range autoSet {
		if !curSet[k] {
			out = append(out, fmt.Sprintf("auto-only %s %s", k.ref, s.Article.Passages[k.p].ID))
		}
	}
	sort.Strings(out)
	return out
}

// TestAutoLinkAgainstCurated checks the curated default story against the
// auto-linker. Every difference must be listed, with the reason, in
// testdata/autolink-diff.txt ("difference  # reason"): a new difference
// (a curation slip or a linker change) fails, and so does a listed one
// that no longer occurs.
func TestAutoLinkAgainstCurated(t *testing.T) {
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	got := linkDiff(s, New(s).AutoLink())
	const path = "testdata/autolink-diff.txt"
	explained.Check(t, path, got, *update, []string{
		"Where the curated links of the default story differ from the auto-linker, and why.",
		"Format: curated-only|auto-only REF PASSAGE  # reason. Checked by TestAutoLinkAgainstCurated.",
	}, 40)
}
