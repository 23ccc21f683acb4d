package engine

import (
	"fmt"
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
	ready   chan struct{} // closed when loading has finished, well or not
	ok      bool          // loading succeeded; written before ready is closed
	err     error         // why loading failed; written before ready is closed
	tokens  [][]Token     // per passage; written once before ready is closed
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

// load runs on its own goroutine, outside any recover of the caller's: a
// panic here (a broken embedded dictionary, a gse defect) would end the
// process with a stack trace and leave every view waiting. It becomes Err
// instead, and the engine finishes without segmentation (search still
// works by substring).
func (e *Engine) load() {
	defer close(e.ready)
	defer func() {
		if r := recover(); r != nil {
			e.err = fmt.Errorf("loading the segmenter: %v", r)
		}
	}()
	e.err = e.loadSegments()
	e.ok = e.err == nil
}

// loadSegments loads the segmenter and segments the story.
func (e *Engine) loadSegments() error {
	if loadHook != nil {
		if err := loadHook(); err != nil {
			return err
		}
	}
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
	return nil
}

// loadHook, if set, runs first in load: tests make loading fail with it.
var loadHook func() error

// Ready reports whether segmentation has finished successfully.
func (e *Engine) Ready() bool {
	select {
	case <-e.ready:
		return e.ok
	default:
		return false
	}
}

// Done returns a channel closed once loading has finished, successfully
// or not (see Err).
func (e *Engine) Done() <-chan struct{} { return e.ready }

// Err returns why loading failed, once Done is closed; nil before and on
// success. A failed engine answers searches by substring and has no
// words (Keywords, AutoLink and Tokens return nothing).
func (e *Engine) Err() error {
	select {
	case <-e.ready:
		return e.err
	default:
		return nil
	}
}

// Wait starts segmentation if needed and blocks until loading has
// finished (see Err for whether it succeeded).
func (e *Engine) Wait() {
	e.Warm()
	<-e.ready
}

// Tokens returns the words of passage i (waiting for segmentation).
func (e *Engine) Tokens(i int) []Token {
	if e.Wait(); !e.ok {
		return nil
	}
	return e.tokens[i]
}
