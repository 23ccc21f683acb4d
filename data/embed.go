package data

import (
	"embed"
	"sync"
)

// The default story ships inside the binary: the article exactly as
// published and the curated links.
//
//go:embed hangzhou-2025.txt hangzhou-2025.story.json
var defaultFS embed.FS

// DefaultStoryFile is the name of the embedded story file.
const DefaultStoryFile = "hangzhou-2025.story.json"

// DefaultFS exposes the embedded story files (for tests and `--story`
// examples).
func DefaultFS() embed.FS { return defaultFS }

var defaultStory = sync.OnceValues(func() (*Story, error) {
	return LoadStoryFS(defaultFS, DefaultStoryFile, "embedded:"+DefaultStoryFile)
})

// Default returns the embedded Hangzhou 2025 story. It is parsed once and
// shared: a Story is read-only.
func Default() (*Story, error) { return defaultStory() }
