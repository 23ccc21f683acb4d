// Command qiusuo is Qiusuo 求索: a visual explorer of Hangzhou's 2025 story
// (timeline, 296X cluster map and reader, linked to the article's
// sentences), with a presenter mode, a kiosk mode and a headless CLI.
//
//	qiusuo [--story PATH] [--select KIND:ID]        open the explorer
//	qiusuo --screenshot FILE [--size WxH] [...]       render the window to a PNG
//	qiusuo story --json [--story PATH]               print the linked story
//	qiusuo search QUERY [--json] [--story PATH]      search the article
//	qiusuo keywords [--top N] [--json] [--story PATH] TF-IDF keywords
//	qiusuo import FILE [-o STORY.json] [--json] ...   make a story of any article
//	qiusuo export --pdf|--timelinejs|--csv FILE ...    handout, TimelineJS, CSV
//	qiusuo version | --version                        print the version
//
// This package is the only importer of fyne.io/fyne/v2/app: everything
// else builds and tests without a display or cgo.
package main

import (
	// First: keeps Fyne's lang init quiet in the C locale (see its doc).
	"github.com/qiusuo/qiusuo/cmd/qiusuo/internal/quietlocale"

	"fmt"
	"io"
	"os"

	"github.com/qiusuo/qiusuo"
)

func main() {
	quietlocale.Restore()
	attachConsole()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // something went wrong that is not the user's input
	exitUsage = 2 // bad flags, missing or malformed files
)

// run executes one invocation. It never panics: bad input is reported on
// one line of stderr with exit status 2.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "qiusuo: internal error: %v\n", r)
			code = exitFail
		}
	}()
	if len(args) > 0 {
		switch args[0] {
		case "story":
			return storyCmd(args[1:], stdout, stderr)
		case "search":
			return searchCmd(args[1:], stdout, stderr)
		case "keywords":
			return keywordsCmd(args[1:], stdout, stderr)
		case "import":
			return importCmd(args[1:], stdout, stderr)
		case "export":
			return exportCmd(args[1:], stdout, stderr)
		case "version", "--version", "-version":
			fmt.Fprintln(stdout, qiusuo.VersionLine())
			return exitOK
		case "help":
			fmt.Fprint(stdout, usage)
			return exitOK
		}
	}
	return guiCmd(args, stdout, stderr)
}

const usage = `Qiusuo 求索 — explore Hangzhou's 2025 story: timeline, 296X cluster map, linked article.

Usage:
  qiusuo [--story PATH | PATH] [--select KIND:ID] [--theme light|dark] [--lang zh|en] [--touch-keyboard]
  qiusuo --present [--start STOP] [--speaker]
  qiusuo --kiosk --config FILE                  (FILE sets the operator PIN)
  qiusuo --screenshot FILE [--size WxH] [--select KIND:ID] [--story PATH]
  qiusuo story --json [--story PATH]
  qiusuo search QUERY [--json] [--story PATH]
  qiusuo keywords [--top N] [--json] [--story PATH]
  qiusuo import FILE [--published DATE] [--scheme FILE] [--encoding NAME] [-o STORY.json] [--json]
  qiusuo export [--timelinejs FILE] [--csv FILE] [--pdf FILE] [--story PATH] [--lang zh|en] [--paper A4|Letter]
  qiusuo version | --version

PATH is a story file (.json), a TimelineJS3 file (.json) or an article (.txt, .md, .html; any encoding), which is imported.
KIND:ID is event:ID, cluster:ID, entity:ID, fact:ID, term:ID, stop:ID or passage:ID
(see 'qiusuo story --json'). Search accepts traditional characters, any Latin case,
pinyin (jiqiren, jqr), English names (Unitree) and Taiwan/Hong Kong words (人工智慧).
`

// fail prints a one-line message and returns the usage exit status.
func fail(stderr io.Writer, format string, args ...any) int {
	fmt.Fprintf(stderr, "qiusuo: "+format+"\n", args...)
	return exitUsage
}
