package engine

import (
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

// The article is in Simplified Chinese, but visitors from Hong Kong,
// Taiwan or Macau type Traditional (機器人 for 机器人). Only the query is
// converted, never the article: converting the article could change its
// length and move every offset the reader, the story file and the CLI
// rely on, and the query is a few runes.

// t2s is the Traditional→Simplified converter. Its dictionaries are
// embedded (offline) but building them costs milliseconds and about a
// megabyte, so it is built on the first query that contains a Han
// character, never at start-up, and then shared by every engine.
var t2s = sync.OnceValues(func() (*opencc.OpenCC, error) { return opencc.New("t2s") })

// toSimplified converts the Traditional characters and phrases of s to
// Simplified. Text without Han characters (ai, 296X) is returned as is
// without loading the converter. If the converter cannot be built (it
// never fails with the embedded dictionaries) s is returned unchanged.
func toSimplified(s string) string {
	if !hasHan(s) {
		return s
	}
	cc, err := t2s()
	if err != nil {
		return s
	}
	out, err := cc.Convert(s)
	if err != nil {
		return s
	}
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// NormalizeQueryTerm is the search form of a term someone typed:
// Traditional converted to Simplified, then case and width folded, so
// 機器人, ＡＩ and ai find 机器人 and AI. The result may have a different
// rune count from the term (phrase conversions); it is only ever searched
// for, never used to index the term itself. NormalizeTerm, without the
// conversion, is the form of article text.
func NormalizeQueryTerm(t string) string { return foldString(toSimplified(t)) }

// queryNeedles are the strings searched for a query term: its folded form
// and, when conversion changes it, its Simplified form too. Keeping the
// unconverted form means conversion can only add occurrences, never lose
// one: a character that t2s maps although the article uses it as typed
// (a rare variant, a name) is still found.
func queryNeedles(term string) []string {
	plain, simp := NormalizeTerm(term), NormalizeQueryTerm(term)
	if plain == simp {
		return []string{plain}
	}
	return []string{plain, simp}
}
