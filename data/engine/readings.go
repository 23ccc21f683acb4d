package engine

import (
	"strings"

	"github.com/qiusuo/qiusuo/data/engine/pinyin"
)

// Via says how an occurrence was found: by the characters typed, or by
// reading the term another way. Results rank them in this order.
type Via uint8

// The ways a term is read, best first.
const (
	ViaText     Via = iota // the characters as typed (Traditional → Simplified, any case or width)
	ViaRegional            // a Taiwan or Hong Kong word's mainland form: 人工智慧 → 人工智能
	ViaEnglish             // an English name: Unitree → 宇树科技
	ViaPinyin              // full pinyin: jiqiren → 机器人
	ViaInitials            // pinyin initials: jqr → 机器人
)

func (v Via) String() string {
	return [...]string{"text", "regional", "english", "pinyin", "initials"}[v]
}

// MarshalText makes a Via read as its name in JSON ("pinyin").
func (v Via) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// Reading says how a term of the query was understood when it was not
// found as typed, for a label such as "Unitree Robotics → 宇树科技".
type Reading struct {
	Term int    // index into Results.Terms
	Via  Via    // never ViaText
	From string // what was typed or named: jqr, 人工智慧, Unitree Robotics
	To   []string
}

// Label is the reading as one line: "jqr → 机器人", "Unitree Robotics → 宇树科技".
func (r Reading) Label() string { return r.From + " → " + strings.Join(r.To, "、") }

// Terms splits a query into the terms Search looks for: ParseQuery's,
// with a run of Latin terms joined again when together they are one
// name or one pinyin word (ji qi ren → 机器人, "synthetic biology"), so
// that the space a student types between syllables or words does not
// cut what they mean in two.
func (e *Engine) Terms(query string) []string {
	terms := ParseQuery(query)
	var out []string
	for i := 0; i < len(terms); i++ {
		merged := false
		for j := min(len(terms)-1, i+maxJoinedTerms-1); j > i && !merged; j-- {
			if !allLatin(terms[i : j+1]) {
				continue
			}
			joined := strings.Join(terms[i:j+1], " ")
			if len(e.findEnglish(joined)) > 0 || len(e.findPinyin(joined)) > 0 {
				out = append(out, joined)
				i = j
				merged = true
			}
		}
		if !merged {
			out = append(out, terms[i])
		}
	}
	return out
}

// maxJoinedTerms bounds how many space-separated terms can form one (a
// name of six words, a word of six syllables).
const maxJoinedTerms = 6

func allLatin(terms []string) bool {
	for _, t := range terms {
		if hasHan(t) {
			return false
		}
		if _, ok := pinyin.Parse(t); !ok && len(englishWords(t)) == 0 {
			return false
		}
	}
	return true
}
