package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// FormatV1 is the value of the "format" field of a story file.
const FormatV1 = "qiusuo-story/1"

// The story file is JSON a person can write for another article. Sentences
// are referred to by a quote — any stretch of text that occurs in exactly
// one passage — or by a passage id ("p11.1") as printed by
// `qiusuo story --json`. Quotes survive changes to the ingestion rules and
// let a reviewer see what is linked without running anything.
type storyFile struct {
	Format  string `json:"format"`
	Article string `json:"article"`
	TitleEn string `json:"title_en,omitempty"`
	// HeadingsEn translates the article's headings (as printed) for the
	// English interface: section names on buttons and sentence names.
	HeadingsEn map[string]string `json:"headings_en,omitempty"`
	Source     string            `json:"source,omitempty"`
	// Published is the publication date, YYYY[-MM[-DD]]: relative dates
	// (今年7月) were resolved against it.
	Published string `json:"published,omitempty"`
	// Scheme names a built-in cluster scheme the story links to; then
	// "clusters" lists only each member's sentences.
	Scheme   string         `json:"scheme,omitempty"`
	Tiers    []tierFile     `json:"tiers,omitempty"`
	Clusters []clusterFile  `json:"clusters,omitempty"`
	Events   []eventFile    `json:"events,omitempty"`
	Entities []entityFile   `json:"entities,omitempty"`
	Facts    []factFile     `json:"facts,omitempty"`
	Glossary []glossaryFile `json:"glossary,omitempty"`
	Tour     []stopFile     `json:"tour,omitempty"`
	// Draft, if present, marks a story saved with links still to fix
	// (draft.go); last, so that it reads as a note at the end of the file.
	Draft *draftFile `json:"draft,omitempty"`
}

type tierFile struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameEn string `json:"name_en,omitempty"`
	Size   int    `json:"size,omitempty"`
}

type clusterFile struct {
	ID        string   `json:"id"`
	Tier      string   `json:"tier,omitempty"`
	Name      string   `json:"name,omitempty"`
	NameEn    string   `json:"name_en,omitempty"`
	InArticle *bool    `json:"in_article,omitempty"`
	Terms     []string `json:"terms,omitempty"`
	Sentences []string `json:"sentences,omitempty"`
}

type publicFile struct {
	Date   string `json:"date"`
	Note   string `json:"note,omitempty"`
	NoteEn string `json:"note_en,omitempty"`
}

type eventFile struct {
	ID        string      `json:"id"`
	Title     string      `json:"title"`
	TitleEn   string      `json:"title_en,omitempty"`
	When      string      `json:"when"`
	WhenEn    string      `json:"when_en,omitempty"`
	Precision string      `json:"precision"`
	Public    *publicFile `json:"public_date,omitempty"`
	Date      *dateFile   `json:"date"`
	Clusters  []string    `json:"clusters,omitempty"`
	Entities  []string    `json:"entities,omitempty"`
	Sentences []string    `json:"sentences,omitempty"`
}

type entityFile struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	NameEn    string   `json:"name_en,omitempty"`
	Kind      string   `json:"kind"`
	Aliases   []string `json:"aliases,omitempty"`
	Note      string   `json:"note,omitempty"`
	NoteEn    string   `json:"note_en,omitempty"`
	Clusters  []string `json:"clusters,omitempty"`
	Sentences []string `json:"sentences,omitempty"`
}

type factFile struct {
	ID         string `json:"id"`
	Figure     string `json:"figure"`
	Counts     string `json:"counts"`
	CountsEn   string `json:"counts_en,omitempty"`
	Sentence   string `json:"sentence"`
	Occurrence int    `json:"occurrence,omitempty"`
}

// MaxStoryBytes bounds a story file.
const MaxStoryBytes = 4 << 20

// LoadStory reads a story from disk. path is either a story file (.json),
// whose "article" is resolved relative to it, or a plain article (.txt),
// which loads with passages only and no curated links.
func LoadStory(path string) (*Story, error) {
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	return LoadStoryFS(os.DirFS(dir), name, path)
}

// LoadStoryFS reads a story from fsys. display names the file in messages.
func LoadStoryFS(fsys fs.FS, name, display string) (*Story, error) {
	return loadStoryFS(fsys, name, display, &resolver{})
}

// loadStoryFS reads a story with resolver r (strict, or lenient).
func loadStoryFS(fsys fs.FS, name, display string, r *resolver) (*Story, error) {
	b, err := readLimited(fsys, name, display, MaxStoryBytes+MaxArticleBytes)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(strings.ToLower(name), ".json") {
		a, err := ParseArticle(display, b)
		if err != nil {
			return nil, err
		}
		s := &Story{Article: a}
		s.index()
		return s, nil
	}
	if len(b) > MaxStoryBytes {
		return nil, &StoryError{File: display, Problems: []string{fmt.Sprintf("story file is %d bytes; the limit is %d", len(b), MaxStoryBytes)}}
	}
	var f storyFile
	if err := decodeStrict(b, &f); err != nil {
		return nil, &StoryError{File: display, Problems: []string{err.Error()}}
	}
	if f.Article == "" {
		return nil, &StoryError{File: display, Problems: []string{`missing field "article" (the article's file name, relative to the story file)`}}
	}
	artName := path.Join(path.Dir(name), f.Article)
	artDisplay := filepath.Join(filepath.Dir(display), filepath.FromSlash(f.Article))
	ab, err := readLimited(fsys, artName, artDisplay, MaxArticleBytes)
	if err != nil {
		return nil, fmt.Errorf("%s: article: %w", display, err)
	}
	a, err := ParseArticle(artDisplay, ab)
	if err != nil {
		return nil, err
	}
	sc, err := storyScheme(fsys, name, display, f.Scheme)
	if err != nil {
		return nil, err
	}
	r.a = a
	return r.resolve(display, &f, sc)
}

func readLimited(fsys fs.FS, name, display string, limit int64) ([]byte, error) {
	fh, err := fsys.Open(name)
	if err != nil {
		var pe *fs.PathError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("%s: file not found", display)
		case errors.As(err, &pe):
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", display, err)
	}
	defer fh.Close()
	if st, err := fh.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a story or article file", display)
	}
	b, err := io.ReadAll(io.LimitReader(fh, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", display, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s: file is larger than %d bytes", display, limit)
	}
	return b, nil
}

// decodeStrict decodes JSON rejecting unknown fields and trailing data,
// and turns offsets into line:column so the author can find the problem.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			return fmt.Errorf("line %s: unexpected data after the story object", lineCol(b, int(dec.InputOffset())))
		}
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return errors.New("empty file: expected a JSON story object")
	case errors.As(err, &se):
		return fmt.Errorf("line %s: invalid JSON: %v", lineCol(b, int(se.Offset)), se)
	case errors.As(err, &te):
		return fmt.Errorf("line %s: field %q: expected %s, found JSON %s", lineCol(b, int(te.Offset)), te.Field, te.Type, te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("invalid JSON: the file ends before the story object does")
	}
	return fmt.Errorf("invalid story: %v", err)
}

func lineCol(b []byte, off int) string {
	if off > len(b) {
		off = len(b)
	}
	line := 1 + bytes.Count(b[:off], []byte{'\n'})
	col := off - bytes.LastIndexByte(b[:off], '\n')
	return fmt.Sprintf("%d:%d", line, col)
}

// StoryError lists everything wrong with a story file. Error() gives the
// first problem and how many more there are, on one line.
type StoryError struct {
	File     string
	Problems []string
}

func (e *StoryError) Error() string {
	msg := e.File + ": " + e.Problems[0]
	if n := len(e.Problems) - 1; n > 0 {
		msg += fmt.Sprintf(" (and %d more problem%s)", n, map[bool]string{true: "", false: "s"}[n == 1])
	}
	return msg
}
