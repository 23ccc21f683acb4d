package importer

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/source"
	"github.com/qiusuo/qiusuo/data/timex"
)

// Options steer an import.
type Options struct {
	// Published is the publication date (YYYY, YYYY-MM or YYYY-MM-DD).
	// It overrides a dateline in the text; with neither, relative dates
	// (今年7月, 17日) stay unresolved.
	Published string
	// Scheme is the cluster scheme to link to; nil means the built-in
	// Hangzhou 296X scheme. SchemeRef is how a story file refers to it
	// (a built-in id, or a file name beside the story file); empty means
	// the scheme's id.
	Scheme    *data.Scheme
	SchemeRef string
}

// Import builds a story from an article's text (UTF-8). name is used in
// messages. Bad input (empty, not text) returns a one-line error.
func Import(name, text string, opt Options) (*data.Story, error) {
	a, err := data.ParseArticle(name, []byte(text))
	if err != nil {
		return nil, err
	}
	return ImportArticle(a, opt)
}

// ImportDocument builds a story from a file read by data/source (any
// encoding, a saved web page, Markdown); name is the file as the user
// named it.
func ImportDocument(name string, doc *source.Document, opt Options) (*data.Story, error) {
	return Import(name, doc.Text, opt)
}

// ImportArticle builds a story from an ingested article.
func ImportArticle(a *data.Article, opt Options) (*data.Story, error) {
	sc := opt.Scheme
	if sc == nil {
		var ok bool
		if sc, ok = data.BuiltinScheme(data.DefaultSchemeID); !ok {
			return nil, errors.New("importer: the built-in scheme is missing")
		}
	}
	if opt.Published != "" && !data.ValidPublished(opt.Published) {
		return nil, fmt.Errorf("%s: publication date %q is not YYYY, YYYY-MM or YYYY-MM-DD", a.Name, opt.Published)
	}
	published := publicationDate(a, opt.Published)
	anchor := timex.Anchor{}
	if published != "" {
		if an, err := timex.ParseAnchor(published); err == nil {
			anchor = an
		}
	}

	sh := newShadow(a)
	times := findTimes(a, anchor)
	ents := findEntities(sh)
	facts := findFacts(sh, times)
	events := findEvents(a, sh, times, ents)
	links := linkClusters(sh, sc, ents)

	s := &data.Story{Article: a, Published: published, Scheme: opt.SchemeRef, Tiers: sc.Tiers, Clusters: sc.Clusters()}
	for i := range s.Clusters {
		s.Clusters[i].Passages = links.cluster[i]
	}
	s.Entities = entitiesOf(sh, ents, links)
	s.Facts = facts
	for _, c := range events {
		ev := c.event()
		var cl []int
		for _, p := range ev.Passages {
			cl = append(cl, links.ofPassage[p]...)
		}
		slices.Sort(cl)
		ev.Clusters = slices.Compact(cl)
		for i, en := range s.Entities {
			if en.Kind != "place" && intersects(en.Passages, ev.Passages) {
				ev.Entities = append(ev.Entities, i)
			}
		}
		s.Events = append(s.Events, ev)
	}
	assignIDs(s)
	story, err := data.Assemble(a.Name, s, sc)
	if err != nil {
		// A rule produced something the loader rejects: a defect here,
		// reported rather than shown half-checked.
		return nil, fmt.Errorf("%s: import: %w", a.Name, err)
	}
	return story, nil
}

// publicationDate is the date relative expressions resolve against: the
// one given (--published), completed by a year-less dateline's month and
// day when only a year is given; else the article's dateline; else a
// metadata line that carries a full date.
func publicationDate(a *data.Article, given string) string {
	an, ok := timex.AnchorFromDateline(a.Dateline())
	if given != "" {
		if g, err := timex.ParseAnchor(given); err == nil && g.Date.Month == 0 && ok && !an.Known && an.Date.Month > 0 {
			return an.WithYear(g.Date.Year).Date.String() // 中新网杭州12月18日电 + --published 2025
		}
		return given
	}
	if ok && an.Known {
		return an.Date.String()
	}
	return datelineOf(a)
}

// datelineOf reads the publication date from the article's metadata lines:
// any passage that is not a body sentence, or a short body line with no
// full stop (鉅亨網新聞中心 2026-02-20 11:30, a signature 2024年5月31日).
// A year-less agency dateline (中新网杭州12月18日电) gives nothing: the
// year would be a guess.
func datelineOf(a *data.Article) string {
	for i := range a.Passages {
		p := &a.Passages[i]
		if p.Kind == data.KindBody && (len([]rune(p.Text)) > 40 || strings.ContainsAny(p.Text, "。！？")) {
			continue
		}
		if an, ok := timex.AnchorFromDateline(p.Text); ok && an.Known {
			return an.Date.String()
		}
	}
	return ""
}

// intersects reports whether two sorted lists share an element.
func intersects(a, b []int) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}
