// Package export holds the ways a story leaves the window: each format is
// a sub-package with one narrow entry point (Write, and Read where a
// format comes back in), so the CLI, the window's menu and the tests call
// the same code. Nothing here imports Fyne.
//
//	timelinejs   TimelineJS3 JSON (write and read)
//	csvtimeline  the TimelineJS spreadsheet template as CSV
//	handout      a printable PDF handout (fpdf, vector drawing)
package export
