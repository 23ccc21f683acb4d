package importer

import (
	"runtime"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// shadow is the article as the rules read it: for a Traditional article,
// a Simplified copy made rune for rune (OpenCC through the engine, as
// search folds queries), so that the built-in lexicon, gse's dictionary,
// the figure patterns and the 296X scheme's terms — all Simplified — apply;
// for a Simplified article, the article itself. Because the copy has the
// same runes in the same places and the same passages, every span found
// in it is a span of the original, and every name is taken back from the
// original: the story shows the text as written (宇樹科技), links as if it
// were Simplified.
type shadow struct {
	orig, art *data.Article
	trad      bool
	runes     [][]rune // per passage: the original text's runes, on demand
	words     [][]engine.Word
	keep      []string // lexicon forms the segmenter keeps whole
}

// tagAll segments every passage on all cores (gse's segmenting only
// reads its dictionary), before the rules read the words one by one.
func (sh *shadow) tagAll() {
	n := len(sh.art.Passages)
	sh.words = make([][]engine.Word, n)
	engine.Tag("", sh.keep) // add the lexicon once, before the workers read
	workers := min(runtime.GOMAXPROCS(0), 8)
	var wg sync.WaitGroup
	next := make(chan int, n)
	for p := 0; p < n; p++ {
		next <- p
	}
	close(next)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range next {
				sh.words[p] = engine.Tag(sh.text(p), nil)
			}
		}()
	}
	wg.Wait()
}

// wordsOf returns passage p's words with their parts of speech, segmented
// once and shared by the entity and figure rules.
func (sh *shadow) wordsOf(p int) []engine.Word {
	if sh.words == nil {
		sh.words = make([][]engine.Word, len(sh.art.Passages))
	}
	if sh.words[p] == nil {
		sh.words[p] = engine.Tag(sh.text(p), sh.keep)
	}
	return sh.words[p]
}

func newShadow(a *data.Article) *shadow {
	sh := &shadow{orig: a, art: a, runes: make([][]rune, len(a.Passages))}
	if !looksTraditional(a.Text) {
		return sh
	}
	simp := simplifyRuneForRune(a.Text)
	b, err := data.ParseArticle(a.Name, []byte(simp))
	if err != nil || !samePassages(a, b) {
		return sh // the copy reads differently: use the text as written
	}
	sh.art, sh.trad = b, true
	return sh
}

// looksTraditional samples the text: Traditional when at least 2% of the
// first 3,000 Han characters (and at least three) change under OpenCC.
func looksTraditional(text string) bool {
	var han []rune
	for _, r := range text {
		if unicode.Is(unicode.Han, r) {
			han = append(han, r)
			if len(han) == 3000 {
				break
			}
		}
	}
	if len(han) == 0 {
		return false
	}
	simp := []rune(engine.ToSimplified(string(han)))
	if len(simp) != len(han) {
		return true // phrases changed length: certainly converted
	}
	n := 0
	for i := range han {
		if han[i] != simp[i] {
			n++
		}
	}
	return n >= 3 && n*50 >= len(han)
}

// simplifyRuneForRune converts each line with OpenCC's phrase tables and
// keeps the result when it has as many runes; a line whose conversion
// changes length (a phrase such as 擴充套件 → 扩展) is converted rune by
// rune instead.
func simplifyRuneForRune(text string) string {
	out := make([]byte, 0, len(text))
	cache := map[rune]rune{}
	for len(text) > 0 {
		end := len(text)
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' {
				end = i + 1
				break
			}
		}
		line := text[:end]
		text = text[end:]
		conv := engine.ToSimplified(line)
		if utf8.RuneCountInString(conv) == utf8.RuneCountInString(line) && sameShape(line, conv) {
			out = append(out, conv...)
			continue
		}
		for _, r := range line {
			c, ok := cache[r]
			if !ok {
				c = r
				if unicode.Is(unicode.Han, r) {
					if s := []rune(engine.ToSimplified(string(r))); len(s) == 1 {
						c = s[0]
					}
				}
				cache[r] = c
			}
			out = utf8.AppendRune(out, c)
		}
	}
	return string(out)
}

// sameShape reports whether two strings of equal rune count differ only
// in Han characters, so the copy splits into the same sentences.
func sameShape(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	for i := range ra {
		if ra[i] != rb[i] && !(unicode.Is(unicode.Han, ra[i]) && unicode.Is(unicode.Han, rb[i])) {
			return false
		}
	}
	return true
}

func samePassages(a, b *data.Article) bool {
	if len(a.Passages) != len(b.Passages) {
		return false
	}
	for i := range a.Passages {
		pa, pb := &a.Passages[i], &b.Passages[i]
		if pa.ID != pb.ID || pa.Kind != pb.Kind || pa.Start() != pb.Start() || pa.End() != pb.End() {
			return false
		}
	}
	return true
}

// text is passage p as the rules read it.
func (sh *shadow) text(p int) string { return sh.art.Passages[p].Text }

// orig returns the original text of runes [s, e) of passage p.
func (sh *shadow) origRunes(p, s, e int) string {
	if sh.runes[p] == nil {
		sh.runes[p] = []rune(sh.orig.Passages[p].Text)
	}
	return string(sh.runes[p][s:e])
}
