package gui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
	"github.com/qiusuo/qiusuo/gui/keyboard"
	"github.com/qiusuo/qiusuo/gui/touch"
)

// SearchPanel is the students' search: a box that searches the article
// as they type, a count ("12 处 · 9 句"), and every occurrence as a
// keyword-in-context line, grouped by the section of the article it is
// in. Choosing a line selects its sentence through the Selection, like a
// tap in the reader (the reverse link), and the reader tints every
// occurrence of the query. A search with no results offers the nearest
// words the article does use.
//
// Search runs on the UI goroutine on every keystroke: on the seed it takes
// well under a millisecond (BenchmarkSearchKeystroke), so there is no
// debounce and no stale result to cancel. Traditional characters and any
// Latin case or width are folded by the engine.
type SearchPanel struct {
	// OnInput, if set, is called whenever the query changes (a kiosk
	// counts typing as activity; keys in a focused entry reach no canvas)
	// and on every key of the touch keyboard.
	OnInput func()
	// OnKeyboard, if set, is called when the touch keyboard opens or
	// closes (the explorer makes room for it: search_touch.go).
	OnKeyboard func(open bool)
	// KeyFilter, if set, sees every key typed in the search box before
	// the box does and keeps those it returns true for: a focused entry
	// gets keys ahead of the window, and a kiosk's exit sequence must
	// work while a visitor's search has the focus.
	KeyFilter func(*fyne.KeyEvent) bool

	widget.BaseWidget

	sel    *Selection
	eng    *engine.Engine
	reader *Reader // may be nil (no reader to mark)
	story  *data.Story

	entry       *searchEntry
	clear       *widget.Button
	status      *widget.RichText
	statusLines []string
	list        *widget.List
	drag        *touch.Drag     // the rows' drags scroll the list (touch kiosks)
	none        *fyne.Container // no results: message and suggestions
	noMsg       *widget.Label
	tryMsg      *widget.Label
	chips       *fyne.Container
	sugg        []string        // the suggestions on the chips
	content     *fyne.Container // everything, laid out again when the status changes height
	candBox     *fyne.Container // candidate words for the term being typed (search_readings.go)
	candChips   *fyne.Container
	cands       []engine.Candidate

	touch  bool               // the search box brings up the touch keyboard (search_touch.go)
	kb     *keyboard.Keyboard // built when first opened
	kbOpen bool

	query   string
	res     engine.Results
	rows    []searchRow
	spans   [][2]int // article spans of every occurrence, for the reader
	current int      // the row last chosen, or -1

	look    searchLook
	lookKey searchLookKey
	measure *measurer
	runes   map[int][]rune // passage texts as runes, by passage

	// afterReady, if set, runs after the re-run that follows
	// segmentation (for tests, which cannot otherwise know when it ran).
	afterReady func()

	life lifetime // ends with the explorer that built the panel
}

// maxSuggestions is how many suggestion chips a search with no results
// offers: enough to contain the word meant, few enough to read at once.
const maxSuggestions = 6

// NewSearchPanel returns a search panel over eng's story that selects
// through sel and marks hits in r (nil: no reader). It does not start
// segmentation (the window calls eng.Warm after the first frame); search
// works before it, and when it finishes the current query is run again
// so that ranking takes words into account.
func NewSearchPanel(sel *Selection, eng *engine.Engine, r *Reader) *SearchPanel {
	p := &SearchPanel{sel: sel, eng: eng, reader: r, story: eng.Story(), current: -1,
		measure: newMeasurer(), runes: map[int][]rune{}}
	p.ExtendBaseWidget(p)

	p.entry = newSearchEntry(p)
	p.entry.SetPlaceHolder(T("search.placeholder", "搜索原文…"))
	p.entry.Icon = theme.SearchIcon()
	p.clear = widget.NewButtonWithIcon("", theme.ContentClearIcon(), p.Reset)
	p.clear.Importance = widget.LowImportance
	p.clear.Hide()
	p.entry.ActionItem = p.clear
	p.entry.OnChanged = p.run
	p.entry.OnSubmitted = func(string) { p.chooseRow(p.firstOccurrence()) }

	p.status = widget.NewRichText()
	p.status.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(
		func() int { return len(p.rows) },
		func() fyne.CanvasObject { return newSearchRowView(p) },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*searchRowView).show(id) },
	)
	p.list.HideSeparators = true
	p.drag = touch.NewDrag(touch.ListTarget(p.list))
	p.drag.OnScrolled = p.input
	p.list.OnSelected = func(id widget.ListItemID) {
		// The list only reports changes; unselecting at once lets the
		// same line be chosen again (after scrolling the reader away).
		// The chosen line is drawn by the row itself.
		p.list.Unselect(id)
		p.chooseRow(id)
	}

	p.noMsg = widget.NewLabel("")
	p.noMsg.Wrapping = fyne.TextWrapWord
	p.noMsg.TextStyle.Bold = true
	p.tryMsg = widget.NewLabel(T("search.try", "你是不是要找："))
	p.chips = container.New(layout.NewRowWrapLayout())
	// Chips are inset to line up with the labels' text.
	inset := container.New(layout.NewCustomPaddedLayout(0, 0, theme.InnerPadding()-theme.Padding(), 0), p.chips)
	p.none = container.NewVBox(p.noMsg, p.tryMsg, inset)
	p.none.Hide()

	p.candBox = p.newCandidateBox()
	p.setStatus(searchHint()...)
	p.life = newLifetime()
	if !eng.Ready() {
		// One goroutine per panel, ending when segmentation does or when
		// the panel is discarded (Close).
		p.life.whenDone(eng.Done(), p.rerunWhenReady)
	}
	return p
}

// Close ends the panel's background work: an explorer rebuilt in another
// language discards its panels.
func (p *SearchPanel) Close() { p.life.end() }

// searchHint is shown while the box is empty: what search does, that it
// forgives the script and the case, and that pinyin and English names
// work. Short lines rather than one
// long one: RichText wraps Chinese after any character, so a wrapped
// sentence could leave a lone 以。 on its last line.
func searchHint() []string {
	return []string{
		T("search.hint", "输入词语，查找它在原文中出现的每一处。"),
		T("search.hintFold", "繁体字、英文大小写都能找到。"),
		T("search.hintPinyin", "也可以输入拼音（jiqiren、jqr）或英文名（Unitree）。"),
	}
}

// statusStyle is the count line's style: quieter than results (the
// caption colour keeps 4.5:1 contrast).
var statusStyle = widget.RichTextStyle{ColorName: ColorCaption, SizeName: theme.SizeNameText}

// CreateRenderer is part of fyne.Widget.
func (p *SearchPanel) CreateRenderer() fyne.WidgetRenderer {
	top := container.NewVBox(p.entry, p.candBox, p.status)
	body := container.NewStack(p.list, container.NewPadded(p.none))
	p.content = container.NewBorder(top, nil, nil, nil, body)
	return widget.NewSimpleRenderer(p.content)
}

// MinSize keeps the panel wide enough for a readable line of context.
func (p *SearchPanel) MinSize() fyne.Size {
	return p.BaseWidget.MinSize().Max(fyne.NewSize(280, 200))
}

// Query returns the text in the search box.
func (p *SearchPanel) Query() string { return p.entry.Text }

// SetQuery puts q in the search box and searches it, as if typed (used
// when a student taps a keyword elsewhere, or a suggestion).
func (p *SearchPanel) SetQuery(q string) {
	if q == p.entry.Text {
		p.run(q) // no change for OnChanged to report
		return
	}
	p.entry.SetText(q)
	p.entry.CursorColumn = len([]rune(q))
	p.entry.Refresh()
}

// FocusEntry puts the keyboard focus in the search box (Ctrl+F, "/")
// with its text selected, so typing replaces the last query.
func (p *SearchPanel) FocusEntry(c fyne.Canvas) {
	if c == nil {
		return
	}
	c.Focus(p.entry)
	p.entry.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// Reset empties the search: query, results, suggestions and the marks in
// the reader (a kiosk's idle reset, the clear button, Escape), and
// closes the touch keyboard.
func (p *SearchPanel) Reset() {
	p.entry.SetText("")
	p.run("")
	p.drag.Stop()
	p.list.ScrollToTop()
	p.CloseKeyboard()
}

// input reports visitor activity (see OnInput).
func (p *SearchPanel) input() {
	if p.OnInput != nil {
		p.OnInput()
	}
}

// run searches q and shows the result; it is the entry's OnChanged.
func (p *SearchPanel) run(q string) {
	if p.OnInput != nil {
		p.OnInput()
	}
	p.query = q
	p.current = -1
	if strings.TrimSpace(q) == "" {
		p.res = engine.Results{}
	} else {
		// The first search starts segmentation (~0.2 s, ~20 MB) in the
		// background: never at start-up, and ranking improves when done.
		p.eng.Warm()
		p.res = p.eng.Search(q)
	}
	p.showCandidates(strings.TrimSpace(q))
	p.show()
	p.list.ScrollToTop()
}

// show displays p.res: rows, count, marks, or the no-results view.
func (p *SearchPanel) show() {
	p.rows = buildRows(p.story.Article, p.res, p.rows)
	p.spans = hitSpans(p.res, p.spans)
	if p.reader != nil {
		p.reader.SetMarks(p.spans)
	}
	empty := strings.TrimSpace(p.query) == ""
	if empty {
		p.clear.Hide()
	} else {
		p.clear.Show()
	}
	switch {
	case empty:
		p.setStatus(searchHint()...)
		p.none.Hide()
	case len(p.rows) == 0:
		p.setStatus()
		p.showSuggestions()
	case p.kbOpen:
		// One line above the touch keyboard, to leave room for results.
		p.setStatus(strings.Join(append([]string{countLine(p.res)}, p.readingLines()...), "  ·  "))
		p.none.Hide()
	default:
		p.setStatus(append([]string{countLine(p.res)}, p.readingLines()...)...)
		p.none.Hide()
	}
	p.list.Refresh()
}

func (p *SearchPanel) setStatus(lines ...string) {
	if slices.Equal(lines, p.statusLines) {
		return
	}
	resize := len(lines) != len(p.statusLines)
	p.statusLines = append(p.statusLines[:0], lines...)
	segs := make([]widget.RichTextSegment, len(lines))
	for i, l := range lines {
		segs[i] = &widget.TextSegment{Text: l, Style: statusStyle}
	}
	p.status.Segments = segs
	if len(lines) == 0 {
		p.status.Hide()
	} else {
		p.status.Show()
	}
	p.status.Refresh()
	if resize && p.content != nil {
		// The status changed height (two lines, one, none): lay the
		// panel out again so the list moves with it. Only the layout:
		// refreshing the whole tree would redraw the entry's icons on
		// every keystroke.
		p.content.Layout.Layout(p.content.Objects, p.content.Size())
	}
}

// statusText is the status as shown, one line per line.
func (p *SearchPanel) statusText() string { return strings.Join(p.statusLines, "\n") }

// firstOccurrence is the first row that is an occurrence, or -1.
func (p *SearchPanel) firstOccurrence() int {
	for i := range p.rows {
		if !p.rows[i].header {
			return i
		}
	}
	return -1
}

// chooseRow opens an occurrence: its sentence becomes the selection (so
// the map, timeline and details follow), every occurrence stays tinted
// in the reader and this one is scrolled into view.
func (p *SearchPanel) chooseRow(id int) {
	if id < 0 || id >= len(p.rows) || p.rows[id].header {
		return
	}
	old := p.current
	p.current = id
	row := &p.rows[id]
	p.sel.SelectPassage(row.passage)
	if p.reader != nil {
		p.reader.SetMarks(p.spans)
		p.reader.Reveal(row.spans[0][0])
	}
	if old >= 0 {
		p.list.RefreshItem(old)
	}
	p.list.RefreshItem(id)
}

// rerunWhenReady searches the current query again once segmentation has
// finished, so whole words rank above pieces of longer words. The chosen
// line stays chosen if it is still there.
func (p *SearchPanel) rerunWhenReady() {
	if strings.TrimSpace(p.query) != "" {
		var keep searchRow
		if p.current >= 0 && p.current < len(p.rows) {
			keep = p.rows[p.current]
		}
		p.res = p.eng.Search(p.query)
		p.current = -1
		p.show()
		for i := range p.rows {
			r := &p.rows[i]
			if !r.header && r.passage == keep.passage && r.start == keep.start && keep.spans != nil {
				p.current = i
				p.list.RefreshItem(i)
			}
		}
	}
	if p.afterReady != nil {
		p.afterReady()
	}
}

// passageRunes returns a passage's text as runes, cached: a row needs
// rune indexing to cut its context and rows are redrawn while scrolling.
func (p *SearchPanel) passageRunes(i int) []rune {
	rs, ok := p.runes[i]
	if !ok {
		rs = []rune(p.story.Article.Passages[i].Text)
		p.runes[i] = rs
	}
	return rs
}

// searchEntry is the search box. Escape empties it, as in a browser's
// find bar; a second Escape (already empty) does nothing here.
type searchEntry struct {
	widget.Entry
	p *SearchPanel
}

func newSearchEntry(p *SearchPanel) *searchEntry {
	e := &searchEntry{p: p}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey handles Escape; everything else is the Entry's, after the
// panel's KeyFilter.
func (e *searchEntry) TypedKey(k *fyne.KeyEvent) {
	if f := e.p.KeyFilter; f != nil && f(k) {
		return
	}
	if k.Name == fyne.KeyEscape && e.Text != "" {
		e.p.Reset()
		return
	}
	e.Entry.TypedKey(k)
}

// FocusGained counts as activity: a visitor who puts the cursor in the
// box is there, even before typing.
func (e *searchEntry) FocusGained() {
	e.Entry.FocusGained()
	e.p.input()
}
