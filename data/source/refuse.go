package source

import (
	"bytes"
	"unicode/utf8"
)

// Hints for files that are not article text. Each says what to do, in the
// user's terms, so the one-line error is enough to fix the problem.
const (
	hintText     = "save the page as text or HTML, or copy the article into a .txt file"
	hintExport   = "export the document as .txt (Save As ▸ Plain Text) and import that"
	hintImage    = "Qiusuo reads text, not pictures: copy the article's text into a .txt file"
	hintArchive  = "unpack it and import the article file inside"
	hintEncoding = "if it is text, name its encoding with --encoding (" + AcceptedEncodings + ")"
)

// magic is a file signature that marks a format Qiusuo cannot read.
type magic struct {
	prefix     string
	offset     int
	what, hint string
}

var magics = []magic{
	{prefix: "%PDF", what: "a PDF document, not article text", hint: hintText},
	{prefix: "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", what: "an old Microsoft Office document (.doc/.xls/.ppt), not article text", hint: hintExport},
	{prefix: "{\\rtf", what: "an RTF document, not plain text", hint: hintExport},
	{prefix: "\x89PNG\r\n\x1a\n", what: "a PNG image, not article text", hint: hintImage},
	{prefix: "\xFF\xD8\xFF", what: "a JPEG image, not article text", hint: hintImage},
	{prefix: "GIF87a", what: "a GIF image, not article text", hint: hintImage},
	{prefix: "GIF89a", what: "a GIF image, not article text", hint: hintImage},
	{prefix: "WEBP", offset: 8, what: "a WebP image, not article text", hint: hintImage},
	{prefix: "II*\x00", what: "a TIFF image, not article text", hint: hintImage},
	{prefix: "MM\x00*", what: "a TIFF image, not article text", hint: hintImage},
	{prefix: "ftypheic", offset: 4, what: "a HEIC image, not article text", hint: hintImage},
	{prefix: "\x1F\x8B", what: "a gzip-compressed file", hint: hintArchive},
	{prefix: "7z\xBC\xAF\x27\x1C", what: "a 7-Zip archive", hint: hintArchive},
	{prefix: "Rar!\x1A\x07", what: "a RAR archive", hint: hintArchive},
}

// refuseMagic names a binary format raw starts with, or returns ok=true.
func refuseMagic(raw []byte) (what, hint string, ok bool) {
	for _, m := range magics {
		if len(raw) >= m.offset+len(m.prefix) && string(raw[m.offset:m.offset+len(m.prefix)]) == m.prefix {
			if m.prefix == "WEBP" && !bytes.HasPrefix(raw, []byte("RIFF")) {
				continue
			}
			return m.what, m.hint, false
		}
	}
	if isMHTML(raw) {
		return "a single-file web archive (MHTML), not an HTML page", "save the page as \"Webpage, HTML only\" or as text", false
	}
	if bytes.HasPrefix(raw, []byte("PK\x03\x04")) || bytes.HasPrefix(raw, []byte("PK\x05\x06")) {
		what, hint := zipKind(raw)
		return what, hint, false
	}
	return "", "", true
}

// isMHTML recognises the .mht/.mhtml archive browsers write for "Save as
// single file": MIME headers and a multipart/related body.
func isMHTML(raw []byte) bool {
	head := bytes.ToLower(raw[:min(len(raw), 2048)])
	return (bytes.HasPrefix(head, []byte("from:")) || bytes.HasPrefix(head, []byte("mime-version:")) ||
		bytes.HasPrefix(head, []byte("snapshot-content-location:")) || bytes.HasPrefix(head, []byte("content-type:"))) &&
		bytes.Contains(head, []byte("multipart/related"))
}

// zipKind tells office documents from other ZIP files by the member
// names stored (uncompressed) in the archive's headers.
func zipKind(raw []byte) (what, hint string) {
	has := func(s string) bool { return bytes.Contains(raw, []byte(s)) }
	switch {
	case has("word/"):
		return "a Word document (.docx), not plain text", hintExport
	case has("ppt/"):
		return "a PowerPoint presentation (.pptx), not article text", hintExport
	case has("xl/"):
		return "an Excel workbook (.xlsx), not article text", hintExport
	case has("application/epub+zip"):
		return "an EPUB e-book, not a single article", "copy the article's text into a .txt file"
	case has("application/vnd.oasis.opendocument"):
		return "an OpenDocument file (.odt/.ods/.odp), not plain text", hintExport
	}
	return "a ZIP archive", hintArchive
}

// binaryText reports whether decoded text is binary noise: NUL characters
// (never in text; UTF-16 was ruled out before), or more than one in ten
// characters a control character other than tab, line feed, carriage
// return and form feed.
func binaryText(s string) bool {
	var ctl, n int
	for _, r := range s {
		n++
		switch {
		case r == 0:
			return true
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f', r == 0x7F:
			ctl++
		case r >= 0x80 && r < 0xA0:
			ctl++
		}
	}
	return n > 0 && ctl*10 > n
}

// mostlyInvalid reports whether a decoding produced more U+FFFD than a text
// with a few damaged bytes would: then the guess of encoding failed and
// showing the result would be showing noise.
func mostlyInvalid(s string) bool {
	var bad, n int
	for _, r := range s {
		n++
		if r == utf8.RuneError {
			bad++
		}
	}
	return n > 0 && bad*20 > n
}
