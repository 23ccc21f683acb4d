package engine

import (
	"bufio"
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// dictZh is the 50,000 most frequent words of gse's simplified-Chinese
// dictionary (see internal/gendict for why not the full one).
//
//go:embed dict/zh.txt
var dictZh string

// lexiconFreq is the frequency given to story lexicon entries: high enough
// that gse keeps 宇树科技 or 魔搭社区 whole instead of splitting them.
const lexiconFreq = 1e6

// segmenter is the process-wide gse segmenter. gse's HMM tables are
// package globals written during load, so there must be exactly one load;
// gse also mutates its trie when words are added, so adding holds mu for
// writing; segmenting only reads (measured race-free), so it holds mu for
// reading and several passages can be segmented at once.
type segmenter struct {
	mu      sync.RWMutex
	seg     gse.Segmenter
	base    map[string]float64 // dictionary frequencies before any lexicon
	total   float64
	minFreq float64
	added   map[string]bool
}

var shared = sync.OnceValue(func() *segmenter {
	// Keep Latin text as written: gse lower-cases through a package
	// global by default (AI → ai, 296X → 296x), which users would see.
	gse.ToLower = false
	s := &segmenter{base: make(map[string]float64, 50000), added: map[string]bool{}, minFreq: math.MaxFloat64}
	s.seg.SkipLog = true
	if err := s.seg.LoadDictStr(dictZh); err != nil {
		panic("engine: embedded dictionary: " + err.Error()) // embedded data: a build defect
	}
	sc := bufio.NewScanner(strings.NewReader(dictZh))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil || v <= 0 {
			continue
		}
		s.base[f[0]] = v
		s.total += v
		s.minFreq = min(s.minFreq, v)
	}
	return s
})

// addLexicon makes sure every word stays whole when segmented.
func (s *segmenter) addLexicon(words []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range words {
		if w == "" || s.added[w] || utf8.RuneCountInString(w) < 2 {
			continue
		}
		s.added[w] = true
		_ = s.seg.AddToken(w, lexiconFreq, "nz")
	}
}

// Token is one word of a passage, with rune offsets into the passage text.
type Token struct {
	Text       string
	Start, End int
}

// tokenize segments text with HMM new-word discovery and assigns exact
// offsets by walking the text in order. (gse's Analyze locates tokens with
// bytes.LastIndex, which misplaces repeated words.) If gse ever returns
// pieces that do not rebuild the text, it falls back to Segment, whose
// byte offsets are exact.
func (s *segmenter) tokenize(text string) []Token {
	s.mu.RLock()
	pieces := s.seg.Cut(text, true)
	s.mu.RUnlock()
	toks := make([]Token, 0, len(pieces))
	pos, rpos := 0, 0
	for _, p := range pieces {
		if !strings.HasPrefix(text[pos:], p) {
			return s.segmentExact(text)
		}
		n := utf8.RuneCountInString(p)
		toks = append(toks, Token{Text: p, Start: rpos, End: rpos + n})
		pos += len(p)
		rpos += n
	}
	if pos != len(text) {
		return s.segmentExact(text)
	}
	return toks
}

func (s *segmenter) segmentExact(text string) []Token {
	s.mu.RLock()
	segs := s.seg.Segment([]byte(text))
	s.mu.RUnlock()
	toks := make([]Token, 0, len(segs))
	for _, sg := range segs {
		st := utf8.RuneCountInString(text[:sg.Start()])
		toks = append(toks, Token{Text: text[sg.Start():sg.End()], Start: st, End: st + utf8.RuneCountInString(text[sg.Start():sg.End()])})
	}
	return toks
}

// idf is the inverse document frequency of a word, estimated from the
// dictionary's corpus frequencies (as jieba does). Words the dictionary
// does not know — names, new words — count as rare as its rarest word.
func (s *segmenter) idf(w string) float64 {
	f, ok := s.base[w]
	if !ok {
		f = s.minFreq
	}
	return math.Log(s.total / f)
}
