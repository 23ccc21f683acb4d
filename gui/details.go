package gui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui/touch"
)

// Details is the card above the reader that says what is selected and
// what it links to: an event's date (as printed, and any public-knowledge
// date marked as such), clusters and entities; a cluster's tier, events
// and entities; a tapped sentence's reverse links. Every linked item is a
// chip that selects it, so the card is also how a student follows links.
type Details struct {
	widget.BaseWidget
	sel   *Selection
	story *data.Story

	title *canvas.Text
	sub   *widget.Label
	note  *widget.RichText
	// hasNote says the selection has a note (shown unless compact).
	hasNote bool
	refs    []data.Ref      // every link, in order; chips shows those that fit
	chips   *fyne.Container // the chips shown, and the more/fewer chip, in lines
	flow    chipFlow
	pool    []*chip        // reused: a kiosk changes selection for days
	more    *widget.Button // "+k more" (or "More" for a hidden note) / "Show fewer"
	// strip scrolls the chips up and down when the visitor has asked
	// for all of them and they are taller than the card may be.
	strip *container.Scroll

	// expanded is the visitor's "+k more": every chip (and a compact
	// card's note) is shown until the selection changes.
	expanded bool
	// avail is the height of the column the card heads (set by
	// detailsColumn): it decides how many lines of chips the card may
	// take and whether it is compact.
	avail float32
	// relayout, if set, lays the column out again when the card's height
	// may have changed other than by a selection (the more chip).
	relayout func()
	// audience is set when the card faces a room (the presenter's
	// screen): it then shows no instructions, only the story.
	audience bool
}

// SetAudience makes the card face an audience (on) or a user: with an
// audience, nothing selected shows the story's title and source rather
// than how to use the explorer.
func (d *Details) SetAudience(on bool) {
	d.audience = on
	d.update()
}

// NewDetails returns a details card that follows sel.
func NewDetails(sel *Selection) *Details {
	d := &Details{sel: sel, story: sel.Story()}
	d.ExtendBaseWidget(d)
	d.title = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	d.title.TextStyle.Bold = true
	d.sub = widget.NewLabel("")
	d.sub.Wrapping = fyne.TextWrapWord
	// Public knowledge and glossary explanations: set apart from the
	// article's words in the accent text colour (a Label's high
	// importance would use the primary fill colour, 3.5:1 in the dark
	// variant).
	d.note = widget.NewRichText(&widget.TextSegment{Style: detailsNoteStyle})
	d.note.Wrapping = fyne.TextWrapWord
	// The chips wrap onto lines, so every link is in view or counted on
	// the "+k more" chip: a sideways scroll hid that there were more.
	d.chips = container.New(&d.flow)
	d.strip = touch.NewScroll(d.chips, container.ScrollVerticalOnly)
	d.more = widget.NewButton("", d.toggleMore)
	sel.OnChange(func(State) { d.update() })
	d.update()
	return d
}

// CreateRenderer implements fyne.Widget.
func (d *Details) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	return &detailsRenderer{d: d, bg: bg, objects: []fyne.CanvasObject{bg, d.title, d.sub, d.note, d.strip}}
}

// Title is the card's heading text (for tests and the speaker view).
func (d *Details) Title() string { return d.title.Text }

// Chips returns the refs the card offers as links, in order.
func (d *Details) Chips() []data.Ref {
	return append([]data.Ref(nil), d.refs...)
}

func (d *Details) update() {
	s, st := d.story, d.sel.Current()
	d.refs = d.refs[:0]
	d.expanded = false
	touch.Halt(d.strip)
	d.strip.Offset = fyne.Position{}
	d.setNote("")
	d.hasNote = false
	i := s.Index(st.Ref)
	switch st.Ref.Kind {
	case data.RefEvent:
		ev := &s.Events[i]
		d.title.Text = Pick(ev.Title, ev.TitleEn)
		d.sub.SetText(fmt.Sprintf("%s · %s · %s", Pick(ev.When, ev.WhenEn), PrecisionLabel(ev.Precision), sentences(len(ev.Passages))))
		var notes []string
		if ev.Date != nil {
			notes = append(notes, DateBasisLabel(ev.Date))
		}
		if ev.Public != nil {
			notes = append(notes, Pick(ev.Public.Note, ev.Public.NoteEn))
		}
		if len(notes) > 0 {
			d.showNote(strings.Join(notes, "\n"))
		}
		d.addClusters(ev.Clusters)
		d.addEntities(ev.Entities)
	case data.RefCluster:
		c := &s.Clusters[i]
		d.title.Text = Pick(c.Name, c.NameEn)
		d.sub.SetText(fmt.Sprintf("%s · %s · %s", tierLabel(s, c.Tier), Pick(c.NameEn, c.Name), sentences(len(c.Passages))))
		d.addEvents(s.ClusterEvents(i))
		d.addEntities(s.ClusterEntities(i))
	case data.RefEntity:
		en := &s.Entities[i]
		d.title.Text = Pick(en.Name, en.NameEn)
		d.sub.SetText(fmt.Sprintf("%s · %s · %s", entityKindLabel(en.Kind), Pick(en.NameEn, en.Name), sentences(len(en.Passages))))
		if en.Note != "" {
			d.showNote(Pick(en.Note, en.NoteEn))
		}
		d.addClusters(en.Clusters)
		var evs []int
		for ei := range s.Events {
			if Related(s, st.Ref, data.Ref{Kind: data.RefEvent, ID: s.Events[ei].ID}) {
				evs = append(evs, ei)
			}
		}
		d.addEvents(evs)
	case data.RefFact:
		f := &s.Facts[i]
		d.title.Text = f.Figure
		d.sub.SetText(Pick(f.Counts, f.CountsEn))
		d.addBacklinks(f.Passage)
	case data.RefTerm:
		g := &s.Glossary[i]
		d.title.Text = g.Term
		d.sub.SetText(T("details.term", "术语") + " · " + sentences(len(g.Passages)))
		d.showNote(Pick(g.Explanation, g.ExplanationEn))
	case data.RefPassage:
		d.title.Text = PassageName(s, i)
		links := s.Backlinks(i)
		if len(links) == 0 {
			d.sub.SetText(T("details.unlinked", "这句话没有链接到事件、集群或实体。"))
		} else {
			n := map[string]any{"N": len(links)}
			if len(links) == 1 {
				d.sub.SetText(T("details.linked.one", "这句话属于 {{.N}} 项：", n)) // "… belongs to 1 item:"
			} else {
				d.sub.SetText(T("details.linked", "这句话属于 {{.N}} 项：", n))
			}
		}
		d.addBacklinks(i)
	default:
		d.title.Text = Pick(s.Article.Title(), s.TitleEn)
		if d.audience {
			d.sub.SetText(s.Source)
		} else {
			d.sub.SetText(T("details.hint", "点时间线上的事件、296X 图中的集群，或原文里的句子，三处同时联动。"))
		}
	}
	d.title.Refresh()
	d.Refresh()
}

// detailsNoteStyle is the style of the card's note.
var detailsNoteStyle = widget.RichTextStyle{ColorName: ColorAccentText, SizeName: theme.SizeNameText}

func (d *Details) setNote(text string) {
	d.note.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: text, Style: detailsNoteStyle}}
	d.note.Refresh()
}

func (d *Details) showNote(text string) {
	d.setNote(text)
	d.hasNote = true
}

func (d *Details) addBacklinks(p int) {
	for _, r := range d.story.Backlinks(p) {
		d.addChip(r)
	}
}

func (d *Details) addClusters(cs []int) {
	for _, c := range cs {
		d.addChip(data.Ref{Kind: data.RefCluster, ID: d.story.Clusters[c].ID})
	}
}

func (d *Details) addEntities(es []int) {
	for _, e := range es {
		d.addChip(data.Ref{Kind: data.RefEntity, ID: d.story.Entities[e].ID})
	}
}

func (d *Details) addEvents(es []int) {
	for _, e := range es {
		d.addChip(data.Ref{Kind: data.RefEvent, ID: d.story.Events[e].ID})
	}
}

func (d *Details) addChip(r data.Ref) {
	n := len(d.refs)
	if n == len(d.pool) {
		d.pool = append(d.pool, newChip(d.sel))
	}
	d.pool[n].set(r)
	d.refs = append(d.refs, r)
}

type detailsRenderer struct {
	d       *Details
	bg      *canvas.Rectangle
	objects []fyne.CanvasObject
}

func (r *detailsRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.d.arrange(size.Width)
}

// MinSize is the card's size at the width it was last given: a wrapping
// text's height depends on the width, so the column asks heightFor.
func (r *detailsRenderer) MinSize() fyne.Size {
	w := r.d.Size().Width
	if w <= 0 {
		w = 320
	}
	return fyne.NewSize(120, r.d.heightFor(w))
}

func (r *detailsRenderer) Refresh() {
	r.bg.FillColor = theme.Color(theme.ColorNameHeaderBackground)
	r.d.title.Color = theme.Color(theme.ColorNameForeground)
	r.d.title.TextSize = theme.TextSubHeadingSize()
	r.bg.Refresh()
	r.d.title.Refresh()
	r.d.arrange(r.d.Size().Width)
}

func (r *detailsRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *detailsRenderer) Destroy()                     {}

// sentences says how many sentences something links, in the interface
// language.
func sentences(n int) string {
	if n == 1 {
		return T("details.sentences.one", "{{.N}} 句", map[string]any{"N": n}) // "1 sentence"
	}
	return T("details.sentences", "{{.N}} 句", map[string]any{"N": n})
}
