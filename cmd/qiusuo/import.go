package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/importer"
	"github.com/qiusuo/qiusuo/data/source"
)

const importSyntax = "import FILE [--published DATE] [--scheme FILE] [--encoding NAME] [-o STORY.json] [--json]"

// importCmd turns an article (any encoding, plain text, Markdown or a
// saved web page) into a linked story: printed as JSON (--json), written
// as a story file with the article beside it (-o), or summarised.
func importCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import")
	published := fs.String("published", "", "publication date: YYYY, YYYY-MM or YYYY-MM-DD")
	schemePath := fs.String("scheme", "", "cluster scheme file (default: Hangzhou 296X)")
	enc := fs.String("encoding", "", "the file's encoding: "+source.AcceptedEncodings)
	out := fs.String("o", "", "write the story file here (the article is saved beside it)")
	asJSON := fs.Bool("json", false, "print the story as JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagFail(stdout, stderr, err, importSyntax)
	}
	switch {
	case len(pos) == 0:
		return fail(stderr, "import: missing FILE; usage: qiusuo %s", importSyntax)
	case len(pos) > 1:
		return fail(stderr, "import: unexpected argument %q (one FILE at a time)", pos[1])
	}
	if *published != "" && !data.ValidPublished(*published) {
		return fail(stderr, "import: --published %q: expected YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-10-15)", *published)
	}
	if _, err := source.ParseEncoding(*enc); err != nil {
		return fail(stderr, "import: --encoding: %v", err)
	}
	if *out != "" && !strings.HasSuffix(strings.ToLower(*out), ".json") {
		return fail(stderr, "import: -o %s: a story file name ends in .json", *out)
	}
	opt := importer.Options{Published: *published}
	var schemeBytes []byte
	if *schemePath != "" {
		if opt.Scheme, err = data.LoadScheme(*schemePath); err != nil {
			return fail(stderr, "%v", err)
		}
		schemeBytes, _ = os.ReadFile(*schemePath)
		opt.SchemeRef = opt.Scheme.ID
	}
	var files []outFile
	if *out != "" {
		stem := strings.TrimSuffix(*out, filepath.Ext(*out))
		files = []outFile{{path: stem + ".article.txt"}}
		if schemeBytes != nil {
			files = append(files, outFile{path: stem + ".scheme.json", data: schemeBytes})
			opt.SchemeRef = filepath.Base(stem + ".scheme.json")
		}
		for _, f := range files {
			if sameFile(f.path, pos[0]) || sameFile(f.path, *schemePath) {
				return fail(stderr, "import: -o %s would overwrite %s; choose another name", *out, f.path)
			}
		}
	}
	s, doc, err := importFile(pos[0], *enc, opt)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	if *out != "" {
		b, err := data.EncodeStoryFile(s, filepath.Base(files[0].path))
		if err != nil {
			return fail(stderr, "import: %v", err)
		}
		files[0].data = []byte(doc.Text)
		files = append(files, outFile{path: *out, data: b})
		if err := writeAtomically(files); err != nil {
			return fail(stderr, "import: %v", err)
		}
	}
	if *asJSON {
		return writeJSON(stdout, stderr, s)
	}
	if *out == "" {
		printSummary(stdout, s)
	}
	return exitOK
}

// printSummary is the human-readable form of a story: title, counts and
// the timeline.
func printSummary(w io.Writer, s *data.Story) {
	a := s.Article
	pub := s.Published
	if pub == "" {
		pub = "unknown (relative dates stay unresolved; give --published)"
	}
	fmt.Fprintf(w, "%s\npublished %s\n%d passages, %d events, %d entities, %d facts, %d sentences linked to clusters\n",
		a.Title(), pub, len(a.Passages), len(s.Events), len(s.Entities), len(s.Facts), linkedSentences(s))
	for _, e := range s.Events {
		date := "unresolved"
		if e.Date != nil {
			date = e.Date.String() + " (" + e.Date.Basis + ")"
		}
		fmt.Fprintf(w, "  %-12s %-12s %-24s %s\n", e.ID, e.When, date, e.Title)
	}
}

func linkedSentences(s *data.Story) int {
	seen := map[int]bool{}
	for _, c := range s.Clusters {
		for _, p := range c.Passages {
			seen[p] = true
		}
	}
	return len(seen)
}

func sameFile(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}
