// Package fontconv makes a TrueType (glyf-outline) font out of a
// CFF-outline OpenType font, at run time and for only the characters a
// document needs.
//
// Why: the app ships its Chinese faces with CFF outlines, because
// go-text/typesetting (Fyne's text engine) reads CFF charstrings lazily but
// parses a TrueType face's whole glyf table when the face is loaded — for
// the 18,501-character faces that cost ~70 MB of resident memory in every
// window. go-pdf/fpdf, which writes the PDF handout, embeds only TrueType.
// So the handout converts the few hundred glyphs it draws, here, when it is
// exported.
//
// The result keeps the source's glyph order, character map, horizontal
// metrics, names and OS/2 table byte for byte, so text measures exactly as
// in the source; glyphs outside the requested characters are left empty.
// Cubic Bézier curves become quadratic splines within Tolerance font units
// (the same job as fontTools' cu2qu). Hinting is not produced.
package fontconv
