package source

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// md parses CommonMark with GitHub's tables and strikethrough, the two
// extensions a copied article is likely to use. goldmark is already linked
// (Fyne's RichText parses Markdown with it).
var md = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()

// frontMatter matches a YAML front-matter block at the start of a file.
var frontMatter = regexp.MustCompile(`\A---\n(?:[A-Za-z0-9_-]+\s*:.*\n|\s*-.*\n|\s*\n)*(?:---|\.\.\.)\n`)

// markdownText strips Markdown to the article's text: one paragraph per
// heading, paragraph, list, table, quote or code block; emphasis and
// links become their text, images and raw HTML disappear, list items and
// table rows are lines. The first level-1 heading is the title.
func markdownText(src string) (string, string) {
	src = frontMatter.ReplaceAllString(src, "")
	source := []byte(src)
	doc := md.Parse(text.NewReader(source))
	r := mdRenderer{src: source}
	r.blocks(doc)
	return strings.Join(r.paras, "\n\n"), r.title
}

type mdRenderer struct {
	src   []byte
	paras []string
	title string
}

func (r *mdRenderer) add(s string) {
	if s = strings.TrimSpace(s); s != "" {
		r.paras = append(r.paras, s)
	}
}

// blocks renders the block children of n as paragraphs.
func (r *mdRenderer) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		r.block(c)
	}
}

func (r *mdRenderer) block(n ast.Node) {
	switch v := n.(type) {
	case *ast.Heading:
		t := r.inline(v)
		if v.Level == 1 && r.title == "" {
			r.title = t
		}
		r.add(t)
	case *ast.Paragraph, *ast.TextBlock:
		r.add(r.inline(v))
	case *ast.List:
		r.add(strings.Join(r.lines(v), "\n"))
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var b strings.Builder
		lines := v.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.Write(seg.Value(r.src))
		}
		r.add(b.String())
	case *east.Table:
		var rows []string
		for row := v.FirstChild(); row != nil; row = row.NextSibling() {
			var cells []string
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				cells = append(cells, r.inline(cell))
			}
			rows = append(rows, strings.Join(cells, " "))
		}
		r.add(strings.Join(rows, "\n"))
	case *ast.HTMLBlock, *ast.ThematicBreak:
		// markup, not text
	default: // document, blockquote, and anything else holding blocks
		r.blocks(n)
	}
}

// lines renders a list: each item's own blocks as lines, nested lists
// after their item.
func (r *mdRenderer) lines(list ast.Node) []string {
	var out []string
	for item := list.FirstChild(); item != nil; item = item.NextSibling() {
		sub := mdRenderer{src: r.src}
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			if l, ok := c.(*ast.List); ok {
				sub.paras = append(sub.paras, sub.lines(l)...)
				continue
			}
			sub.block(c)
		}
		for _, p := range sub.paras {
			out = append(out, strings.Split(p, "\n\n")...)
		}
	}
	return out
}

// inline renders the inline content of n as text. A soft line break
// between two Chinese characters vanishes (Chinese is written without
// spaces); elsewhere it is a space. A hard break stays a line break.
func (r *mdRenderer) inline(n ast.Node) string {
	var out []rune
	soft := map[int]bool{} // positions in out where a soft break was
	var rec func(ast.Node)
	rec = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch v := c.(type) {
			case *ast.Text:
				out = append(out, []rune(string(v.Segment.Value(r.src)))...)
				switch {
				case v.HardLineBreak():
					out = append(out, '\n')
				case v.SoftLineBreak():
					soft[len(out)] = true
				}
			case *ast.String:
				out = append(out, []rune(string(v.Value))...)
			case *ast.AutoLink:
				out = append(out, []rune(string(v.Label(r.src)))...)
			case *ast.Image, *ast.RawHTML:
				// a picture or markup: no text of the article
			default:
				rec(c)
			}
		}
	}
	rec(n)
	var b strings.Builder
	for i, ru := range out {
		if soft[i] && i > 0 && !(wide(out[i-1]) && wide(ru)) {
			b.WriteByte(' ')
		}
		b.WriteRune(ru)
	}
	return b.String()
}
