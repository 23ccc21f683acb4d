package gui

import (
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/wrap"
)

// textRun is one drawn piece of a line: a stretch of one passage's text
// that is contiguous in the original article. A line holding the end of
// one sentence and the start of the next has two runs, so that each can
// get its own highlight rectangle and a tap can tell them apart.
type textRun struct {
	passage    int     // index into Article.Passages
	start, end int     // rune offsets of the run's text in the original article
	line       int     // index into readerLayout.lines
	x, w       float32 // column-relative left edge and advance width
	y          float32 // content-relative top of the text object
	style      styleKind
	runes      []rune // the run's text, for marks inside it
	text       *drawnText
}

// textLine is a line box: its runs share one style and one baseline.
type textLine struct {
	top, height float32
	first, last int // runs[first:last]
}

// passageBox is the part of a passage on one line (column-relative x).
type passageBox struct {
	line   int
	x0, x1 float32
}

// ruleBox is the rule down the left of a caption.
type ruleBox struct {
	top, bottom float32
	rect        *canvas.Rectangle
}

// readerLayout is the article set at one column width. It is built once
// per width and kept: selection changes only move rectangles over it.
type readerLayout struct {
	colW   float32
	colX   float32 // where the objects are currently placed
	height float32
	lines  []textLine
	runs   []textRun
	rules  []ruleBox
	boxes  [][]passageBox // per passage, in reading order
	// paraTop is the top of each paragraph's first line box.
	paraTop []float32
	objects []fyne.CanvasObject // caption rules, then texts
	gapBuf  []gap               // scratch for justifyGaps
	hanBuf  []int
}

// layoutInput is what a layout depends on besides the width.
type layoutInput struct {
	article *data.Article
	styles  *styleSet
	measure *measurer
	color   func(fyne.ThemeColorName) color.Color
	font    func(fyne.TextStyle) fyne.Resource
	scale   float32 // the canvas's, to size text to whole pixels
}

// paraText is a paragraph's reading text with, for each rune, where it
// came from: the passage and the rune offset in the original article
// (both -1 for a separator the reader inserted).
type paraText struct {
	runes   []rune
	offset  []int
	passage []int
}

func (p *paraText) reset() {
	p.runes, p.offset, p.passage = p.runes[:0], p.offset[:0], p.passage[:0]
}

func (p *paraText) add(r rune, off, pas int) {
	p.runes = append(p.runes, r)
	p.offset = append(p.offset, off)
	p.passage = append(p.passage, pas)
}

// collect builds paragraph pi's text from its passages' pieces, so every
// drawn rune maps back to the original (a sentence cut by a page break
// reads as one, but its halves keep their own offsets). Passages that the
// original separated by spaces on one line get one space between them.
func (p *paraText) collect(a *data.Article, pi int) {
	p.reset()
	prevEnd := -1
	for _, ps := range a.Paragraphs[pi].Passages {
		pas := &a.Passages[ps]
		if prevEnd >= 0 && pas.Start() > prevEnd {
			if gap := a.Slice(prevEnd, pas.Start()); strings.Trim(gap, " \t\u3000") == "" {
				p.add(' ', -1, -1)
			}
		}
		for _, pc := range pas.Pieces {
			off := pc.Start
			for _, r := range a.Slice(pc.Start, pc.End) {
				p.add(r, off, ps)
				off++
			}
		}
		prevEnd = pas.End()
	}
}

// wrapIndented wraps text with a first line narrower than the rest (a
// first-line indent). wrap.Lines takes one width, so the first line is
// found on a prefix of the text just long enough to overflow it, and the
// rest is wrapped on its own: a line start is always a valid break.
func wrapIndented(text []rune, firstW, restW float32, adv func(rune) float32) []wrap.Line {
	if firstW == restW || len(text) == 0 {
		return wrap.Lines(text, restW, adv)
	}
	// A prefix well past the first line's width: breaking decisions look
	// at most a few runes beyond the overflow.
	n, w := 0, float32(0)
	for n < len(text) && w <= firstW+restW/4+64 {
		w += adv(text[n])
		n++
	}
	first := wrap.Lines(text[:n], firstW, adv)[0]
	if first.End >= len(text) {
		return []wrap.Line{first}
	}
	rest := wrap.Lines(text[first.End:], restW, adv)
	lines := make([]wrap.Line, 0, len(rest)+1)
	lines = append(lines, first)
	for _, l := range rest {
		l.Start += first.End
		l.End += first.End
		l.VisibleEnd += first.End
		lines = append(lines, l)
	}
	return lines
}

// buildLayout sets the whole article in a column of width colW.
func buildLayout(in *layoutInput, colW float32) *readerLayout {
	a, ss := in.article, in.styles
	lay := &readerLayout{
		colW:    colW,
		boxes:   make([][]passageBox, len(a.Passages)),
		paraTop: make([]float32, len(a.Paragraphs)),
	}
	var pt paraText
	y := ss.topPad
	prevAfter := float32(0)
	for pi := range a.Paragraphs {
		sk := ss.styleOf(a, pi)
		st := &ss.styles[sk]
		if pi > 0 {
			y += max(prevAfter, st.before)
		}
		prevAfter = st.after
		pt.collect(a, pi)

		tab := in.measure.table(st.size, st.text)
		// A closing mark may hang past the column into the margin; keep
		// marks of large text from hanging further than the margin.
		hang := max(0, st.size-ss.margin)
		avail := colW - st.inset - hang
		lines := wrapIndented(pt.runes, avail-st.indent, avail, tab.advance)

		lay.paraTop[pi] = y
		top := y
		col, font := in.color(st.color), in.font(st.text)
		for li, l := range lines {
			x, width := st.inset, avail
			if li == 0 {
				x += st.indent
				width -= st.indent
			}
			var slack float32
			switch {
			case st.align == fyne.TextAlignTrailing:
				x = colW - l.Width
			case st.align == fyne.TextAlignCenter:
				x = st.inset + (colW-st.inset-l.Width)/2
			case st.justify && li < len(lines)-1:
				slack = width - l.Width
				if l.Hanging && l.VisibleEnd > l.Start {
					slack += tab.advance(pt.runes[l.VisibleEnd-1])
				}
			}
			lay.addLine(&pt, l, st, sk, x, y, slack, tab, col, font, in.scale)
			y += st.lineHeight
		}
		if st.rule {
			rect := canvas.NewRectangle(in.color(st.color))
			lay.rules = append(lay.rules, ruleBox{top: top, bottom: y, rect: rect})
		}
	}
	lay.height = y + ss.bottom

	lay.objects = make([]fyne.CanvasObject, 0, len(lay.rules)+len(lay.runs))
	for _, rb := range lay.rules {
		lay.objects = append(lay.objects, rb.rect)
	}
	for i := range lay.runs {
		lay.objects = append(lay.objects, lay.runs[i].text.obj)
	}
	lay.colX = -1 // force place
	return lay
}

// addLine turns the visible part of one wrapped line into runs. slack
// is the room left on a line that should be flush with both edges of the
// column (两端对齐); it is spread over the line's justification gaps.
func (lay *readerLayout) addLine(pt *paraText, l wrap.Line, st *paraStyle, sk styleKind, x, y, slack float32, tab *advanceTable, col color.Color, font fyne.Resource, scale float32) {
	li := len(lay.lines)
	first := len(lay.runs)
	ty := y + (st.lineHeight-st.textHeight)/2
	gaps, han := justifyGaps(pt.runes, l, slack, st.size, lay.gapBuf[:0], lay.hanBuf[:0])
	lay.gapBuf, lay.hanBuf = gaps, han
	g := 0
	for i := l.Start; i < l.VisibleEnd; {
		for g < len(gaps) && gaps[g].at <= i {
			if gaps[g].at == i {
				x += gaps[g].w
			}
			g++
		}
		if pt.passage[i] < 0 { // inserted separator: space, no object
			x += tab.advance(pt.runes[i])
			i++
			continue
		}
		stop := l.VisibleEnd
		if g < len(gaps) {
			stop = gaps[g].at
		}
		j := i + 1
		for j < stop && pt.passage[j] == pt.passage[i] && pt.offset[j] == pt.offset[j-1]+1 {
			j++
		}
		rs := pt.runes[i:j:j]
		w := tab.width(rs)
		rs = slices.Clone(rs)
		txt := newDrawnText(rs, font, st.text, st.size, col)
		txt.obj.Resize(snapped(fyne.NewSize(w, st.textHeight), scale))
		p := pt.passage[i]
		lay.runs = append(lay.runs, textRun{
			passage: p, start: pt.offset[i], end: pt.offset[j-1] + 1,
			line: li, x: x, w: w, y: ty, style: sk,
			runes: rs, text: txt,
		})
		// Runs of one passage on one line are consecutive: one box
		// covers them, gaps included.
		bs := lay.boxes[p]
		if n := len(bs); n > 0 && bs[n-1].line == li {
			bs[n-1].x1 = x + w
		} else {
			lay.boxes[p] = append(bs, passageBox{line: li, x0: x, x1: x + w})
		}
		x += w
		i = j
	}
	lay.lines = append(lay.lines, textLine{top: y, height: st.lineHeight, first: first, last: len(lay.runs)})
}

// place moves the objects so the column's left edge is at colX. Wide
// panes change colX without changing the column, so resizing them moves
// objects instead of re-wrapping.
func (lay *readerLayout) place(colX, ruleW float32) {
	if lay.colX == colX {
		return
	}
	lay.colX = colX
	for i := range lay.runs {
		r := &lay.runs[i]
		r.text.obj.Move(fyne.NewPos(colX+r.x, r.y))
	}
	for _, rb := range lay.rules {
		rb.rect.Move(fyne.NewPos(colX, rb.top))
		rb.rect.Resize(fyne.NewSize(ruleW, rb.bottom-rb.top))
	}
}
