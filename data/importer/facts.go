package importer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// figurePattern matches a number with its unit as printed: 400余家,
// 329亿元, 26.54%, 100万架次, 1600万, 超 300%, 六成, 第十六届. It runs on the
// Simplified shadow (萬 → 万), so units need one spelling.
//
// What is not a figure: years and dates (the time finder claims them
// first), codes without a unit (“0001”), model names (H1), generations
// (90后), and 一/两 with a measure word (一位, 一个 mean "a").
var figurePattern = regexp.MustCompile(
	`第[0-9零〇一二两三四五六七八九十百千]+(?:届|批|次)` +
		`|(?:[0-9]+(?:[.,][0-9]+)*|数?[零〇一二两三四五六七八九十百千]+)` + // the number
		`(?:余|多|几)?(?: ?(?:万亿|亿|万|千|百))?(?:余|多)?` + // magnitude, approximation
		` ?(?:亿美元|万美元|美元|亿元|万元|元|日元|日圆|港元|港币|欧元|英镑|韩元|新台币|台币|卢布|` + // currencies
		`架次|人次|家|个|台|位|名|项|款|件|所|座|条|次|倍|只|户|辆|部|套|片|张|块|颗|枚|种|份|篇|栋|艘|场|` + // counted things
		`吨|公里|千米|公尺|米|平方公里|平方米|亩|%|％|成|届|批)?`)

// currencies end a sum of money; like a measure word, the noun after it
// is what the money is (10亿元|专项资金, 1000万元|奖励).
var currencies = []string{"元", "日圆", "港币", "台币", "英镑", "卢布"}

func currency(fig string) bool {
	return slices.ContainsFunc(currencies, func(c string) bool { return strings.HasSuffix(fig, c) })
}

// changeWords say a figure is a change of something named before.
var changeWords = map[string]bool{"增长": true, "增加": true, "上涨": true, "提升": true, "提高": true, "下降": true, "减少": true, "增幅": true, "涨幅": true}

// gradePrefix is a grade between a count and what it counts (千亿级).
var gradePrefix = regexp.MustCompile(`^[零一二两三四五六七八九十百千万亿]+级`)

// measured is a quantity named right after a figure: 的浏览量, 的下载量.
var measured = regexp.MustCompile(`^的\p{Han}{0,5}(?:量|数|额|率|值|人次)`)

// measureWords are units that count things named after them (400余家企业).
var measureWords = map[string]bool{"家": true, "个": true, "台": true, "位": true, "名": true, "项": true, "款": true, "件": true,
	"所": true, "座": true, "条": true, "只": true, "户": true, "辆": true, "部": true, "套": true, "批": true,
	"片": true, "张": true, "块": true, "颗": true, "枚": true, "种": true, "份": true, "篇": true, "栋": true, "艘": true, "场": true}

// connectors end the subject a figure is about, read leftwards from the
// figure: 开发者数量|从…, 规模|突破600亿元, 订单量|则暴涨150%.
var connectors = []string{"可达到", "可达", "高达", "最高", "不少于", "不低于", "不超过", "从", "由", "达到", "达", "突破", "超过", "超", "增长", "增加", "增至", "增到", "激增", "暴涨", "上涨",
	"下降", "减少", "提升", "提高", "扩充", "扩展", "扩大", "至", "到", "为", "是", "约", "近", "逾", "共", "累计", "实现", "完成", "占", "则", "将", "已", "仅", "独占"}

// findFacts finds the figures of the body, titles and headings and what
// each counts. spans already claimed by time expressions are skipped.
func findFacts(sh *shadow, times []timeHit) []data.Fact {
	claimed := map[int][][2]int{}
	for _, t := range times {
		claimed[t.passage] = append(claimed[t.passage], [2]int{t.start, t.end})
	}
	var out []data.Fact
	for pi := range sh.art.Passages {
		p := &sh.art.Passages[pi]
		switch p.Kind {
		case data.KindBody, data.KindTitle, data.KindHeading, data.KindSubtitle, data.KindCaption:
		default:
			continue
		}
		text := p.Text
		var words []engine.Word
		var prevCounts [2]int
		for _, m := range figurePattern.FindAllStringIndex(text, -1) {
			s, e := m[0], m[1]
			fig := strings.TrimRight(text[s:e], " ")
			e = s + len(fig)
			if !isFigure(text, s, e, fig) {
				continue
			}
			rs, re := utf8.RuneCountInString(text[:s]), utf8.RuneCountInString(text[:e])
			if overlaps(claimed[pi], rs, re) {
				continue
			}
			spans := sh.orig.Passages[pi].ArticleSpans(rs, re)
			if len(spans) != 1 {
				continue // cut by a page break
			}
			if words == nil {
				words = sh.wordsOf(pi)
			}
			// 明确到2027年制修订标准300项以上: what is counted follows a
			// date before it in its clause, not the words before that.
			floor := 0
			for _, c := range claimed[pi] {
				if c[1] <= rs {
					floor = max(floor, len(string([]rune(text)[:c[1]])))
				}
			}
			cs, ce := countsSpan(text, s, e, fig, words, floor)
			if cs >= ce && floor > 0 {
				// 开发者数量从2023年4月的100万: nothing after the date;
				// the subject before it is what is counted.
				cs, ce = countsSpan(text, s, e, fig, words, 0)
			}
			if changeWords[text[cs:ce]] && prevCounts[0] < prevCounts[1] {
				// 模型数量从300个激增到7万个，增长超200倍: the growth of the
				// quantity the sentence counted before.
				cs, ce = prevCounts[0], prevCounts[1]
			}
			if cs < ce {
				prevCounts = [2]int{cs, ce}
			}
			counts := ""
			if cs < ce {
				counts = sh.origRunes(pi, utf8.RuneCountInString(text[:cs]), utf8.RuneCountInString(text[:ce]))
			}
			if counts == "" {
				continue // a number we cannot say anything about
			}
			out = append(out, data.Fact{Figure: sh.origRunes(pi, rs, re), Counts: counts, Passage: pi,
				Span: data.Span{Start: spans[0][0], End: spans[0][1]}})
		}
	}
	return out
}

func overlaps(spans [][2]int, s, e int) bool {
	for _, sp := range spans {
		if s < sp[1] && sp[0] < e {
			return true
		}
	}
	return false
}

// isFigure rejects matches that are not figures: a bare number with no
// unit or magnitude, digits glued to Latin letters (H1, 3D), 一/两 + a
// measure word, 成 in 成为, and a number that is part of a longer one.
func isFigure(text string, s, e int, fig string) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:s])
	after, _ := utf8.DecodeRuneInString(text[e:])
	last, _ := utf8.DecodeLastRuneInString(fig)
	if isLatinOrDigit(before) || (s > 0 && before == '.') || isLatinOrDigit(after) && isLatinOrDigit(last) {
		return false
	}
	if strings.HasPrefix(fig, "第") {
		return true
	}
	if before == '第' {
		return false // 第二座工厂: an ordinal, not a count
	}
	num := strings.TrimRightFunc(fig, func(r rune) bool {
		return !strings.ContainsRune("0123456789零〇一二两三四五六七八九十百千万亿", r)
	})
	unit := strings.TrimSpace(fig[len(num):])
	unit = strings.TrimLeft(unit, "余多几")
	hasMag := strings.ContainsAny(num, "万亿") || strings.ContainsAny(fig, "万亿")
	digits := strings.ContainsAny(num, "0123456789")
	switch {
	case unit == "" && !hasMag:
		return false // 2019, 0001: a code or a bare number
	case unit == "" && !digits && utf8.RuneCountInString(num) < 3:
		return false // 一万, 千万 alone are usually idioms
	case !digits && !hasMag && (num == "一" || num == "两" || num == "几"):
		return false // 一位, 两个: "a", "a couple"
	case unit == "成" && strings.ContainsRune("为功立员本果熟长", after):
		return false
	case unit == "次" && !digits:
		return false // 再次, 一次 …
	}
	if !digits && !strings.ContainsAny(num, "零〇一二两三四五六七八九十百千万亿") {
		return false
	}
	return true
}

func isLatinOrDigit(r rune) bool {
	return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// countsSpan says what a figure counts, in the article's own words (byte
// span of text): the noun after a measure word (16台|人形机器人), else the
// subject before the figure in its clause, cut at the verb that joins it
// to the figure (开发者数量|从…的|100万), and after floor (the end of a
// date before it). Empty when neither is there.
func countsSpan(text string, s, e int, fig string, words []engine.Word, floor int) (int, int) {
	unit, _ := utf8.DecodeLastRuneInString(fig)
	after := e
	if m := measured.FindStringIndex(text[e:]); m != nil {
		return e + len("的"), e + m[1] // 四五十万的浏览量
	}
	money := currency(fig)
	if measureWords[string(unit)] || money || after > e {
		e := after
		if m := gradePrefix.FindStringIndex(text[e:]); m != nil {
			e += m[1] // 9个|千亿级|特色产业集群: the grade belongs to what is counted
		}
		ns, ne := after, e
		lastNoun := e
		for _, w := range words {
			if w.End <= ne {
				continue
			}
			if w.Start < ne {
				// The segmenter glued the unit to the next word (家新|小龙):
				// read on from the unit.
				w = engine.Word{Text: text[ne:w.End], Start: ne, End: w.End}
				if hanRunes(w.Text) != utf8.RuneCountInString(w.Text) {
					break
				}
			} else if w.Start != ne || !(nounish(w) || money && w.Pos == "vn" || w.Pos == "a" || w.Pos == "b" || w.Pos == "t") || ne-ns >= 30 {
				break
			}
			ne = w.End
			// After a sum, a verbal noun names what it is (1000万元|奖励);
			// after a count it is what happened (100多个|发展到…).
			if nounish(w) || money && w.Pos == "vn" {
				lastNoun = ne
			}
		}
		ne = lastNoun
		if utf8.RuneCountInString(text[ns:ne]) >= 2 {
			return ns, ne
		}
	}
	// The clause before the figure.
	cs := s
	for cs > floor {
		r, n := utf8.DecodeLastRuneInString(text[:cs])
		if strings.ContainsRune("，,；;：:。！？!?（(“”\"、", r) {
			break
		}
		if r == ' ' && cs-n > 0 && cs < s {
			// A space after a Han character or a percentage, before a Han
			// character, separates headline phrases (…暴漲150% 目標年出貨).
			b, _ := utf8.DecodeLastRuneInString(text[:cs-n])
			a, _ := utf8.DecodeRuneInString(text[cs:])
			if (unicode.Is(unicode.Han, b) || b == '%') && unicode.Is(unicode.Han, a) {
				break
			}
		}
		cs -= n
	}
	for _, lead := range []string{"其中", "据统计", "目前", "同时", "此外", "而"} {
		if strings.HasPrefix(text[cs:s], lead) && len(text[cs:s]) > len(lead) {
			cs += len(lead)
		}
	}
	ce := s
	wordStart := map[int]bool{}
	for _, w := range words {
		wordStart[w.Start] = true
	}
	for _, c := range connectors {
		// Only a connector that starts a word: 约 in 签约 is no 约.
		for off := 0; off < s-cs; {
			i := strings.Index(text[cs+off:s], c)
			if i < 0 {
				break
			}
			at := cs + off + i
			if wordStart[at] || len(words) == 0 {
				if at < ce && utf8.RuneCountInString(text[cs:at]) >= 2 {
					ce = at
				}
				break
			}
			off += i + len(c)
		}
	}
	for _, lead := range []string{"超过", "超", "占", "达", "约", "近", "逾"} {
		if rest, ok := strings.CutPrefix(text[cs:ce], lead); ok && utf8.RuneCountInString(rest) >= 2 {
			cs += len(lead) // 超总数的六成 → 总数
		}
	}
	for ce > cs {
		r, n := utf8.DecodeLastRuneInString(text[cs:ce])
		if !strings.ContainsRune(" 的了也都就还和与及", r) {
			break
		}
		ce -= n
	}
	if utf8.RuneCountInString(text[cs:ce]) > 16 {
		// Keep the end nearest the figure, from a word boundary.
		for _, w := range words {
			if w.Start >= cs && utf8.RuneCountInString(text[w.Start:ce]) <= 16 {
				cs = w.Start
				break
			}
		}
	}
	for cs < ce && text[cs] == ' ' {
		cs++
	}
	if utf8.RuneCountInString(text[cs:ce]) < 2 {
		return 0, 0
	}
	return cs, ce
}

// nounish words can name what is counted.
func nounish(w engine.Word) bool {
	if w.Pos == "" {
		return hanRunes(w.Text) == utf8.RuneCountInString(w.Text) && hanRunes(w.Text) >= 2
	}
	return strings.HasPrefix(w.Pos, "n") || w.Pos == "j"
}
