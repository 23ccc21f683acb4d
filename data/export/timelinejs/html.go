package timelinejs

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlText turns a slide's HTML into plain text: entities decoded, tags
// dropped, block elements (p, br, div, li, blockquote, headings) as
// paragraph breaks, runs of white space inside a paragraph folded to one
// space, script and style left out. Paragraphs are separated by a blank
// line, as in a plain-text article.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return paragraphs(s)
	}
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return paragraphs(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.P, atom.Br, atom.Div, atom.Li, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Tr, atom.Hr:
				b.WriteString("\n\n")
			}
		}
	}
}

// paragraphs folds white space within paragraphs and separates them by
// one blank line.
func paragraphs(s string) string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n\n") {
		if f := strings.Join(strings.Fields(p), " "); f != "" {
			out = append(out, f)
		}
	}
	return strings.Join(out, "\n\n")
}
