package editor

import (
	"fmt"
	"image/color"
	"slices"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// bar is the edit bar above the explorer. Its coloured band says, in
// words and not colour alone, that the window is editing; below it, the
// sentence under the cursor and what it is linked to.
type bar struct {
	e       *Editor
	content *fyne.Container

	band             *canvas.Rectangle
	mode, status     *widget.Label
	undo, redo, save *widget.Button
	sentence         *widget.Label
	links            *fyne.Container
	paint            *widget.Label
	addLink, event   *widget.Button
	stop             *widget.Button
	fact, term       *widget.Button
	// actions are the edits of what is selected (an entity, a cluster,
	// an event, a figure, a term), rebuilt as the selection changes.
	actions     *fyne.Container
	actionSets  map[data.RefKind][]fyne.CanvasObject
	chipsKey    []string // what the link chips show now
	row         *fyne.Container
	linksScroll *container.Scroll
	// broken lists the links the article no longer supports (a story
	// opened leniently after its article changed), with a count.
	broken *widget.Button
}

func newBar(e *Editor) *bar {
	b := &bar{e: e}
	b.band = canvas.NewRectangle(theme.Color(theme.ColorNameWarning))
	b.mode = widget.NewLabelWithStyle(gui.T("edit.mode", "编辑模式"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	b.status = widget.NewLabel("")
	b.undo = widget.NewButtonWithIcon(gui.T("edit.undo", "撤销"), theme.ContentUndoIcon(), e.Undo)
	b.redo = widget.NewButtonWithIcon(gui.T("edit.redo", "重做"), theme.ContentRedoIcon(), e.Redo)
	b.save = widget.NewButtonWithIcon(gui.T("edit.save", "保存"), theme.DocumentSaveIcon(), e.Save)
	b.save.Importance = widget.HighImportance
	b.sentence = widget.NewLabel("")
	b.sentence.Truncation = fyne.TextTruncateEllipsis
	b.links = container.NewHBox()
	b.paint = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	b.addLink = widget.NewButtonWithIcon(gui.T("edit.link", "链接… Ctrl+L"), theme.ContentAddIcon(), e.OpenPalette)
	b.event = widget.NewButton(gui.T("edit.event.new", "从此句建事件"), e.NewEventFromSentence)
	b.stop = widget.NewButton(gui.T("edit.tour.add", "加入讲解路线"), e.AddStop)
	b.fact = widget.NewButton(gui.T("edit.fact.new.short", "数字…"), e.NewFact)
	b.term = widget.NewButton(gui.T("edit.term.new.short", "术语…"), e.NewTerm)
	b.actions = container.NewHBox()
	b.broken = widget.NewButtonWithIcon("", theme.WarningIcon(), e.ShowProblems)
	b.broken.Importance = widget.DangerImportance
	b.broken.Hide()
	tour := widget.NewButton(gui.T("edit.tour.open", "讲解路线…"), e.OpenTour)
	entity := widget.NewButton(gui.T("edit.entity.new.short", "新建实体…"), e.NewEntity)
	top := container.NewStack(b.band, container.NewBorder(nil, nil, container.NewHBox(b.mode, b.status, b.broken),
		container.NewHBox(entity, tour, b.undo, b.redo, b.save)))
	sentence := container.NewBorder(nil, nil, nil, container.NewHBox(b.addLink, b.event, b.fact, b.term, b.stop), b.sentence)
	b.linksScroll = container.NewHScroll(container.NewHBox(b.paint, b.links))
	b.row = container.NewBorder(nil, nil, nil, b.actions, b.linksScroll)
	b.content = container.NewVBox(top, sentence, b.row)
	return b
}

// cursor is the passage the bar edits: the selected sentence, or the
// focused one of a selection's highlighted sentences; -1 if none.
func (e *Editor) cursor() int {
	st := e.x.Sel.Current()
	s := e.x.Sel.Story()
	if st.Ref.Kind == data.RefPassage {
		return s.Article.PassageIndex(st.Ref.ID)
	}
	if st.Focus >= 0 && st.Focus < len(st.Passages) {
		return st.Passages[st.Focus]
	}
	return -1
}

// update shows the draft's state and the cursor's sentence and links.
func (b *bar) update() {
	e, d := b.e, b.e.draft
	switch {
	case d.Dirty():
		b.status.SetText(gui.T("edit.status.unsaved", "有未保存的修改"))
	case d.Story().IsDraft():
		b.status.SetText(gui.T("edit.status.draft", "已存为草稿：{{.N}} 个失效链接待修复",
			map[string]any{"N": len(d.Story().Unresolved)}))
	default:
		b.status.SetText(gui.T("edit.status.saved", "已保存"))
	}
	setEnabled(b.undo, d.CanUndo())
	setEnabled(b.redo, d.CanRedo())
	b.band.FillColor = bandColor()
	b.band.Refresh()

	s := e.x.Sel.Story()
	p := e.cursor()
	var chips []fyne.CanvasObject
	var chipsKey []string
	if p < 0 {
		b.sentence.SetText(gui.T("edit.cursor.none", "用 ↓ ↑ 或点击选一个句子，再为它添加链接"))
		setEnabled(b.addLink, false)
		setEnabled(b.event, false)
		setEnabled(b.fact, false)
		setEnabled(b.term, false)
	} else {
		b.sentence.SetText("「" + quote(s.Article.Passages[p].Text, 40) + "」")
		setEnabled(b.addLink, true)
		setEnabled(b.event, true)
		setEnabled(b.fact, true)
		setEnabled(b.term, true)
		for _, r := range s.Backlinks(p) {
			if r.Kind != data.RefEvent && r.Kind != data.RefCluster && r.Kind != data.RefEntity {
				continue
			}
			label := gui.KindLabel(r.Kind) + " · " + gui.RefLabel(s, r)
			chipsKey = append(chipsKey, fmt.Sprint(p, r, label))
			if slices.Equal(chipsKey, b.chipsKey[:min(len(chipsKey), len(b.chipsKey))]) {
				continue // the same chips as before: kept below
			}
			r := r
			chip := widget.NewButtonWithIcon(label, theme.CancelIcon(), func() {
				e.Do(edit.ToggleLink(r, p))
			})
			chip.Importance = widget.LowImportance
			chips = append(chips, chip)
		}
	}
	// Rebuild the chips only when they change: a new icon button costs
	// its SVG icon, and an edit elsewhere leaves this sentence's links.
	if !slices.Equal(chipsKey, b.chipsKey) {
		k := 0
		for k < len(chipsKey) && k < len(b.chipsKey) && chipsKey[k] == b.chipsKey[k] {
			k++
		}
		b.links.Objects = append(b.links.Objects[:k], chips[len(chips)-(len(chipsKey)-k):]...)
		b.chipsKey = chipsKey
		// Lay the chips out again. Not Refresh: that would refresh every
		// chip, re-colouring each icon (most of an edit's bar cost).
		inner := b.linksScroll.Content
		inner.Resize(inner.MinSize().Max(fyne.NewSize(0, b.linksScroll.Size().Height)))
		b.linksScroll.Resize(b.linksScroll.Size())
	}
	setEnabled(b.stop, !e.x.Sel.Current().Ref.IsZero())
	shown := b.paint.Visible() || b.broken.Visible()
	defer func() {
		if (b.paint.Visible() || b.broken.Visible()) != shown {
			b.content.Refresh() // lay the rows out again (rare: paint mode, broken links)
		}
	}()
	if e.paint.IsZero() {
		b.paint.SetText("")
		b.paint.Hide()
	} else {
		b.paint.SetText(gui.T("edit.paint.on", "涂抹：{{.Target}} — 点句子添加或移除，Esc 结束",
			map[string]any{"Target": gui.KindLabel(e.paint.Kind) + " · " + gui.RefLabel(s, e.paint)}))
		b.paint.Show()
	}
	b.updateActions()
	b.updateBroken()
}

// updateActions offers the edits of the selected item. The buttons of
// each kind are made once: a new icon button re-reads its SVG icon, which
// was a measurable part of every edit.
func (b *bar) updateActions() {
	kind := b.e.x.Sel.Current().Ref.Kind
	if b.actionSets == nil {
		b.actionSets = b.makeActions()
	}
	objs := b.actionSets[kind]
	if len(objs) == len(b.actions.Objects) && (len(objs) == 0 || objs[0] == b.actions.Objects[0]) {
		return
	}
	b.actions.Objects = objs
	b.row.Refresh() // the actions' width changed: lay the row out again
}

// makeActions builds the action buttons of each kind of item.
func (b *bar) makeActions() map[data.RefKind][]fyne.CanvasObject {
	e := b.e
	btn := func(label string, icon fyne.Resource, f func()) fyne.CanvasObject {
		return widget.NewButtonWithIcon(label, icon, f)
	}
	edit := gui.T("edit.item.edit", "编辑…")
	del := func() fyne.CanvasObject {
		return btn(gui.T("edit.item.delete", "删除"), theme.DeleteIcon(), e.DeleteSelected)
	}
	return map[data.RefKind][]fyne.CanvasObject{
		data.RefEntity: {btn(edit, theme.DocumentCreateIcon(), e.EditEntity),
			btn(gui.T("edit.entity.merge.short", "合并…"), theme.ContentCopyIcon(), e.MergeEntity), del()},
		data.RefCluster: {btn(edit, theme.DocumentCreateIcon(), e.EditCluster)},
		data.RefEvent: {btn(edit, theme.DocumentCreateIcon(), e.EditEvent),
			btn(gui.T("edit.event.up", "前移"), theme.MoveUpIcon(), func() { e.MoveEvent(-1) }),
			btn(gui.T("edit.event.down", "后移"), theme.MoveDownIcon(), func() { e.MoveEvent(+1) }), del()},
		data.RefFact: {btn(edit, theme.DocumentCreateIcon(), e.EditFact), del()},
		data.RefTerm: {btn(edit, theme.DocumentCreateIcon(), e.EditTerm), del()},
	}
}

// bandColor is the edit band's colour: the theme's warning colour, pale
// enough that the foreground text on it keeps its contrast.
func bandColor() color.Color {
	r, g, bl, _ := theme.Color(theme.ColorNameWarning).RGBA()
	bg := theme.Color(theme.ColorNameBackground)
	br, bgg, bb, _ := bg.RGBA()
	mix := func(a, b uint32) uint8 { return uint8((a*35 + b*65) / 100 >> 8) }
	return color.NRGBA{R: mix(r, br), G: mix(g, bgg), B: mix(bl, bb), A: 255}
}

// setEnabled enables or disables w if that changes it: Fyne redraws a
// button's icon on every Enable and Disable, which showed in the cost of
// an edit.
func setEnabled(w fyne.Disableable, on bool) {
	switch {
	case on && w.Disabled():
		w.Enable()
	case !on && !w.Disabled():
		w.Disable()
	}
}

// quote is the start of a sentence, at most n characters.
func quote(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
