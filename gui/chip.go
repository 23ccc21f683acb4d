package gui

import (
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// chip is a small button that selects one linked item. The kind is spelt
// out in a prefix (事件, 集群 …) so the link reads without colour.
type chip struct {
	widget.Button
	ref data.Ref
}

var chipPrefix = map[data.RefKind]string{
	data.RefEvent: "事件", data.RefCluster: "集群", data.RefEntity: "实体", data.RefFact: "数字",
}

func newChip(sel *Selection, r data.Ref) *chip {
	c := &chip{ref: r}
	c.Text = chipPrefix[r.Kind] + " · " + RefLabel(sel.Story(), r)
	if r.Kind == data.RefCluster {
		if i := sel.Story().Index(r); i >= 0 {
			c.Text = chipPrefix[r.Kind] + " " + sel.Story().Clusters[i].Tier + " · " + RefLabel(sel.Story(), r)
		}
	}
	c.Importance = widget.LowImportance
	c.OnTapped = func() { sel.Select(r) }
	c.ExtendBaseWidget(c)
	return c
}
