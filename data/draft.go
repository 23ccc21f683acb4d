package data

import "fmt"

// A story can be saved before it is finished: an article changed on disk
// broke some links (LoadStoryLenient), and the person saves the rest of
// their work before fixing them. Dropping those links from the file would
// lose them; refusing to save would lose everything else. So the file is
// saved as a draft: a "draft" section at its end lists each link still to
// fix, where it was and what was wrong, and reopening the file lists them
// again. A story with no such links has no section, so finishing the
// work turns the draft back into a plain story file.

// draftFile is the story file's "draft" section.
type draftFile struct {
	Unresolved []problemFile `json:"unresolved"`
}

// problemFile is one link still to fix.
type problemFile struct {
	Where   string `json:"where"`
	Item    string `json:"item,omitempty"` // "event:gala"; empty when the item was dropped too
	Problem string `json:"problem"`
	// What an interface needs to say it in its own language (Problem).
	Code    string `json:"code,omitempty"`
	Quote   string `json:"quote,omitempty"`
	Dropped string `json:"dropped,omitempty"`
}

// IsDraft reports whether the story has links still to fix.
func (s *Story) IsDraft() bool { return len(s.Unresolved) > 0 }

// draftOf is the draft section for ps, or nil (no section) when there is
// nothing to fix.
func draftOf(ps []Problem) *draftFile {
	if len(ps) == 0 {
		return nil
	}
	d := &draftFile{}
	for _, p := range ps {
		d.Unresolved = append(d.Unresolved, problemFile{Where: p.Where, Item: p.Item.String(), Problem: p.Msg,
			Code: string(p.Code), Quote: p.Quote, Dropped: p.Dropped.String()})
	}
	return d
}

// resolveDraft reads the draft section. A malformed entry is an error of
// the file like any other, so that a typo never silently drops a link
// still to fix.
func (r *resolver) resolveDraft(d *draftFile) []Problem {
	if d == nil {
		return nil
	}
	var out []Problem
	for i, pf := range d.Unresolved {
		where := fmt.Sprintf("draft.unresolved[%d]", i)
		if pf.Where == "" || pf.Problem == "" {
			r.fail(where, `needs "where" and "problem"`)
			continue
		}
		p := Problem{Where: pf.Where, Msg: pf.Problem, Code: ProblemCode(pf.Code), Quote: pf.Quote}
		var err error
		if p.Item, err = optionalRef(pf.Item); err != nil {
			r.fail(where, "item: %v", err)
			continue
		}
		if p.Dropped, err = optionalRef(pf.Dropped); err != nil {
			r.fail(where, "dropped: %v", err)
			continue
		}
		out = append(out, p)
	}
	return out
}

// optionalRef parses v as KIND:ID, or is the zero Ref for "".
func optionalRef(v string) (Ref, error) {
	if v == "" {
		return Ref{}, nil
	}
	return parseRef(v)
}
