package gui

import "github.com/qiusuo/qiusuo/data"

// PrecisionLabel names how exactly the article dates an event, in the
// words a Chinese reader expects next to the date.
func PrecisionLabel(p data.Precision) string {
	switch p {
	case data.PrecisionDay:
		return "日"
	case data.PrecisionMonth:
		return "月"
	case data.PrecisionHoliday:
		return "节日"
	case data.PrecisionSeason:
		return "季节"
	case data.PrecisionYearEnd:
		return "年末"
	case data.PrecisionYear:
		return "年"
	}
	return string(p)
}

func tierLabel(s *data.Story, tier string) string {
	for _, t := range s.Tiers {
		if t.ID == tier {
			return "“" + t.ID + "” " + t.Name
		}
	}
	return tier
}

var entityKinds = map[string]string{
	"company": "企业", "institution": "机构", "platform": "平台", "media": "媒体",
	"government": "政府部门", "fund": "基金", "product": "产品", "group": "企业群体",
}

func entityKindLabel(k string) string {
	if l, ok := entityKinds[k]; ok {
		return l
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
		return s.Events[i].Title
	case data.RefCluster:
		return s.Clusters[i].Name
	case data.RefEntity:
		return s.Entities[i].Name
	case data.RefFact:
		return s.Facts[i].Figure
	}
	return r.ID
}
