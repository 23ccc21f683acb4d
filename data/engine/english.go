package engine

import (
	"strings"
	"unicode"
)

// A student on an English keyboard knows the story's things by their
// English names: Unitree, Synthetic biology, ModelScope. The story file
// gives clusters, tiers, entities, events and glossary terms an English
// name; a term that begins words of one (case-insensitive: unit finds
// Unitree Robotics, "synthetic bio" finds Synthetic biology) finds the
// Chinese the thing is called in the article — an entity's name and
// aliases, a cluster's name and terms, a glossary term — and, for an
// event whose title is all that matches, the sentences it is linked to.

// englishName is one named thing.
type englishName struct {
	name     string   // as the story spells it: Unitree Robotics
	label    string   // its Chinese name, for the reading's label: 宇树科技
	words    []string // lower-case words of name
	chinese  []string // what the article calls it
	passages []int    // an event's sentences (no Chinese name to find)
}

func (e *Engine) buildEnglish() []englishName {
	s := e.story
	var out []englishName
	add := func(en, label string, chinese []string, passages []int) {
		if en = strings.TrimSpace(en); en != "" {
			out = append(out, englishName{name: en, label: label, words: englishWords(en), chinese: chinese, passages: passages})
		}
	}
	for _, c := range s.Clusters {
		if c.InArticle {
			add(c.NameEn, c.Name, append([]string{c.Name}, c.Terms...), nil)
		}
	}
	for _, en := range s.Entities {
		add(en.NameEn, en.Name, append([]string{en.Name}, en.Aliases...), nil)
	}
	for _, g := range s.Glossary {
		add(g.TermEn, g.Term, []string{g.Term}, nil)
	}
	for _, t := range s.Tiers {
		add(t.NameEn, t.Name, []string{t.Name}, nil)
	}
	for _, ev := range s.Events {
		add(ev.TitleEn, ev.Title, nil, ev.Passages)
	}
	return out
}

// englishWords splits a name or a query into lower-case words of letters
// and digits (Qwen app → qwen, app; 3D → 3d).
func englishWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// minEnglishPrefix is the least a single word must have to be taken as
// the beginning of a longer name word: "ai" or "de" would begin too
// many; a whole short word (CCTV, Qwen) always matches.
const minEnglishPrefix = 3

// matches reports whether the query words q begin consecutive words of
// the name, the last query word possibly unfinished.
func (n *englishName) matches(q []string) bool {
	if len(q) == 0 || len(q) > len(n.words) {
		return false
	}
	for k := 0; k+len(q) <= len(n.words); k++ {
		ok := true
		for i, w := range q {
			nw := n.words[k+i]
			switch {
			case i < len(q)-1:
				ok = nw == w
			case nw == w:
			default:
				ok = strings.HasPrefix(nw, w) && (len(w) >= minEnglishPrefix || len(q) > 1)
			}
			if !ok {
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// findEnglish returns the named things a term (in Latin letters) names.
func (e *Engine) findEnglish(term string) []*englishName {
	q := englishWords(term)
	if len(q) == 0 || hasHan(term) {
		return nil
	}
	names := e.english()
	var out, events []*englishName
	for i := range names {
		if names[i].matches(q) {
			if names[i].passages != nil {
				events = append(events, &names[i])
			} else {
				out = append(out, &names[i])
			}
		}
	}
	// An event is found by whole sentences, which says less than a name
	// does: events only when no name matches (Davos, not Unitree, whose
	// events' sentences its name finds anyway).
	if len(out) == 0 {
		return events
	}
	return out
}
