package gui

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// KeywordChart shows what a stretch of the article is about at a glance:
// the top terms by TF-IDF as horizontal bars, longest first. A bar's
// length is the term's weight, its number how often the term occurs, and
// its colour the tier of the 296X cluster the term names (other terms are
// in the primary colour), so the plan's structure shows through the
// words. A row of scope buttons picks the whole article, one of its
// sections or the cluster selected on the map. Tapping a bar calls OnTerm
// (the window searches for the term).
//
// Keywords need the segmenter, which loads in the background: until the
// engine is ready the chart says so, then fills itself in on the UI
// goroutine. It waits with at most one goroutine, which ends when
// segmentation does.
type KeywordChart struct {
	widget.BaseWidget

	// OnTerm, if set, is called with the term of a tapped bar.
	OnTerm func(term string)

	sel   *Selection
	eng   *engine.Engine
	story *data.Story

	scopes  []kwScope
	scope   int // index into scopes
	cluster int // the selected cluster (index into Story.Clusters) or -1
	buttons []*widget.Button
	tint    map[string]fyne.ThemeColorName // term → tier colour of the cluster it names

	head    *fyne.Container // scope buttons
	caption *studyText
	status  *studyText // "分词中…" or "no keywords"
	bars    []*kwBar   // pool; the first shown are used
	plot    *kwPlot
	legend  *fyne.Container
	cache   map[int][]engine.Keyword // by scope, whole article and sections only
	shown   []engine.Keyword

	ready chan struct{} // closed once keywords are first shown (for tests)
	life  lifetime      // ends with the explorer that built the chart
	// unfollow stops following the selection (Close).
	unfollow func()
}

// kwTop is how many terms the chart shows: enough to characterise a
// section, few enough to read at a glance on a 600-pixel panel.
const kwTop = 15

// kwScope is a stretch of the article the chart can rank.
type kwScope struct {
	label    string // on its button
	title    string // in the caption
	passages []int  // nil: the whole article
	cluster  bool   // the selected cluster's sentences
}

// NewKeywordChart returns a keyword chart over eng's story that follows
// sel's cluster selection.
func NewKeywordChart(sel *Selection, eng *engine.Engine) *KeywordChart {
	c := &KeywordChart{sel: sel, eng: eng, story: sel.Story(), cluster: -1,
		cache: map[int][]engine.Keyword{}, ready: make(chan struct{}), life: newLifetime()}
	c.ExtendBaseWidget(c)
	c.scopes = kwScopes(c.story)
	c.tint = kwTints(c.story)

	var btns []fyne.CanvasObject
	for i, s := range c.scopes {
		b := widget.NewButton(s.label, func() { c.SetScope(i) })
		c.buttons = append(c.buttons, b)
		btns = append(btns, b)
	}
	c.head = newBox(&flow{gap: 4, rowH: touchHeight}, btns...)
	c.caption = newStudyText("", theme.SizeNameCaptionText, ColorCaption)
	c.caption.maxLines = 1
	c.status = newStudyText("", theme.SizeNameText, ColorCaption)
	c.plot = &kwPlot{c: c}
	c.legend = c.newLegend()

	c.unfollow = sel.OnChange(func(State) { c.follow() })
	c.follow()
	if eng.Ready() {
		c.update()
		close(c.ready)
	} else {
		c.status.setText(T("study.keywords.segmenting", "分词中…"), nil)
		c.update()
		c.life.whenDone(kwSegmented(eng), func() {
			c.update()
			close(c.ready)
		})
	}
	return c
}

// setStory shows st, an edit of the story, in place, keeping the scope
// and the cached rankings: the tints follow renamed clusters and the
// cluster scope their linked sentences. It reports false, changing
// nothing, if st has other scopes or tiers (no edit changes the article's
// headings or the scheme); such a story needs a new chart.
func (c *KeywordChart) setStory(st *data.Story) bool {
	if !reflect.DeepEqual(kwScopes(st), c.scopes) || !reflect.DeepEqual(st.Tiers, c.story.Tiers) {
		return false
	}
	c.story = st
	c.tint = kwTints(st)
	c.follow() // the selected cluster may be marked not named now
	c.update()
	return true
}

// Close ends the chart's background work: an explorer rebuilt in another
// language discards its panels.
func (c *KeywordChart) Close() {
	c.life.end()
	c.unfollow()
}

// kwSegmented returns a channel closed when segmentation has finished.
// Tests replace it to hold a chart in its waiting state.
var kwSegmented = func(eng *engine.Engine) <-chan struct{} { return eng.Done() }

// Activate starts segmentation if nothing has yet: the window calls it
// when the chart is first shown, so the dictionary (~20 MB) is never
// loaded at start-up for a chart nobody looks at.
func (c *KeywordChart) Activate() { c.eng.Warm() }

// kwScopes lists the whole article, each section (under its heading's
// text, shortened to the part before "：" on the button) and the selected
// cluster.
func kwScopes(st *data.Story) []kwScope {
	a := st.Article
	out := []kwScope{{label: T("study.keywords.all", "全文"), title: T("study.keywords.all", "全文")}}
	for pi, para := range a.Paragraphs {
		if para.Kind != data.KindHeading || len(para.Passages) == 0 {
			continue
		}
		heading, label := headingText(st, pi), sectionLabel(st, pi)
		var ps []int
		for i := range a.Passages {
			if q := a.Passages[i].Paragraph; q == pi || a.Paragraphs[q].Section == pi {
				ps = append(ps, i)
			}
		}
		out = append(out, kwScope{label: label, title: heading, passages: ps})
	}
	return append(out, kwScope{label: T("study.keywords.cluster", "所选集群"), cluster: true})
}

// kwTints maps each word that names a cluster (its name and its terms)
// to the cluster's tier colour; the first cluster to claim a word keeps it.
func kwTints(st *data.Story) map[string]fyne.ThemeColorName {
	out := map[string]fyne.ThemeColorName{}
	for _, cl := range st.Clusters {
		col, ok := kwTierColors[cl.Tier]
		if !cl.InArticle || !ok {
			continue
		}
		for _, w := range append([]string{cl.Name}, cl.Terms...) {
			if _, taken := out[w]; !taken {
				out[w] = col
			}
		}
	}
	return out
}

// kwTierColors are the theme's tier colours by the 296X tier ids (the
// cluster map uses the same ones).
var kwTierColors = map[string]fyne.ThemeColorName{
	"2": ColorTier2, "9": ColorTier9, "6": ColorTier6, "X": ColorTierX,
}

// Scope returns the index of the current scope: 0 is the whole article,
// then the sections, and the last is the selected cluster.
func (c *KeywordChart) Scope() int { return c.scope }

// SetScope switches to scope i (see Scope). The cluster scope is only
// available while a cluster is selected.
func (c *KeywordChart) SetScope(i int) {
	if i < 0 || i >= len(c.scopes) || (c.scopes[i].cluster && c.cluster < 0) {
		return
	}
	c.scope = i
	c.update()
}

// Reset returns to the whole article (a kiosk's idle reset).
func (c *KeywordChart) Reset() { c.SetScope(0) }

// Terms returns the terms shown, most frequent first (for tests and the
// speaker view).
func (c *KeywordChart) Terms() []string {
	out := make([]string, len(c.shown))
	for i, k := range c.shown {
		out[i] = k.Term
	}
	return out
}

// follow tracks the selected cluster: the cluster scope shows it, and is
// disabled (falling back to the whole article) when no cluster is
// selected.
func (c *KeywordChart) follow() {
	cur := c.sel.Current().Ref
	prev := c.cluster
	c.cluster = -1
	if cur.Kind == data.RefCluster {
		if i := c.story.Index(cur); i >= 0 && c.story.Clusters[i].InArticle {
			c.cluster = i
		}
	}
	last := len(c.scopes) - 1
	if c.cluster < 0 {
		c.buttons[last].Disable()
	} else {
		c.buttons[last].Enable()
	}
	switch {
	case c.scope == last && c.cluster < 0:
		c.scope = 0
		c.update()
	case c.scope == last && c.cluster != prev:
		c.update()
	}
}

// keywords ranks the current scope; whole-article and section rankings
// are cached (they never change), cluster rankings are cheap to redo.
func (c *KeywordChart) keywords() []engine.Keyword {
	s := c.scopes[c.scope]
	if s.cluster {
		ps := c.story.Clusters[c.cluster].Passages
		return kwCounted(c.eng, ps, c.eng.Keywords(ps, kwTop))
	}
	if k, ok := c.cache[c.scope]; ok {
		return k
	}
	k := kwCounted(c.eng, s.passages, c.eng.Keywords(s.passages, kwTop))
	c.cache[c.scope] = k
	return k
}

// update redraws the buttons, caption and bars for the current scope.
func (c *KeywordChart) update() {
	for i, b := range c.buttons {
		imp := widget.LowImportance
		if i == c.scope {
			imp = widget.HighImportance
		}
		if b.Importance != imp {
			b.Importance = imp
			b.Refresh()
		}
	}
	s := c.scopes[c.scope]
	title, n := s.title, len(s.passages)
	switch {
	case s.cluster:
		cl := &c.story.Clusters[c.cluster]
		title, n = Pick(cl.Name, cl.NameEn), len(cl.Passages)
	case s.passages == nil:
		n = len(c.story.Article.Passages)
	}
	c.caption.setText(title+" · "+studySentences(n)+" · "+T("study.keywords.method", "TF-IDF 前 {{.N}} 词 · 按出现次数", map[string]any{"N": kwTop}), nil)

	c.shown = nil
	if err := c.eng.Err(); err != nil {
		// Loading failed: say so rather than "segmenting…" for ever.
		c.status.setText(T("study.keywords.failed", "无法分词，关键词不可用：{{.Err}}", map[string]any{"Err": err}), nil)
	}
	if c.eng.Ready() {
		c.shown = c.keywords()
		c.status.setText("", nil)
		if len(c.shown) == 0 {
			c.status.setText(T("study.keywords.none", "这部分没有可排的词。"), nil)
		}
	}
	c.fillBars()
	c.Refresh()
}

// fillBars points the first len(shown) bars at the shown keywords.
func (c *KeywordChart) fillBars() {
	top := 1
	for _, k := range c.shown {
		top = max(top, k.Count)
	}
	for len(c.bars) < len(c.shown) {
		c.bars = append(c.bars, newKWBar(c))
	}
	for i, b := range c.bars {
		if i >= len(c.shown) {
			b.Hide()
			continue
		}
		k := c.shown[i]
		col, ok := c.tint[k.Term]
		b.set(k.Term, groupCount(k.Count), float32(k.Count)/float32(top), col, ok)
		b.Show()
	}
	c.plot.objs = c.plot.objs[:0]
	for _, b := range c.bars[:len(c.shown)] {
		c.plot.objs = append(c.plot.objs, b)
	}
}

func (c *KeywordChart) tapped(term string) {
	if c.OnTerm != nil {
		c.OnTerm(term)
	}
}

// CreateRenderer is part of fyne.Widget.
func (c *KeywordChart) CreateRenderer() fyne.WidgetRenderer { return &kwRenderer{c: c} }
