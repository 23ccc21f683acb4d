package engine

import "unicode/utf8"

// Word is one word of a text with its part of speech, for the importer's
// entity finder. Start and End are byte offsets into the text.
type Word struct {
	Text       string
	Start, End int
	// Pos is the dictionary's part-of-speech tag (jieba's set: nr person,
	// ns place, nt organisation, nz other proper noun, nrt transliterated
	// name, n noun, v verb, m numeral …), or "" for a word the dictionary
	// does not know — new words found by gse's HMM, which is where names
	// of people and new companies usually are.
	Pos string
}

// Tag segments text with the shared dictionary (and HMM new-word
// discovery) and tags each word. keep are words that must stay whole
// (the importer's lexicon: 宇树科技, 魔搭社区); they are added to the shared
// dictionary once, like a story's lexicon. Tag loads the dictionary on
// first use (~100 ms) and is safe for concurrent use.
func Tag(text string, keep []string) []Word {
	seg := shared()
	if len(keep) > 0 {
		seg.addLexicon(keep)
	}
	toks := seg.tokenize(text)
	out := make([]Word, 0, len(toks))
	pos := 0
	seg.mu.RLock()
	defer seg.mu.RUnlock()
	for _, t := range toks {
		w := Word{Text: t.Text, Start: pos, End: pos + len(t.Text)}
		pos = w.End
		if utf8.RuneCountInString(t.Text) > 1 && !isASCIIOrPunct(t.Text) { // single characters: too ambiguous to tag
			if _, p, ok := seg.seg.Find(t.Text); ok {
				w.Pos = p
			}
		}
		out = append(out, w)
	}
	return out
}

func isASCIIOrPunct(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < 0x3000
}

// ToSimplified converts Traditional characters and phrases to Simplified
// with OpenCC (the same converter search uses for queries). The result may
// differ in length from s.
func ToSimplified(s string) string { return toSimplified(s) }

// Known reports whether word is in the base dictionary (before any story
// lexicon was added). The importer uses it to tell a short name from the
// half of another word: 华为 in 升华为 overlaps 升华.
func Known(word string) bool {
	seg := shared()
	seg.mu.RLock()
	defer seg.mu.RUnlock()
	_, ok := seg.base[word]
	return ok
}
