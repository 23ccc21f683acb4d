package gui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// newTestSearch shows a search panel beside a reader over the default
// story, in the light app theme. ready says whether segmentation has
// finished before the panel is built.
func newTestSearch(t testing.TB, ready bool) (*SearchPanel, *Reader, *Selection, fyne.Window) {
	t.Helper()
	sel := lightSelection(t)
	eng := engine.New(sel.Story())
	if ready {
		eng.Wait()
	}
	r := NewReader(sel)
	p := NewSearchPanel(sel, eng, r)
	win := test.NewTempWindow(t, container.NewGridWithColumns(2, p, r))
	win.Resize(fyne.NewSize(900, 700))
	return p, r, sel, win
}

// occurrences is the plain scan the panel is checked against: the
// article spans of every occurrence of word in every passage.
func occurrences(a *data.Article, word string) [][2]int {
	var out [][2]int
	n := len([]rune(word))
	for i := range a.Passages {
		rs := []rune(a.Passages[i].Text)
		for k := 0; k+n <= len(rs); k++ {
			if string(rs[k:k+n]) == word {
				out = append(out, a.Passages[i].ArticleSpans(k, k+n)...)
			}
		}
	}
	return out
}

func sortedSpans(s [][2]int) [][2]int {
	s = slices.Clone(s)
	slices.SortFunc(s, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return s
}

// occurrenceRows counts the rows that are occurrences, and checks the
// grouping: headers in article order, each counting the occurrences under
// it, each occurrence under its own section's header.
func occurrenceRows(t *testing.T, p *SearchPanel) int {
	t.Helper()
	a := p.story.Article
	n, section, inGroup, want := 0, -2, 0, 0
	check := func() {
		if inGroup != want {
			t.Errorf("section %d: header says %d, has %d rows", section, want, inGroup)
		}
	}
	for i, r := range p.rows {
		if r.header {
			if i > 0 {
				check()
			}
			if r.section <= section {
				t.Errorf("row %d: section %d after section %d", i, r.section, section)
			}
			section, inGroup, want = r.section, 0, r.count
			continue
		}
		if i == 0 {
			t.Fatal("first row is not a header")
		}
		if got := a.Paragraphs[a.Passages[r.passage].Paragraph].Section; got != section {
			t.Errorf("row %d (%s) is in section %d, listed under %d", i, a.Passages[r.passage].ID, got, section)
		}
		inGroup++
		n++
	}
	check()
	return n
}

func TestSearchPanelTyping(t *testing.T) {
	p, r, _, _ := newTestSearch(t, true)
	a := p.story.Article
	test.Type(p.entry, "机器人")
	want := occurrences(a, "机器人")
	if len(want) < 5 {
		t.Fatalf("the article has only %d 机器人", len(want))
	}
	if got := occurrenceRows(t, p); got != len(want) {
		t.Errorf("%d occurrence rows, the article has %d", got, len(want))
	}
	sentences := map[int]bool{}
	for _, row := range p.rows {
		if !row.header {
			sentences[row.passage] = true
		}
	}
	if s := fmt.Sprintf("%d 处 · %d 句", len(want), len(sentences)); p.statusText() != s {
		t.Errorf("count line %q, want %q", p.statusText(), s)
	}
	// Every hit is tinted in the reader as soon as it is typed.
	if !slices.Equal(sortedSpans(r.marks), sortedSpans(want)) {
		t.Errorf("reader marks %v, want %v", r.marks, want)
	}
	// The first group is the lead, titled 导语; the others are headings.
	if !p.rows[0].header || p.rows[0].section != -1 || sectionTitle(p.story, -1) != "导语" {
		t.Errorf("first group: %+v", p.rows[0])
	}
	for _, row := range p.rows[1:] {
		if row.header && a.Paragraphs[row.section].Kind != data.KindHeading {
			t.Errorf("group under paragraph %d, which is not a heading", row.section)
		}
	}
}

// rowPosition is where row id of the list is on the canvas (its centre,
// a third of the way in), for tapping it.
func rowPosition(p *SearchPanel, id int) fyne.Position {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.list)
	step := float32(searchRowHeight) + p.list.Theme().Size(theme.SizeNamePadding)
	return pos.Add(fyne.NewPos(p.list.Size().Width/3, float32(id)*step+searchRowHeight/2-p.list.GetScrollOffset()))
}

func TestSearchPanelTapResult(t *testing.T) {
	p, r, sel, win := newTestSearch(t, true)
	a := p.story.Article
	test.Type(p.entry, "机器人 春晚")
	// Tap the second occurrence row on screen.
	id := -1
	for i, row := range p.rows {
		if !row.header {
			if id == -2 {
				id = i
				break
			}
			id = -2
		}
	}
	if id < 0 {
		t.Fatal("fewer than two occurrences")
	}
	// Something else cleared the marks since typing (another view): the
	// tap must put them back.
	r.SetMarks(nil)
	test.TapCanvas(win.Canvas(), rowPosition(p, id))
	row := p.rows[id]
	if got, want := sel.Current().Ref, (data.Ref{Kind: data.RefPassage, ID: a.Passages[row.passage].ID}); got != want {
		t.Errorf("tapping row %d selected %v, want %v", id, got, want)
	}
	if p.current != id {
		t.Errorf("current row %d, want %d", p.current, id)
	}
	want := append(occurrences(a, "机器人"), occurrences(a, "春晚")...)
	if !slices.Equal(sortedSpans(r.marks), sortedSpans(want)) {
		t.Errorf("after the tap the reader marks %d spans, want every hit of both terms (%d)", len(r.marks), len(want))
	}
	// The hit is in view in the reader.
	top, bottom, _ := r.layout.extent(row.passage)
	if off, view := r.targetOffset(), r.scroll.Size().Height; bottom < off || top > off+view {
		t.Errorf("passage %s at [%v, %v] not revealed (view %v+%v)", a.Passages[row.passage].ID, top, bottom, off, view)
	}
	// Enter opens the first occurrence.
	p.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if first := p.firstOccurrence(); p.current != first || sel.Current().Ref.ID != a.Passages[p.rows[first].passage].ID {
		t.Errorf("Enter chose row %d (%v), want %d", p.current, sel.Current().Ref, first)
	}
}

func TestSearchPanelSuggestions(t *testing.T) {
	p, r, _, _ := newTestSearch(t, true)
	test.Type(p.entry, "机器狗")
	if len(p.rows) != 0 || len(r.marks) != 0 {
		t.Fatalf("机器狗: %d rows, %d marks", len(p.rows), len(r.marks))
	}
	if !p.none.Visible() || !strings.Contains(p.noMsg.Text, "没有找到") || !strings.Contains(p.noMsg.Text, "机器狗") {
		t.Fatalf("no-results view hidden or wrong: visible %v, %q", p.none.Visible(), p.noMsg.Text)
	}
	var chip *suggestChip
	for _, o := range p.chips.Objects {
		if c := o.(*suggestChip); c.Text == "机器人" {
			chip = c
		}
		if o.MinSize().Height < touchTarget {
			t.Errorf("chip %v is %v tall", o, o.MinSize().Height)
		}
	}
	if chip == nil {
		t.Fatalf("no 机器人 among the suggestions %v", p.sugg)
	}
	test.Tap(chip)
	if p.Query() != "机器人" || p.entry.Text != "机器人" || p.none.Visible() {
		t.Errorf("after tapping the chip: query %q, no-results view visible %v", p.Query(), p.none.Visible())
	}
	if got, want := occurrenceRows(t, p), len(occurrences(p.story.Article, "机器人")); got != want {
		t.Errorf("after tapping the chip: %d occurrences, want %d", got, want)
	}
	// Nothing close: the message, no chips.
	p.SetQuery("哈哈")
	if !p.none.Visible() || len(p.chips.Objects) != 0 || !strings.Contains(p.tryMsg.Text, "换一个词") {
		t.Errorf("哈哈: visible %v, chips %d, %q", p.none.Visible(), len(p.chips.Objects), p.tryMsg.Text)
	}
}

func TestSearchPanelTraditionalAndCase(t *testing.T) {
	p, _, _, _ := newTestSearch(t, true)
	a := p.story.Article
	for typed, word := range map[string]string{"機器人": "机器人", "ai": "AI", "ＡＩ": "AI"} {
		p.SetQuery(typed)
		if got, want := occurrenceRows(t, p), len(occurrences(a, word)); got != want || want == 0 {
			t.Errorf("%s: %d occurrences, the article has %d %s", typed, got, want, word)
		}
	}
}

func TestSearchPanelReset(t *testing.T) {
	p, r, _, win := newTestSearch(t, true)
	test.Type(p.entry, "杭州")
	p.chooseRow(p.firstOccurrence())
	if len(r.marks) == 0 || p.current < 0 || !p.clear.Visible() {
		t.Fatal("nothing to reset")
	}
	p.Reset()
	if p.Query() != "" || len(p.rows) != 0 || len(r.marks) != 0 || p.current != -1 || p.none.Visible() || p.clear.Visible() {
		t.Errorf("after Reset: query %q, %d rows, %d marks, current %d", p.Query(), len(p.rows), len(r.marks), p.current)
	}
	if p.statusText() != strings.Join(searchHint(), "\n") {
		t.Errorf("after Reset the status says %q", p.statusText())
	}
	// Escape in the box does the same; clearing by hand too.
	test.Type(p.entry, "杭州")
	p.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if p.Query() != "" || len(r.marks) != 0 {
		t.Errorf("after Escape: query %q, %d marks", p.Query(), len(r.marks))
	}
	test.Type(p.entry, "杭")
	p.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	if len(p.rows) != 0 || len(r.marks) != 0 {
		t.Errorf("after deleting the query: %d rows, %d marks", len(p.rows), len(r.marks))
	}
	// FocusEntry focuses the box and selects its text, so typing replaces it.
	p.SetQuery("杭州")
	p.FocusEntry(win.Canvas())
	if win.Canvas().Focused() != p.entry || p.entry.SelectedText() != "杭州" {
		t.Errorf("FocusEntry: focused %v, selected %q", win.Canvas().Focused(), p.entry.SelectedText())
	}
}

// TestSearchPanelRerunsWhenReady checks a query typed before segmentation
// is searched again, with word-aware ranking, when it finishes.
func TestSearchPanelRerunsWhenReady(t *testing.T) {
	p, _, _, _ := newTestSearch(t, false)
	if p.eng.Ready() {
		t.Skip("segmentation already done")
	}
	// Typing starts segmentation itself; hook the re-run first.
	rerun := make(chan struct{})
	p.afterReady = func() { close(rerun) }
	test.Type(p.entry, "智能")
	before := p.res
	if !p.eng.Ready() { // still segmenting, so the search above ran without words
		for _, r := range before.Results {
			for _, h := range r.Hits {
				if h.Whole {
					t.Fatal("a whole-word hit before segmentation")
				}
			}
		}
	}
	if !p.eng.Started() {
		t.Fatal("typing a query did not start segmentation")
	}
	waitUI(t, rerun)
	whole := 0
	for _, r := range p.res.Results {
		for _, h := range r.Hits {
			if h.Whole {
				whole++
			}
		}
	}
	if whole == 0 || p.res.Hits != before.Hits {
		t.Errorf("after segmentation: %d whole-word hits of %d (before %d)", whole, p.res.Hits, before.Hits)
	}
}

// TestKWICLayout checks a context line: the match starts at the anchor,
// nothing passes the line's end, and cut context is marked with "…".
func TestKWICLayout(t *testing.T) {
	adv := func(rune) float32 { return 10 }
	text := []rune("杭州的机器人产业在春晚舞台上亮相，宇树科技的机器人跳起了秧歌舞。")
	start := strings.Index(string(text), "宇树")
	start = len([]rune(string(text)[:start]))
	notBold := func(i int) bool { return i >= start && i < start+2 }
	segs := kwicLayout(text, start, start+2, notBold, adv, adv, 10, 200, nil)
	var joined string
	for _, s := range segs {
		joined += s.text
		if s.x < 0 || s.x+s.w > 200 {
			t.Errorf("segment %q at %v+%v outside the line", s.text, s.x, s.w)
		}
		if d := s.x - 200*kwicAnchor; s.first && (s.text != "宇树" || d < -0.01 || d > 0.01) {
			t.Errorf("match %q at %v", s.text, s.x)
		}
	}
	if !strings.HasPrefix(joined, "…") || !strings.HasSuffix(joined, "…") || !strings.Contains(joined, "宇树科技") {
		t.Errorf("context line %q", joined)
	}
	// A short sentence is shown whole, without ellipses.
	segs = kwicLayout([]rune("宇树科技"), 0, 2, func(i int) bool { return i < 2 }, adv, adv, 10, 200, nil)
	if len(segs) != 2 || segs[0].text+segs[1].text != "宇树科技" {
		t.Errorf("short line: %+v", segs)
	}
}
