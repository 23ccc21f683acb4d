package source

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlPrefixes open a document that is HTML whatever its file name.
var htmlPrefixes = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}

// looksLikeHTML sniffs the start of a file (bytes of any ASCII-compatible
// encoding, or decoded text) for an HTML document.
func looksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, bomUTF8)
	for i := 0; i < 8; i++ { // skip leading comments and an XML declaration
		b = bytes.TrimLeft(b, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(b, []byte("<!--")):
			end := bytes.Index(b, []byte("-->"))
			if end < 0 {
				return false
			}
			b = b[end+3:]
			continue
		case bytes.HasPrefix(b, []byte("<?xml")):
			end := bytes.Index(b, []byte("?>"))
			if end < 0 {
				return false
			}
			b = b[end+2:]
			continue
		}
		break
	}
	head := strings.ToLower(string(b[:min(len(b), 16)]))
	for _, p := range htmlPrefixes {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// metaRE finds the charset of <meta charset="…"> and of
// <meta http-equiv="Content-Type" content="text/html; charset=…">.
var metaRE = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)`)

// metaCharset returns the encoding the page's <meta> declares among the
// first 8 KB, if it is one Qiusuo reads; "" otherwise (then the bytes are
// detected). A page declaring UTF-16 in ASCII-compatible bytes is wrong by
// definition (HTML spec), so that declaration is ignored too.
func metaCharset(raw []byte) string {
	m := metaRE.FindSubmatch(raw[:min(len(raw), 8<<10)])
	if m == nil {
		return ""
	}
	switch strings.ToLower(string(m[1])) {
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return EncUTF8
	case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "csgb2312", "chinese", "iso-ir-58", "windows-936", "ms936":
		return EncGB18030
	case "big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5", "cp950", "ms950", "windows-950":
		return EncBig5
	}
	return ""
}

// htmlArticle extracts the article of a web page as paragraphs of text and
// its title. Readability (Mozilla's algorithm, ported) picks the article's
// container and drops navigation, ads, related links and footers; when it
// finds none the whole body is used, minus the page furniture elements.
// The title's paragraph leads the text so that ingestion finds it.
func htmlArticle(src string) (text, title string) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", ""
	}
	title = pageTitle(doc)
	var paras []string
	if body := readable(doc); body != nil {
		paras = blockText(body, false)
	} else {
		paras = blockText(findFirst(doc, atom.Body), true)
	}
	if title == "" {
		return strings.Join(paras, "\n\n"), ""
	}
	at := index(paras, title)
	if at < 0 {
		paras, at = append([]string{title}, paras...), 0
	}
	if dl := pageDateline(doc, title); dl != "" && index(paras, dl) < 0 {
		paras = append(paras[:at+1], append([]string{dl}, paras[at+1:]...)...)
	}
	return strings.Join(paras, "\n\n"), title
}

func index(paras []string, p string) int {
	for i, q := range paras {
		if q == p {
			return i
		}
	}
	return -1
}

// readable runs readability on doc, or returns nil when it finds no
// article. A panic inside the third-party parser on a malformed page is
// turned into "no article": the caller then falls back to the body.
func readable(doc *html.Node) (n *html.Node) {
	defer func() {
		if recover() != nil {
			n = nil
		}
	}()
	p := readability.NewParser()
	art, err := p.ParseDocument(doc, nil)
	if err != nil || art.Node == nil {
		return nil
	}
	return art.Node
}

// pageTitle is the article's headline: the <h1> that the page's og:title
// or <title> agrees with (a page may also wrap its logo in an <h1>), else
// the longest <h1>, else og:title or <title> without the site's suffix.
func pageTitle(doc *html.Node) string {
	var h1s []string
	var og, title string
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch tag(n) {
		case atom.H1:
			if t := collapse(nodeText(n)); t != "" {
				h1s = append(h1s, t)
			}
			return false
		case atom.Title:
			if title == "" {
				title = collapse(nodeText(n))
			}
			return false
		case atom.Meta:
			if (attr(n, "property") == "og:title" || attr(n, "name") == "og:title") && og == "" {
				og = collapse(attr(n, "content"))
			}
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return false
		}
		return true
	})
	ref := og
	if ref == "" {
		ref = title
	}
	if ref != "" {
		for _, h := range h1s {
			if strings.Contains(ref, h) && utf8.RuneCountInString(h) >= 4 || strings.Contains(h, stripSiteSuffix(ref)) {
				return h
			}
		}
	}
	best := ""
	for _, h := range h1s {
		if utf8.RuneCountInString(h) > utf8.RuneCountInString(best) {
			best = h
		}
	}
	if utf8.RuneCountInString(best) >= 4 {
		return best
	}
	return stripSiteSuffix(ref)
}

// siteSeparators split "headline_频道_站点" and "Headline | Site" titles.
var siteSeparators = regexp.MustCompile(`\s*(?:_|\||｜|\s-\s|\s–\s|\s—\s|——)\s*`)

// stripSiteSuffix keeps the longest part of a <title> split at the
// separators sites put between headline, channel and site name
// ("宇树机器人登上春晚_科技频道_新闻网" → "宇树机器人登上春晚").
func stripSiteSuffix(t string) string {
	best := ""
	for _, p := range siteSeparators.Split(t, -1) {
		if utf8.RuneCountInString(p) > utf8.RuneCountInString(best) {
			best = p
		}
	}
	return strings.TrimSpace(best)
}

// tag is n's element as an atom. Nodes readability creates carry only
// their Data ("p"), not the DataAtom the HTML parser sets.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom == 0 {
		return atom.Lookup([]byte(n.Data))
	}
	return n.DataAtom
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// walk visits n and its descendants depth first; visit returns false to
// skip a node's children.
func walk(n *html.Node, visit func(*html.Node) bool) {
	if n == nil || !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	var found *html.Node
	walk(n, func(x *html.Node) bool {
		if found != nil {
			return false
		}
		if x.Type == html.ElementNode && tag(x) == a {
			found = x
			return false
		}
		return true
	})
	return found
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(x *html.Node) bool {
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
		}
		return !(x.Type == html.ElementNode && skipped[tag(x)])
	})
	return b.String()
}

// skipped elements never hold article text. The furniture elements are
// skipped only in the fallback: inside the article readability chose, a
// <header> holds the headline and dateline, a <footer> the editor's name.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Img: true, atom.Video: true, atom.Audio: true,
	atom.Canvas: true, atom.Object: true, atom.Embed: true, atom.Nav: true, atom.Aside: true,
}

var furniture = map[atom.Atom]bool{atom.Header: true, atom.Footer: true}

// blocks start a new paragraph before and after them.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Caption: true, atom.Tr: true, atom.Hr: true, atom.Address: true,
	atom.Center: true, atom.Details: true, atom.Summary: true, atom.Body: true, atom.Html: true,
}

// blockText renders n as paragraphs: every block element and <br> ends a
// paragraph, inline text is joined with HTML's white-space collapsing.
// noFurniture drops header and footer too: the fallback for a page
// readability could not make sense of.
func blockText(n *html.Node, noFurniture bool) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := collapse(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var rec func(*html.Node, bool)
	rec = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				lines := strings.Split(n.Data, "\n")
				for i, l := range lines {
					if i > 0 {
						flush()
					}
					cur.WriteString(l)
				}
				return
			}
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped[tag(n)] || noFurniture && furniture[tag(n)] {
				return
			}
			switch tag(n) {
			case atom.Br:
				flush()
				return
			case atom.Td, atom.Th:
				cur.WriteString(" ")
			}
		case html.DocumentNode:
		default:
			return
		}
		block := n.Type == html.ElementNode && blocks[tag(n)]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, pre || tag(n) == atom.Pre)
		}
		if block {
			flush()
		}
	}
	if n != nil {
		rec(n, false)
	}
	flush()
	return paras
}

// collapse applies HTML's white-space rules to one paragraph: runs of
// white space become one space, except a line break between two Chinese
// characters, which disappears (CSS Text 3's segment-break rule: Chinese
// is written without spaces). Any space at the ends — no-break and
// ideographic ones too (the paragraph indent 　　 of Chinese pages) — is
// trimmed.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		if !htmlSpace(r) {
			if r == '\u00A0' {
				r = ' '
			}
			b.WriteRune(r)
			i++
			continue
		}
		j, newline := i, false
		for j < len(rs) && htmlSpace(rs[j]) {
			newline = newline || rs[j] == '\n'
			j++
		}
		if !(newline && i > 0 && j < len(rs) && wide(rs[i-1]) && wide(rs[j])) {
			b.WriteByte(' ')
		}
		i = j
	}
	return strings.TrimFunc(b.String(), func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' })
}

func htmlSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}

// wide reports East Asian wide characters: Han, kana, CJK and full-width
// punctuation.
func wide(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0xFF00 && r <= 0xFFEF || r >= 0x20000 && r <= 0x3FFFF
}
