package gui

import "github.com/qiusuo/qiusuo/data"

// PrecisionLabel names how exactly the article dates an event, in the
// words a Chinese reader expects next to the date.
func PrecisionLabel(p data.Precision) string {
	switch p {
	case data.PrecisionDay:
		return T("precision.day", "日")
	case data.PrecisionMonth:
		return T("precision.month", "月")
	case data.PrecisionHoliday:
		return T("precision.holiday", "节日")
	case data.PrecisionSeason:
		return T("precision.season", "季节")
	case data.PrecisionYearEnd:
		return T("precision.year-end", "年末")
	case data.PrecisionYear:
		return T("precision.year", "年")
	case data.PrecisionMonthPart:
		return T("precision.month-part", "旬")
	case data.PrecisionQuarter:
		return T("precision.quarter", "季度")
	case data.PrecisionHalfYear:
		return T("precision.half-year", "半年")
	case data.PrecisionYearPart:
		return T("precision.year-part", "年内时段")
	case data.PrecisionRange:
		return T("precision.range", "时段")
	case data.PrecisionPlanPeriod:
		return T("precision.plan-period", "规划期")
	case data.PrecisionMultiYear:
		return T("precision.multi-year", "多年")
	case data.PrecisionVague:
		return T("precision.vague", "模糊")
	}
	return string(p)
}

func tierLabel(s *data.Story, tier string) string {
	for _, t := range s.Tiers {
		if t.ID == tier {
			return "“" + t.ID + "” " + Pick(t.Name, t.NameEn)
		}
	}
	return tier
}

// tierShort is a tier's short name for a link: "万亿级集群" /
// "Trillion-yuan cluster" for the tiers of the 296X plan, else the tier's
// own name.
func tierShort(s *data.Story, tier string) string {
	switch tier {
	case "2":
		return T("tier.short.2", "万亿级集群")
	case "9":
		return T("tier.short.9", "千亿级集群")
	case "6":
		return T("tier.short.6", "未来产业")
	case "X":
		return T("tier.short.X", "新赛道")
	}
	for _, t := range s.Tiers {
		if t.ID == tier {
			return Pick(t.Name, t.NameEn)
		}
	}
	return tier
}

// entityKindLabel names an entity's kind (the story file's "kind").
func entityKindLabel(k string) string {
	switch k {
	case "company":
		return T("kind.company", "企业")
	case "institution":
		return T("kind.institution", "机构")
	case "platform":
		return T("kind.platform", "平台")
	case "media":
		return T("kind.media", "媒体")
	case "government":
		return T("kind.government", "政府部门")
	case "fund":
		return T("kind.fund", "基金")
	case "product":
		return T("kind.product", "产品")
	case "group":
		return T("kind.group", "企业群体")
	case "person":
		return T("kind.person", "人物")
	case "place":
		return T("kind.place", "地点")
	case "work":
		return T("kind.work", "作品")
	case "document":
		return T("kind.document", "文件")
	case "brand":
		return T("kind.brand", "品牌")
	}
	return k
}

// RefLabel is the short display name of a ref: an event's title, a
// cluster's or entity's name, a fact's figure, a passage's id.
func RefLabel(s *data.Story, r data.Ref) string {
	i := s.Index(r)
	if i < 0 {
		return r.String()
	}
	switch r.Kind {
	case data.RefEvent:
		return Pick(s.Events[i].Title, s.Events[i].TitleEn)
	case data.RefCluster:
		return Pick(s.Clusters[i].Name, s.Clusters[i].NameEn)
	case data.RefEntity:
		return Pick(s.Entities[i].Name, s.Entities[i].NameEn)
	case data.RefFact:
		return s.Facts[i].Figure
	case data.RefStop:
		return Pick(s.Tour[i].Title, s.Tour[i].TitleEn)
	case data.RefTerm:
		return s.Glossary[i].Term
	}
	return r.ID
}

// DateBasisLabel says where an event's calendar interval comes from, beside
// the date as printed (which stays the event's primary date): the
// interval, then how it was obtained — stated in the text, reckoned from
// the publication date, or from the lunar calendar.
func DateBasisLabel(d *data.DateInterval) string {
	span := d.From
	if d.To != d.From {
		span += " – " + d.To
	}
	var basis string
	switch d.Basis {
	case data.BasisStated:
		basis = T("date.basis.stated", "文中写明")
	case data.BasisPublished:
		basis = T("date.basis.published", "据发布日期推算")
	case data.BasisLunar:
		basis = T("date.basis.lunar", "按农历换算")
	default:
		basis = d.Basis
	}
	return T("date.resolved", "日历：{{.Span}}（{{.Basis}}）", map[string]any{"Span": span, "Basis": basis})
}

// KindLabel names a kind of linked item (事件, 集群, 实体 …) in the
// interface language, as the details card's links do.
func KindLabel(k data.RefKind) string {
	if k == data.RefStop { // not a chip's: stops are named only by the editor
		return T("kind.stop", "讲解站")
	}
	return chipPrefix(k)
}
