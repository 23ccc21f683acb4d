package gui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data/wrap"
)

// studyText is a short paragraph for the study views (entity cards, facts,
// glossary): wrapped with the reader's Chinese line breaker, optionally
// with stretches emphasised in bold and another colour (a fact's figure
// in its sentence, an entity's name in a snippet).
//
// widget.Label cannot do this: Fyne 2.7.1 wraps Chinese after any
// character, so a line may start with 。 or ，, and a label has one style.
// Its height depends on its width, so it takes part in the heightFor
// protocol of vstack (see below) instead of guessing a MinSize.
type studyText struct {
	widget.BaseWidget

	text     []rune
	em       [][2]int // emphasised rune ranges, sorted and disjoint
	size     fyne.ThemeSizeName
	factor   float32 // multiplies the theme size (1 when zero)
	color    fyne.ThemeColorName
	emColor  fyne.ThemeColorName
	bold     bool
	maxLines int     // 0: as many as needed; else the last shown line ends in …
	leading  float32 // line height in ems (1.5 when zero)
	natural  bool    // MinSize is the unwrapped width (a chip's label)

	lines   []wrap.Line // wrapped at linesW
	linesW  float32
	clipped bool // lines were cut to maxLines
}

func newStudyText(text string, size fyne.ThemeSizeName, c fyne.ThemeColorName) *studyText {
	t := &studyText{text: []rune(text), size: size, color: c, emColor: c, linesW: -1}
	t.ExtendBaseWidget(t)
	return t
}

// setText replaces the text and its emphasised ranges (rune offsets).
func (t *studyText) setText(s string, em [][2]int) {
	t.text, t.em, t.linesW = []rune(s), em, -1
	t.Refresh()
}

func (t *studyText) textSize() float32 {
	s := t.Theme().Size(t.size)
	if t.factor > 0 {
		s *= t.factor
	}
	return s
}

func (t *studyText) lineHeight() float32 {
	l := t.leading
	if l == 0 {
		l = 1.5
	}
	return t.textSize() * l
}

// wrapAt wraps the text for width w, caching the result for that width.
func (t *studyText) wrapAt(w float32) []wrap.Line {
	if w == t.linesW {
		return t.lines
	}
	tab := studyTable(t.textSize(), fyne.TextStyle{Bold: t.bold})
	t.lines, t.clipped = nil, false
	if len(t.text) > 0 {
		t.lines = wrap.Lines(t.text, max(w-t.slack(), 1), tab.advance)
	}
	if t.maxLines > 0 && len(t.lines) > t.maxLines {
		t.lines, t.clipped = t.lines[:t.maxLines], true
	}
	t.linesW = w
	return t.lines
}

// slack is room kept free at the end of each line: emphasis is bold, and
// bold Latin letters are a little wider than the regular ones the line
// breaker measures, so an emphasised line must never overflow.
func (t *studyText) slack() float32 {
	if len(t.em) > 0 {
		return t.textSize() / 4
	}
	return 0
}

// heightFor is part of the heightFor protocol (see vstack).
func (t *studyText) heightFor(w float32) float32 {
	return float32(len(t.wrapAt(w))) * t.lineHeight()
}

// CreateRenderer is part of fyne.Widget.
func (t *studyText) CreateRenderer() fyne.WidgetRenderer { return &studyTextRenderer{t: t} }

type studyTextRenderer struct {
	t     *studyText
	texts []*canvas.Text // pool; the first used are shown
	objs  []fyne.CanvasObject
	w     float32
}

func (r *studyTextRenderer) MinSize() fyne.Size {
	t := r.t
	w := t.Size().Width
	if w <= 0 {
		w = 320
	}
	mw := t.textSize() * 2
	if t.natural {
		mw = t.naturalWidth()
	}
	return fyne.NewSize(mw, t.heightFor(w))
}

// naturalWidth is the width of the text on one line.
func (t *studyText) naturalWidth() float32 {
	var w float32
	for i := 0; i < len(t.text); {
		emph, j := t.emphasisRun(i, len(t.text))
		w += studyTable(t.textSize(), fyne.TextStyle{Bold: t.bold || emph}).width(t.text[i:j])
		i = j
	}
	return w + t.slack() + 1
}

// Layout places one canvas.Text per stretch of a line in one style.
func (r *studyTextRenderer) Layout(size fyne.Size) {
	t := r.t
	r.w = size.Width
	lines := t.wrapAt(size.Width)
	ts, lh := t.textSize(), t.lineHeight()
	th := t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	col, emCol := th.Color(t.color, v), th.Color(t.emColor, v)
	textH := fyne.MeasureText("国", ts, fyne.TextStyle{Bold: t.bold}).Height
	used := 0
	put := func(s string, x, y float32, emph bool) float32 {
		if used == len(r.texts) {
			r.texts = append(r.texts, canvas.NewText("", color.Black))
		}
		c := r.texts[used]
		used++
		style := fyne.TextStyle{Bold: t.bold || emph}
		c.Text, c.TextSize, c.TextStyle = s, ts, style
		c.Color = col
		if emph {
			c.Color = emCol
		}
		w := studyTable(ts, style).width([]rune(s))
		c.Move(fyne.NewPos(x, y))
		c.Resize(fyne.NewSize(w, textH))
		c.Refresh()
		return w
	}
	for li, l := range lines {
		y := float32(li)*lh + (lh-textH)/2
		end := l.VisibleEnd
		ellipsis := t.clipped && li == len(lines)-1
		if ellipsis {
			end = t.fitEllipsis(l, size.Width)
		}
		x := float32(0)
		for i := l.Start; i < end; {
			emph, j := t.emphasisRun(i, end)
			x += put(string(t.text[i:j]), x, y, emph)
			i = j
		}
		if ellipsis {
			put("…", x, y, false)
		}
	}
	if used != len(r.objs) {
		r.objs = make([]fyne.CanvasObject, used)
		for i := range used {
			r.objs[i] = r.texts[i]
		}
	}
}

// emphasisRun returns whether rune i is emphasised and where that style
// ends (at most end).
func (t *studyText) emphasisRun(i, end int) (bool, int) {
	for _, e := range t.em {
		if i >= e[0] && i < e[1] {
			return true, min(e[1], end)
		}
		if e[0] > i {
			return false, min(e[0], end)
		}
	}
	return false, end
}

// fitEllipsis returns where the last shown line must end to leave room
// for a trailing "…" within width w.
func (t *studyText) fitEllipsis(l wrap.Line, w float32) int {
	tab := studyTable(t.textSize(), fyne.TextStyle{Bold: t.bold})
	room := w - tab.advance('…') - t.textSize()/4
	end, width := l.Start, float32(0)
	for end < l.End && end < len(t.text) && width+tab.advance(t.text[end]) <= room {
		width += tab.advance(t.text[end])
		end++
	}
	return end
}

func (r *studyTextRenderer) Refresh() {
	r.t.linesW = -1 // sizes or fonts may have changed with the theme
	r.Layout(r.t.Size())
}

func (r *studyTextRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *studyTextRenderer) Destroy()                     {}

// studyTables caches glyph advances for the study views, like the
// reader's measurer, and is dropped when the theme's font changes.
var studyTables struct {
	font fyne.Resource
	m    *measurer
}

func studyTable(size float32, style fyne.TextStyle) *advanceTable {
	f := fyne.CurrentApp().Settings().Theme().Font(fyne.TextStyle{})
	if studyTables.m == nil || studyTables.font != f {
		studyTables.font, studyTables.m = f, newMeasurer()
	}
	return studyTables.m.table(size, style)
}

// heightForer is a widget whose height depends on its width (wrapped
// text, a card holding wrapped text). Fyne's MinSize has no width, so
// the study views ask heightFor instead, at the width they will give.
type heightForer interface {
	heightFor(w float32) float32
}

// heightLayout is a layout that can answer heightFor for its objects.
type heightLayout interface {
	heightFor(objs []fyne.CanvasObject, w float32) float32
}

// heightAt is how tall o wants to be at width w.
func heightAt(o fyne.CanvasObject, w float32) float32 {
	if !o.Visible() {
		return 0
	}
	switch v := o.(type) {
	case heightForer:
		return v.heightFor(w)
	case *fyne.Container:
		if l, ok := v.Layout.(heightLayout); ok {
			return l.heightFor(v.Objects, w)
		}
	}
	return o.MinSize().Height
}

// vstack stacks objects top to bottom at full width, each as tall as it
// needs at that width: a VBox that knows wrapped text grows downwards.
type vstack struct {
	gap   float32
	width float32 // width of the last Layout, for MinSize
}

func (l *vstack) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	var h float32
	n := 0
	for _, o := range objs {
		if o.Visible() {
			h += heightAt(o, w)
			n++
		}
	}
	if n > 1 {
		h += float32(n-1) * l.gap
	}
	return h
}

func (l *vstack) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := heightAt(o, size.Width)
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + l.gap
	}
}

func (l *vstack) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var minW float32
	for _, o := range objs {
		if o.Visible() {
			minW = max(minW, o.MinSize().Width)
		}
	}
	w := l.width
	if w <= 0 {
		w = max(minW, 320)
	}
	return fyne.NewSize(minW, l.heightFor(objs, w))
}

// flow lays objects out left to right and wraps them onto new rows, each
// row at least rowH tall: the chips of an entity card, however many there
// are. An object wider than the row gets the row's width (and, if it
// wraps its text, the height that needs).
type flow struct {
	gap, rowH float32
	width     float32
}

// arrange places the objects (when place is set) and returns the height.
func (l *flow) arrange(objs []fyne.CanvasObject, w float32, place bool) float32 {
	var x, y, rowH float32
	first := true
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		ow := min(o.MinSize().Width, w)
		oh := max(l.rowH, heightAt(o, ow))
		if !first && x+ow > w {
			y += rowH + l.gap
			x, rowH = 0, 0
		}
		if place {
			o.Move(fyne.NewPos(x, y))
			o.Resize(fyne.NewSize(ow, oh))
		}
		rowH = max(rowH, oh)
		x += ow + l.gap
		first = false
	}
	return y + rowH
}

func (l *flow) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	return l.arrange(objs, w, false)
}

func (l *flow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	l.arrange(objs, size.Width, true)
}

func (l *flow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := l.width
	if w <= 0 {
		w = 320
	}
	return fyne.NewSize(0, l.heightFor(objs, w))
}
