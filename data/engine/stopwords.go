package engine

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
)

// stopTokens is gse's Chinese stop-word list (1,161 function words and
// symbols: 的 了 而且 以及 …; Apache-2.0, derived from common Chinese IR
// lists). gse's keyword extractor defaults to 31 English words, which is
// why it is copied here.
//
//go:embed dict/stop_tokens.txt
var stopTokens string

// extraStops are words the list lacks that carry no topic in a newspaper
// feature: discourse markers and vague quantities.
var extraStops = []string{"今年", "目前", "如今", "一种", "一个", "一段", "一张", "一座", "一束", "这一", "这种", "这些", "它们", "正是", "更是", "不仅", "而是", "其中", "之一", "以来", "方面", "层面", "过程", "已经", "进一步", "更为", "本质", "本质上", "必然", "便", "即", "则", "所", "与", "及", "并", "从", "向", "将", "让", "把", "被", "对", "在", "为", "以", "中"}

var stopSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(stopTokens, "\n") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	for _, w := range extraStops {
		m[w] = true
	}
	return m
})

// IsStopWord reports whether w is a function word, punctuation or a
// number — never a keyword.
func IsStopWord(w string) bool {
	if stopSet()[w] {
		return true
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters == 0
}
