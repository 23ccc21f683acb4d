package gui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// detailsSizes are the window sizes the card is checked at, in units: a
// 1024×600 kiosk panel at scale 1.4 (the narrow, tabbed layout) and the
// explorer's usual windows.
var detailsSizes = []struct {
	name string
	w, h float32
}{
	{"kiosk 1024×600", 1024 / 1.4, 600 / 1.4},
	{"1024×600", 1024, 600},
	{"1280×800", 1280, 800},
	{"1920×1080", 1920, 1080},
}

// detailsRefs are selections with the most links (a cluster, a tapped
// sentence) and the longest notes (an event's public-knowledge date, an
// entity's gloss) of the seed story.
func detailsRefs(s *data.Story) []data.Ref {
	long, longEnt, most := ev("gala"), data.Ref{}, 0
	n, ne := 0, 0
	for _, e := range s.Events {
		if e.Public != nil && len(e.Public.NoteEn) > n {
			n, long = len(e.Public.NoteEn), ev(e.ID)
		}
	}
	for _, e := range s.Entities {
		if len(e.NoteEn) > ne {
			ne, longEnt = len(e.NoteEn), data.Ref{Kind: data.RefEntity, ID: e.ID}
		}
	}
	for p := range s.Article.Passages {
		if len(s.Backlinks(p)) > len(s.Backlinks(most)) {
			most = p
		}
	}
	return []data.Ref{cl("ai"), cl("robots"), long, longEnt, {Kind: data.RefPassage, ID: s.Article.Passages[most].ID}}
}

// box is an object's rectangle on the canvas.
type box struct{ x, y, w, h float32 }

func boxOf(o fyne.CanvasObject) box {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return box{p.X, p.Y, o.Size().Width, o.Size().Height}
}

func (b box) String() string { return fmt.Sprintf("(%.0f,%.0f %.0f×%.0f)", b.x, b.y, b.w, b.h) }

// checkCard checks the card as drawn: every link chip inside the card
// (none off its right edge), the texts stacked without overlap, and every
// link either shown or counted on the more chip.
func checkCard(t *testing.T, where string, x *Explorer) {
	t.Helper()
	d := x.Details
	card := boxOf(d)
	const eps = 0.5
	last := card.y
	for _, o := range []fyne.CanvasObject{d.sub, d.note, d.strip} {
		if !o.Visible() {
			continue
		}
		b := boxOf(o)
		if m := o.MinSize().Height; o != fyne.CanvasObject(d.strip) && m > b.h+eps {
			t.Errorf("%s: %T needs %.0f at its width, has %v: its text runs over what is below", where, o, m, b)
		}
		if o != fyne.CanvasObject(d.sub) && b.y < last-eps {
			t.Errorf("%s: %T %v overlaps what is above it (down to %.0f)", where, o, b, last)
		}
		if b.y+b.h > card.y+card.h+eps || b.x+b.w > card.x+card.w+eps {
			t.Errorf("%s: %T %v outside the card %v", where, o, b, card)
		}
		last = b.y + b.h
	}
	if r := boxOf(x.Reader); r.y < card.y+card.h-eps {
		t.Errorf("%s: the reader %v starts inside the card %v", where, r, card)
	}
	shown := 0
	for _, o := range d.chips.Objects {
		b := boxOf(o)
		if b.x < card.x-eps || b.x+b.w > card.x+card.w+eps {
			t.Errorf("%s: chip %v beyond the card %v", where, b, card)
		}
		if c, ok := o.(*chip); ok {
			shown++
			if c.Text == "" {
				t.Errorf("%s: an empty chip", where)
			}
		}
	}
	if n := len(d.Chips()); shown < n && !d.more.Visible() {
		t.Errorf("%s: %d of %d links shown and no more chip", where, shown, n)
	}
}

// TestDetailsChipsWrapInsideCard: at every size and in both languages the
// card's links wrap inside it (they ran off its right edge, in a sideways
// scroll nobody could see the end of), its note never runs over the links,
// and the links not shown are counted on a chip that shows them.
func TestDetailsChipsWrapInsideCard(t *testing.T) {
	for _, lang := range []string{LangZh, LangEn} {
		for _, sz := range detailsSizes {
			t.Run(lang+" "+sz.name, func(t *testing.T) {
				SetLanguage(lang)
				defer SetLanguage(LangZh)
				x, w := newTestExplorer(t, sz.w, sz.h)
				for _, r := range detailsRefs(x.Sel.Story()) {
					x.Sel.Select(r)
					drawn(w)
					where := fmt.Sprintf("%v", r)
					checkCard(t, where, x)
					if !x.Details.more.Visible() {
						continue
					}
					test.Tap(x.Details.more)
					drawn(w)
					if got := len(x.Details.chips.Objects) - 1; got != len(x.Details.Chips()) {
						t.Errorf("%s: after more, %d of %d links shown", where, got, len(x.Details.Chips()))
					}
					checkCard(t, where+" expanded", x)
					test.Tap(x.Details.more)
					drawn(w)
					checkCard(t, where+" fewer", x)
				}
			})
		}
	}
}

// TestDetailsNoteAfterResize: the card's height follows its width. The
// card took its height from the note's at the width the note last had:
// none for the first note shown (the explorer opened on the Gala, in
// English at 1024), or a wider window's, while the note was hidden (a
// cluster has none) and the window narrowed. The note's second line then
// ran over the links.
func TestDetailsNoteAfterResize(t *testing.T) {
	for _, lang := range []string{LangZh, LangEn} {
		t.Run(lang, func(t *testing.T) {
			SetLanguage(lang)
			defer SetLanguage(LangZh)
			for _, sz := range detailsSizes {
				for _, r := range detailsRefs(lightSelection(t).Story()) {
					// Selected before the window shows (--select, a
					// kiosk's first stop).
					x := NewExplorer(lightSelection(t).Story())
					x.Sel.Select(r)
					w := test.NewTempWindow(t, x)
					w.SetPadded(false)
					w.Resize(fyne.NewSize(sz.w, sz.h))
					drawn(w)
					checkCard(t, fmt.Sprintf("%v first, at %s", r, sz.name), x)
				}
			}
			x, w := newTestExplorer(t, 1920, 1080)
			for _, r := range detailsRefs(x.Sel.Story()) {
				w.Resize(fyne.NewSize(1920, 1080))
				x.Sel.Select(r)
				drawn(w)
				x.Sel.Select(cl("ai"))
				drawn(w)
				for _, sz := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1280, Height: 800}, {Width: 1024, Height: 768}} {
					w.Resize(sz)
					drawn(w)
					x.Sel.Select(r)
					drawn(w)
					checkCard(t, fmt.Sprintf("%v at %v", r, sz), x)
					x.Sel.Select(cl("ai"))
					drawn(w)
				}
			}
		})
	}
}

// TestKioskReaderRoom: on a 1024×600 kiosk panel (scale 1.4) the article
// keeps a usable share of the screen whatever is selected, and the links
// stay 48 px touch targets. The full card
// under the timeline and the title row left it 23 pixels for an event
// with a note, none for the entity with the longest one.
func TestKioskReaderRoom(t *testing.T) {
	const scale, panel = 1.4, 600
	for _, lang := range []string{LangZh, LangEn} {
		t.Run(lang, func(t *testing.T) {
			SetLanguage(lang)
			defer SetLanguage(LangZh)
			x, w := newTestExplorer(t, 1024/scale, panel/scale)
			if !x.Narrow() {
				t.Fatal("the kiosk panel should get the tabbed layout")
			}
			for _, r := range append(detailsRefs(x.Sel.Story()), data.Ref{}) {
				if r.IsZero() {
					x.Sel.Clear()
				} else {
					x.Sel.Select(r)
				}
				drawn(w)
				if px := x.Reader.scroll.Size().Height * scale; px < 0.2*panel {
					t.Errorf("%v: the article has %.0f px of %d", r, px, panel)
				}
				for _, o := range x.Details.chips.Objects {
					if h := o.Size().Height * scale; h < 48 {
						t.Errorf("%v: a link chip is %.0f px tall on the kiosk", r, h)
					}
				}
			}
			// The history buttons sit at the end of the tab row (the
			// title row made way), on top and working.
			x.Sel.Select(ev("gala"))
			if c, tabs := boxOf(x.clear), boxOf(x.tabs); c.y > tabs.y+c.h || x.title.Visible() {
				t.Errorf("clear %v, tabs %v, title shown %v", c, tabs, x.title.Visible())
			}
			tapAt(w, centre(x.clear))
			if !x.Sel.Current().Ref.IsZero() {
				t.Errorf("tapping clear left %v selected", x.Sel.Current().Ref)
			}
		})
	}
}

// A link squeezed before the more chip gives up whole English words, or
// its place: never half a word ("Future industry · Syntheti…").
func TestChipCutsBetweenWords(t *testing.T) {
	sel := lightSelection(t)
	c := newChip(sel)
	c.full = "Future industry · Synthetic biology"
	c.SetText(c.full)
	whole := c.MinSize().Width
	style, size := fyne.TextStyle{Bold: true}, theme.TextSize()
	pad := whole - fyne.MeasureText(c.full, size, style).Width
	at := func(s string) float32 { return pad + fyne.MeasureText(s+"…", size, style).Width + 1 }

	if _, ok := c.fitWords(at("Future industry · Syntheti")); ok {
		t.Errorf("squeezed into half a word: %q", c.Text)
	}
	if c.Text != c.full {
		t.Errorf("a refused squeeze left the label %q", c.Text)
	}
	if _, ok := c.fitWords(at("Future industry · Synthetic bio")); !ok || c.Text != "Future industry · Synthetic…" {
		t.Errorf("squeezed to %q, want the whole first word", c.Text)
	}
	c.fit(at("Future industry · Syntheti")) // no more chip to go behind: cut, as a last resort
	if c.Text != "Future industry · Syntheti…" {
		t.Errorf("fit gave %q", c.Text)
	}
	if got := wordCut([]rune("人工智能产业"), 3); got != 3 {
		t.Errorf("Chinese is cut anywhere: wordCut = %d, want 3", got)
	}
}
