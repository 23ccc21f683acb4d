package edit

import (
	"fmt"

	"github.com/qiusuo/qiusuo/data"
)

// Linked reports whether passage p is linked to target (an event, a
// cluster or an entity).
func Linked(s *data.Story, target data.Ref, p int) bool {
	i := s.Index(target)
	if i < 0 {
		return false
	}
	switch target.Kind {
	case data.RefEvent:
		return has(s.Events[i].Passages, p)
	case data.RefCluster:
		return has(s.Clusters[i].Passages, p)
	case data.RefEntity:
		return has(s.Entities[i].Passages, p)
	}
	return false
}

// ToggleLink links passage p to target, or unlinks it if it is linked.
// It is its own inverse.
func ToggleLink(target data.Ref, p int) Op { return toggleLink{target, p} }

type toggleLink struct {
	target data.Ref
	p      int
}

func (t toggleLink) Label() string { return "link" }

func (t toggleLink) Apply(s *data.Story) (Op, error) {
	if t.p < 0 || t.p >= len(s.Article.Passages) {
		return nil, fmt.Errorf("no sentence %d", t.p)
	}
	i, err := find(s, t.target)
	if err != nil {
		return nil, err
	}
	switch t.target.Kind {
	case data.RefEvent:
		e := &s.Events[i]
		if len(e.Passages) == 1 && e.Passages[0] == t.p {
			return nil, fmt.Errorf("event %q keeps at least one sentence: delete the event instead", e.ID)
		}
		e.Passages = toggle(e.Passages, t.p)
	case data.RefCluster:
		c := &s.Clusters[i]
		c.Passages = toggle(c.Passages, t.p)
		if len(c.Passages) > 0 {
			c.InArticle = true
		}
	case data.RefEntity:
		e := &s.Entities[i]
		e.Passages = toggle(e.Passages, t.p)
	default:
		return nil, fmt.Errorf("a sentence cannot be linked to %s", t.target.Kind)
	}
	return t, nil
}
