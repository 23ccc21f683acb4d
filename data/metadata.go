package data

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Metadata lines: what a news page prints around an article that is not
// the article — when and where it was filed (dateline), where it came
// from (source), who wrote and edited it (byline), who took the photos
// (credit). The rules below follow how Chinese news pages write these
// lines, simplified and traditional; they never look at a particular
// outlet's name.

// metaMaxRunes bounds a metadata line: longer lines are text.
const metaMaxRunes = 60

// dateStamp is a full calendar date as datelines print it, with an
// optional time: 2025-09-28 14:21:47, 2025/2/18, 2025.02.18,
// 2025年02月18日 08:30, 2026 年 2 月 20 日, and in full-width digits
// (２０２５年２月１８日), which Chinese typesetting often uses.
var dateStamp = regexp.MustCompile(`(?:19|20|１９|２０)[0-9０-９]{2}[\s　]*(?:[-/.][\s　]*[0-9０-９]{1,2}[\s　]*[-/.][\s　]*[0-9０-９]{1,2}|年[\s　]*[0-9０-９]{1,2}[\s　]*月[\s　]*[0-9０-９]{1,2}[\s　]*日)` +
	`(?:[\s　]*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?(?:[\s　]*(?:[01０１]?[0-9０-９]|[2２][0-3０-３])[:：][0-5０-５][0-9０-９](?:[:：][0-5０-５][0-9０-９])?)?`)

// rocStamp is a date in the Republic of China's calendar as Taiwan's
// pages print it: after 民國, or as a labelled field's value (發布日期：
// 114年11月20日). A three-digit year alone is no date anywhere else.
var rocStamp = regexp.MustCompile(`(?:民國|民国)[\s　]*` + rocDate + `|[:：][\s　]*(` + rocDate + `)`)

const rocDate = `1[0-9]{2}[\s　]*年[\s　]*[0-9]{1,2}[\s　]*月[\s　]*[0-9]{1,2}[\s　]*日`

// timeOfDay tells a publication stamp (which has one) from a date in text.
var timeOfDay = regexp.MustCompile(`[0-9０-９][:：][0-5０-５][0-9０-９]`)

// rangeAfter: a date followed by 至/到/— is a period (2024年5月31日至6月12日),
// never a dateline.
var rangeAfter = regexp.MustCompile(`^[\s　]*(?:至|到|~|～|—|–|-)`)

// metaLabel opens a labelled metadata clause: 来源：新华社, 作者:记者 高瑞怡,
// 发布时间：…, 責任編輯：…
const metaLabels = `来源|來源|稿源|出处|出處|转自|轉自|转载自|轉載自|文章来源|文章來源|本文来源|本文來源|` +
	`作者|撰文|撰稿|文|图文|圖文|记者|記者|通讯员|通訊員|实习生|實習生|` +
	`责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|监制|監製|策划|策劃|主编|主編|` +
	`摄影|攝影|图|圖|视频|視頻|` +
	`发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期|` +
	`发布单位|發布單位|發佈單位|发布机关|發布機關|发文单位|發文單位|` +
	`浏览|瀏覽|浏览次数|瀏覽次數|阅读|閱讀|阅读量|閱讀量|阅读数|閱讀數|点击|點擊|点击数|點擊數|点击量|點擊量|字号|字號`

var (
	labelled = regexp.MustCompile(`(?:^|[\s　|｜])(?:` + metaLabels + `)[\s　]*[:：/／|｜][\s　]*[^\s　|｜]*`)
	// A reporter named without a colon: 记者 王逸飞, 本报记者王逸飞.
	reporter = regexp.MustCompile(`(^|[\s　|｜:：])[\p{Han}A-Za-z]{0,8}?(?:记者|記者|通讯员|通訊員|实习生|實習生)[\s　]*\p{Han}{2,4}(?:[\s　、]+\p{Han}{2,4})*(?:$|[\s　|｜])`)
)

// pageCounter: the page's buttons and counters printed on the dateline's
// line (评论(23), 分享, 打印, 字号：大 中 小 is a label already).
var pageCounter = regexp.MustCompile(`(^|[\s　|｜])(?:评论|評論|跟帖|参与|參與|收藏|分享|打印|点赞|點讚|點贊|转发|轉發)[\s　]*(?:[(（][0-9０-９]*[)）]|[0-9０-９]+)?(?:$|[\s　|｜])`)

// bareLabel: words a dateline puts before its date without a colon
// (发布于 2025-02-18, 原创 张三 科技日报 2025年02月18日 08:30 北京).
// Only right before the date, or 原创 opening the line: "2025年1月20日
// 发布DeepSeek" is a date and an event.
var bareLabel = regexp.MustCompile(`(?:(?:发布于|發佈於|發布於|发表于|發表於|更新于|更新於|发布|發布|發佈)[\s　]*(` + stampMark + `)|^(?:原创|原創)[\s　])`)

// sourceLine: 来源：中国网 (a source clause opens the line). 原标题：… (the
// headline the story had where it was first published) is provenance too,
// and must not be taken for this page's title.
var sourceLine = regexp.MustCompile(`^(?:来源|來源|稿源|出处|出處|转自|轉自|转载自|轉載自|文章来源|文章來源|本文来源|本文來源|` +
	`本文转自|本文轉自|本文转载自|本文轉載自|稿件来源|稿件來源|消息来源|消息來源|原标题|原標題)[\s　]*[:：]`)

// bylineLine: a labelled author or editor, a reporter's name (after an
// outlet's: 澎湃新闻记者 王心), an editor's name.
var bylineLine = regexp.MustCompile(`^(?:(?:作[\s　]*者|撰文|撰稿|文|图文|圖文|文图|文圖|记者|記者|本报记者|本報記者|通讯员|通訊員|实习生|實習生|` +
	`责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|监制|監製|主编|主編)[\s　]*[:：/／|｜]|` +
	`[\p{Han}A-Za-z]{0,8}?(?:记者|記者|通讯员|通訊員|实习生|實習生)[\s　]*\p{Han}{2,4}(?:$|[\s　、])|` +
	`(?:责任编辑|責任編輯|责编|責編|编辑|編輯)[\s　]+\p{Han}{2,4}$)`)

// agencyDateline is the dateline that opens a wire story's first
// paragraph: 中新网杭州12月18日电, 新华社北京1月5日电, 本报杭州12月18日讯,
// 中央社記者王大明台北20日電 — an agency or place, a day, 电 or 讯.
var agencyDateline = regexp.MustCompile(`^[^\s　，。、；：:！？（）()“”《》]{2,20}?(?:(?:[0-9０-９]{1,2}|[〇一二三四五六七八九十]{1,3})月)?(?:[0-9０-９]{1,2}|[〇一二三四五六七八九十]{1,3})日(?:电|電|讯|訊)`)

// wordsWithDian are words that begin with 电 (电影, 电力 …): "12月18日电影节"
// is a sentence, not a dateline.
const wordsWithDian = "力视視话話影池子脑腦商网網动動竞競器价價量能气氣车車路源站厂廠台邮郵报報讯訊梯缆纜流压壓告贺賀邀询詢"

// outletSuffix ends the name of a news outlet printed beside a date;
// latinName is an outlet named in Latin letters (CGTN, China Daily).
var (
	outletSuffix = regexp.MustCompile(`(?:网|網|社|报|報|新闻|新聞|中心|频道|頻道|客户端|客戶端|电视台|電視台|号|號|传媒|傳媒|周刊|週刊|杂志|雜誌|日报|日報|晚报|晚報|时报|時報)$`)
	latinName    = regexp.MustCompile(`^[A-Za-z][A-Za-z .&]*$`)
)

// stampMark stands in for the date stamp while the rest of a line is read.
const stampMark = "\x00"

// unbracket drops brackets around a whole line: （摄影：张三）, 【来源：新华社】.
func unbracket(s string) string {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}, {"〔", "〕"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			return strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		}
	}
	return s
}

// metaCandidate is a line short and bare enough to be metadata: no
// sentence punctuation (a sentence that begins with a date is text).
func metaCandidate(b *block) bool {
	return b.runes <= metaMaxRunes && !strings.ContainsAny(b.text, "。！？!?；，,")
}

// datelineKind reports whether the line is a dateline and whether it is a
// bare date (no time, label, source or outlet: 2024年5月31日 under a
// notice's signature), which is a dateline only when it is the article's
// one such line (see classify).
func datelineKind(s string) (dateline, bare bool) {
	if m := embeddedDateline(s); m != "" && m == s {
		return true, false
	}
	loc := dateStamp.FindStringIndex(s)
	if loc == nil {
		if m := rocStamp.FindStringSubmatchIndex(s); m != nil {
			loc = m[0:2] // 民國114年11月20日
			if m[2] >= 0 {
				loc = m[2:4] // the value of 發布日期：114年11月20日
			}
		}
	}
	if loc == nil || rangeAfter.MatchString(s[loc[1]:]) {
		return false, false
	}
	hasTime := timeOfDay.MatchString(s[loc[0]:loc[1]])
	// The stamp becomes a placeholder so that a label keeps its value
	// (时间：2025年5月31日 地点：杭州 leaves 地点：杭州, not "").
	rest := s[:loc[0]] + stampMark + s[loc[1]:]
	rest = reporter.ReplaceAllString(rest, "$1 ")
	rest = bareLabel.ReplaceAllString(rest, "$1 ")
	rest = labelled.ReplaceAllString(rest, " ")
	rest = pageCounter.ReplaceAllString(rest, "$1 ")
	rest = strings.ReplaceAll(rest, stampMark, " ")
	rest = strings.Trim(rest, " 　|｜·/／-—:：")
	switch {
	case rest == "":
		return true, !hasTime && len(s) == loc[1]-loc[0]
	case strings.ContainsAny(rest, "：:“”‘’《》「」（）()"):
		return false, false // a heading such as 2025年1月20日：… or a date with text
	case utf8.RuneCountInString(rest) <= 10 && (outletSuffix.MatchString(lastWord(rest)) || latinName.MatchString(rest)):
		return true, false // 鉅亨網新聞中心 2026-02-20 11:30
	case hasTime && utf8.RuneCountInString(rest) <= 12:
		return true, false // any short name beside a timestamp
	}
	return false, false
}

func lastWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '　' || r == '|' || r == '｜' })
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// metaKind returns the kind of a metadata line, or "" for any other line.
// A line with both a date stamp and a source (2025-02-18 09:30 来源:九派新闻)
// is a dateline: its date is what the importer needs from it.
func metaKind(b *block) (k Kind, bareDate bool) {
	if !metaCandidate(b) {
		// The seed's bylines and credits keep their older, wider rules.
		switch {
		case isByline(b):
			return KindByline, false
		case isCredit(b):
			return KindCredit, false
		}
		return "", false
	}
	s := unbracket(b.text)
	if d, bare := datelineKind(s); d {
		return KindDateline, bare
	}
	switch {
	case sourceLine.MatchString(s):
		return KindSource, false
	case isCredit(b) || isCreditText(s):
		return KindCredit, false
	case isByline(b) || bylineLine.MatchString(s):
		return KindByline, false
	}
	return "", false
}

// isCreditText recognises photo credits in traditional script and in
// brackets: 攝影：王五, 李英洁 攝, 圖／新華社.
func isCreditText(s string) bool {
	for _, m := range []string{"攝影", "圖片來源", "圖／", "圖/", "供圖", "圖片由", "圖源", "摄影", "图／", "图/", "图源", "图片来自", "圖片來自"} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return strings.HasSuffix(s, " 攝") || strings.HasSuffix(s, "　摄") || strings.HasSuffix(s, "　攝")
}

// embeddedDateline returns the wire dateline opening a body paragraph
// (中新网杭州12月18日电（记者 xx）…): the paragraph stays body text, the
// Article records the dateline.
func embeddedDateline(s string) string {
	m := agencyDateline.FindString(s)
	if m == "" {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(s[len(m):]); strings.ContainsRune(wordsWithDian, r) {
		return ""
	}
	return m
}
