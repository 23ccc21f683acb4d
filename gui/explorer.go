package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// Explorer is the main window's content: the timeline across the top, the
// 296X map on the left and the details card above the reader on the
// right, all following one Selection. Below NarrowWidth the map and the
// reader become tabs so that nothing is clipped on a small kiosk panel.
type Explorer struct {
	widget.BaseWidget

	Sel      *Selection
	Engine   *engine.Engine // search, keywords; segments in the background once Warm is called
	Timeline *Timeline
	Map      *ClusterMap
	Details  *Details
	Reader   *Reader

	// The student's tools share the left pane with the map. They are
	// built when their tab is first shown (nil until then): their cards
	// cost ~100 ms to lay out, which the first frame need not pay.
	Search   *SearchPanel
	Keywords *KeywordChart
	Entities *EntityCards
	Facts    *FactsList
	Glossary *GlossaryList

	// OnActivity, if set, is called on visitor input the selection does
	// not show (keys, scrolling), so a kiosk knows someone is there.
	OnActivity func()
	// KeyFilter, if set, sees keys typed into the search box before the
	// box does (see SearchPanel.KeyFilter): a kiosk's exit sequence.
	KeyFilter func(*fyne.KeyEvent) bool
	// OnEdit, if set, is what E does: enter edit mode (a window showing a
	// story file; never a kiosk or a presenter). A rebuilt explorer keeps it.
	OnEdit func()

	touchKeyboard bool // the search box brings up the on-screen keyboard (explorer_keyboard.go)

	back, forward, clear *widget.Button
	title                *canvas.Text
	header               *fyne.Container
	right                *fyne.Container    // details above reader
	tabs                 *container.AppTabs // narrow: every pane a tab
	left                 *container.AppTabs // wide: the map and the student's tools
	split                *container.Split
	isNarrow             bool
	width                float32 // of the last layout
	renderer             *explorerRenderer
}

// NarrowWidth is the width (in Fyne units) below which the panes become
// tabs.
const NarrowWidth = 900

// ShortHeight is the height (in Fyne units) below which the timeline keeps
// its cards to two title lines: a 1024×600 kiosk panel at scale 1.4, an
// 800×600 window.
const ShortHeight = 700

// NewExplorer builds the explorer for a story.
func NewExplorer(s *data.Story) *Explorer { return NewExplorerWithEngine(s, engine.New(s)) }

// NewExplorerWithEngine builds the explorer on an existing text engine
// (rebuilding the window in another language keeps the segmentation).
func NewExplorerWithEngine(s *data.Story, eng *engine.Engine) *Explorer {
	x := &Explorer{Sel: NewSelection(s), Engine: eng}
	x.ExtendBaseWidget(x)
	x.Timeline = NewTimeline(x.Sel)
	x.Map = NewClusterMap(x.Sel)
	// In the narrow layout the cluster's card is on the article tab: go
	// there, or a tap on the map would seem to do nothing.
	x.Map.OnTapped = func() {
		if x.tabs != nil {
			x.tabs.SelectIndex(0)
		}
	}
	x.Details = NewDetails(x.Sel)
	x.Reader = NewReader(x.Sel)

	x.back = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), x.Sel.Back)
	x.forward = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), x.Sel.Forward)
	x.clear = widget.NewButtonWithIcon(T("explorer.clear", "清除"), theme.CancelIcon(), x.Sel.Clear)
	for _, b := range []*widget.Button{x.back, x.forward, x.clear} {
		b.Importance = widget.LowImportance
	}
	x.title = canvas.NewText(headerTitle(s), theme.Color(theme.ColorNameForeground))
	x.title.TextStyle.Bold = true
	x.title.TextSize = theme.TextSubHeadingSize()
	x.header = container.NewBorder(nil, nil, x.title, container.NewHBox(x.back, x.forward, x.clear))

	x.right = newDetailsColumn(x.Details, x.Reader)
	x.split = container.NewHSplit(x.Map, x.right) // the leading pane is set by body
	x.Reader.OnUserScroll = x.activity
	x.Map.scroll.OnScrolled = func(fyne.Position) { x.activity() }
	x.Timeline.scroll.OnScrolled = func(fyne.Position) { x.activity() }
	x.Details.strip.OnScrolled = func(fyne.Position) { x.activity() }
	x.split.Offset = 0.42
	x.Sel.OnChange(func(State) {
		x.updateHistoryButtons()
		x.right.Refresh() // the details card changes height
	})
	x.updateHistoryButtons()
	return x
}

func (x *Explorer) updateHistoryButtons() {
	setEnabled(x.back, x.Sel.CanBack())
	setEnabled(x.forward, x.Sel.CanForward())
	setEnabled(x.clear, !x.Sel.Current().Ref.IsZero())
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// Prepare lays the explorer out at size ahead of its window and draws the
// text of the reader, the timeline and the map for it (at the user's
// scale: see scaleOf). Building the explorer, its first layout and that
// drawing load the fonts and measure and rasterize much text, about 100 ms
// in all, so cmd/qiusuo does them on a second goroutine while the window
// system starts. That is safe only before the explorer is shown, and only
// while no other goroutine measures or draws text: until then no window
// can reach its widgets; Fyne's font faces cache glyph extents unguarded
// (the race detector found it), while its other shared caches and this
// package's are locked or concurrent maps. TestPrepareOffMain runs it so,
// for `go test -race`.
func (x *Explorer) Prepare(size fyne.Size) {
	x.Resize(size)
	x.layoutNow()
	x.Reader.prerender()
	x.Timeline.prerender()
	x.Map.prerender()
}

// Started is called once the window has shown its first frame, to do what
// that frame did not need: the reader's lines just out of view.
func (x *Explorer) Started() { x.Reader.PrepareOffscreen() }

// Narrow reports whether the explorer currently shows tabs.
func (x *Explorer) Narrow() bool {
	x.layoutNow()
	return x.isNarrow
}

// CreateRenderer implements fyne.Widget.
func (x *Explorer) CreateRenderer() fyne.WidgetRenderer {
	x.renderer = &explorerRenderer{x: x}
	return x.renderer
}

// layoutNow does a layout that is still pending, so that the panes and
// tabs are those of the current size.
func (x *Explorer) layoutNow() {
	if x.renderer != nil {
		x.renderer.Objects()
	}
}

// explorerRenderer lays the explorer out lazily: Layout records the size
// and the work is done when the tree is next walked (Objects), which
// Fyne does before it paints or delivers an event. A new window's content
// is laid out twice before its first frame, at its minimum size and then
// at the window's; the minimum is narrow, so done at once the first pass
// would build the tabbed layout and wrap the article into a narrow column
// only to throw both away (about 30 ms of the start-up).
type explorerRenderer struct {
	x       *Explorer
	objects []fyne.CanvasObject
	size    fyne.Size // of the pending layout
	pending bool
}

// The left pane's tools, in tab order after the map.
const (
	toolSearch = iota
	toolKeywords
	toolEntities
	toolFacts
	toolGlossary
)

// toolTabs are the left pane's tabs: the map first, then the student's
// tools. New items are made each time: a TabItem belongs to one AppTabs.
// A tool not built yet is a placeholder until its tab is shown.
func (x *Explorer) toolTabs() []*container.TabItem {
	titles := []string{T("explorer.tab.search", "搜索"), T("explorer.tab.keywords", "关键词"),
		T("explorer.tab.entities", "实体"), T("explorer.tab.facts", "数字"), T("explorer.tab.glossary", "术语")}
	items := []*container.TabItem{container.NewTabItem(T("explorer.tab.map", "296X 地图"), x.Map)}
	for i, title := range titles {
		var content fyne.CanvasObject = x.toolIfBuilt(i)
		if content == nil {
			content = &toolPlaceholder{tool: i}
		}
		items = append(items, container.NewTabItem(title, content))
	}
	return items
}

// toolPlaceholder stands in a tab for a tool not built yet.
type toolPlaceholder struct {
	canvas.Rectangle
	tool int
}

// toolIfBuilt returns tool i, or nil (not a typed nil) if not built yet.
func (x *Explorer) toolIfBuilt(i int) fyne.CanvasObject {
	switch {
	case i == toolSearch && x.Search != nil:
		return x.Search
	case i == toolKeywords && x.Keywords != nil:
		return x.Keywords
	case i == toolEntities && x.Entities != nil:
		return x.Entities
	case i == toolFacts && x.Facts != nil:
		return x.Facts
	case i == toolGlossary && x.Glossary != nil:
		return x.Glossary
	}
	return nil
}

// tool returns tool i, building it the first time.
func (x *Explorer) tool(i int) fyne.CanvasObject {
	if o := x.toolIfBuilt(i); o != nil {
		return o
	}
	switch i {
	case toolSearch:
		x.Search = NewSearchPanel(x.Sel, x.Engine, x.Reader)
		x.Search.OnInput = x.activity
		x.Search.SetTouchKeyboard(x.touchKeyboard)
		x.Search.OnKeyboard = x.keyboardShown
		x.Search.KeyFilter = func(e *fyne.KeyEvent) bool { return x.KeyFilter != nil && x.KeyFilter(e) }
	case toolKeywords:
		x.Keywords = NewKeywordChart(x.Sel, x.Engine)
		x.Keywords.OnTerm = x.ShowSearch
	case toolEntities:
		x.Entities = NewEntityCards(x.Sel)
		x.Entities.scroll.OnScrolled = func(fyne.Position) { x.activity() }
	case toolFacts:
		x.Facts = NewFactsList(x.Sel)
		x.Facts.scroll.OnScrolled = func(fyne.Position) { x.activity() }
	case toolGlossary:
		x.Glossary = NewGlossaryList(x.Sel)
		x.Glossary.scroll.OnScrolled = func(fyne.Position) { x.activity() }
	}
	return x.toolIfBuilt(i)
}

// body returns the main area for the given mode, moving the shared
// widgets between the split and the tabs when the mode changes.
func (r *explorerRenderer) body(narrow bool) fyne.CanvasObject {
	x := r.x
	if r.objects != nil && narrow == x.isNarrow {
		if narrow {
			return x.tabs
		}
		return x.split
	}
	x.isNarrow = narrow
	if narrow {
		x.left = nil
		items := append([]*container.TabItem{container.NewTabItem(T("explorer.tab.reader", "原文"), x.right)}, x.toolTabs()...)
		x.tabs = container.NewAppTabs(items...)
		x.tabs.OnSelected = x.tabShown
		return x.tabs
	}
	x.tabs = nil
	x.left = container.NewAppTabs(x.toolTabs()...)
	x.left.OnSelected = x.tabShown
	// AppTabs hides the content of unselected tabs; undo that for the
	// reader column, which is always shown here.
	x.right.Show()
	x.split.Leading, x.split.Trailing = x.left, x.right
	x.split.Refresh()
	return x.split
}

// Layout implements fyne.WidgetRenderer; the work is done by Objects.
func (r *explorerRenderer) Layout(size fyne.Size) {
	r.size, r.pending = size, true
}

func (r *explorerRenderer) layout(size fyne.Size) {
	x := r.x
	body := r.body(size.Width < NarrowWidth)
	x.Timeline.SetShort(size.Height < ShortHeight)
	if x.width = size.Width; !x.isNarrow && x.split.Offset < 0.55 {
		if off := x.restOffset(); x.split.Offset != off {
			x.split.Offset = off
		}
	}
	r.objects = []fyne.CanvasObject{x.header, x.Timeline, body}
	p := theme.Padding()
	// On a short narrow window (a 1024×600 kiosk panel) the history
	// buttons go to the end of the tab row and the title row goes: the
	// article needs the height more, and the card names the story.
	tabRow := x.isNarrow && size.Height < ShortHeight && x.fitsTabRow(size.Width)
	if tabRow == x.title.Visible() {
		if tabRow {
			x.title.Hide()
		} else {
			x.title.Show()
		}
		x.header.Refresh()
	}
	hh := x.header.MinSize().Height
	th := x.Timeline.MinSize().Height
	kb, kh, showTimeline := x.keyboardLayout(size, hh, th)
	switch {
	case !showTimeline:
		x.header.Hide()
		hh = 0
	case tabRow:
		hh = 0 // placed below, over the tab row
	default:
		x.header.Show()
		x.header.Move(fyne.NewPos(p, 0))
		x.header.Resize(fyne.NewSize(size.Width-2*p, hh))
	}
	if showTimeline {
		x.Timeline.Show()
		x.Timeline.Move(fyne.NewPos(0, hh))
		x.Timeline.Resize(fyne.NewSize(size.Width, th))
	} else {
		x.Timeline.Hide()
		th = 0
	}
	top := hh + th + p
	body.Move(fyne.NewPos(0, top))
	body.Resize(fyne.NewSize(size.Width, size.Height-top-kh))
	if tabRow && showTimeline {
		x.header.Show()
		m := x.header.MinSize()
		x.header.Move(fyne.NewPos(size.Width-m.Width-p, top))
		x.header.Resize(m)
		r.objects = []fyne.CanvasObject{x.Timeline, body, x.header} // over the tab row
	}
	if kb != nil {
		kb.Move(fyne.NewPos(0, size.Height-kh))
		kb.Resize(fyne.NewSize(size.Width, kh))
		r.objects = append(r.objects, kb)
	}
}

func (r *explorerRenderer) MinSize() fyne.Size {
	x := r.x
	w := fyne.Max(x.header.MinSize().Width, 320)
	h := x.header.MinSize().Height + x.Timeline.MinSize().Height + 240
	return fyne.NewSize(w, h)
}

func (r *explorerRenderer) Refresh() {
	r.x.title.Color = theme.Color(theme.ColorNameForeground)
	r.x.title.TextSize = theme.TextSubHeadingSize()
	r.x.title.Refresh()
}

func (r *explorerRenderer) Objects() []fyne.CanvasObject {
	if r.pending {
		r.pending = false
		r.layout(r.size)
	}
	if r.objects == nil {
		r.objects = []fyne.CanvasObject{r.x.header, r.x.Timeline, r.body(false)}
	}
	return r.objects
}

func (r *explorerRenderer) Destroy() {}

// tabShown builds a tool the first time its tab is shown, and starts the
// keyword chart's segmentation.
func (x *Explorer) tabShown(t *container.TabItem) {
	x.activity()
	if ph, ok := t.Content.(*toolPlaceholder); ok {
		t.Content = x.tool(ph.tool)
		if x.left != nil {
			x.left.Refresh()
		}
		if x.tabs != nil {
			x.tabs.Refresh()
		}
	}
	if x.Keywords != nil && t.Content == x.Keywords {
		x.Keywords.Activate()
	}
}

// restOffset is the split's usual offset: 42% of the width for the
// left pane, or more (up to 52%) if its tab titles need it, so that no
// tab (the Glossary, in English at 1024) hides behind "…".
func (x *Explorer) restOffset() float64 {
	const usual = 0.42
	if x.width <= 0 {
		return usual
	}
	need := 4 * theme.InnerPadding()
	for _, title := range toolTabTitles() {
		need += fyne.MeasureText(title, theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 3*theme.InnerPadding()
	}
	return min(0.52, max(usual, float64(need/x.width)))
}

// toolTabTitles are the titles of the left pane's tabs.
func toolTabTitles() []string {
	return []string{T("explorer.tab.map", "296X 地图"), T("explorer.tab.search", "搜索"),
		T("explorer.tab.keywords", "关键词"), T("explorer.tab.entities", "实体"), T("explorer.tab.facts", "数字"),
		T("explorer.tab.glossary", "术语")}
}

// fitsTabRow reports whether the narrow layout's tabs and the history
// buttons fit side by side in width w. A tab is as wide as its bold
// title and its inner padding each side, and the tabs are theme padding
// apart (Fyne's AppTabs).
func (x *Explorer) fitsTabRow(w float32) bool {
	titles := append([]string{T("explorer.tab.reader", "原文")}, toolTabTitles()...)
	tabs := float32(len(titles)-1) * theme.Padding()
	for _, title := range titles {
		tabs += fyne.MeasureText(title, theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 2*theme.InnerPadding()
	}
	buttons := x.back.MinSize().Width + x.forward.MinSize().Width + x.clear.MinSize().Width + 3*theme.Padding()
	return tabs+buttons <= w
}

// ShowMap brings the 296X map forward and, for a presenter's map stop
// (on), gives it more room: a wider map pane, or the map tab on a narrow
// window. ShowMap(false) restores the usual split.
func (x *Explorer) ShowMap(on bool) {
	x.layoutNow()
	switch {
	case x.tabs != nil && on:
		x.tabs.SelectIndex(1)
	case x.tabs != nil:
		x.tabs.SelectIndex(0)
	case x.left != nil:
		x.left.SelectIndex(0)
	}
	off := x.restOffset()
	if on {
		off = 0.62
	}
	if x.split.Offset != off {
		x.split.SetOffset(off)
	}
}

// ShowSearch brings the search panel forward with query q ("" keeps the
// current query) and puts the cursor in it (Ctrl+F, "/", a keyword tap).
func (x *Explorer) ShowSearch(q string) {
	x.layoutNow()
	switch {
	case x.tabs != nil:
		x.tabs.SelectIndex(2 + toolSearch)
	case x.left != nil:
		x.left.SelectIndex(1 + toolSearch)
	}
	x.tool(toolSearch)
	if q != "" {
		x.Search.SetQuery(q)
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(x); c != nil {
		x.Search.FocusEntry(c)
	}
}

// Close ends the explorer's background work (its panels' waits for
// segmentation) when the explorer is discarded: a language switch builds a
// new one on the same engine, and the old panels must neither stay alive
// until segmentation ends (if ever) nor be updated then.
func (x *Explorer) Close() {
	if x.Search != nil {
		x.Search.Close()
	}
	if x.Keywords != nil {
		x.Keywords.Close()
	}
}

// Reset returns the explorer to its start: no selection, no history, the
// reader and the map scrolled to the top (a kiosk's idle reset).
func (x *Explorer) Reset() {
	ClearHover()
	x.Sel.Reset()
	if x.Search != nil {
		x.Search.Reset()
	}
	if x.Keywords != nil {
		x.Keywords.Reset()
	}
	if x.Entities != nil {
		x.Entities.ScrollToTop()
	}
	if x.Facts != nil {
		x.Facts.ScrollToTop()
	}
	if x.Glossary != nil {
		x.Glossary.ScrollToTop()
	}
	x.ShowMap(false)
	x.Map.scroll.ScrollToTop()
	x.Reader.ScrollToTop()
	x.Timeline.Rewind()
}

func (x *Explorer) activity() {
	if x.OnActivity != nil {
		x.OnActivity()
	}
}
