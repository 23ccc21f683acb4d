package handout

// labels are the handout's words in one language.
type labels struct {
	kicker, source, published, unknownDate, timeline, timelineNote, clusterMap, mapNote    string
	events, entities, facts, page, sentences, notNamed, calendar, noCalendar               string
	basis                                                                                  map[string]string
	precision                                                                              map[string]string
	public, entName, entKind, entClusters, entSentences, factFigure, factCounts, factWhere string
	kinds                                                                                  map[string]string
	noEntities, noFacts, publicNote                                                        string
}

var zh = labels{
	kicker: "求索 Qiusuo · 讲义", source: "来源", published: "发布日期", unknownDate: "发布日期不详",
	timeline: "时间线", timelineNote: "按时间顺序排列；间距不表示时长。日期为文中所写。",
	clusterMap: "产业集群图", mapNote: "色块为层级，卡片为文中的集群，数字为相关句数；虚线框为文中提到数量但未列出名称的集群。",
	events: "事件与原文", entities: "企业与机构", facts: "文中数字", page: "第 %d 页 / 共 %s 页",
	sentences: "句", notNamed: "文中未列出", calendar: "日历日期", noCalendar: "文章未给出可定位的日历日期",
	basis:     map[string]string{"stated": "文中写明", "published": "按发布日期推算", "lunar": "农历换算"},
	precision: map[string]string{"day": "日", "month": "月", "holiday": "节日", "season": "季节", "year-end": "年末", "year": "年", "month-part": "旬", "quarter": "季度", "half-year": "半年", "year-part": "年内", "range": "时段", "plan-period": "规划期", "multi-year": "多年", "vague": "未定"},
	public:    "公开资料", entName: "名称", entKind: "类别", entClusters: "相关集群", entSentences: "句数",
	factFigure: "数字", factCounts: "所指", factWhere: "句",
	kinds:      map[string]string{"company": "企业", "institution": "机构", "platform": "平台", "media": "媒体", "government": "政府", "fund": "基金", "product": "产品", "place": "地点", "person": "人物", "event": "活动", "group": "群体", "document": "文件"},
	noEntities: "本文未标注企业与机构。", noFacts: "本文未标注数字。",
	publicNote: "标“公开资料”的内容不是文章所写，是依据公开资料补充的。",
}

var en = labels{
	kicker: "Qiusuo 求索 · Handout", source: "Source", published: "Published", unknownDate: "Publication date unknown",
	timeline: "Timeline", timelineNote: "In time order; spacing does not show duration. Dates as the article prints them.",
	clusterMap: "Cluster map", mapNote: "Bands are tiers, cards the clusters the article names, numbers the linked sentences; dashed boxes are members the article counts but does not name.",
	events: "Events and the text", entities: "Companies and institutions", facts: "Figures in the text", page: "Page %d of %s",
	sentences: "sent.", notNamed: "Not named", calendar: "Calendar", noCalendar: "The article gives no date that fixes this on a calendar",
	basis:     map[string]string{"stated": "stated in full", "published": "from the publication date", "lunar": "converted from the lunar calendar"},
	precision: map[string]string{"day": "day", "month": "month", "holiday": "holiday", "season": "season", "year-end": "year end", "year": "year", "month-part": "part of month", "quarter": "quarter", "half-year": "half year", "year-part": "part of year", "range": "range", "plan-period": "plan period", "multi-year": "years", "vague": "vague"},
	public:    "Public knowledge", entName: "Name", entKind: "Kind", entClusters: "Clusters", entSentences: "Sent.",
	factFigure: "Figure", factCounts: "What it counts", factWhere: "Sentence",
	kinds:      map[string]string{},
	noEntities: "No companies or institutions are marked in this story.", noFacts: "No figures are marked in this story.",
	publicNote: "Items marked “Public knowledge” are not in the article: they were added from public sources.",
}
