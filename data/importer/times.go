package importer

import (
	"sort"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/timex"
)

// timeHit is a time expression located in a passage.
type timeHit struct {
	x          timex.Expr
	passage    int
	start, end int // rune offsets into the passage's text
}

// findTimes runs the time-expression finder over the whole article — so
// that 同年 and zodiac years see the years stated before them — and places
// each expression in its passage. An expression cut by a page break, or
// outside every passage, is dropped.
func findTimes(a *data.Article, an timex.Anchor) []timeHit {
	loc := newLocator(a)
	var out []timeHit
	for _, x := range timex.Find(a.Text, an) {
		if p, s, e, ok := loc.locate(x.Start, x.End); ok {
			out = append(out, timeHit{x: x, passage: p, start: s, end: e})
		}
	}
	return out
}

// locator maps byte ranges of an article's text to passages.
type locator struct {
	a   *data.Article
	pcs []locPiece
}

type locPiece struct {
	sb, eb  int // byte span in the article
	passage int
	base    int // rune offset of the piece in the passage's text
	start   int // rune offset of the piece in the article
}

func newLocator(a *data.Article) *locator {
	l := &locator{a: a}
	for i := range a.Passages {
		base := 0
		for _, pc := range a.Passages[i].Pieces {
			l.pcs = append(l.pcs, locPiece{pc.StartByte, pc.EndByte, i, base, pc.Start})
			base += pc.End - pc.Start
		}
	}
	sort.Slice(l.pcs, func(i, j int) bool { return l.pcs[i].sb < l.pcs[j].sb })
	return l
}

// locate returns the passage holding bytes [sb, eb) of the article and the
// rune offsets of the range in the passage's text; false when the range
// is outside every passage or crosses a page break.
func (l *locator) locate(sb, eb int) (passage, start, end int, ok bool) {
	k := sort.Search(len(l.pcs), func(i int) bool { return l.pcs[i].eb > sb })
	if k == len(l.pcs) || l.pcs[k].sb > sb || eb > l.pcs[k].eb {
		return 0, 0, 0, false
	}
	pc := l.pcs[k]
	return pc.passage, pc.base + l.a.RuneOffset(sb) - pc.start, pc.base + l.a.RuneOffset(eb) - pc.start, true
}

// interval is an expression's calendar interval for the story, or nil
// when the text does not fix one. An open "since" interval (2024年以来)
// whose end would be an unknown publication date has none either.
func interval(x timex.Expr) *data.DateInterval {
	if x.Vague || !x.Resolved() || x.To.IsZero() {
		return nil
	}
	basis := data.BasisStated
	switch x.Basis {
	case timex.BasisPublished:
		basis = data.BasisPublished
	case timex.BasisLunar:
		basis = data.BasisLunar
	}
	return &data.DateInterval{From: x.From.String(), To: x.To.String(), Precision: data.Precision(x.Precision), Basis: basis}
}
