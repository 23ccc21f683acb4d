package importer

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/timex"
)

// candidate is a proposed timeline event: one or more sentences and the
// time expression that dates them.
type candidate struct {
	hit       timeHit
	passages  []int
	title     string
	entities  map[*entity]bool
	dateKey   string
	resolved  *data.DateInterval
	firstSeen int // passage index, for ties in article order
}

// statNouns are measured quantities: a year or month right before one of
// them dates a statistic (2023年营收329亿元, 2025年的人形机器人出货量), not
// an event.
var statNouns = []string{"营收", "营业收入", "收入", "产值", "总值", "增加值", "GDP", "出货量", "销量", "销售额", "利润", "净利润", "规模",
	"数量", "总量", "总额", "占比", "比重", "增速", "增长率", "同比", "环比", "投资额", "交易额", "用户数", "市场份额", "失业率", "预算"}

var leadingFigure = regexp.MustCompile(`^的?[0-9零〇一二两三四五六七八九十百千万亿.]+`)

// findEvents proposes events. Rules, in order:
//
//   - only body sentences and photo captions (11月27日，…举办沙龙); vague expressions (近日, 近年来, 如今) never date
//     an event, and neither do plan periods ((2024—2027年) names a plan's
//     span, not something that happened), expressions inside 《…》, the
//     ends of spans and targets (到2027年, 力争2026年底前) or a wire
//     story's dateline (新华社北京11月28日电);
//   - a coarse date (a year or longer) dates an event only in a sentence
//     that names an actor, or that it opens as a chronicle does (1936年，…);
//   - a statistic is not an event: an expression followed in its clause by
//     a figure (2023年4月的100万) or, within a dozen characters, by a
//     measured quantity (2025 年的人形機器人出貨量, 2023年营收), or a clause
//     that is only a date before such a statistic (展望2026年，…出货量…);
//   - one event per sentence, dated by its most precise expression: what
//     happened before what is expected (预计…), then a resolved one before
//     an unresolved one, then the shortest interval, then the first
//     printed; and besides it the day a rule takes effect
//     (《措施》…自2026年1月1日起施行), which is an event of its own;
//   - a sentence joins the event before it when both have the same date
//     (the same interval, or the same words when unresolved) and they are
//     adjacent or name a common entity (other than a place) — adjacent
//     chronicle entries (2024年，…。2024年，…) only by a common entity.
func findEvents(a *data.Article, sh *shadow, times []timeHit, ents []*entity) []*candidate {
	entsOf := map[int]map[*entity]bool{}
	for _, e := range ents {
		if e.kind == "place" {
			continue
		}
		for _, o := range e.occ {
			if entsOf[o.passage] == nil {
				entsOf[o.passage] = map[*entity]bool{}
			}
			entsOf[o.passage][e] = true
		}
	}
	byPassage := map[int][]timeHit{}
	for _, t := range times {
		if coarse(t.x) && len(entsOf[t.passage]) == 0 && !dateLed(sh.text(t.passage), t) {
			continue
		}
		if inDateline(a, t) {
			continue // 新华社北京11月28日电: when the story was filed, not an event
		}
		k := a.Passages[t.passage].Kind
		if k == data.KindCaption && hanRunes(sh.text(t.passage))-hanRunes(t.x.Text) < 6 {
			continue // a date line under a notice (2024年5月31日) is a signature, not an event
		}
		if (k == data.KindBody || k == data.KindCaption) && eventDate(sh.text(t.passage), t) {
			byPassage[t.passage] = append(byPassage[t.passage], t)
		}
	}
	var ps []int
	for p := range byPassage {
		ps = append(ps, p)
	}
	sort.Ints(ps)
	var out []*candidate
	var hits []timeHit
	for _, p := range ps {
		hits = hits[:0]
		var effective *timeHit
		for i, t := range byPassage[p] {
			if effective == nil && effectiveDate(sh.text(p), t) {
				effective = &byPassage[p][i]
				continue
			}
			hits = append(hits, t)
		}
		if len(hits) > 0 {
			text := sh.text(p)
			best := hits[0]
			for _, t := range hits[1:] {
				// What happened dates a sentence before what is expected
				// (去年12月，JASM宣布…，预计2027年底开始量产).
				if tf, bf := forecast(text, t), forecast(text, best); tf != bf {
					if bf {
						best = t
					}
					continue
				}
				if better(t, best) {
					best = t
				}
			}
			out = addEvent(a, sh, out, best, entsOf[p])
		}
		if effective != nil {
			out = addEvent(a, sh, out, *effective, entsOf[p])
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := out[i].resolved, out[j].resolved
		switch {
		case ri != nil && rj != nil:
			return ri.From < rj.From
		case ri != nil:
			return true
		}
		return false
	})
	return out
}

// addEvent adds the event that time expression best dates in its sentence
// to out, or joins the sentence to the event before it (sameEvent).
func addEvent(a *data.Article, sh *shadow, out []*candidate, best timeHit, ents map[*entity]bool) []*candidate {
	p := best.passage
	c := &candidate{hit: best, passages: []int{p}, entities: ents, resolved: interval(best.x), firstSeen: p}
	c.dateKey = best.x.Interval()
	if c.resolved == nil {
		c.dateKey = "?" + strings.Join(strings.Fields(best.x.Text), "")
	}
	prev := sameEvent(a, out, c)
	if prev == nil {
		c.title = titleOf(a, sh, best)
		return append(out, c)
	}
	if !slices.Contains(prev.passages, p) {
		prev.passages = append(prev.passages, p)
	}
	if prev.resolved == nil && c.resolved != nil {
		// 农历新年 … 2025年农历新年: the later sentence dates both.
		prev.hit, prev.resolved, prev.dateKey = c.hit, c.resolved, c.dateKey
	}
	for e := range c.entities {
		if prev.entities == nil {
			prev.entities = map[*entity]bool{}
		}
		prev.entities[e] = true
	}
	return out
}

// inDateline reports whether t lies in the wire dateline that opens its
// sentence (新华社北京11月28日电（记者 王晓）…).
func inDateline(a *data.Article, t timeHit) bool {
	d := a.Dateline()
	text := a.Passages[t.passage].Text
	return d != "" && strings.HasPrefix(text, d) && t.end <= utf8.RuneCountInString(d)
}

// eventDate reports whether a time expression can date an event.
func eventDate(text string, t timeHit) bool {
	x := t.x
	if x.Vague || x.Precision == timex.PrecisionVague || x.Precision == timex.PrecisionPlanPeriod {
		return false
	}
	runes := []rune(text)
	before := string(runes[:t.start])
	if strings.Count(before, "《") > strings.Count(before, "》") {
		return false
	}
	if effectiveDate(text, t) {
		return true
	}
	// 力争2026年底前建成…, 目标2027年…: a target, not an event.
	if cl := clauseBefore(runes, t.start); slices.ContainsFunc(targetWords, func(w string) bool { return strings.Contains(cl, w) }) {
		return false
	}
	// 从开春持续吹拂，直至年尾 / 延续至年尾 / 到2027年: the ends of a span, a
	// trend or a target, not the date of something that happened.
	for _, w := range []string{"从", "自", "至", "到", "截至", "截止"} {
		if strings.HasSuffix(strings.TrimRight(before, " "), w) {
			return false
		}
	}
	after := string(runes[t.end:])
	clause, rest := cutClause(after)
	if leadingFigure.MatchString(strings.TrimLeft(clause, " ")) {
		return false
	}
	if statisticAhead(clause) {
		return false
	}
	// 展望2026年，公司目标出货量将达到1万至2万台: a clause that is only
	// the date, before a statistic with its figure.
	// 今年前三季度，杭州人工智能核心产业实现营业收入2600亿元: the same, the
	// quantity anywhere in that clause.
	if next := firstClause(rest); hanRunes(strings.TrimSpace(clause)) == 0 && (namesStatistic(next) || strings.Contains(next, "目标")) && hasFigure(next) {
		return false
	}
	// 据统计，春晚开播仅两小时，…搜索量环比增长超 300%: reported statistics.
	if strings.HasPrefix(strings.TrimSpace(text), "据统计") {
		return false
	}
	return true
}

// effectiveVerbs say that a rule takes effect.
var effectiveVerbs = []string{"施行", "实施", "生效", "执行", "实行", "启用"}

// effectiveDate reports whether t is the day a rule takes effect:
// (自)2026年1月1日起(正式)施行 — unlike 自2019年起 alone, the start of a span.
func effectiveDate(text string, t timeHit) bool {
	after := strings.TrimLeft(string([]rune(text)[t.end:]), " ")
	rest, ok := strings.CutPrefix(after, "起")
	if !ok {
		return false
	}
	for _, w := range []string{"将", "正式", "开始"} {
		rest = strings.TrimPrefix(rest, w)
	}
	for _, v := range effectiveVerbs {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// namesStatistic reports whether s names a measured quantity.
func namesStatistic(s string) bool {
	return slices.ContainsFunc(statNouns, func(n string) bool { return strings.Contains(s, n) })
}

func statisticAhead(s string) bool {
	r := []rune(s)
	if len(r) > 14 {
		r = r[:14]
	}
	head := string(r)
	for _, n := range statNouns {
		if strings.Contains(head, n) {
			return true
		}
	}
	return false
}

// cutClause splits s at its first clause boundary.
func cutClause(s string) (clause, rest string) {
	if i := strings.IndexAny(s, "，,；;。！？!?："); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[:i], s[i+n:]
	}
	return s, ""
}

func firstClause(s string) string { c, _ := cutClause(s); return c }

// better reports whether time expression a dates a sentence better than b.
func better(a, b timeHit) bool {
	ia, ib := interval(a.x), interval(b.x)
	switch {
	case ia != nil && ib == nil:
		return true
	case ia == nil && ib != nil:
		return false
	case ia != nil && ib != nil:
		return span(ia) < span(ib)
	}
	return precisionRank(a.x.Precision) < precisionRank(b.x.Precision)
}

func span(d *data.DateInterval) int {
	// ISO dates compare as strings; the length of an interval needs days.
	return days(d.To) - days(d.From)
}

func days(iso string) int {
	var y, m, d int
	for i, part := range strings.SplitN(iso, "-", 3) {
		n := 0
		for _, c := range part {
			n = n*10 + int(c-'0')
		}
		switch i {
		case 0:
			y = n
		case 1:
			m = n
		case 2:
			d = n
		}
	}
	// Days from a fixed epoch (proleptic Gregorian).
	if m < 3 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d
}

var precisionOrder = []timex.Precision{timex.PrecisionDay, timex.PrecisionHoliday, timex.PrecisionMonthPart, timex.PrecisionMonth,
	timex.PrecisionSeason, timex.PrecisionQuarter, timex.PrecisionYearPart, timex.PrecisionHalfYear, timex.PrecisionRange,
	timex.PrecisionYear, timex.PrecisionMultiYear}

func precisionRank(p timex.Precision) int {
	if i := slices.Index(precisionOrder, p); i >= 0 {
		return i
	}
	return len(precisionOrder)
}

// sameEvent returns the earlier candidate c describes too: the same date,
// and either the next sentence or paragraph, or a shared entity.
func sameEvent(a *data.Article, out []*candidate, c *candidate) *candidate {
	for i := len(out) - 1; i >= 0; i-- {
		prev := out[i]
		if prev.dateKey != c.dateKey && !sameWords(prev, c) {
			continue
		}
		last := prev.passages[len(prev.passages)-1]
		// A chronicle's entries (2024年，杭州举办…。2024年，我们出台了…)
		// each open with their own year: the next one is another event,
		// unless they share an actor.
		chronicle := coarse(c.hit.x) && dateLed(a.Passages[c.passages[0]].Text, c.hit)
		if near(a, last, c.passages[0]) && !chronicle || shareEntity(prev.entities, c.entities) {
			return prev
		}
	}
	return nil
}

// sameWords: an unresolved date and a resolved one that ends with the
// same words (农历新年, 2025年农历新年), in sentences that share an actor.
func sameWords(prev, c *candidate) bool {
	if (prev.resolved == nil) == (c.resolved == nil) || !shareEntity(prev.entities, c.entities) {
		return false
	}
	u, r := prev.hit.x.Text, c.hit.x.Text
	if prev.resolved != nil {
		u, r = r, u
	}
	return strings.HasSuffix(r, u)
}

// near: the next sentence, or a sentence of the next paragraph.
func near(a *data.Article, p, q int) bool {
	pa, qa := a.Passages[p].Paragraph, a.Passages[q].Paragraph
	return qa == pa || qa == pa+1
}

func shareEntity(a, b map[*entity]bool) bool {
	for e := range a {
		if b[e] {
			return true
		}
	}
	return false
}

// event renders a candidate as a story event (ids and entity indexes are
// filled in later).
func (c *candidate) event() data.Event {
	return data.Event{Title: c.title, When: c.hit.x.Text, Precision: data.Precision(c.hit.x.Precision), Date: c.resolved,
		Passages: slices.Clone(c.passages)}
}

// targetWords, before a date in its clause, make it a goal to reach.
var targetWords = []string{"力争", "争取", "确保", "目标"}

// clauseBefore is the part of r's clause before rune start.
func clauseBefore(r []rune, start int) string {
	cs := start
	for cs > 0 && !isClauseEnd(r[cs-1]) {
		cs--
	}
	return string(r[cs:start])
}

// forecastWords, before a date in its clause, make it a plan or an
// expectation rather than something that happened.
var forecastWords = []string{"预计", "预期", "计划", "将于", "将在", "拟于", "拟", "有望"}

// forecast reports whether t dates what is expected: 预计2027年底开始量产.
func forecast(text string, t timeHit) bool {
	before := clauseBefore([]rune(text), t.start)
	return slices.ContainsFunc(forecastWords, func(w string) bool { return strings.Contains(before, w) })
}

// dateLed reports whether t, a stated year, opens its sentence as a
// clause of its own (1936年，西湖博物馆的施昕更在良渚镇一带发现了黑陶): a
// chronicle's way of dating what follows, so the year dates an event there
// even when no actor is recognised. A relative year (今年，杭州实际利用外资
// 继续走在全国前列) or a since-range (今年以来，…) opening a sentence is
// commentary on a trend, and does not.
func dateLed(text string, t timeHit) bool {
	r := []rune(text)
	if t.x.Precision != timex.PrecisionYear || t.x.Basis != timex.BasisStated ||
		strings.TrimSpace(string(r[:t.start])) != "" || t.end >= len(r) {
		return false
	}
	if r[t.end] != '，' && r[t.end] != ',' {
		return false
	}
	// 2024年，是杭州低空经济发展的关键一年: a verdict on the year, not an
	// entry of a chronicle.
	next := strings.TrimSpace(string(r[t.end+1:]))
	return !slices.ContainsFunc(verdictOpeners, func(w string) bool { return strings.HasPrefix(next, w) })
}

// verdictOpeners open a clause that judges a year rather than says what
// happened in it.
var verdictOpeners = []string{"是", "将是", "既是", "不仅是", "对", "对于", "可谓", "堪称", "注定", "无疑"}

// coarse dates — a year or longer, or since-ranges — are everywhere in
// news prose (杭州的创新叙事在2025年完成了一次关键的转身); they date an event
// only in a sentence that names an actor (an entity other than a place).
func coarse(x timex.Expr) bool {
	switch x.Precision {
	case timex.PrecisionYear, timex.PrecisionMultiYear, timex.PrecisionRange:
		return x.Precision != timex.PrecisionRange || x.OpenEnd || x.To.IsZero() || x.From.Year != x.To.Year || strings.Contains(x.Text, "以来")
	}
	return false
}

// hasFigure reports whether s prints a figure with its unit.
func hasFigure(s string) bool {
	for _, m := range figurePattern.FindAllStringIndex(s, -1) {
		fig := strings.TrimRight(s[m[0]:m[1]], " ")
		if isFigure(s, m[0], m[0]+len(fig), fig) {
			return true
		}
	}
	return false
}
