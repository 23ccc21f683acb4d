package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data/engine"
)

// A term typed in pinyin or English, or as a Taiwan or Hong Kong word,
// finds the article's Chinese. The panel says how it read the term — one
// status line per reading ("拼音 jqr → 机器人", "英文名 Unitree Robotics →
// 宇树科技") — and, as an input method would, offers the story's words
// the term being typed could be, as chips under the box (or, with the
// touch keyboard open, in its candidate bar). A tap puts the word in the
// query in place of the term.

// maxCandidates is how many candidate words are offered at once.
const maxCandidates = 8

// readingLine is one reading as a status line.
func readingLine(r engine.Reading) string {
	var via string
	switch r.Via {
	case engine.ViaPinyin:
		via = T("search.via.pinyin", "拼音")
	case engine.ViaInitials:
		via = T("search.via.initials", "拼音首字母")
	case engine.ViaEnglish:
		via = T("search.via.english", "英文名")
	case engine.ViaRegional:
		via = T("search.via.regional", "港台用词")
	}
	return via + "  " + r.Label()
}

// readingLines are the status lines of the current result's readings.
func (p *SearchPanel) readingLines() []string {
	var out []string
	for _, r := range p.res.Readings {
		out = append(out, readingLine(r))
	}
	return out
}

// newCandidateBox is the row of candidate chips under the search box.
func (p *SearchPanel) newCandidateBox() *fyne.Container {
	p.candChips = container.New(candidateRow{})
	inset := container.New(layout.NewCustomPaddedLayout(0, theme.Padding(), theme.InnerPadding()-theme.Padding(), 0), p.candChips)
	inset.Hide()
	return inset
}

// showCandidates offers the words the query's last term could be.
func (p *SearchPanel) showCandidates(q string) {
	p.cands = nil
	if q != "" {
		p.cands = p.eng.Candidates(q, maxCandidates)
	}
	words := make([]string, len(p.cands))
	objs := make([]fyne.CanvasObject, 0, len(p.cands))
	for i, c := range p.cands {
		words[i] = c.Word
		objs = append(objs, newCandidateChip(c.Word, p.chooseCandidate))
	}
	if p.kb != nil {
		p.kb.SetCandidates(words)
	}
	p.candChips.Objects = objs
	// With the touch keyboard open its bar shows them, as big as keys.
	if len(objs) > 0 && !p.KeyboardOpen() {
		p.candBox.Show()
	} else {
		p.candBox.Hide()
	}
	p.candChips.Refresh()
}

// chooseCandidate puts a candidate word in the query in place of the
// term being typed, and searches it.
func (p *SearchPanel) chooseCandidate(word string) {
	for _, c := range p.cands {
		if c.Word == word {
			p.SetQuery(c.Query)
			return
		}
	}
}

// Candidates returns the words offered for the query's last term.
func (p *SearchPanel) Candidates() []string {
	out := make([]string, len(p.cands))
	for i, c := range p.cands {
		out[i] = c.Word
	}
	return out
}

// candidateChip is a candidate word: a chip a finger can hit.
type candidateChip struct{ suggestChip }

func newCandidateChip(word string, choose func(string)) *candidateChip {
	c := &candidateChip{}
	c.term = word
	c.Text = word
	c.OnTapped = func() { choose(word) }
	c.ExtendBaseWidget(c)
	return c
}

// candidateRow lays candidates out in one row at their natural width,
// best first, and hides those that do not fit (a row that wrapped would
// push the results down by a different amount on every keystroke).
type candidateRow struct{}

func (candidateRow) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	var x float32
	full := false
	for _, o := range objs {
		m := o.MinSize()
		if full = full || x+m.Width > s.Width; full {
			o.Hide()
			continue
		}
		o.Show()
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(m.Width, s.Height))
		x += m.Width + theme.Padding()
	}
}

func (candidateRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(0, h)
}
