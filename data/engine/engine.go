package engine

import (
	"sync"
	"sync/atomic"

	"github.com/qiusuo/qiusuo/data"
)

// Engine indexes one story's passages for search, keywords and linking.
// It is safe for concurrent use.
type Engine struct {
	story *data.Story
	docs  []folded // per passage, in search form
	df    map[string]int

	warm    sync.Once
	started atomic.Bool
	ready   chan struct{}
	tokens  [][]Token // per passage; written once before ready is closed
	seg     *segmenter

	// Built on first need (or by Warm, in the background): the passages'
	// pinyin index and the story's English names (pinyin.go, english.go),
	// and the words offered as candidates (candidates.go).
	pinyin  func() *pinyinText
	english func() []englishName
	cands   candidateCache
}

// New indexes a story for substring search. It does no segmentation: call
// Warm (or use Keywords/AutoLink, which wait for it) to load the
// dictionary in the background.
func New(s *data.Story) *Engine {
	e := &Engine{story: s, ready: make(chan struct{}), docs: make([]folded, len(s.Article.Passages))}
	for i := range s.Article.Passages {
		e.docs[i] = fold(s.Article.Passages[i].Text)
	}
	e.pinyin = sync.OnceValue(e.buildPinyin)
	e.english = sync.OnceValue(e.buildEnglish)
	return e
}

// Story returns the indexed story.
func (e *Engine) Story() *data.Story { return e.story }

// Warm starts loading the segmenter and segmenting the story in the
// background; it returns at once. Calling it again does nothing.
func (e *Engine) Warm() {
	e.warm.Do(func() {
		e.started.Store(true)
		go e.load()
		go e.pinyin()
	})
}

// Started reports whether Warm has been called.
func (e *Engine) Started() bool { return e.started.Load() }

func (e *Engine) load() {
	seg := shared()
	lex := Lexicon(e.story)
	seg.addLexicon(lex)
	joins := lexiconSet(lex)
	toks := make([][]Token, len(e.story.Article.Passages))
	for i := range e.story.Article.Passages {
		text := e.story.Article.Passages[i].Text
		toks[i] = mergeLexicon([]rune(text), seg.tokenize(text), joins)
	}
	e.tokens, e.seg = toks, seg
	close(e.ready)
}

// Ready reports whether segmentation has finished.
func (e *Engine) Ready() bool {
	select {
	case <-e.ready:
		return true
	default:
		return false
	}
}

// Done returns a channel closed once segmentation has finished.
func (e *Engine) Done() <-chan struct{} { return e.ready }

// Wait starts segmentation if needed and blocks until it has finished.
func (e *Engine) Wait() {
	e.Warm()
	<-e.ready
}

// Tokens returns the words of passage i (waiting for segmentation).
func (e *Engine) Tokens(i int) []Token {
	e.Wait()
	return e.tokens[i]
}
