package importer

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/engine"
)

// entity is a name found in the article, with every printed form of it.
type entity struct {
	key   string // what merges forms: a lexicon id, a company's core name, the name itself
	kind  string
	lex   *known
	forms []string // in the shadow's spelling
	occ   []occurrence

	name     string // as printed (the most frequent form)
	aliases  []string
	passages []int
	clusters []int
}

type occurrence struct{ passage, start, end int } // rune offsets in the passage's text

// entityFinder collects candidate names, then finds every occurrence of
// every form with the longest form winning (阿里云 over 阿里).
type entityFinder struct {
	sh    *shadow
	byKey map[string]*entity
	owner map[string]*entity // form → the entity it was first filed under
	list  []*entity
	cores map[string]string // a company's core name → its key (宇树 → lex:unitree)
	keep  []string          // lexicon forms present, kept whole by the segmenter
}

func findEntities(sh *shadow) []*entity {
	f := &entityFinder{sh: sh, byKey: map[string]*entity{}, owner: map[string]*entity{}, cores: map[string]string{}}
	text := sh.art.Text
	for i := range lexicon {
		k := &lexicon[i]
		for _, form := range append([]string{k.name}, k.aliases...) {
			if k.kind == "company" || k.kind == "platform" {
				if c := companyCore(form); c != "" {
					f.cores[c] = "lex:" + k.id
				}
				f.cores[form] = "lex:" + k.id // 深度原理公司 → 深度原理
			}
			if strings.Contains(text, form) {
				f.add(form, k.kind, "lex:"+k.id).lex = k
				f.keep = append(f.keep, form)
			}
		}
	}
	sh.keep = f.keep
	for _, pl := range places {
		if !strings.Contains(text, pl) {
			continue
		}
		for _, suf := range []string{"", "省", "市", "区", "县"} {
			if suf == "" || strings.Contains(text, pl+suf) {
				f.add(pl+suf, "place", "place:"+pl)
			}
		}
	}
	sh.tagAll()
	for pi := range sh.art.Passages {
		switch sh.art.Passages[pi].Kind {
		case data.KindByline, data.KindCredit:
			continue // reporters and photographers are not the story's actors
		}
		f.scanPassage(sh.text(pi), sh.wordsOf(pi))
	}
	f.locate()
	var out []*entity
	for _, e := range f.list {
		if len(e.occ) > 0 {
			f.finish(e)
			out = append(out, e)
		}
	}
	return out
}

func (f *entityFinder) add(form, kind, key string) *entity {
	if e, ok := f.owner[form]; ok {
		return e // a form names one entity: the first (the lexicon's) keeps it
	}
	e, ok := f.byKey[key]
	if !ok {
		e = &entity{key: key, kind: kind}
		f.byKey[key] = e
		f.list = append(f.list, e)
	}
	e.forms = append(e.forms, form)
	f.owner[form] = e
	return e
}

// addCompany files a company name under its core (杭州宇树科技有限公司 →
// 宇树), so its short forms (宇树科技) merge with it, and adds the core's
// 科技 form and the bare core when the text prints them.
func (f *entityFinder) addCompany(form, kind string) {
	if _, seen := f.owner[form]; seen {
		return // found before: its short forms were looked for then
	}
	core := companyCore(form)
	if core == "" {
		f.add(form, kind, "org:"+form)
		return
	}
	key, ok := f.cores[core]
	if !ok {
		key = "co:" + core
		f.cores[core] = key
	}
	e := f.add(form, kind, key)
	for _, short := range []string{core + "科技", core} {
		if short != form && utf8.RuneCountInString(short) >= 2 && strings.Contains(f.sh.art.Text, short) && !slices.Contains(places, short) {
			f.add(short, e.kind, key)
		}
	}
}

var legalSuffixes = []string{"股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司"}

// companyCore strips a company name to what people call it by: no legal
// suffix, no place in front, no 科技 behind. "" when too little is left.
func companyCore(name string) string {
	c := name
	for _, s := range legalSuffixes {
		if strings.HasSuffix(c, s) {
			c = strings.TrimSuffix(c, s)
			break
		}
	}
	for changed := true; changed; {
		changed = false
		for _, pl := range places {
			for _, suf := range []string{"省", "市", ""} {
				if rest, ok := strings.CutPrefix(c, pl+suf); ok && utf8.RuneCountInString(rest) >= 2 {
					c, changed = rest, true
				}
			}
		}
	}
	if rest, ok := strings.CutSuffix(c, "科技"); ok && utf8.RuneCountInString(rest) >= 2 {
		c = rest
	}
	if utf8.RuneCountInString(c) < 2 || c == name {
		return ""
	}
	return c
}

// orgSuffixes end an organisation's name; the words before are its name.
var orgSuffixes = []struct{ suffix, kind string }{
	{"股份有限公司", "company"}, {"有限责任公司", "company"}, {"有限公司", "company"}, {"公司", "company"}, {"集团", "company"},
	{"实验室", "institution"}, {"研究院", "institution"}, {"研究所", "institution"}, {"大学", "institution"}, {"学院", "institution"},
	{"研究中心", "institution"}, {"中心", "institution"}, {"协会", "institution"}, {"联合会", "institution"}, {"医院", "institution"},
	{"委员会", "government"}, {"管理局", "government"}, {"局", "government"}, {"办", "government"}, {"厅", "government"},
	{"银行", "company"}, {"交易所", "institution"}, {"电视台", "media"}, {"报社", "media"}, {"出版社", "media"},
	{"博物馆", "institution"}, {"博物院", "institution"}, {"美术馆", "institution"}, {"图书馆", "institution"},
	{"纪念馆", "institution"}, {"科技馆", "institution"}, {"联盟", "institution"}, {"基金会", "institution"},
	{"研究会", "institution"}, {"学会", "institution"}, {"商会", "institution"}, {"法院", "government"}, {"检察院", "government"},
}

// stopWords end a name read leftwards: generic words a name never starts with.
var nameStops = map[string]bool{"企业": true, "我市": true, "本市": true, "全市": true, "该": true, "其": true, "等": true, "和": true,
	"与": true, "及": true, "的": true, "在": true, "是": true, "了": true, "由": true, "向": true, "对": true, "为": true, "我国": true}

var (
	bookTitle = regexp.MustCompile(`《[^《》\n]{1,60}》`)
	quoted    = regexp.MustCompile(`[“"]([^“”"\n]{2,12})[”"]`)
	latinName = regexp.MustCompile(`[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*`)
	camelCase = regexp.MustCompile(`^[A-Z]?[a-z]+[A-Z][A-Za-z0-9]*$|^[A-Z][a-z]+[A-Z][A-Za-z]*$`)
)

var docSuffixes = []string{"方案", "规划", "措施", "条例", "意见", "办法", "通知", "纲要", "计划", "政策", "决定", "规定", "意见稿", "）", ")"}

func (f *entityFinder) scanPassage(text string, words []engine.Word) {
	// Organisations: a suffix word and the name words before it.
	for i, w := range words {
		for _, sfx := range orgSuffixes {
			if !strings.HasSuffix(w.Text, sfx.suffix) {
				continue
			}
			if start, ok := nameStart(words, i, w.Text != sfx.suffix); ok {
				name := text[words[start].Start:w.End]
				if n := utf8.RuneCountInString(name); n >= 3 && n <= 20 && cleanName(name) {
					if sfx.kind == "company" {
						f.addCompany(name, sfx.kind)
					} else {
						f.add(name, sfx.kind, "org:"+name)
					}
				}
			}
			break
		}
		// X科技 where X is a word the dictionary does not know: a brand.
		if w.Text == "科技" && i > 0 && words[i-1].Pos == "" && hanRunes(words[i-1].Text) >= 2 && cleanName(words[i-1].Text) && (i+1 >= len(words) || !isOrgSuffixWord(words[i+1].Text)) {
			f.addCompany(words[i-1].Text+"科技", "company")
		}
		// The dictionary's organisations (nt): 浙江大学.
		// (gse tags some -ization nouns nt too: 国际化 is no one.)
		if w.Pos == "nt" && hanRunes(w.Text) >= 3 && !strings.HasSuffix(w.Text, "化") {
			f.add(w.Text, "institution", "org:"+w.Text)
		}
	}
	f.people(text, words)
	f.listed(text, words)
	for _, m := range bookTitle.FindAllString(text, -1) {
		kind := "work"
		for _, s := range docSuffixes {
			if strings.HasSuffix(strings.TrimSuffix(m, "》"), s) {
				kind = "document"
			}
		}
		if e, ok := f.lexForm(m); ok {
			f.add(m, e.kind, "lex:"+e.id)
			continue
		}
		f.add(m, kind, "work:"+m)
	}
	for _, m := range quoted.FindAllStringSubmatch(text, -1) {
		inner := m[1]
		if latinName.MatchString(inner) && hanRunes(inner) > 0 && hanRunes(inner) <= 4 || hasAnySuffix(inner, "App", "APP", "平台", "社区", "大模型") {
			if _, ok := f.lexForm(inner); !ok {
				f.add(inner, "product", "product:"+inner)
			}
		}
	}
	for _, m := range latinName.FindAllString(text, -1) {
		if camelCase.MatchString(m) {
			if _, ok := f.lexForm(m); !ok {
				f.add(m, "brand", "brand:"+strings.ToLower(m))
			}
		}
	}
}

func (f *entityFinder) lexForm(form string) (*known, bool) {
	for i := range lexicon {
		if lexicon[i].name == form || slices.Contains(lexicon[i].aliases, form) {
			return &lexicon[i], true
		}
	}
	return nil, false
}

func isOrgSuffixWord(w string) bool {
	for _, s := range orgSuffixes {
		if strings.HasPrefix(w, s.suffix) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, sfx ...string) bool {
	for _, x := range sfx {
		if strings.HasSuffix(s, x) && s != x {
			return true
		}
	}
	return false
}

// cleanName rejects what cannot be an organisation's name: punctuation
// inside (杭州）开发者中心), a demonstrative in front (这批科技), or a generic
// acronym and noun (AI医疗公司).
func cleanName(s string) bool {
	for _, r := range s {
		if !(unicode.Is(unicode.Han, r) || isLatinOrDigit(r) || r == '·') {
			return false
		}
	}
	for _, d := range []string{"这", "那", "该", "此", "每", "各", "本", "其", "某", "多", "一"} {
		if strings.HasPrefix(s, d) {
			return false
		}
	}
	if m := regexp.MustCompile(`^[A-Z]{1,3}\p{Han}`).FindString(s); m != "" {
		return false
	}
	return true
}

func hanRunes(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

// nameStart reads an organisation's name leftwards from its suffix word
// i: up to five name-like words (nouns, places, words the dictionary does
// not know, Latin), stopping at punctuation, verbs and generic words. The
// name must open with a proper word — a place, a known organisation or
// brand, an unknown word — never a common noun (科技公司 is no name).
func nameStart(words []engine.Word, i int, compound bool) (int, bool) {
	start := i
	if !compound {
		for j := i - 1; j >= 0 && i-j <= 5; j-- {
			w := words[j]
			if nameStops[w.Text] || !namePart(w) || isOrgSuffixWord(w.Text) && j < i-1 {
				break
			}
			start = j
		}
	}
	for start < i && (!properWord(words[start]) || glued(words[start])) {
		start++
	}
	if start == i && !compound {
		return 0, false
	}
	if start == i && !properWord(words[i]) {
		return 0, false
	}
	return start, true
}

// glued reports a word the segmenter did not know that holds a function
// character: pieces of two words glued round a preposition (文化|节在良|渚),
// which never open a name.
func glued(w engine.Word) bool {
	return w.Pos == "" && strings.ContainsAny(w.Text, "在的了是从向对为将把被于")
}

func namePart(w engine.Word) bool {
	r, _ := utf8.DecodeRuneInString(w.Text)
	if isLatinOrDigit(r) {
		return true
	}
	if !unicode.Is(unicode.Han, r) {
		return false
	}
	switch {
	case w.Pos == "":
		return true
	case strings.HasPrefix(w.Pos, "n"), w.Pos == "j", w.Pos == "vn", w.Pos == "v", w.Pos == "a", w.Pos == "b":
		// 投资|促进|局, 日本|先进|半导体|制造|公司: verbs and adjectives
		// inside a name; the name's first word must still be proper
		return true
	}
	return false
}

func properWord(w engine.Word) bool {
	r, _ := utf8.DecodeRuneInString(w.Text)
	if isLatinOrDigit(r) && r > '9' {
		return true
	}
	if slices.Contains(places, strings.TrimRight(w.Text, "省市区县")) {
		return true
	}
	switch w.Pos {
	case "", "ns", "nz", "nt", "nr", "nrt", "nrfg", "j":
		return hanRunes(w.Text) >= 2 || w.Pos != ""
	}
	return false
}

// listedOrgs is a list of names before 等企业, 等公司, 等机构 …: 亿航智能、
// 峰飞航空等企业. Each name is an organisation of that kind.
var listedOrgs = regexp.MustCompile(`((?:[\p{Han}A-Za-z0-9]{2,16}?(?:、|以及|及|和|与))+[\p{Han}A-Za-z0-9]{2,12}?)等(?:[0-9]+(?:余|多)?家)?(企业|公司|厂商|机构|单位|高校|院校)`)

// listKinds are the nouns listedOrgs ends with.
var listKinds = []string{"企业", "公司", "厂商", "机构", "单位", "高校", "院校"}

// listSep separates the names of a list.
var listSep = regexp.MustCompile(`、|以及|及|和|与`)

// listed adds the organisations a list names (see listedOrgs). A name
// must open with a proper word (an unknown word, a place, a brand), so
// that a list of common nouns (科研院所、高校等单位) names no one; the
// first item is the name-like words before its end (来自|亿航智能).
func (f *entityFinder) listed(text string, words []engine.Word) {
	if !strings.Contains(text, "等") || !slices.ContainsFunc(listKinds, func(k string) bool { return strings.Contains(text, k) }) {
		return // the pattern is costly; most sentences list no one
	}
	for _, m := range listedOrgs.FindAllStringSubmatchIndex(text, -1) {
		kind := "company"
		switch text[m[4]:m[5]] {
		case "机构", "单位", "高校", "院校":
			kind = "institution"
		}
		list := text[m[2]:m[3]]
		seps := listSep.FindAllStringIndex(list, -1)
		for k := 0; k <= len(seps); k++ {
			start, end := m[2], m[3]
			if k > 0 {
				start = m[2] + seps[k-1][1]
			}
			if k < len(seps) {
				end = m[2] + seps[k][0]
			}
			if k == 0 {
				// The list's first name: the name-like words just before
				// its end (集强了|强脑科技, 来自|亿航智能).
				first := end
				for j := len(words) - 1; j >= 0; j-- {
					w := words[j]
					if w.End > end || w.Start < start {
						continue
					}
					if w.End != first || nameStops[w.Text] || !namePart(w) || w.Pos == "v" {
						break
					}
					first = w.Start
				}
				start = first
			}
			// Like any name, it opens with a proper word (亿航|智能; not
			// 科研|院所, a common noun first).
			proper := false
			for _, w := range words {
				if w.Start == start && w.End <= end {
					proper = properWord(w)
				}
			}
			name := text[start:end]
			if !proper || !cleanName(name) || utf8.RuneCountInString(name) < 2 || utf8.RuneCountInString(name) > 12 {
				continue
			}
			if _, ok := f.lexForm(name); ok {
				continue // a known name: the lexicon's scan finds it
			}
			if kind == "company" {
				f.addCompany(name, kind)
			} else {
				f.add(name, kind, "org:"+name)
			}
		}
	}
}

// people finds persons: a surname right after a title (创始人王兴兴, 处长周鸣)
// or right before a verb of saying (周鸣介绍, 王兴兴表示). The name is the
// segmenter's word when it starts there (gse's HMM finds new names), else
// the surname and up to two characters.
func (f *entityFinder) people(text string, words []engine.Word) {
	wordAt := map[int]engine.Word{}
	for _, w := range words {
		wordAt[w.Start] = w
	}
	try := func(at int, requireSay bool) {
		rest := text[at:]
		var sur string
		for _, s := range surnames {
			if strings.HasPrefix(rest, s) {
				sur = s
				break
			}
		}
		if sur == "" {
			return
		}
		name := ""
		if w, ok := wordAt[at]; ok && hanRunes(w.Text) == utf8.RuneCountInString(w.Text) && hanRunes(w.Text) >= 2 && hanRunes(w.Text) <= 3 && (w.Pos == "" || strings.HasPrefix(w.Pos, "nr")) {
			name = w.Text
		} else {
			n := len(sur)
			for k := 0; k < 2 && n < len(rest); k++ {
				r, size := utf8.DecodeRuneInString(rest[n:])
				if !unicode.Is(unicode.Han, r) || strings.ContainsRune("在的是和与等表说称介透指认坦强接", r) {
					break
				}
				n += size
			}
			name = rest[:n]
		}
		if hanRunes(name) < 2 {
			return
		}
		if requireSay {
			after := text[at+len(name):]
			ok := false
			for _, v := range sayVerbs {
				if strings.HasPrefix(after, v) {
					ok = true
				}
			}
			if !ok {
				return
			}
		}
		f.add(name, "person", "person:"+name)
	}
	for _, t := range titles {
		for off := 0; ; {
			i := strings.Index(text[off:], t)
			if i < 0 {
				break
			}
			at := off + i + len(t)
			if strings.HasPrefix(text[at:], " ") {
				at++
			}
			try(at, false)
			off = at
		}
	}
	for _, v := range sayVerbs {
		for off := 0; ; {
			i := strings.Index(text[off:], v)
			if i < 0 {
				break
			}
			// The name ends right before the verb: try 2- and 3-character names.
			for _, n := range []int{3, 2, 4} {
				s := off + i
				for k := 0; k < n && s > 0; k++ {
					_, size := utf8.DecodeLastRuneInString(text[:s])
					s -= size
				}
				if s < off+i && hanRunes(text[s:off+i]) == utf8.RuneCountInString(text[s:off+i]) {
					if w, ok := wordAt[s]; ok && w.End == off+i && (w.Pos == "" || strings.HasPrefix(w.Pos, "nr")) {
						try(s, true)
						break
					}
				}
			}
			off += i + len(v)
		}
	}
}

// locate finds every occurrence of every form; where forms overlap the
// longest wins.
func (f *entityFinder) locate() {
	type hit struct {
		occurrence
		e *entity
	}
	loc := newLocator(f.sh.art)
	text := f.sh.art.Text
	var hits []hit
	for _, e := range f.list {
		for _, form := range e.forms {
			for off := 0; ; {
				i := strings.Index(text[off:], form)
				if i < 0 {
					break
				}
				sb := off + i
				off = sb + len(form)
				if p, s, en, ok := loc.locate(sb, sb+len(form)); ok && f.boundaryOK(text, sb, sb+len(form)) {
					hits = append(hits, hit{occurrence{p, s, en}, e})
				}
			}
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.passage != b.passage {
			return a.passage < b.passage
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end-a.start > b.end-b.start
	})
	lastP, lastEnd := -1, 0
	for _, h := range hits {
		if h.passage == lastP && h.start < lastEnd {
			continue
		}
		h.e.occ = append(h.e.occ, h.occurrence)
		lastP, lastEnd = h.passage, h.end
	}
}

// boundaryOK rejects a Latin name inside a longer Latin word (AI in
// MAIN), and a two-character Han name whose first character makes a
// dictionary word with the character before it (华为 in 升华为, 京东 in
// 北京东部). Only the left: 京东平台 must stay 京东 although 东平 is a word.
func (f *entityFinder) boundaryOK(text string, s, e int) bool {
	first, _ := utf8.DecodeRuneInString(text[s:])
	last, _ := utf8.DecodeLastRuneInString(text[:e])
	before, _ := utf8.DecodeLastRuneInString(text[:s])
	after, _ := utf8.DecodeRuneInString(text[e:])
	if isLatinOrDigit(first) && isLatinOrDigit(before) || isLatinOrDigit(last) && isLatinOrDigit(after) {
		return false
	}
	if n := utf8.RuneCountInString(text[s:e]); n == 2 && hanRunes(text[s:e]) == 2 {
		if s > 0 && unicode.Is(unicode.Han, before) && engine.Known(string([]rune{before, first})) {
			return false
		}
	}
	return true
}

// finish chooses the name (the form printed most often, the longer on a
// tie; the lexicon's name when the text prints it), the aliases (the
// other printed forms) and the passages.
func (f *entityFinder) finish(e *entity) {
	count := map[string]int{}
	var order []string
	for _, o := range e.occ {
		s := f.sh.origRunes(o.passage, o.start, o.end)
		if count[s] == 0 {
			order = append(order, s)
		}
		count[s]++
		e.passages = append(e.passages, o.passage)
	}
	best := order[0]
	for _, s := range order[1:] {
		if count[s] > count[best] || count[s] == count[best] && utf8.RuneCountInString(s) > utf8.RuneCountInString(best) {
			best = s
		}
	}
	if e.lex != nil && count[e.lex.name] > 0 {
		best = e.lex.name
	}
	e.name = best
	for _, s := range order {
		if s != best {
			e.aliases = append(e.aliases, s)
		}
	}
	slices.Sort(e.passages)
	e.passages = slices.Compact(e.passages)
}
