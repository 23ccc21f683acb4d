package data

import (
	"fmt"
	"strings"
)

// ParseRef parses "event:gala", "cluster:ai", "entity:unitree",
// "fact:services-73", "term:xinzhi", "passage:p11.1" or "stop:intro" and
// checks that the story has it.
func (s *Story) ParseRef(v string) (Ref, error) {
	kind, id, ok := strings.Cut(v, ":")
	if !ok || id == "" {
		return Ref{}, fmt.Errorf("%q: expected KIND:ID, e.g. event:gala or cluster:ai", v)
	}
	r := Ref{Kind: RefKind(kind), ID: id}
	switch r.Kind {
	case RefEvent, RefCluster, RefEntity, RefFact, RefTerm, RefPassage, RefStop:
	default:
		return Ref{}, fmt.Errorf("%q: unknown kind %q (event, cluster, entity, fact, term, passage or stop)", v, kind)
	}
	if !s.Has(r) {
		return Ref{}, fmt.Errorf("%q: the story has no %s with id %q", v, kind, id)
	}
	return r, nil
}
