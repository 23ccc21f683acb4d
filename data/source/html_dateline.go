package source

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Many news sites print the headline and the dateline line (2025年02月18日
// 08:30 新浪科技) above the article's container, so readability, which
// keeps the container, drops the dateline — the one line the importer
// dates the story by. pageDateline finds that line on the page as printed
// and htmlArticle puts it back under the title. Nothing is made up: the
// line is text the page shows.

// pageDate is a full calendar date as pages print it.
var pageDate = regexp.MustCompile(`(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)`)

// datelineWindow bounds how far after the headline the dateline is looked
// for, in elements: it sits right under the headline, and a date further
// down belongs to something else (a related link, the footer).
const datelineWindow = 40

// pageDateline returns the short line holding a date that follows the
// page's headline (the element printing title, see headline), or "" when
// there is no such headline or line. A page that does not print its
// headline is not searched, and what comes before the headline never is:
// dates in a portal's top bar are today's date, not the article's.
func pageDateline(doc *html.Node, title string) string {
	if title == "" {
		return ""
	}
	h1 := headline(doc, title)
	if h1 == nil {
		return ""
	}
	// Visit the elements after the headline in document order: the first
	// whose text is one short line with a date is the dateline (a parent
	// is visited before its children, so the line is whole; a parent of
	// several lines is looked into).
	seen := 0
	for n := nextInOrder(h1, true); n != nil && seen < datelineWindow; {
		if n.Type != html.ElementNode || skipped[tag(n)] {
			n = nextInOrder(n, true)
			continue
		}
		seen++
		lines := blockText(n, false)
		t := strings.Join(lines, "\n")
		if !pageDate.MatchString(t) {
			n = nextInOrder(n, true) // no date inside: skip its subtree
			continue
		}
		if len(lines) == 1 && utf8.RuneCountInString(t) <= 60 && !strings.ContainsAny(t, "。！？!?；") {
			return t
		}
		// A date deeper inside: look closer if this is a container; a
		// paragraph's date is part of its sentences.
		n = nextInOrder(n, !containers[tag(n)])
	}
	return ""
}

// headline is the element that prints the page's title: its <h1>, else
// (older pages set the headline in a table cell or a bold line) the first
// element in the body whose whole text is the title — never the <title>
// in the head.
func headline(doc *html.Node, title string) *html.Node {
	find := func(match func(*html.Node) bool) *html.Node {
		var found *html.Node
		walk(doc, func(n *html.Node) bool {
			if found != nil || n.Type == html.ElementNode && (tag(n) == atom.Head || skipped[tag(n)]) {
				return false
			}
			if n.Type == html.ElementNode && match(n) && collapse(nodeText(n)) == title {
				found = n
				return false
			}
			return true
		})
		return found
	}
	if h := find(func(n *html.Node) bool { return tag(n) == atom.H1 }); h != nil {
		return h
	}
	return find(func(n *html.Node) bool { return tag(n) != atom.Html && tag(n) != atom.Body })
}

// containers hold blocks rather than text of their own.
var containers = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Body: true, atom.Form: true, atom.Center: true, atom.Table: true, atom.Tbody: true,
	atom.Tr: true, atom.Td: true, atom.Ul: true, atom.Ol: true, atom.Font: true,
}

// nextInOrder is the node after n in document order; skipChildren passes
// over n's subtree.
func nextInOrder(n *html.Node, skipChildren bool) *html.Node {
	if !skipChildren && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}
