package main

import (
	"bytes"
	"io"
	"os"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/export/timelinejs"
	"github.com/qiusuo/qiusuo/data/importer"
	"github.com/qiusuo/qiusuo/data/source"
)

// readTimelineJS reads path as a TimelineJS3 file when it is one (a JSON
// object with an "events" array and no story-file "format"), so `import`
// and `--story` accept timelines made with TimelineJS. ok is false when
// the file is not TimelineJS JSON: the caller goes on as before.
func readTimelineJS(path string) (s *data.Story, ok bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, nil // the usual loader reports it
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, timelinejs.MaxBytes+1))
	if err != nil || !timelinejs.Looks(b) {
		return nil, false, nil
	}
	s, err = timelinejs.Read(path, bytes.NewReader(b))
	return s, true, err
}

// importFile is import's reader: TimelineJS3 JSON becomes a story
// directly (its events are dated; --published and --scheme do not
// apply), anything else is read as an article and imported.
func importFile(path, enc string, opt importer.Options) (*data.Story, *source.Document, error) {
	if s, ok, err := readTimelineJS(path); ok {
		if err != nil {
			return nil, nil, err
		}
		return s, &source.Document{Text: s.Article.Text}, nil
	}
	doc, err := source.ReadFile(path, source.Options{Encoding: enc})
	if err != nil {
		return nil, nil, err
	}
	s, err := importer.ImportDocument(path, doc, opt)
	return s, doc, err
}
