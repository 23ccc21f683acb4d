package gui

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// Reader shows the whole article, set like a printed page, with the
// sentences of the current selection highlighted.
//
// It lays the text out itself rather than using widget.RichText: Fyne
// 2.7.1 wraps Chinese after any character (a line may start with 。or
// end with “), has no text background for highlights and cannot report
// which sentence was tapped. Lines are broken by data/wrap with the
// Chinese kinsoku rules and drawn as one canvas.Text per sentence piece,
// so a highlight is just a rectangle behind a piece and a selection
// change never re-wraps: only rectangles and the scroll offset move.
//
// The reader scrolls itself (it sits in a split pane), follows the
// Selection (highlight, "2 / 7", scroll to the focused sentence) and
// drives it (a tap on a sentence selects it: the reverse link).
type Reader struct {
	widget.BaseWidget

	// OnUserScroll, if set, is called when the user scrolls the text
	// (a kiosk counts it as activity; following the selection is not).
	OnUserScroll func()

	sel   *Selection
	story *data.Story
	state State

	content *readerContent
	scroll  *container.Scroll
	header  *fyne.Container
	prev    *widget.Button
	next    *widget.Button
	count   *widget.Label
	rule    *canvas.Rectangle // under the header

	styles  *styleSet
	measure *measurer
	layouts map[float32]*readerLayout // by column width
	layout  *readerLayout             // the one on screen
	width   float32                   // content width it is placed for
	look    themeLook                 // colours and sizes last applied

	hl        []*canvas.Rectangle // highlight rectangles; the first hlUsed are shown
	hlUsed    int
	focusBar  *canvas.Rectangle
	marks     [][2]int
	markRects []*canvas.Rectangle
	markUsed  int
	ment      mentionState // entity names underlined and tappable (reader_entities.go)
	boxBuf    []passageBox

	objects      []fyne.CanvasObject // the content's objects, back to front
	objectsDirty bool

	anim          *fyne.Animation // running scroll animation, if any
	animTarget    float32
	pendingReveal bool    // scroll to the focus at the next layout
	layingOut     bool    // the renderer is resizing the scroll
	pendingAnchor int     // article offset to bring back to the top after a re-wrap, or -1
	cullMargin    float32 // views of text kept drawable beyond the visible one
	storyEdited   bool    // the next selection change is an edit's, not a move (setStory)
}

// NewReader returns a reader over the selection's story that follows and
// drives sel.
func NewReader(sel *Selection) *Reader {
	r := &Reader{
		sel:     sel,
		story:   sel.Story(),
		state:   sel.Current(),
		measure: newMeasurer(),
		layouts: map[float32]*readerLayout{},

		pendingAnchor: -1,
	}
	r.ExtendBaseWidget(r)
	r.content = newReaderContent(r)
	r.scroll = container.NewVScroll(r.content)
	// The wheel and the scroll bar report here; so does a resize that
	// clamps the offset, which is not the user's doing.
	r.scroll.OnScrolled = func(fyne.Position) {
		r.cull()
		if !r.layingOut {
			r.userScrolled()
		}
	}
	r.focusBar = canvas.NewRectangle(color.Transparent)
	r.focusBar.Hide()

	r.prev = widget.NewButtonWithIcon("", theme.MoveUpIcon(), r.Prev)
	r.next = widget.NewButtonWithIcon("", theme.MoveDownIcon(), r.Next)
	r.prev.Importance = widget.LowImportance
	r.next.Importance = widget.LowImportance
	r.count = widget.NewLabel("")
	r.count.Alignment = fyne.TextAlignCenter
	// 48×44 buttons: comfortable touch targets on a kiosk.
	touch := layout.NewGridWrapLayout(fyne.NewSize(48, 44))
	r.header = container.NewCenter(container.NewHBox(
		container.New(touch, r.prev), r.count, container.New(touch, r.next)))
	r.rule = canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))

	sel.OnChange(r.onSelection)
	r.updateHeader()
	r.pendingReveal = len(r.state.Passages) > 0
	return r
}

// CreateRenderer is part of fyne.Widget.
func (r *Reader) CreateRenderer() fyne.WidgetRenderer { return &readerRenderer{r: r} }

// Next moves the focus to the next highlighted sentence (wrapping).
func (r *Reader) Next() { r.sel.Step(+1) }

// Prev moves the focus to the previous highlighted sentence (wrapping).
func (r *Reader) Prev() { r.sel.Step(-1) }

// PassageAt returns the index of the passage drawn at pos, in content
// coordinates (those of the scrolled text, not of the reader), or -1.
func (r *Reader) PassageAt(pos fyne.Position) int {
	if r.layout == nil {
		return -1
	}
	return r.layout.passageAt(pos, r.styles.body*0.5)
}

// SetMarks marks spans of the article (rune offsets [start, end) in the
// original text, e.g. search hits) with a tint behind their text. Marks
// are independent of the selection; SetMarks(nil) clears them.
func (r *Reader) SetMarks(spans [][2]int) {
	r.marks = append(r.marks[:0], spans...)
	r.applyMarks()
}

// Reveal scrolls the line showing article rune offset off into view, e.g.
// the first search hit. It does nothing for offsets the reader does not
// show (blank lines between paragraphs).
func (r *Reader) Reveal(off int) {
	if r.layout == nil {
		return
	}
	li := r.layout.lineOfOffset(off)
	if li < 0 {
		return
	}
	l := r.layout.lines[li]
	r.revealRange(l.top, l.top+l.height, true)
}

// onSelection follows the selection: new highlights, header and scroll.
func (r *Reader) onSelection(st State) {
	r.state = st
	r.updateHeader()
	if r.storyEdited {
		// The same selection on an edited story (setStory): highlight
		// what it now links, but leave the text where the reader is.
		r.storyEdited = false
		r.applyHighlights()
		return
	}
	if r.layout == nil || r.scroll.Size().Height <= 0 {
		r.pendingReveal = len(st.Passages) > 0
		return
	}
	r.applyHighlights()
	r.revealFocus(true)
}

func (r *Reader) updateHeader() {
	n := len(r.state.Passages)
	if n == 0 {
		r.count.SetText("")
	} else {
		r.count.SetText(fmt.Sprintf("%d / %d", r.state.Focus+1, n))
	}
	if n > 1 {
		r.prev.Enable()
		r.next.Enable()
	} else {
		r.prev.Disable()
		r.next.Disable()
	}
}

// revealFocus scrolls the focused passage into view. A passage already
// fully visible stays put, so tapping a sentence never pulls the text from
// under the finger; otherwise it is brought to a third from the top,
// where the eye expects the next thing to read.
func (r *Reader) revealFocus(animate bool) {
	r.pendingReveal = false
	if r.layout == nil || len(r.state.Passages) == 0 {
		return
	}
	f := min(max(r.state.Focus, 0), len(r.state.Passages)-1)
	top, bottom, ok := r.layout.extent(r.state.Passages[f])
	if !ok {
		return
	}
	r.revealRange(top, bottom, animate)
}

func (r *Reader) revealRange(top, bottom float32, animate bool) {
	view := r.scroll.Size().Height
	if view <= 0 {
		return
	}
	off := r.targetOffset()
	margin := r.styles.body
	if top >= off+margin && bottom <= off+view-margin {
		return
	}
	target := top - view/3
	if bottom-top > view*2/3 {
		target = top - margin
	}
	r.scrollTo(target, animate)
}

// targetOffset is where the scroll is going: the end of a running
// animation, else the current offset.
func (r *Reader) targetOffset() float32 {
	if r.anim != nil {
		return r.animTarget
	}
	return r.scroll.Offset.Y
}

// scrollDuration is short: enough to show which way the text moved, not
// so long that a presenter stepping through sentences waits for it.
const scrollDuration = 220 * time.Millisecond

// scrollTo moves the content so that content y is at the top, clamped to
// the content, easing when animate is set.
func (r *Reader) scrollTo(y float32, animate bool) {
	r.stopScroll()
	y = r.clampOffset(y)
	from := r.scroll.Offset.Y
	if !animate || abs32(y-from) < 1 {
		r.setOffset(y)
		return
	}
	var a *fyne.Animation
	a = fyne.NewAnimation(scrollDuration, func(f float32) {
		r.setOffset(from + (y-from)*f)
		if f >= 1 && r.anim == a {
			r.anim = nil
		}
	})
	r.anim, r.animTarget = a, y
	a.Curve = fyne.AnimationEaseOut
	a.Start()
}

func (r *Reader) stopScroll() {
	if r.anim != nil {
		r.anim.Stop()
		r.anim = nil
	}
}

func (r *Reader) clampOffset(y float32) float32 {
	maxY := r.content.Size().Height - r.scroll.Size().Height
	return max(0, min(y, maxY))
}

// dragBy scrolls by a drag: Fyne's Scroll only drags on mobile, but a
// touch kiosk runs the desktop driver, where a finger is a mouse.
func (r *Reader) dragBy(dy float32) {
	r.userScrolled()
	r.stopScroll()
	r.setOffset(r.clampOffset(r.scroll.Offset.Y - dy))
}

// ScrollToTop shows the start of the article (a kiosk's idle reset).
func (r *Reader) ScrollToTop() {
	r.stopScroll()
	r.setOffset(0)
}

// setOffset scrolls to content y and shows only the text near the view.
func (r *Reader) setOffset(y float32) {
	r.scroll.ScrollToOffset(fyne.NewPos(0, y))
	r.cull()
}

// offscreenMargin is how many views of text above and below the visible
// one are kept drawable once the window is up, so that the glyphs of the
// lines about to scroll in are ready before they are needed.
const offscreenMargin = 0.5

// PrepareOffscreen makes the lines just outside the view drawable (see
// offscreenMargin). Until it is called only the lines in view are: the
// window calls it after its first frame, which then rasterizes no more
// text than it shows.
func (r *Reader) PrepareOffscreen() {
	r.cullMargin = offscreenMargin
	r.cull()
}

// prerender draws the text on show as the painter will ask for it (see
// drawnText.prerender).
func (r *Reader) prerender() {
	if lay := r.layout; lay != nil {
		for i := range lay.runs {
			lay.runs[i].text.prerender(r.look.scale)
		}
	}
}

// cull hides the text objects far from the view. Fyne's GL painter turns
// every visible text object into a texture on its first frame, in view or
// not: with the whole article as objects that was ~250 ms before the
// window's first frame. Hidden objects are skipped; a texture is made when
// its line scrolls near.
func (r *Reader) cull() {
	lay := r.layout
	if lay == nil {
		return
	}
	view := r.scroll.Size().Height
	if view <= 0 {
		view = 800
	}
	lo := r.scroll.Offset.Y - r.cullMargin*view
	hi := r.scroll.Offset.Y + (1+r.cullMargin)*view
	for _, l := range lay.lines {
		near := l.top+l.height >= lo && l.top <= hi
		for i := l.first; i < l.last; i++ {
			t := lay.runs[i].text.obj
			if t.Visible() != near {
				if near {
					t.Show()
				} else {
					t.Hide()
				}
			}
		}
	}
}

// userScrolled tells OnUserScroll that the reader moved by the user's
// hand (drag, wheel, scroll bar), not by following the selection.
func (r *Reader) userScrolled() {
	if r.OnUserScroll != nil {
		r.OnUserScroll()
	}
}
