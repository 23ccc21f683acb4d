package importer

import (
	"fmt"
	"strings"

	"github.com/qiusuo/qiusuo/data"
)

// summary renders what an import found, one item a line, as a reader
// would check it: each event with its date as printed and as resolved,
// its sentences' openings; each entity with its kind and aliases; each
// figure with what it counts; each cluster with its sentence count.
func summary(s *data.Story) string {
	var b strings.Builder
	a := s.Article
	pub := s.Published
	if pub == "" {
		pub = "unknown"
	}
	fmt.Fprintf(&b, "title: %s\npublished: %s\n", a.Title(), pub)
	fmt.Fprintf(&b, "events: %d\n", len(s.Events))
	for _, e := range s.Events {
		date := "unresolved"
		if e.Date != nil {
			date = e.Date.String() + " " + string(e.Date.Precision) + " (" + e.Date.Basis + ")"
		}
		var ps []string
		for _, p := range e.Passages {
			ps = append(ps, a.Passages[p].ID)
		}
		var en []string
		for _, i := range e.Entities {
			en = append(en, s.Entities[i].Name)
		}
		var cl []string
		for _, i := range e.Clusters {
			cl = append(cl, s.Clusters[i].ID)
		}
		fmt.Fprintf(&b, "  %-22s when %q · %s · %s\n      %s\n      entities %s · clusters %s\n", e.ID, e.When, string(e.Precision), date, e.Title, strings.Join(en, "、"), strings.Join(cl, ","))
		_ = ps
		fmt.Fprintf(&b, "      sentences %s\n", strings.Join(ps, " "))
	}
	fmt.Fprintf(&b, "entities: %d\n", len(s.Entities))
	for _, e := range s.Entities {
		var cl []string
		for _, i := range e.Clusters {
			cl = append(cl, s.Clusters[i].ID)
		}
		fmt.Fprintf(&b, "  %-16s %-11s %s", e.ID, e.Kind, e.Name)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(&b, " = %s", strings.Join(e.Aliases, " = "))
		}
		if len(cl) > 0 {
			fmt.Fprintf(&b, " [%s]", strings.Join(cl, ","))
		}
		fmt.Fprintf(&b, " ×%d\n", len(e.Passages))
	}
	fmt.Fprintf(&b, "facts: %d\n", len(s.Facts))
	for _, f := range s.Facts {
		fmt.Fprintf(&b, "  %-5s %-12s counts %s  (%s)\n", f.ID, f.Figure, f.Counts, a.Passages[f.Passage].ID)
	}
	b.WriteString("clusters:\n")
	for _, c := range s.Clusters {
		if len(c.Passages) == 0 {
			continue
		}
		var ps []string
		for _, p := range c.Passages {
			ps = append(ps, a.Passages[p].ID)
		}
		fmt.Fprintf(&b, "  %-13s %s\n", c.ID, strings.Join(ps, " "))
	}
	return b.String()
}
