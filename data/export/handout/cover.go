package handout

import (
	"fmt"

	"github.com/qiusuo/qiusuo/data"
)

// cover draws the head of the first page: kicker, title, English title,
// source, publication date and what the story holds.
func (d *doc) cover() {
	s := d.s
	d.textAt(margin, d.y, d.l.kicker, "B", ptSmall, colPrimary)
	d.y += lineH(ptSmall) + 1.5
	title := s.Article.Title()
	if d.en && s.TitleEn != "" {
		title = s.TitleEn
	}
	d.para(margin, d.width(), title, "B", ptTitle, colInk)
	if sub := s.TitleEn; !d.en && sub != "" {
		d.para(margin, d.width(), sub, "", ptBody, colMuted)
	}
	d.y += 1.5
	if s.Source != "" {
		d.para(margin, d.width(), d.colon(d.l.source, s.Source), "", ptSmall, colMuted)
	}
	date := d.l.unknownDate
	if s.Published != "" {
		date = d.colon(d.l.published, s.Published)
	}
	counts := fmt.Sprintf("%d 个事件 · %d 个集群 · %d 个企业与机构 · %d 个数字", len(s.Events), named(s), len(s.Entities), len(s.Facts))
	if d.en {
		counts = fmt.Sprintf("%d events · %d clusters · %d companies and institutions · %d figures", len(s.Events), named(s), len(s.Entities), len(s.Facts))
	}
	d.para(margin, d.width(), date+" · "+counts, "", ptSmall, colMuted)
	d.y += 3
	d.stroke(colPrimary, 0.5)
	d.pdf.Line(margin, d.y, d.pageW-margin, d.y)
	d.y += 2
}

// named counts the clusters the article names.
func named(s *data.Story) int {
	n := 0
	for _, c := range s.Clusters {
		if c.InArticle {
			n++
		}
	}
	return n
}
