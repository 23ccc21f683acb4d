package editor

import (
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// EditCluster opens the form for the selected cluster: its display names
// for this story, and whether the article names it. Marking a member "not
// named in the article" unlinks its sentences (a link would say the
// article names it); the form says so before the person confirms.
func (e *Editor) EditCluster() {
	s, r, i, ok := e.selected(data.RefCluster)
	if !ok {
		return
	}
	c := s.Clusters[i]
	name, nameEn := entryWith(c.Name), entryWith(c.NameEn)
	unnamed := widget.NewCheck(gui.T("edit.cluster.unnamed", "文中未点名（不链接任何句子）"), nil)
	unnamed.SetChecked(!c.InArticle)
	unnamedItem := widget.NewFormItem("", unnamed)
	if len(c.Passages) > 0 {
		unnamedItem.HintText = gui.T("edit.cluster.unnamed.hint", "勾选会移除它的 {{.N}} 个句子链接", map[string]any{"N": len(c.Passages)})
	}
	nameItem := widget.NewFormItem(gui.T("edit.cluster.name", "名称"), name)
	items := []*widget.FormItem{nameItem,
		widget.NewFormItem(gui.T("edit.cluster.name_en", "英文名"), nameEn),
		unnamedItem}
	e.newForm(gui.T("edit.cluster.edit", "编辑集群成员"), items, map[string]*widget.FormItem{"name": nameItem}, func() error {
		return e.try(edit.SetCluster(r.ID, name.Text, nameEn.Text, !unnamed.Checked))
	}).show()
}
