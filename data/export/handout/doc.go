// Package handout renders a story as a printable PDF handout with
// go-pdf/fpdf: title, source and date; the timeline and the cluster map
// drawn as vector graphics (lines, rounded rectangles, real text); each
// event with its date as printed, its resolved date and how it was
// resolved, and its sentences quoted; the entities and the figures as
// tables; the source and page numbers on every page.
//
// Chinese is real text in the embedded font (fpdf embeds only the glyphs
// used), so it stays selectable and searchable. Lines are broken with the
// reader's rules (package data/wrap, shared with the window): no line
// starts with ，。）》 and none ends with “（《.
//
// fpdf needs TrueType outlines (glyf); the app's fonts have CFF outlines
// (they cost far less memory in the window), so Write converts the glyphs
// the handout draws with package data/fontconv. The caller passes the font
// bytes (Options.Fonts) so this package stays free of the app's resources
// and of Fyne.
package handout
