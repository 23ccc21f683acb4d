package importer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/timex"
)

// maxTitleRunes keeps a title to a timeline card's two lines.
const maxTitleRunes = 30

// leadWords open a clause without carrying its action (早在2019年10月，…).
var leadWords = []string{"当", "早在", "特别是", "尤其是", "此外", "同时", "其中", "随后", "当时", "截至", "截止", "据", "在", "于", "自", "从", "到", "而", "就", "是", "并"}

func isClauseEnd(r rune) bool { return strings.ContainsRune("，,；;。！？!?：:", r) }

// titleOf makes an event's title from its sentence, in the article's
// words: the clause that carries the action. When the date opens its
// clause (2025年6月30日，首届魔搭开发者大会…), the title is what follows
// it; otherwise the clause itself, date included (预计于 2026 年正式提交申请).
// A sentence that is only a date takes the heading above it
// (一、公开征求意见时间： → 公开征求意见时间). Long clauses are cut at a
// pause (、 or a space) or marked … where cut.
func titleOf(a *data.Article, sh *shadow, t timeHit) string {
	r := []rune(a.Passages[t.passage].Text)
	if effectiveDate(sh.text(t.passage), t) {
		if title := effectiveTitle(r, t); title != "" {
			return title
		}
	}
	cs := t.start
	for cs > 0 && !isClauseEnd(r[cs-1]) {
		cs--
	}
	ce := t.end
	for ce < len(r) && !isClauseEnd(r[ce]) {
		ce++
	}
	pre := trimLead(strings.TrimSpace(string(r[cs:t.start])))
	// 經濟部今（20）日宣布，將於明年起推動…: who announced, and what.
	if post := strings.TrimSpace(string(r[t.end:ce])); pre != "" && slices.Contains(announceVerbs, post) && ce < len(r)-1 && r[ce] != '。' {
		end := ce + 1
		for end < len(r) && !isClauseEnd(r[end]) {
			end++
		}
		if next := strings.TrimSpace(string(r[ce+1 : end])); hanRunes(next) >= 4 {
			return shorten(pre + post + next)
		}
	}
	// A date after a conjunction starts its own item (…条例》以及2023年中央
	// 经济工作会议提出的…): the title starts at the date.
	for _, conj := range []string{"以及", "及", "和", "与", "、", "并"} {
		if strings.HasSuffix(pre, conj) {
			pre = ""
		}
	}
	// A clause that is only a date and where (2026 年中國馬年春晚中): the
	// action is in the next clause.
	if pre != "" && hanRunes(pre) <= 4 && hanRunes(string(r[t.end:ce])) <= 2 && ce < len(r)-1 {
		pre = ""
	}
	var title string
	if pre == "" {
		post := string(r[t.end:ce])
		title = strings.TrimLeft(post, " 　的")
		switch title {
		case "上", "中", "里", "时", "期间", "以来", "前", "后", "间", "内":
			title = "" // 2025年春节联欢晚会上，…: the action is in the next clause
		default:
			if p := t.x.Precision; (p == timex.PrecisionSeason || p == timex.PrecisionHoliday) && title != "" && title == post {
				// 夏季达沃斯论坛上: the season is part of the name.
				title = strings.TrimSpace(string(r[t.start:ce]))
			}
		}
		// Too little after the date: take the next clause too.
		for hanRunes(title) < 4 && ce < len(r) {
			ce++
			next := ce
			for next < len(r) && !isClauseEnd(r[next]) {
				next++
			}
			// 2019年7月6日，在巴库举行的第43届世界遗产大会上，良渚古城遗址
			// 被列入…: a clause that only sets the scene gives way to the
			// one after it, if the sentence goes on.
			if clause := strings.TrimSpace(string(r[ce:next])); sceneFrame(clause) && next < len(r)-1 && r[next] != '。' {
				ce = next
				continue
			}
			title = strings.TrimSpace(title + " " + trimLead(string(r[ce:next])))
			ce = next
		}
	} else {
		title = trimLead(strings.TrimSpace(string(r[cs:ce])))
	}
	title = strings.TrimSpace(title)
	// 记者昨天从市经信局获悉，《…措施》已正式印发: the clause with the date
	// only says how the news came; the news is the next clause.
	if reportFrame(title) && ce < len(r)-1 && r[ce] != '。' {
		start := ce + 1
		end := start
		for end < len(r) && !isClauseEnd(r[end]) {
			end++
		}
		if next := trimLead(strings.TrimSpace(string(r[start:end]))); hanRunes(next) >= 4 {
			title = next
		}
	}
	// 我市企业—杭州迅蚁科技公司…: the apposition's name is the subject.
	if i := strings.Index(title, "—"); i > 0 && hanRunes(title[:i]) <= 6 {
		title = strings.TrimLeft(title[i:], "—")
	}
	if pre == "" {
		// 17日的民营企业座谈会上 → 民营企业座谈会
		for _, tail := range []string{"期间", "上", "中", "时", "里"} {
			if t, ok := strings.CutSuffix(title, tail); ok && hanRunes(t) >= 4 {
				title = t
				break
			}
		}
	}
	if hanRunes(title) < 2 {
		title = headingBefore(a, t.passage)
	}
	if title == "" {
		title = strings.TrimSpace(string(r[cs:ce]))
	}
	return shorten(title)
}

// announceVerbs, right after a date, say that its subject made public
// what the next clause says.
var announceVerbs = []string{"宣布", "宣佈", "表示", "指出", "透露", "公布", "公佈", "发布", "發布", "发布了", "宣布了"}

// reportVerbs end a clause that says how a reporter learned the news
// (记者从…获悉, 据了解), not what happened.
var reportVerbs = []string{"获悉", "了解到", "得知", "获知", "据了解", "据悉", "记者注意到"}

// reportFrame reports whether clause only frames the news that follows.
func reportFrame(clause string) bool {
	for _, v := range reportVerbs {
		if strings.HasSuffix(clause, v) {
			return true
		}
	}
	return false
}

// sceneFrame reports whether clause only says where or at what occasion
// something happened: 在…大会上, 在…期间.
func sceneFrame(clause string) bool {
	if !strings.HasPrefix(clause, "在") {
		return false
	}
	for _, end := range []string{"上", "中", "期间", "之际", "时", "里"} {
		if strings.HasSuffix(clause, end) {
			return true
		}
	}
	return false
}

// effectiveTitle names the rule that takes effect on t's day after the
// sentence's last 《…》 before it: 《若干措施》施行. A long name is cut
// inside its marks, so the verb stays. It is "" without such a name.
func effectiveTitle(r []rune, t timeHit) string {
	open := -1
	for i := t.start - 1; i >= 0 && r[i] != '。'; i-- {
		if r[i] == '《' {
			open = i
			break
		}
	}
	if open < 0 {
		return ""
	}
	end := open + 1
	for end < t.start && r[end] != '》' {
		end++
	}
	if end >= t.start {
		return ""
	}
	name := r[open+1 : end]
	verb := "施行"
	after := string(r[t.end:])
	for _, v := range effectiveVerbs {
		if i := strings.Index(after, v); i >= 0 && i <= len("起正式") {
			verb = v
			break
		}
	}
	return shorten("《" + string(name) + "》" + verb)
}

func trimLead(s string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range leadWords {
			if rest, ok := strings.CutPrefix(s, w); ok {
				s, changed = strings.TrimLeft(rest, " ，,"), true
			}
		}
	}
	return s
}

// headingBefore is the label a date-only sentence sits under: the passage
// before it when that is a heading or ends with a colon, without its
// numbering (一、) or colon.
func headingBefore(a *data.Article, p int) string {
	if p == 0 {
		return ""
	}
	prev := &a.Passages[p-1]
	text := strings.TrimSpace(prev.Text)
	if prev.Kind != data.KindHeading && !strings.HasSuffix(text, "：") && !strings.HasSuffix(text, ":") {
		return ""
	}
	text = strings.TrimRight(text, "：: ")
	if i := strings.IndexAny(text, "、."); i >= 0 && i <= 9 && strings.IndexFunc(text[:i], func(c rune) bool { return !unicode.Is(unicode.Han, c) && !unicode.IsDigit(c) }) < 0 && hanRunes(text[:i]) <= 3 {
		text = text[i+len("、"):]
		if strings.HasPrefix(text, ".") {
			text = text[1:]
		}
	}
	return strings.TrimSpace(text)
}

func shorten(s string) string {
	r := []rune(s)
	if len(r) <= maxTitleRunes {
		return s
	}
	if t := shortenBookTitle(r, len(r)-maxTitleRunes); t != "" {
		return t
	}
	for i := maxTitleRunes; i >= maxTitleRunes/2; i-- {
		if r[i] == '、' || r[i] == ' ' {
			return string(r[:i]) + "…"
		}
	}
	return string(r[:maxTitleRunes-1]) + "…"
}

// shortenBookTitle cuts excess runes out of the middle of the first long
// 《…》 in r, so that the name keeps its head and its kind
// (《杭州市进一步支持…的若干措施》已正式印发) and the action after it stays.
// It returns "" when the name is too short to give them up.
func shortenBookTitle(r []rune, excess int) string {
	open := slices.Index(r, '《')
	if open < 0 {
		return ""
	}
	end := slices.Index(r[open:], '》')
	if end < 0 {
		return ""
	}
	end += open
	inner := r[open+1 : end]
	keep := len(inner) - excess - 1 // one rune for the ellipsis
	if keep < 6 {
		return ""
	}
	head := (keep + 1) / 2
	cut := append(slices.Clone(inner[:head]), '…')
	cut = append(cut, inner[len(inner)-(keep-head):]...)
	out := append(slices.Clone(r[:open+1]), cut...)
	return string(append(out, r[end:]...))
}
