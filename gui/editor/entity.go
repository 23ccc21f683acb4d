package editor

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// entityKinds are the kinds the story file uses, in the order the form
// offers them.
var entityKinds = []string{"company", "institution", "platform", "media", "government", "fund", "product", "group"}

// kindSelect chooses an entity kind by its label.
func kindSelect(kind string) (*widget.Select, func() string) {
	labels := make([]string, len(entityKinds))
	for i, k := range entityKinds {
		labels[i] = kindName(k)
	}
	sel := widget.NewSelect(labels, nil)
	for i, k := range entityKinds {
		if k == kind {
			sel.SetSelectedIndex(i)
		}
	}
	if sel.SelectedIndex() < 0 {
		sel.SetSelectedIndex(0)
	}
	return sel, func() string { return entityKinds[max(sel.SelectedIndex(), 0)] }
}

// kindName is a kind's label, with the explorer's translation keys.
func kindName(k string) string {
	names := map[string]string{"company": "企业", "institution": "机构", "platform": "平台", "media": "媒体",
		"government": "政府部门", "fund": "基金", "product": "产品", "group": "企业群体"}
	return gui.T("kind."+k, names[k])
}

// inArticle reports whether some sentence of the article contains text.
func inArticle(s *data.Story, text string) bool {
	for _, p := range s.Article.Passages {
		if strings.Contains(p.Text, text) {
			return true
		}
	}
	return false
}

// selected is the story shown, the selected item and its index, if it is
// of kind k: the form and action for a kind of item act only on one.
func (e *Editor) selected(k data.RefKind) (s *data.Story, r data.Ref, i int, ok bool) {
	s, r = e.x.Sel.Story(), e.x.Sel.Current().Ref
	i = s.Index(r)
	return s, r, i, r.Kind == k && i >= 0
}

// selectedEntity is the index of the selected entity, or -1.
func (e *Editor) selectedEntity() int {
	r := e.x.Sel.Current().Ref
	if r.Kind != data.RefEntity {
		return -1
	}
	return e.x.Sel.Story().Index(r)
}

// NewEntity opens the form for a new entity. The reader has no text
// selection, so the name is prefilled with what is selected (an entity's
// name, else a cluster's) for the person to shorten to the words the
// article prints; the entity is linked to every sentence containing it.
func (e *Editor) NewEntity() {
	s := e.x.Sel.Story()
	prefill := ""
	if r := e.x.Sel.Current().Ref; r.Kind == data.RefEntity || r.Kind == data.RefCluster || r.Kind == data.RefTerm {
		prefill = gui.RefLabel(s, r)
	}
	name := entryWith(prefill)
	nameEn := newField()
	kind, kindOf := kindSelect("company")
	nameItem := widget.NewFormItem(gui.T("edit.entity.name", "名称（文中写法）"), name)
	nameItem.HintText = gui.T("edit.entity.name.hint", "链接到所有含此名称的句子")
	items := []*widget.FormItem{nameItem,
		widget.NewFormItem(gui.T("edit.entity.name_en", "英文名"), nameEn),
		widget.NewFormItem(gui.T("edit.entity.kind", "类型"), kind)}
	e.newForm(gui.T("edit.entity.new", "新建实体"), items, map[string]*widget.FormItem{"name": nameItem}, func() error {
		n := strings.TrimSpace(name.Text)
		if n == "" {
			return fmt.Errorf(`missing field "name"`)
		}
		if !inArticle(s, n) {
			return fmt.Errorf("name %q is not in the article: an entity is named as the article names it", n)
		}
		op, id := edit.AddEntity(s, n, kindOf())
		if err := e.try(op); err != nil {
			return err
		}
		if en := strings.TrimSpace(nameEn.Text); en != "" {
			st := e.draft.Story()
			f := edit.EntityFieldsOf(&st.Entities[st.Index(data.Ref{Kind: data.RefEntity, ID: id})])
			f.NameEn = en
			e.try(edit.SetEntity(id, f))
		}
		e.x.Sel.Select(data.Ref{Kind: data.RefEntity, ID: id})
		return nil
	}).show()
}

// EditEntity opens the form for the selected entity: rename, aliases (one
// per line or separated by 、), kind, note.
func (e *Editor) EditEntity() {
	s := e.x.Sel.Story()
	i := e.selectedEntity()
	if i < 0 {
		return
	}
	id := s.Entities[i].ID
	f := edit.EntityFieldsOf(&s.Entities[i])
	name, nameEn := entryWith(f.Name), entryWith(f.NameEn)
	aliases := entryWith(strings.Join(f.Aliases, "、"))
	kind, kindOf := kindSelect(f.Kind)
	note, noteEn := multiEntryWith(f.Note), multiEntryWith(f.NoteEn)
	nameItem := widget.NewFormItem(gui.T("edit.entity.name", "名称（文中写法）"), name)
	aliasItem := widget.NewFormItem(gui.T("edit.entity.aliases", "别名"), aliases)
	aliasItem.HintText = gui.T("edit.entity.aliases.hint", "用 、 分隔")
	noteItem := widget.NewFormItem(gui.T("edit.entity.note", "备注（公开资料）"), note)
	items := []*widget.FormItem{nameItem,
		widget.NewFormItem(gui.T("edit.entity.name_en", "英文名"), nameEn),
		aliasItem,
		widget.NewFormItem(gui.T("edit.entity.kind", "类型"), kind),
		noteItem,
		widget.NewFormItem(gui.T("edit.entity.note_en", "英文备注"), noteEn)}
	fields := map[string]*widget.FormItem{"name": nameItem, "aliases": aliasItem, "note": noteItem}
	e.newForm(gui.T("edit.entity.edit", "编辑实体"), items, fields, func() error {
		out := edit.EntityFields{Name: strings.TrimSpace(name.Text), NameEn: strings.TrimSpace(nameEn.Text),
			Kind: kindOf(), Aliases: splitList(aliases.Text), Note: note.Text, NoteEn: noteEn.Text}
		return e.try(edit.SetEntity(id, out))
	}).show()
}

// splitList splits a list typed as 甲、乙, 甲,乙 or one per line.
func splitList(s string) []string {
	var out []string
	for _, a := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == ',' || r == '，' || r == '\n' || r == ';' || r == '；' }) {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// MergeEntity asks which entity the selected one is the same as, from a
// list filtered as the person types, and merges the other into it: its
// name becomes an alias and its links follow (宇树 and 宇树科技 found as
// two entities become one).
func (e *Editor) MergeEntity() {
	s := e.x.Sel.Story()
	i := e.selectedEntity()
	if i < 0 {
		return
	}
	keep := s.Entities[i].ID
	var others []int
	filter := newField()
	filter.SetPlaceHolder(gui.T("edit.entity.merge.filter", "输入名称筛选 …"))
	chosen := -1
	list := widget.NewList(func() int { return len(others) },
		func() fyne.CanvasObject {
			// One line a row, cut with an ellipsis: a long English name
			// ran past the list's right edge.
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(k widget.ListItemID, o fyne.CanvasObject) {
			en := s.Entities[others[k]]
			o.(*widget.Label).SetText(en.Name + "  (" + en.ID + ")  " + en.NameEn) // the id before the English name, which may be cut
		})
	list.OnSelected = func(k widget.ListItemID) { chosen = others[k] }
	refilter := func(q string) {
		q = strings.ToLower(strings.TrimSpace(q))
		others = others[:0]
		for k, en := range s.Entities {
			if k == i {
				continue
			}
			hay := strings.ToLower(strings.Join(append([]string{en.Name, en.NameEn, en.ID}, en.Aliases...), " "))
			if q == "" || strings.Contains(hay, q) {
				others = append(others, k)
			}
		}
		chosen = -1
		list.UnselectAll()
		list.Refresh()
		if len(others) > 0 {
			list.Select(0)
		}
	}
	filter.OnChanged = refilter
	refilter("")
	item := widget.NewFormItem(gui.T("edit.entity.merge.other", "并入的实体"), filter)
	item.HintText = gui.T("edit.entity.merge.hint", "它的名称成为别名，它的链接归入「{{.Name}}」", map[string]any{"Name": s.Entities[i].Name})
	scroll := container.NewGridWrap(fyne.NewSize(560, 260), list)
	fm := e.newForm(gui.T("edit.entity.merge", "合并实体"), []*widget.FormItem{item,
		widget.NewFormItem("", scroll)}, nil, func() error {
		if chosen < 0 {
			return fmt.Errorf("%s", gui.T("edit.entity.merge.none", "没有选中要并入的实体"))
		}
		if err := e.try(edit.MergeEntities(keep, s.Entities[chosen].ID)); err != nil {
			return err
		}
		e.x.Sel.Select(data.Ref{Kind: data.RefEntity, ID: keep})
		return nil
	})
	filter.esc = func() { fm.d.Hide() }
	e.merge = &mergeState{filter: filter, list: list, choose: func(k int) { list.Select(k) }, others: &others}
	fm.show()
}

// mergeState lets tests drive the merge form.
type mergeState struct {
	filter *field
	list   *widget.List
	choose func(int)
	others *[]int
}

// DeleteSelected deletes the selected entity, event, fact or glossary
// term (what is selected decides); undo brings it back.
func (e *Editor) DeleteSelected() {
	r := e.x.Sel.Current().Ref
	var op edit.Op
	switch r.Kind {
	case data.RefEntity:
		op = edit.DeleteEntity(r.ID)
	case data.RefEvent:
		op = edit.DeleteEvent(r.ID)
	case data.RefFact:
		op = edit.DeleteFact(r.ID)
	case data.RefTerm:
		op = edit.DeleteTerm(r.ID)
	default:
		return
	}
	if e.Do(op) {
		e.x.Sel.Clear()
		e.bar.update()
	}
}
