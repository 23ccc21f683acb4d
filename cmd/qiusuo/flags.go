package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/importer"
	"github.com/qiusuo/qiusuo/data/source"
)

// newFlags returns a flag set that reports errors to the caller instead of
// printing usage and exiting, so every error is one line and status 2.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses flags placed anywhere among the arguments
// (qiusuo search 机器人 --json) and returns the positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%v%s", err, flagHint(err))
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func flagHint(err error) string {
	if strings.HasPrefix(err.Error(), "flag provided but not defined") {
		return " (see 'qiusuo help')"
	}
	return ""
}

// loadStory loads --story PATH, or the embedded story when path is empty.
// A story file (.json) is loaded; any other file is an article, read in
// whatever encoding and format it has and imported.
func loadStory(path string) (*data.Story, error) {
	if path == "" {
		return data.Default()
	}
	if strings.HasSuffix(strings.ToLower(path), ".json") {
		if s, ok, err := readTimelineJS(path); ok {
			return s, err
		}
		return data.LoadStory(path)
	}
	doc, err := source.ReadFile(path, source.Options{})
	if err != nil {
		return nil, err
	}
	return importer.ImportDocument(path, doc, importer.Options{})
}
