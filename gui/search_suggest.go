package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showSuggestions fills the no-results view: what was not found and, as
// chips, the nearest words the article does use (engine.Suggest never
// offers a word without hits). A tap on a chip searches it.
func (p *SearchPanel) showSuggestions() {
	p.noMsg.SetText(T("search.none", "没有找到“{{.Query}}”", map[string]any{"Query": p.query}))
	p.sugg = p.eng.Suggest(p.query, maxSuggestions)
	if len(p.sugg) == 0 {
		p.tryMsg.SetText(T("search.noSuggest", "换一个词，或者试试更短的词。"))
	} else {
		p.tryMsg.SetText(T("search.try", "你是不是要找："))
	}
	objs := make([]fyne.CanvasObject, len(p.sugg))
	for i, s := range p.sugg {
		objs[i] = newSuggestChip(s, p.SetQuery)
	}
	p.chips.Objects = objs
	p.chips.Refresh()
	p.none.Show()
	p.none.Refresh()
}

// suggestChip is a suggestion: a button at least touchTarget tall, so a
// finger on a kiosk hits it.
type suggestChip struct {
	widget.Button
	term string
}

// touchTarget is the least height of anything tapped in the panel.
const touchTarget = 44

func newSuggestChip(term string, search func(string)) *suggestChip {
	c := &suggestChip{term: term}
	c.Text = term
	c.Icon = theme.SearchIcon() // says what a tap does: search this word
	c.OnTapped = func() { search(term) }
	c.ExtendBaseWidget(c)
	return c
}

// MinSize raises the button to a touch target's height.
func (c *suggestChip) MinSize() fyne.Size {
	s := c.Button.MinSize()
	return fyne.NewSize(max(s.Width, touchTarget), max(s.Height, touchTarget))
}
