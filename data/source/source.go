// Package source turns a user's file into plain UTF-8 article text: it
// detects the encoding (UTF-8 with or without BOM, UTF-16, GB18030/GBK,
// Big5), extracts the article from a saved web page, strips Markdown, and
// refuses with one clear line what is not an article (PDF, office
// documents, images, binary noise).
//
// It is the first step of an import and knows nothing of passages,
// stories or the window: everything after it works on Document.Text, so
// every offset the program keeps is an offset into that decoded string.
package source

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// MaxBytes bounds the file and the decoded text. It is the same limit as
// data.MaxArticleBytes (not imported: package data must stay free to use
// this one): a newspaper feature is tens of kilobytes, a saved page a few
// hundred; megabytes mean the wrong file.
const MaxBytes = 8 << 20

// The formats a Document reports.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
)

// Document is a file read as an article.
type Document struct {
	// Text is the article as plain UTF-8: no BOM, "\n" line ends,
	// paragraphs separated by a blank line for HTML and Markdown; plain
	// text is kept as written (only the BOM and CR line ends go).
	Text string
	// Title is the page's <h1> (or og:title, or <title> without the site
	// suffix) for HTML, the first "# " heading for Markdown, "" for plain
	// text, whose title the ingestion finds from the layout.
	Title    string
	Encoding string // one of the Enc* constants
	Format   string // one of the Format* constants
}

// Options change how a file is read.
type Options struct {
	// Encoding overrides detection: utf-8, gbk, gb2312, gb18030, big5,
	// utf-16le or utf-16be (case-insensitive). "" detects.
	Encoding string
}

// Error says in one line why a file cannot be read as an article and what
// to do about it.
type Error struct {
	Name string // the file as the user named it
	What string // what the file is or what is wrong
	Hint string // what to do; may be empty
}

func (e *Error) Error() string {
	if e.Hint == "" {
		return fmt.Sprintf("%s: %s", e.Name, e.What)
	}
	return fmt.Sprintf("%s: %s (%s)", e.Name, e.What, e.Hint)
}

// ReadFile reads the file at path as an article; a file over MaxBytes is
// refused before it is read.
func ReadFile(path string, opt Options) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{Name: path, What: "cannot open: " + unwrapPath(err)}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, &Error{Name: path, What: "cannot read: " + unwrapPath(err)}
	}
	if st.IsDir() {
		return nil, &Error{Name: path, What: "is a folder, not a file", Hint: "name the article file inside it"}
	}
	if st.Size() > MaxBytes {
		return nil, tooBig(path, st.Size())
	}
	raw, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return nil, &Error{Name: path, What: "cannot read: " + unwrapPath(err)}
	}
	return Read(path, raw, opt)
}

// unwrapPath drops the path an *os.PathError repeats: the Error already
// names the file.
func unwrapPath(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

func tooBig(name string, n int64) error {
	return &Error{Name: name, What: fmt.Sprintf("is %d bytes; an article is at most %d (8 MiB)", n, MaxBytes),
		Hint: "import the article itself, not a whole site or archive"}
}

// Read reads raw, the contents of the file name, as an article. The name's
// extension chooses HTML (.html, .htm, .xhtml) or Markdown (.md,
// .markdown); other files are plain text unless their content is plainly
// HTML.
func Read(name string, raw []byte, opt Options) (*Document, error) {
	if len(raw) > MaxBytes {
		return nil, tooBig(name, int64(len(raw)))
	}
	override, err := ParseEncoding(opt.Encoding)
	if err != nil {
		return nil, &Error{Name: name, What: fmt.Sprintf("unknown encoding %q", opt.Encoding), Hint: "accepted: " + AcceptedEncodings}
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, &Error{Name: name, What: "the file is empty", Hint: "choose the file that holds the article text"}
	}
	if what, hint, ok := refuseMagic(raw); !ok {
		return nil, &Error{Name: name, What: "is " + what, Hint: hint}
	}

	format := formatByName(name)
	enc, text, err := decode(name, raw, override, format == FormatHTML || format == "" && looksLikeHTML(raw))
	if err != nil {
		return nil, err
	}
	text = normaliseLineEnds(strings.TrimPrefix(text, "\uFEFF"))
	if format == "" {
		format = FormatText
		if looksLikeHTML([]byte(text)) {
			format = FormatHTML
		}
	}

	doc := &Document{Encoding: enc, Format: format}
	switch format {
	case FormatHTML:
		doc.Text, doc.Title = htmlArticle(text)
	case FormatMarkdown:
		doc.Text, doc.Title = markdownText(text)
	default:
		doc.Text = text
	}
	if strings.TrimSpace(doc.Text) == "" {
		what := "has no article text"
		if format == FormatHTML {
			what = "is a web page with no article text in it"
		}
		return nil, &Error{Name: name, What: what, Hint: hintText}
	}
	if len(doc.Text) > MaxBytes {
		return nil, &Error{Name: name, What: fmt.Sprintf("decodes to %d bytes of text; an article is at most %d (8 MiB)", len(doc.Text), MaxBytes),
			Hint: "import the article itself, not a whole collection"}
	}
	return doc, nil
}

// formatByName returns the format the extension names, or "" to sniff.
func formatByName(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	}
	return ""
}

// decode turns raw into UTF-8 text: by the override, else by a BOM, else
// (for HTML) by the page's <meta charset>, else by detection. It refuses
// binary data and text that no known encoding reads.
func decode(name string, raw []byte, override string, isHTML bool) (enc, text string, err error) {
	bom, n := bomEncoding(raw)
	switch {
	case override != "":
		enc = override
		if bom == override || bom == EncUTF8BOM && override == EncUTF8 {
			raw = raw[n:]
		}
		text = decodeAs(enc, raw)
		if mostlyInvalid(text) {
			return "", "", &Error{Name: name, What: fmt.Sprintf("does not read as %s: many invalid byte sequences", enc),
				Hint: "try another --encoding, or leave it out to detect the encoding"}
		}
	case bom != "":
		enc, text = bom, decodeAs(bom, raw[n:])
	default:
		if isHTML {
			if m := metaCharset(raw); m != "" {
				enc, text = m, decodeAs(m, raw)
				// A page converted to UTF-8 often keeps its old meta.
				if m != EncUTF8 && strings.ContainsRune(text, utf8.RuneError) && utf8.Valid(raw) {
					enc, text = EncUTF8, string(raw)
				}
				break
			}
		}
		if enc, text = detect(raw); enc == "" {
			return "", "", &Error{Name: name, What: "is not Chinese text in any encoding Qiusuo reads (UTF-8, UTF-16, GB18030, Big5)", Hint: hintEncoding}
		}
	}
	if binaryText(text) {
		return "", "", &Error{Name: name, What: "is binary data, not text", Hint: hintText}
	}
	if override == "" && mostlyInvalid(text) {
		return "", "", &Error{Name: name, What: "is not text in any encoding Qiusuo knows", Hint: hintEncoding}
	}
	return enc, text, nil
}

// normaliseLineEnds turns CRLF and lone CR line ends into "\n".
func normaliseLineEnds(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
