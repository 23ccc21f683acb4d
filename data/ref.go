package data

import (
	"fmt"
	"strings"
)

// ParseRef parses "event:gala", "cluster:ai", "entity:unitree",
// "fact:services-73", "term:xinzhi", "passage:p11.1" or "stop:intro" and
// checks that the story has it.
func (s *Story) ParseRef(v string) (Ref, error) {
	r, err := parseRef(v)
	if err != nil {
		return Ref{}, err
	}
	if !s.Has(r) {
		return Ref{}, fmt.Errorf("%q: the story has no %s with id %q", v, r.Kind, r.ID)
	}
	return r, nil
}

// parseRef parses KIND:ID without looking the item up.
func parseRef(v string) (Ref, error) {
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
	return r, nil
}
