package gui

import (
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// chip is a small button that selects one linked item. The kind is spelt
// out in a prefix (事件, 集群 …) so the link reads without colour.
type chip struct {
	widget.Button
	sel *Selection
	ref data.Ref
}

var chipPrefix = map[data.RefKind]string{
	data.RefEvent: "事件", data.RefCluster: "集群", data.RefEntity: "实体", data.RefFact: "数字",
}

func newChip(sel *Selection) *chip {
	c := &chip{sel: sel}
	c.Importance = widget.LowImportance
	c.OnTapped = func() { sel.Select(c.ref) }
	c.ExtendBaseWidget(c)
	return c
}

// set points the chip at r and relabels it.
func (c *chip) set(r data.Ref) {
	s := c.sel.Story()
	c.ref = r
	text := chipPrefix[r.Kind] + " · " + RefLabel(s, r)
	if i := s.Index(r); r.Kind == data.RefCluster && i >= 0 {
		text = chipPrefix[r.Kind] + " " + s.Clusters[i].Tier + " · " + RefLabel(s, r)
	}
	c.SetText(text)
}
