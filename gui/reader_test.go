package gui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// newTestReader shows a reader over the default story in a w×h test
// window with the light app theme.
func newTestReader(t testing.TB, w, h float32) (*Reader, *Selection, fyne.Window) {
	t.Helper()
	sel := lightSelection(t)
	r := NewReader(sel)
	win := test.NewTempWindow(t, r)
	win.Resize(fyne.NewSize(w, h))
	return r, sel, win
}

func ref(kind data.RefKind, id string) data.Ref { return data.Ref{Kind: kind, ID: id} }

func center(o fyne.CanvasObject) fyne.Position {
	return o.Position().Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
}

// highlighted reads back, from the rectangles on screen, which passages
// are highlighted and which one is focused: each visible highlight
// rectangle is mapped to the passage under its centre.
func highlighted(t *testing.T, r *Reader) (all []int, focus []int) {
	t.Helper()
	for _, rect := range r.hl {
		if !rect.Visible() {
			continue
		}
		p := r.PassageAt(center(rect))
		if p < 0 {
			t.Fatalf("highlight at %v covers no passage", rect.Position())
		}
		if !slices.Contains(all, p) {
			all = append(all, p)
		}
		if rect.FillColor == r.look.strong && !slices.Contains(focus, p) {
			focus = append(focus, p)
		}
	}
	slices.Sort(all)
	return all, focus
}

// assertVisible checks that passage p lies within the scrolled view.
func assertVisible(t *testing.T, r *Reader, p int) {
	t.Helper()
	top, bottom, ok := r.layout.extent(p)
	if !ok {
		t.Fatalf("passage %d has no layout", p)
	}
	off, view := r.scroll.Offset.Y, r.scroll.Size().Height
	if top < off || bottom > off+view {
		t.Errorf("passage %d at [%v, %v] not in view [%v, %v]", p, top, bottom, off, off+view)
	}
}

func TestReaderSelectEvent(t *testing.T) {
	r, sel, _ := newTestReader(t, 640, 700)
	if all, _ := highlighted(t, r); len(all) != 0 || r.count.Text != "" || !r.next.Disabled() {
		t.Fatalf("empty selection: highlighted %v, count %q, next disabled %v", all, r.count.Text, r.next.Disabled())
	}

	gala := ref(data.RefEvent, "gala")
	sel.Select(gala)
	want := r.story.Passages(gala)
	if len(want) < 2 {
		t.Fatalf("gala has %d passages; the test needs two", len(want))
	}
	all, focus := highlighted(t, r)
	if !slices.Equal(all, want) || !slices.Equal(focus, want[:1]) {
		t.Errorf("gala: highlighted %v focus %v, want %v focus %v", all, focus, want, want[:1])
	}
	if r.count.Text != fmt.Sprintf("1 / %d", len(want)) || r.next.Disabled() || r.prev.Disabled() {
		t.Errorf("count %q, buttons disabled %v/%v", r.count.Text, r.prev.Disabled(), r.next.Disabled())
	}
	assertVisible(t, r, want[0])

	before := r.scroll.Offset.Y
	sel.Step(1)
	if _, focus := highlighted(t, r); !slices.Equal(focus, want[1:2]) {
		t.Errorf("after Step: focus %v, want %v", focus, want[1:2])
	}
	if r.count.Text != fmt.Sprintf("2 / %d", len(want)) {
		t.Errorf("after Step: count %q", r.count.Text)
	}
	if r.scroll.Offset.Y <= before {
		t.Errorf("Step to a later passage did not scroll: offset %v, was %v", r.scroll.Offset.Y, before)
	}
	assertVisible(t, r, want[1])

	r.Prev()
	if r.count.Text != fmt.Sprintf("1 / %d", len(want)) {
		t.Errorf("after Prev: count %q", r.count.Text)
	}
	assertVisible(t, r, want[0])

	sel.Clear()
	if all, _ := highlighted(t, r); len(all) != 0 || r.count.Text != "" || !r.prev.Disabled() || r.focusBar.Visible() {
		t.Errorf("after Clear: highlighted %v, count %q", all, r.count.Text)
	}
}

func TestReaderScrollsFocusToUpperThird(t *testing.T) {
	r, sel, _ := newTestReader(t, 640, 700)
	ai := ref(data.RefCluster, "ai")
	sel.Select(ai)
	ps := r.story.Passages(ai)
	for k := 1; k < len(ps); k++ {
		sel.Step(1)
		assertVisible(t, r, ps[k])
	}
	// Jump from the first to a passage far down: it comes to rest a
	// third from the top of the view.
	sel.Step(1) // wraps to the first
	sel.Step(10)
	p := ps[10]
	top, _, _ := r.layout.extent(p)
	view := r.scroll.Size().Height
	want := min(top-view/3, r.content.Size().Height-view)
	if got := r.scroll.Offset.Y; got < want-1 || got > want+1 {
		t.Errorf("passage %d at %v: offset %v, want %v (a third of %v above it)", p, top, got, want, view)
	}
}

func TestReaderTapSelectsSentence(t *testing.T) {
	r, sel, win := newTestReader(t, 640, 700)
	a := r.story.Article

	// Two sentences sharing a line: a tap just inside the end of the
	// first selects it, just inside the start of the second selects that.
	var p, next int = -1, -1
	var b passageBox
	for i := range a.Passages {
		if a.Passages[i].Kind != data.KindBody {
			continue
		}
		bs := r.layout.boxes[i]
		last := bs[len(bs)-1]
		if i+1 < len(a.Passages) && len(r.layout.boxes[i+1]) > 0 {
			if nb := r.layout.boxes[i+1][0]; nb.line == last.line && last.x1-last.x0 > 40 && nb.x1-nb.x0 > 40 {
				p, next, b = i, i+1, last
				break
			}
		}
	}
	if p < 0 {
		t.Fatal("no two sentences share a line")
	}
	l := r.layout.lines[b.line]
	y := l.top + l.height/2
	for _, tc := range []struct {
		x    float32
		want int
	}{{b.x1 - 4, p}, {b.x1 + 4, next}, {b.x0 + 4, p}} {
		pos := fyne.NewPos(r.layout.colX+tc.x, y)
		if got := r.PassageAt(pos); got != tc.want {
			t.Errorf("PassageAt(%v) = %d, want %d", pos, got, tc.want)
		}
	}
	test.TapAt(r.content, fyne.NewPos(r.layout.colX+b.x1-4, y))
	if want := ref(data.RefPassage, a.Passages[p].ID); sel.Current().Ref != want {
		t.Errorf("tap selected %v, want %v", sel.Current().Ref, want)
	}

	// The same through the window, after the view scrolled: the tap
	// lands on the sentence under the finger, not where it was before.
	q := a.PassageIndex("p24.1")
	qb := r.layout.boxes[q][0]
	ql := r.layout.lines[qb.line]
	r.scrollTo(ql.top-200, false)
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.content)
	test.TapCanvas(win.Canvas(), abs.Add(fyne.NewPos(r.layout.colX+qb.x0+8, ql.top+ql.height/2)))
	if want := ref(data.RefPassage, "p24.1"); sel.Current().Ref != want {
		t.Errorf("canvas tap selected %v, want %v", sel.Current().Ref, want)
	}

	// Between paragraphs there is nothing to select.
	if got := r.PassageAt(fyne.NewPos(r.layout.colX+20, r.layout.paraTop[10]-4)); got != -1 {
		t.Errorf("PassageAt(paragraph gap) = %d, want -1", got)
	}
}

func TestReaderTapJoinedSentence(t *testing.T) {
	r, sel, _ := newTestReader(t, 640, 700)
	a := r.story.Article
	// Find the sentences a page break cut in two.
	var joined []int
	for i := range a.Passages {
		if len(a.Passages[i].Pieces) > 1 {
			joined = append(joined, i)
		}
	}
	if len(joined) == 0 {
		t.Fatal("the article has no page-break-joined sentence")
	}
	for _, p := range joined {
		pas := &a.Passages[p]
		second := pas.Pieces[1]
		var run *textRun
		for i := range r.layout.runs {
			if rr := &r.layout.runs[i]; rr.start >= second.Start && rr.start < second.End {
				run = rr
				break
			}
		}
		if run == nil {
			t.Fatalf("%s: second half [%d, %d) is not drawn", pas.ID, second.Start, second.End)
		}
		sel.Clear()
		test.TapAt(r.content, center(run.text.obj))
		if want := ref(data.RefPassage, pas.ID); sel.Current().Ref != want {
			t.Errorf("tap on the second half of %s selected %v", pas.ID, sel.Current().Ref)
		}
		// Both halves are highlighted.
		for _, pc := range pas.Pieces {
			if !highlightCovers(r, pc.Start) || !highlightCovers(r, pc.End-1) {
				t.Errorf("%s: piece [%d, %d) not highlighted", pas.ID, pc.Start, pc.End)
			}
		}
	}
}

// highlightCovers reports whether a visible highlight rectangle lies
// behind the glyph of article rune offset off.
func highlightCovers(r *Reader, off int) bool {
	bs := r.layout.spanBoxes(off, off+1, r.measure, r.styles, nil)
	if len(bs) != 1 {
		return false
	}
	l := r.layout.lines[bs[0].line]
	c := fyne.NewPos(r.layout.colX+(bs[0].x0+bs[0].x1)/2, l.top+l.height/2)
	for _, rect := range r.hl {
		p, s := rect.Position(), rect.Size()
		if rect.Visible() && c.X >= p.X && c.X <= p.X+s.Width && c.Y >= p.Y && c.Y <= p.Y+s.Height {
			return true
		}
	}
	return false
}

const (
	noLineStart = "，。、；：？！”’）》"
	noLineEnd   = "“‘（《"
)

// kinsokuViolations lists the lines that start or end with a mark the
// Chinese line-breaking rules forbid there.
func kinsokuViolations(lines []string) []string {
	var bad []string
	for i, l := range lines {
		rs := []rune(l)
		if len(rs) == 0 {
			continue
		}
		if strings.ContainsRune(noLineStart, rs[0]) {
			bad = append(bad, fmt.Sprintf("line %d starts with %c: %q", i, rs[0], l))
		}
		if strings.ContainsRune(noLineEnd, rs[len(rs)-1]) {
			bad = append(bad, fmt.Sprintf("line %d ends with %c: %q", i, rs[len(rs)-1], l))
		}
	}
	return bad
}

// lineTexts returns the drawn text of every line of the layout.
func lineTexts(lay *readerLayout) []string {
	out := make([]string, len(lay.lines))
	for i, l := range lay.lines {
		var sb strings.Builder
		for _, r := range lay.runs[l.first:l.last] {
			sb.WriteString(string(r.runes))
		}
		out[i] = sb.String()
	}
	return out
}

func TestReaderKinsoku(t *testing.T) {
	if bad := kinsokuViolations([]string{"好，", "，不好", "也不好“"}); len(bad) != 2 {
		t.Fatalf("the checker misses violations: %v", bad)
	}
	for _, w := range []float32{320, 480, 640, 900} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			r, _, _ := newTestReader(t, w, 600)
			lines := lineTexts(r.layout)
			if len(lines) < 50 {
				t.Fatalf("only %d lines", len(lines))
			}
			for _, v := range kinsokuViolations(lines) {
				t.Error(v)
			}
			// Every passage is drawn exactly once, in order.
			a := r.story.Article
			got := make([]strings.Builder, len(a.Passages))
			for _, run := range r.layout.runs {
				got[run.passage].WriteString(string(run.runes))
			}
			for i := range a.Passages {
				if got[i].String() != a.Passages[i].Text {
					t.Errorf("%s drawn as %q, want %q", a.Passages[i].ID, got[i].String(), a.Passages[i].Text)
				}
			}
		})
	}
}

func TestReaderNothingClipped(t *testing.T) {
	// Pane widths a split window gives the reader on 1024×600 and
	// 1280×800 screens, and the whole window.
	for _, w := range []float32{360, 420, 512, 600, 1024, 480, 640, 800, 1280} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			r, _, _ := newTestReader(t, w, 600)
			cw := r.content.Size().Width
			for _, o := range r.layout.objects {
				txt, ok := o.(*canvas.Text)
				if !ok {
					continue
				}
				x := txt.Position().X
				right := x + fyne.MeasureText(txt.Text, txt.TextSize, txt.TextStyle).Width
				if x < 0 || right > cw {
					t.Errorf("%q spans [%v, %v], content is %v wide", txt.Text, x, right, cw)
				}
			}
			if r.layout.height > r.content.Size().Height {
				t.Errorf("layout %v taller than content %v", r.layout.height, r.content.Size().Height)
			}
		})
	}
}

func TestReaderColumnCentredOnWidePanes(t *testing.T) {
	r, _, _ := newTestReader(t, 2000, 800)
	cw := r.content.Size().Width
	if r.layout.colW != r.styles.maxCol {
		t.Errorf("column %v, want the maximum %v", r.layout.colW, r.styles.maxCol)
	}
	if left, right := r.layout.colX, cw-r.layout.colX-r.layout.colW; abs32(left-right) > 1 {
		t.Errorf("column not centred: %v left, %v right", left, right)
	}
	maxChars := 0
	for _, l := range lineTexts(r.layout) {
		maxChars = max(maxChars, len([]rune(l)))
	}
	if maxChars > 42 {
		t.Errorf("lines of up to %d characters; a reader wants about 40", maxChars)
	}
}

// runsOf returns the text objects of the passages of a kind.
func runsOf(r *Reader, kind data.Kind) []*drawnText {
	var out []*drawnText
	for _, run := range r.layout.runs {
		if r.story.Article.Passages[run.passage].Kind == kind {
			out = append(out, run.text)
		}
	}
	return out
}

func TestReaderStylesByKind(t *testing.T) {
	r, _, _ := newTestReader(t, 640, 700)
	body := runsOf(r, data.KindBody)
	if len(body) == 0 {
		t.Fatal("no body text")
	}
	b := body[0]
	for _, o := range body {
		if o.size != b.size || o.color != b.color || o.style != b.style {
			t.Fatalf("body text styled unevenly: %q vs %q", string(o.text), string(b.text))
		}
	}
	captions := runsOf(r, data.KindCaption)
	if len(captions) == 0 {
		t.Fatal("no caption text")
	}
	for _, c := range captions {
		if c.size >= b.size || c.color == b.color {
			t.Errorf("caption %q looks like body text (size %v, colour %v)", string(c.text), c.size, c.color)
		}
	}
	if len(r.layout.rules) != len(captions) && len(r.layout.rules) == 0 {
		t.Error("captions have no rule")
	}
	for _, c := range runsOf(r, data.KindTitle) {
		if c.size <= b.size || !c.style.Bold {
			t.Errorf("title %q is not large and bold", string(c.text))
		}
	}
	for _, c := range runsOf(r, data.KindHeading) {
		if c.size <= b.size || !c.style.Bold {
			t.Errorf("heading %q is not larger and bold", string(c.text))
		}
	}
	for _, c := range runsOf(r, data.KindCredit) {
		if c.size >= b.size || c.obj.Position().X+c.obj.Size().Width < r.layout.colX+r.layout.colW-1 {
			t.Errorf("credit %q is not small and right-aligned", string(c.text))
		}
	}
	// Body paragraphs start with a two-character indent.
	p := r.story.Article.Paragraphs[3]
	first := r.layout.boxes[p.Passages[0]][0]
	if want := 2 * r.styles.body; first.x0 != want {
		t.Errorf("first line of a body paragraph starts at %v, want %v", first.x0, want)
	}
}

func TestReaderMarks(t *testing.T) {
	r, _, _ := newTestReader(t, 640, 700)
	a := r.story.Article
	word := "宇树科技"
	var spans [][2]int
	for i := 0; ; {
		k := strings.Index(a.Text[i:], word)
		if k < 0 {
			break
		}
		s := a.RuneOffset(i + k)
		spans = append(spans, [2]int{s, s + len([]rune(word))})
		i += k + len(word)
	}
	if len(spans) < 2 {
		t.Fatalf("%q found %d times", word, len(spans))
	}
	r.SetMarks(spans)
	var total float32
	for _, m := range r.markRects {
		if !m.Visible() {
			continue
		}
		total += m.Size().Width
		if r.PassageAt(center(m)) < 0 {
			t.Errorf("mark at %v is not over text", m.Position())
		}
	}
	// Each mark covers the word: four ideographs at the size of the text
	// it is in, plus at most a little justification space.
	var want float32
	for _, sp := range spans {
		for _, run := range r.layout.runs {
			if sp[0] >= run.start && sp[0] < run.end {
				want += 4 * r.styles.styles[run.style].size
				break
			}
		}
	}
	if total < want || total > want*1.1 {
		t.Errorf("marks %v wide in all for %d × %q, want %v", total, len(spans), word, want)
	}
	r.SetMarks(nil)
	for _, m := range r.markRects {
		if m.Visible() {
			t.Fatal("SetMarks(nil) left a mark")
		}
	}
}

func TestReaderDragScrolls(t *testing.T) {
	r, _, win := newTestReader(t, 640, 700)
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.scroll)
	test.Drag(win.Canvas(), abs.Add(fyne.NewPos(200, 200)), 0, -150)
	if got := r.scroll.Offset.Y; got != 150 {
		t.Errorf("drag up by 150 scrolled to %v", got)
	}
	test.Drag(win.Canvas(), abs.Add(fyne.NewPos(200, 200)), 0, 1000)
	if got := r.scroll.Offset.Y; got != 0 {
		t.Errorf("drag past the top scrolled to %v", got)
	}
}

func TestReaderWrapsOnlyOnWidthChange(t *testing.T) {
	r, sel, win := newTestReader(t, 640, 700)
	lay := r.layout
	texts := slices.Clone(lay.objects)
	sel.Select(ref(data.RefCluster, "ai"))
	sel.Step(3)
	win.Resize(fyne.NewSize(640, 500)) // height only
	if r.layout != lay || !slices.Equal(lay.objects, texts) {
		t.Fatal("selection or height change re-wrapped the text")
	}
	win.Resize(fyne.NewSize(420, 500))
	if r.layout == lay {
		t.Fatal("width change kept the old layout")
	}
	assertVisible(t, r, sel.Current().Passages[sel.Current().Focus])
	win.Resize(fyne.NewSize(640, 500))
	if r.layout != lay {
		t.Error("returning to a width did not reuse its layout")
	}
	// Wide panes share one column: only its position changes.
	win.Resize(fyne.NewSize(1500, 500))
	wide := r.layout
	win.Resize(fyne.NewSize(1700, 500))
	if r.layout != wide {
		t.Error("widening a pane past the maximum column re-wrapped")
	}
}

func TestReaderThemeChange(t *testing.T) {
	r, sel, _ := newTestReader(t, 640, 700)
	sel.Select(ref(data.RefEvent, "gala"))
	dark := theme.VariantDark
	th := NewTheme(&dark)
	fyne.CurrentApp().Settings().SetTheme(th)
	r.Refresh()
	want := th.Color(theme.ColorNameForeground, dark)
	if got := runsOf(r, data.KindBody)[0].color; got != want {
		t.Errorf("body colour after dark theme %v, want %v", got, want)
	}
	if all, _ := highlighted(t, r); len(all) != 2 {
		t.Errorf("highlights lost on theme change: %v", all)
	}
	for _, h := range r.hl {
		if h.Visible() && h.FillColor != th.Color(ColorHighlight, dark) && h.FillColor != th.Color(ColorHighlightStrong, dark) {
			t.Errorf("highlight colour %v is not the dark theme's", h.FillColor)
		}
	}
}

func TestReaderGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h float32
		sel  data.Ref
		step int
	}{
		// The top of the article: title block, first highlight.
		{"gala_640.png", 640, 700, ref(data.RefEvent, "gala"), 0},
		// Scrolled to a later sentence: the focus a third from the top.
		{"ai_640_step.png", 640, 700, ref(data.RefCluster, "ai"), 5},
		// A narrow pane.
		{"modelscope_420.png", 420, 700, ref(data.RefEvent, "modelscope"), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, sel, win := newTestReader(t, tc.w, tc.h)
			sel.Select(tc.sel)
			for range tc.step {
				sel.Step(1)
			}
			test.AssertImageMatches(t, "reader/"+tc.name, win.Canvas().Capture())
		})
	}
}

// TestHanAdvanceShortcut guards the measurer's assumption that every Han
// character of the bundled font has the same advance.
func TestHanAdvanceShortcut(t *testing.T) {
	a := test.NewTempApp(t)
	v := theme.VariantLight
	a.Settings().SetTheme(NewTheme(&v))
	s := seedStory(t)
	m := newMeasurer()
	for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
		tab := m.table(16, style)
		for _, r := range s.Article.Text {
			if r >= 0x3400 && unicode.Is(unicode.Han, r) {
				if got, want := tab.advance(r), fyne.MeasureText(string(r), 16, style).Width; got != want {
					t.Fatalf("%q (bold %v): table %v, measured %v", r, style.Bold, got, want)
				}
			}
		}
	}
}
