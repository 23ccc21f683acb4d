package gui

import (
	"image/color"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/wrap"
)

// Helpers shared by the timeline and the cluster map.
//
// Both draw short Chinese labels (event titles, cluster and tier names)
// inside boxes of a fixed size. Fyne's own wrapping would break Chinese
// after any character and ignore the kinsoku rules, so the labels are
// wrapped with package wrap and every line is drawn as its own
// canvas.Text: what is measured is what is drawn, and tests can check that
// it fits.

// diagramMark is how an item relates to the current selection. Views draw
// the three cases with different shapes (fill, thick outline, nothing) and
// not only different colours, for colour-blind viewers.
type diagramMark uint8

const (
	diagramPlain diagramMark = iota
	diagramRelated
	diagramSelected
)

// diagramMarkOf returns how r relates to the selection.
func diagramMarkOf(sel *Selection, r data.Ref) diagramMark {
	switch {
	case sel.Current().Ref == r:
		return diagramSelected
	case sel.Related(r):
		return diagramRelated
	}
	return diagramPlain
}

// diagramGlyph keys the advance cache: one rune in one font at one size.
type diagramGlyph struct {
	font string
	size float32
	r    rune
}

// diagramAdvances caches rune advances: labels are re-wrapped on every
// resize, and measuring through the driver each time is comparatively slow.
var diagramAdvances = struct {
	sync.Mutex
	m map[diagramGlyph]float32
}{m: map[diagramGlyph]float32{}}

// diagramAdvance returns the advance function of text of the given size and
// style in the current theme's font.
func diagramAdvance(size float32, style fyne.TextStyle) func(rune) float32 {
	font := theme.Current().Font(style).Name()
	return func(r rune) float32 {
		k := diagramGlyph{font, size, r}
		diagramAdvances.Lock()
		defer diagramAdvances.Unlock()
		w, ok := diagramAdvances.m[k]
		if !ok {
			w = fyne.MeasureText(string(r), size, style).Width
			diagramAdvances.m[k] = w
		}
		return w
	}
}

// diagramLineHeight is the height of one line of text of the given size.
func diagramLineHeight(size float32, style fyne.TextStyle) float32 {
	return fyne.MeasureText("字", size, style).Height
}

// diagramWrap breaks s into lines no wider than width, following the
// Chinese line-breaking rules of package wrap, with lines of balanced
// length. With max > 0 at most max lines are returned and text that does
// not fit ends in an ellipsis.
func diagramWrap(s string, width, size float32, style fyne.TextStyle, max int) []string {
	return diagramWrapTail(s, 0, width, size, style, max)
}

// diagramTail stands for the room kept after the text by diagramWrapTail.
// It is a private-use character, which line breaking treats like a word.
const diagramTail = '\uE000'

// diagramWrapTail is diagramWrap keeping room (tail wide) at the end of
// the last line, for something drawn after the text, like a count. The
// room is wrapped like a word, so the lines stay balanced with it.
func diagramWrapTail(s string, tail, width, size float32, style fyne.TextStyle, max int) []string {
	// Layout tries several plans and re-runs on every resize; balancing
	// costs a dozen line breaks, so results are remembered.
	key := diagramWrapKey{s, tail, width, size, style, max, theme.Current().Font(style).Name()}
	diagramWraps.Lock()
	if out, ok := diagramWraps.m[key]; ok {
		diagramWraps.Unlock()
		return out
	}
	diagramWraps.Unlock()
	out := diagramWrapTailUncached(s, tail, width, size, style, max)
	diagramWraps.Lock()
	if len(diagramWraps.m) > 4096 { // bounded: a kiosk resizes rarely but runs for days
		clear(diagramWraps.m)
	}
	diagramWraps.m[key] = out
	diagramWraps.Unlock()
	return out
}

type diagramWrapKey struct {
	s                 string
	tail, width, size float32
	style             fyne.TextStyle
	max               int
	font              string
}

var diagramWraps = struct {
	sync.Mutex
	m map[diagramWrapKey][]string
}{m: map[diagramWrapKey][]string{}}

func diagramWrapTailUncached(s string, tail, width, size float32, style fyne.TextStyle, max int) []string {
	base := diagramAdvance(size, style)
	adv := func(r rune) float32 {
		if r == diagramTail {
			return tail
		}
		return base(r)
	}
	text := []rune(s)
	if tail > 0 {
		// After a Latin word the room is a word of its own (a space
		// between), or the two would be one unbreakable word and the name
		// would be cut to make room ("Optoelectr- / onics 1 sent.").
		if n := len(text); n > 0 && text[n-1] < 0x2E80 && (unicode.IsLetter(text[n-1]) || unicode.IsDigit(text[n-1])) {
			text = append(text, ' ')
		}
		text = append(text, diagramTail)
	}
	lines := diagramBreak(text, width, adv)
	// A Latin word wider than the box is cut where the width runs out
	// (package wrap's fallback); the cut gets a hyphen, and room for it.
	hyphen := false
	for _, l := range lines {
		if diagramMidWord(text, l.VisibleEnd) {
			hyphen = true
			lines = diagramBreak(text, width-adv('-'), adv)
			break
		}
	}
	if n := len(lines); n > 1 && (max <= 0 || n <= max) && !hyphen {
		lines = diagramBalance(text, lines, width, adv)
	}
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		if max > 0 && i == max-1 && len(lines) > max {
			out = append(out, diagramEllipsis(text[l.Start:], width, adv))
			break
		}
		line := strings.TrimSuffix(string(text[l.Start:l.VisibleEnd]), string(diagramTail))
		if diagramMidWord(text, l.VisibleEnd) {
			line += "-"
		}
		out = append(out, line)
	}
	return out
}

// diagramCutsWord reports whether any of lines ends inside a Latin word.
func diagramCutsWord(text []rune, lines []wrap.Line) bool {
	for _, l := range lines {
		if diagramMidWord(text, l.VisibleEnd) {
			return true
		}
	}
	return false
}

// diagramMidWord reports whether a line ending at i cuts a Latin word:
// letters on both sides, no space or hyphen between.
func diagramMidWord(text []rune, i int) bool {
	if i <= 0 || i >= len(text) {
		return false
	}
	latin := func(r rune) bool { return r < 0x2E80 && unicode.IsLetter(r) }
	return latin(text[i-1]) && latin(text[i])
}

// diagramBreak is wrap.Lines for a box: a closing mark that package wrap
// lets hang past the line end would overflow the box, so such text is
// wrapped again a mark narrower.
func diagramBreak(text []rune, width float32, adv func(rune) float32) []wrap.Line {
	lines := wrap.Lines(text, width, adv)
	for _, l := range lines {
		if l.Hanging {
			return wrap.Lines(text, width-(l.Width-width), adv)
		}
	}
	return lines
}

// diagramBalance returns the wrapping of text at the narrowest width that
// still takes no more lines than lines does, so that a label's lines come
// out of similar length (具身智能机器人 / 及其他智能终端 rather than a full
// line and a two-character stub), as headings are set in print.
func diagramBalance(text []rune, lines []wrap.Line, width float32, adv func(rune) float32) []wrap.Line {
	n := len(lines)
	lo, hi := float32(0), width
	for range 10 { // to within width/1024
		mid := (lo + hi) / 2
		if l := diagramBreak(text, mid, adv); len(l) <= n && !diagramCutsWord(text, l) {
			hi, lines = mid, l
		} else {
			lo = mid
		}
	}
	return lines
}

// diagramEllipsis returns the longest prefix of text that fits width with
// "…" appended, without a comma or colon left dangling before the "…".
func diagramEllipsis(text []rune, width float32, adv func(rune) float32) string {
	const ellipsis = '…'
	w := adv(ellipsis)
	n := 0
	for n < len(text) && w+adv(text[n]) <= width {
		w += adv(text[n])
		n++
	}
	return strings.TrimRight(string(text[:n]), "，、：；,:; ") + string(ellipsis)
}

// diagramLines is a block of lines, each a drawnText (a raster, for the
// speed of the first frame; see drawnText). It is not a widget: its owner
// puts Objects into its renderer.
type diagramLines struct {
	texts []*drawnText
}

// set makes the block show lines, keeping the texts that do not change and
// recolouring those whose colour does; it reports whether any object was
// replaced or the number of lines changed (so the owner rebuilds its list).
func (b *diagramLines) set(lines []string, size float32, style fyne.TextStyle, c color.Color) bool {
	font := theme.Current().Font(style)
	changed := len(lines) != len(b.texts)
	b.texts = slices.Grow(b.texts[:min(len(b.texts), len(lines))], len(lines))[:len(lines)]
	for i, line := range lines {
		if t := b.texts[i]; t != nil && string(t.text) == line && t.size == size && t.style == style && t.font == font {
			t.setColor(c)
			continue
		}
		b.texts[i] = newDrawnText([]rune(line), font, style, size, c)
		changed = true
	}
	return changed
}

// setColor recolours the block, drawing again only what changes colour.
func (b *diagramLines) setColor(c color.Color) {
	for _, t := range b.texts {
		t.setColor(c)
	}
}

// place puts the lines one under another from pos, each width wide.
func (b *diagramLines) place(pos fyne.Position, width, lineH float32, align fyne.TextAlign) {
	if len(b.texts) == 0 {
		return
	}
	scale := scaleOf(b.texts[0].obj)
	for i, t := range b.texts {
		t.place(fyne.NewPos(pos.X, pos.Y+float32(i)*lineH), fyne.NewSize(width, lineH), align, scale)
	}
}

// prerender draws the block ahead (see drawnText.prerender).
func (b *diagramLines) prerender() {
	if len(b.texts) == 0 {
		return
	}
	scale := scaleOf(b.texts[0].obj)
	for _, t := range b.texts {
		t.prerender(scale)
	}
}

// lineSize is the text size of the block's lines (0 if it has none).
func (b *diagramLines) lineSize() float32 {
	if len(b.texts) == 0 {
		return 0
	}
	return b.texts[0].size
}

// diagramInk returns white or black, whichever reads better on bg (by WCAG
// contrast), for text on a selected node filled with its tier colour: the
// tier palette has both dark (blue, green) and light (orange, pink) fills.
func diagramInk(bg color.Color) color.Color {
	l := diagramLuminance(bg)
	// White on bg beats black on bg when (1.05)/(l+0.05) > (l+0.05)/0.05.
	if (l+0.05)*(l+0.05) < 1.05*0.05 {
		return color.White
	}
	return color.Black
}

// diagramLuminance is the WCAG relative luminance of an opaque colour.
func diagramLuminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// diagramObjects returns the texts' canvas objects for a renderer's list.
func diagramObjects(texts []*drawnText) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(texts))
	for i, t := range texts {
		out[i] = t.obj
	}
	return out
}

// scrollToShow returns the scroll offset (along one axis) that brings the
// span [lo, hi] into a view of length view over content of length total
// with the least movement, and whether the offset must change at all.
func scrollToShow(lo, hi, off, view, total float32) (float32, bool) {
	switch {
	case lo < off:
		off = lo
	case hi > off+view:
		off = hi - view
	default:
		return off, false
	}
	return max(0, min(off, total-view)), true
}
