package editor

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// palette lists every cluster, event and entity of the story, filtered as
// the person types (Chinese, English name or id). Enter links the
// highlighted one to the sentence under the cursor, or unlinks it;
// Ctrl+Enter paints with it; ↓ ↑ move; Escape closes.
type palette struct {
	e     *Editor
	entry *paletteEntry
	list  *widget.List
	items []data.Ref
	cur   int
	pop   *widget.PopUp
}

// OpenPalette shows the link palette (Ctrl+L).
func (e *Editor) OpenPalette() {
	if e.palette != nil {
		e.win.Canvas().Focus(e.palette.entry)
		return
	}
	p := &palette{e: e}
	p.entry = newPaletteEntry(p)
	p.entry.SetPlaceHolder(gui.T("edit.palette.hint", "输入名称、英文名或 id … Enter 链接，Ctrl+Enter 涂抹，Esc 关闭"))
	p.entry.OnChanged = func(string) { p.filter() }
	p.entry.OnSubmitted = func(string) { p.toggle() }
	p.list = widget.NewList(func() int { return len(p.items) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, widget.NewIcon(theme.ConfirmIcon()), nil, widget.NewLabel(""))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { p.render(i, o.(*fyne.Container)) })
	p.list.OnSelected = func(i widget.ListItemID) { p.cur = i }
	p.filter()
	size := e.win.Canvas().Size()
	box := container.NewBorder(p.entry, nil, nil, nil, p.list)
	p.pop = widget.NewModalPopUp(box, e.win.Canvas())
	p.pop.Resize(fyne.NewSize(min(640, size.Width*0.9), min(480, size.Height*0.8)))
	p.pop.Show()
	e.palette = p
	e.win.Canvas().Focus(p.entry)
}

// Close hides the palette.
func (p *palette) Close() {
	p.pop.Hide()
	p.e.palette = nil
}

// filter recomputes the items for the query: names that start with it
// first, then names that contain it, each in story order.
func (p *palette) filter() {
	s := p.e.x.Sel.Story()
	q := strings.ToLower(strings.TrimSpace(p.entry.Text))
	var first, then []data.Ref
	consider := func(r data.Ref, names ...string) {
		if q == "" {
			first = append(first, r)
			return
		}
		best := 0
		for _, n := range append(names, r.ID) {
			n = strings.ToLower(n)
			switch {
			case strings.HasPrefix(n, q):
				best = max(best, 2)
			case strings.Contains(n, q):
				best = max(best, 1)
			}
		}
		switch best {
		case 2:
			first = append(first, r)
		case 1:
			then = append(then, r)
		}
	}
	for _, c := range s.Clusters {
		consider(data.Ref{Kind: data.RefCluster, ID: c.ID}, c.Name, c.NameEn)
	}
	for _, ev := range s.Events {
		consider(data.Ref{Kind: data.RefEvent, ID: ev.ID}, ev.Title, ev.TitleEn, ev.When)
	}
	for _, en := range s.Entities {
		consider(data.Ref{Kind: data.RefEntity, ID: en.ID}, append([]string{en.Name, en.NameEn}, en.Aliases...)...)
	}
	p.items = append(first, then...)
	p.cur = 0
	p.list.Refresh()
	if len(p.items) > 0 {
		p.list.Select(0)
	}
}

// render draws item i: a check when it is linked to the cursor's sentence.
func (p *palette) render(i int, row *fyne.Container) {
	s := p.e.x.Sel.Story()
	r := p.items[i]
	label := row.Objects[0].(*widget.Label)
	icon := row.Objects[1].(*widget.Icon)
	label.SetText(gui.KindLabel(r.Kind) + " · " + gui.RefLabel(s, r))
	if c := p.e.cursor(); c >= 0 && edit.Linked(s, r, c) {
		icon.SetResource(theme.CheckButtonCheckedIcon())
	} else {
		icon.SetResource(theme.CheckButtonIcon())
	}
}

// toggle links the highlighted item to the cursor's sentence, or unlinks.
func (p *palette) toggle() {
	c := p.e.cursor()
	if c < 0 || p.cur >= len(p.items) {
		return
	}
	p.e.Do(edit.ToggleLink(p.items[p.cur], c))
	p.list.Refresh()
	// The explorer under the palette was rebuilt: keep typing here.
	p.e.win.Canvas().Focus(p.entry)
}

// paint chooses the highlighted item as the paint target and closes.
func (p *palette) paint() {
	if p.cur >= len(p.items) {
		return
	}
	p.e.paint = p.items[p.cur]
	p.Close()
	p.e.bar.update()
}

// move highlights the item d places down (or up).
func (p *palette) move(d int) {
	if len(p.items) == 0 {
		return
	}
	p.cur = min(max(p.cur+d, 0), len(p.items)-1)
	p.list.Select(p.cur)
}

// paletteEntry is the palette's filter field: it also takes the keys
// that move through the list and close the palette, so the hands stay on
// the keyboard.
type paletteEntry struct {
	widget.Entry
	p *palette
}

func newPaletteEntry(p *palette) *paletteEntry {
	e := &paletteEntry{p: p}
	e.ExtendBaseWidget(e)
	return e
}

func (e *paletteEntry) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDown:
		e.p.move(+1)
	case fyne.KeyUp:
		e.p.move(-1)
	case fyne.KeyEscape:
		e.p.Close()
	default:
		e.Entry.TypedKey(k)
	}
}

func (e *paletteEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.KeyName == fyne.KeyReturn && cs.Modifier == fyne.KeyModifierControl {
		e.p.paint()
		return
	}
	e.Entry.TypedShortcut(s)
}
