package importer

import (
	"fmt"
	"strings"

	"github.com/qiusuo/qiusuo/data"
)

// assignIDs gives every event, entity and fact an id a user can type
// (--select event:2025-06-30): an event its date (2025-06-30, 2024-05-31-2024-06-12)
// or e1, e2 … when unresolved; an entity its lexicon id (unitree), its
// Latin name (modelscope), or its kind and number (company-2, person-1);
// a fact f1, f2 …. Repeats get -2, -3.
func assignIDs(s *data.Story) {
	used := map[string]bool{}
	unique := func(id string) string {
		out := id
		for n := 2; used[out]; n++ {
			out = fmt.Sprintf("%s-%d", id, n)
		}
		used[out] = true
		return out
	}
	for i := range s.Events {
		e := &s.Events[i]
		switch d := e.Date; {
		case d == nil:
			e.ID = unique(fmt.Sprintf("e%d", i+1))
		case d.From == d.To:
			e.ID = unique(d.From)
		case d.Precision == data.PrecisionMonth && d.From[:7] == d.To[:7]:
			e.ID = unique(d.From[:7])
		case d.Precision == data.PrecisionYear && d.From[:4] == d.To[:4]:
			e.ID = unique(d.From[:4])
		default:
			e.ID = unique(d.From + "-" + d.To)
		}
	}
	counts := map[string]int{}
	for i := range s.Entities {
		e := &s.Entities[i]
		key := e.ID // the finder's key: lex:unitree, brand:modelscope, co:迅蚁 …
		switch {
		case strings.HasPrefix(key, "lex:"):
			e.ID = unique(strings.TrimPrefix(key, "lex:"))
		case strings.HasPrefix(key, "brand:") && latinID(strings.TrimPrefix(key, "brand:")) != "":
			e.ID = unique(latinID(strings.TrimPrefix(key, "brand:")))
		default:
			counts[e.Kind]++
			e.ID = unique(fmt.Sprintf("%s-%d", e.Kind, counts[e.Kind]))
		}
	}
	for i := range s.Facts {
		s.Facts[i].ID = unique(fmt.Sprintf("f%d", i+1))
	}
}

// latinID lower-cases a Latin name into an id, or "" if it has other letters.
func latinID(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '-' || r == '.' || r == ' ':
			b.WriteRune('-')
		default:
			return ""
		}
	}
	return strings.Trim(b.String(), "-")
}
