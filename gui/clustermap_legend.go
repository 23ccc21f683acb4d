package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
)

// A first-time viewer meets the map without a guide, so it says what it
// is and how to read it: a title, and a legend for the tiers, the counts
// ("18 句" is how many sentences mention the cluster) and the placeholders
// (members the article counts but does not name).

// cmLegendText is the legend under the map's title.
func cmLegendText() string {
	return T("map.legend", "每行一层：2 个万亿级、9 个千亿级集群，6 个未来产业，X 条新赛道。“18 句”= 文中提到该集群的句子数；“文中未列出”= 文中计入但没有点名的成员。点集群看相关句子。")
}

// newCMLegend returns the map's title and legend for story s.
func newCMLegend(s *data.Story) *widget.RichText {
	r := widget.NewRichText()
	r.Wrapping = fyne.TextWrapWord
	setCMLegend(r, s)
	return r
}

// setCMLegend fills the legend for story s. An article none of whose
// sentences mentions a cluster (an imported exhibition text on Liangzhu)
// gets the map all the same, as the plan for reference, and the legend
// says so first: a map of 0 句 everywhere would otherwise read as broken.
func setCMLegend(r *widget.RichText, s *data.Story) {
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: T("map.title", "“296X”先进制造业集群"), Style: widget.RichTextStyle{
			SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: true}, ColorName: theme.ColorNameForeground}},
	}
	if !cmAnyLinked(s) {
		segs = append(segs, &widget.TextSegment{Text: T("map.noneLinked", "本文没有句子提到这些集群；地图列出整个体系，供对照。"),
			Style: widget.RichTextStyle{ColorName: theme.ColorNameForeground, SizeName: theme.SizeNameCaptionText}})
	}
	segs = append(segs, &widget.TextSegment{Text: cmLegendText(), Style: widget.RichTextStyle{ColorName: ColorCaption, SizeName: theme.SizeNameCaptionText}})
	r.Segments = segs
	r.Refresh()
}

// cmAnyLinked reports whether a sentence of s mentions a cluster.
func cmAnyLinked(s *data.Story) bool {
	for _, c := range s.Clusters {
		if len(c.Passages) > 0 {
			return true
		}
	}
	return false
}

// cmWordBreaks lists names whose lines may break only between words:
// the general rules of package wrap break Chinese between any two
// characters ("文中未 / 列出"), and a two-word label reads right only as
// "文中 / 未列出".
var cmWordBreaks = map[string][]string{data.UnnamedName: {"文中", "未列出"}}

// cmUnnamedExplanation says, in the interface language, why a placeholder
// has no name: shown when it is tapped or hovered.
func cmUnnamedExplanation(s *data.Story, tier string) string {
	size, named := 0, 0
	for _, t := range s.Tiers {
		if t.ID == tier {
			size = t.Size
		}
	}
	for _, ci := range s.TierClusters(tier) {
		if s.Clusters[ci].InArticle {
			named++
		}
	}
	return T("map.unnamed", "文中说这一层有 {{.Size}} 个集群，只点名了 {{.Named}} 个；其余的名字文中没有写，这里不作猜测。",
		map[string]any{"Size": size, "Named": named})
}
