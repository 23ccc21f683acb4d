package engine

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/qiusuo/qiusuo/data/engine/pinyin"
)

// occurrences lists every hit of a search as passage@start-end, sorted,
// with how it was found when via is true.
func occ(e *Engine, res Results, term int, vias ...Via) []string {
	var out []string
	for _, r := range res.Results {
		for _, h := range r.Hits {
			if h.Term == term && (len(vias) == 0 || slices.Contains(vias, h.Via)) {
				out = append(out, fmt.Sprintf("%s@%d-%d", e.Story().Article.Passages[r.Passage].ID, h.Start, h.End))
			}
		}
	}
	slices.Sort(out)
	return out
}

// readsAs is the brute-force oracle: every place in the article whose
// characters can be read as the syllables, one per character.
func readsAs(e *Engine, syl []string) []string {
	var out []string
	for _, p := range e.Story().Article.Passages {
		rs := []rune(p.Text)
		for i := 0; i+len(syl) <= len(rs); i++ {
			ok := true
			for k, s := range syl {
				ok = ok && slices.Contains(pinyin.Readings(rs[i+k]), s)
			}
			if ok {
				out = append(out, fmt.Sprintf("%s@%d-%d", p.ID, i, i+len(syl)))
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestPinyinFindsWhatCharactersFind types every word of the story's
// lexicon in pinyin (each character's first reading) and compares the
// occurrence sets: the pinyin search finds every occurrence the
// characters find, and besides them exactly the homophones (checked
// against a brute-force reading of the whole article).
func TestPinyinFindsWhatCharactersFind(t *testing.T) {
	e := seedEngine(t)
	tested := 0
	for _, w := range Lexicon(e.Story()) {
		var syl []string
		for _, r := range w {
			rd := pinyin.Readings(r)
			if len(rd) == 0 {
				syl = nil
				break
			}
			syl = append(syl, rd[0])
		}
		if syl == nil {
			continue // Latin letters or digits: not typed in pinyin
		}
		tested++
		chars := occ(e, e.Search(w), 0)
		for _, q := range []string{strings.Join(syl, "'") + "'", strings.Join(syl, "")} {
			res := e.Search(q)
			got := occ(e, res, 0)
			for _, o := range chars {
				if !slices.Contains(got, o) {
					t.Errorf("%s typed %q: misses %s, which the characters find", w, q, o)
				}
			}
			if strings.HasSuffix(q, "'") {
				if want := readsAs(e, syl); !slices.Equal(got, want) {
					t.Errorf("%s typed %q: found %v\nthe article reads so at %v", w, q, got, want)
				}
			}
		}
	}
	if tested < 20 {
		t.Fatalf("only %d lexicon words tested", tested)
	}
}

func TestPinyinKinds(t *testing.T) {
	e := seedEngine(t)
	// same checks q finds, by via, every occurrence chars finds (and
	// homophones: TestPinyinFindsWhatCharactersFind checks those).
	same := func(q, chars string, via Via) {
		t.Helper()
		res := e.Search(q)
		want := occ(e, e.Search(chars), 0)
		got := occ(e, res, 0, via)
		if len(want) == 0 || len(got) < len(want) {
			t.Errorf("%q (%s): found %v, %s finds %v", q, via, got, chars, want)
		}
		for _, o := range want {
			if !slices.Contains(got, o) {
				t.Errorf("%q (%s): misses %s, which %s finds", q, via, o, chars)
			}
		}
	}
	same("jiqiren", "机器人", ViaPinyin)
	same("ji qi ren", "机器人", ViaPinyin)
	same("jīqìrén", "机器人", ViaPinyin)
	same("ji1qi4ren2", "机器人", ViaPinyin)
	same("JiQiRen", "机器人", ViaPinyin)
	same("jiqir", "机器人", ViaPinyin) // still typing
	same("jqr", "机器人", ViaInitials)
	same("hangye", "行业", ViaPinyin)    // 行 is xing and hang
	same("zhongdian", "重点", ViaPinyin) // 重 is zhong and chong
	same("lve", "略", ViaPinyin)        // ü typed as v
	same("lu:e", "略", ViaPinyin)
	same("lüè", "略", ViaPinyin)
	same("rengongzhineng", "人工智能", ViaPinyin)
	same("rgzn", "人工智能", ViaInitials)
	same("yushu", "宇树", ViaPinyin)
	same("moda", "魔搭", ViaPinyin)

	// Ranking: among results with as many terms, characters before full
	// pinyin before initials.
	for _, q := range []string{"AI jiqiren", "AI jqr", "296X rgzn"} {
		res := e.Search(q)
		var one []Result
		for _, r := range res.Results {
			if r.Matched == 1 {
				one = append(one, r)
			}
		}
		if len(one) == 0 || !slices.IsSortedFunc(one, func(a, b Result) int { return int(a.Via) - int(b.Via) }) || one[0].Via == one[len(one)-1].Via {
			t.Errorf("%s: results not ranked text, pinyin, initials: %v", q, vias(res))
		}
	}
	// A Latin word the article has means itself: ai finds AI, not 爱.
	if got := occ(e, e.Search("ai"), 0, ViaPinyin, ViaInitials); len(got) != 0 {
		t.Errorf("ai read as pinyin: %v", got)
	}
	// An acronym in capitals means itself.
	if got := occ(e, e.Search("AI"), 0, ViaPinyin, ViaInitials); len(got) != 0 {
		t.Errorf("AI read as pinyin: %v", got)
	}
	// A reading label says what the pinyin was taken for.
	res := e.Search("jqr")
	if len(res.Readings) != 1 || res.Readings[0].Label() != "jqr → 机器人" {
		t.Errorf("jqr readings: %+v", res.Readings)
	}
}

func vias(res Results) []string {
	var out []string
	for _, r := range res.Results {
		out = append(out, r.Via.String())
	}
	return out
}

// TestMixedQueries: a pinyin term beside others keeps its own meaning.
func TestMixedQueries(t *testing.T) {
	e := seedEngine(t)
	for q, want := range map[string][]string{
		"AI jqr":        {"AI", "jqr"},
		"296X jiqiren":  {"296X", "jiqiren"},
		"ji qi ren":     {"ji qi ren"},
		"机器人 chunwan":   {"机器人", "chunwan"},
		"Synthetic bio": {"Synthetic bio"},
	} {
		res := e.Search(q)
		if !slices.Equal(res.Terms, want) {
			t.Errorf("%q: terms %q, want %q", q, res.Terms, want)
			continue
		}
		for ti := range want {
			if len(occ(e, res, ti)) == 0 {
				t.Errorf("%q: term %q finds nothing", q, want[ti])
			}
		}
	}
	// Both terms of AI jqr in one sentence rank first.
	if r := e.Search("AI jqr").Results[0]; r.Matched != 2 {
		t.Errorf("AI jqr: first result has %d of 2 terms", r.Matched)
	}
}

func TestRegionalWords(t *testing.T) {
	e := seedEngine(t)
	res := e.Search("人工智慧")
	if got, want := occ(e, res, 0), occ(e, e.Search("人工智能"), 0); len(want) != 10 || !slices.Equal(got, want) {
		t.Errorf("人工智慧 found %d, 人工智能 %d", len(got), len(want))
	}
	if len(res.Readings) != 1 || res.Readings[0].Via != ViaRegional || res.Readings[0].Label() != "人工智慧 → 人工智能" {
		t.Errorf("人工智慧 readings: %+v", res.Readings)
	}
	// 智慧 is a mainland word too: the article's 智慧工厂 is found as
	// printed, and not turned into 智能工厂.
	res = e.Search("智慧工厂")
	if got := occ(e, res, 0); len(got) != 1 || len(res.Readings) != 0 {
		t.Errorf("智慧工厂: %v, readings %+v", got, res.Readings)
	}
	if got, want := occ(e, e.Search("智慧"), 0), occ(e, e.Search("智能"), 0); len(got) != 3 || slices.Equal(got, want) {
		t.Errorf("智慧 found %d (the article prints it 3 times)", len(got))
	}
	// Traditional script with a Taiwan word.
	if got := occ(e, e.Search("機器人"), 0); len(got) != 8 {
		t.Errorf("機器人 found %d, want 8", len(got))
	}
}

func TestEnglishNames(t *testing.T) {
	e := seedEngine(t)
	for q, c := range map[string]struct{ label, chars string }{
		"Unitree":           {"Unitree Robotics → 宇树科技", "宇树"},
		"unitree":           {"Unitree Robotics → 宇树科技", "宇树"},
		"Unit":              {"Unitree Robotics → 宇树科技", "宇树"},
		"Synthetic biology": {"Synthetic biology → 合成生物", "合成生物"},
		"modelscope":        {"ModelScope community → 魔搭社区", "魔搭"},
	} {
		res := e.Search(q)
		var labels []string
		for _, r := range res.Readings {
			labels = append(labels, r.Label())
		}
		if !slices.Contains(labels, c.label) {
			t.Errorf("%q: labels %q, want %q", q, labels, c.label)
		}
		got := occ(e, res, 0, ViaEnglish)
		for _, o := range occ(e, e.Search(c.chars), 0) {
			if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, strings.SplitN(o, "-", 2)[0]) }) {
				t.Errorf("%q misses %s (%s)", q, o, c.chars)
			}
		}
	}
	// An event's English title finds its sentences, when no name does.
	res := e.Search("Summer Davos")
	if len(res.Results) == 0 || len(res.Readings) != 1 || !strings.HasPrefix(res.Readings[0].Label(), "Young Hangzhou firms at Summer Davos → ") {
		t.Errorf("Summer Davos: %d results, readings %+v", len(res.Results), res.Readings)
	}
	for _, r := range e.Search("Unitree").Readings {
		if r.From != "Unitree Robotics" {
			t.Errorf("Unitree also read as %q", r.From)
		}
	}
	// Two letters begin too many words to be a name.
	if res := e.Search("un"); slices.ContainsFunc(res.Readings, func(r Reading) bool { return r.Via == ViaEnglish }) {
		t.Errorf("un read as an English name: %+v", res.Readings)
	}
}

func TestCandidates(t *testing.T) {
	e := seedEngine(t)
	first := func(q string) Candidate {
		t.Helper()
		cs := e.Candidates(q, 8)
		if len(cs) == 0 {
			t.Fatalf("%q: no candidates", q)
		}
		for _, c := range cs {
			if e.occurrences(NormalizeTerm(c.Word)) == 0 {
				t.Errorf("%q: candidate %s is not in the article", q, c.Word)
			}
		}
		return cs[0]
	}
	for q, want := range map[string]string{"jqr": "机器人", "jiqiren": "机器人", "jiqi": "机器人", "rgzn": "人工智能",
		"yushukeji": "宇树科技", "Unitree": "宇树科技", "hangye": "行业"} {
		if c := first(q); c.Word != want {
			t.Errorf("%q: first candidate %s, want %s (%v)", q, c.Word, want, e.Candidates(q, 8))
		}
	}
	if c := first("AI jqr"); c.Query != "AI 机器人" {
		t.Errorf("AI jqr: candidate query %q", c.Query)
	}
	if cs := e.Candidates("机器人", 8); len(cs) != 0 {
		t.Errorf("Chinese needs no candidates: %v", cs)
	}
}

// TestPinyinWhileWarming searches pinyin and asks for candidates from
// several goroutines while Warm builds the index and segments (run with
// -race): the first query waits for the one build.
func TestPinyinWhileWarming(t *testing.T) {
	s := seedEngine(t).Story()
	e := New(s)
	e.Warm()
	done := make(chan []string)
	for range 4 {
		go func() {
			e.Candidates("jqr", 4)
			done <- occ(e, e.Search("jiqiren"), 0)
		}()
	}
	first := <-done
	for range 3 {
		if got := <-done; len(got) == 0 || len(first) == 0 {
			t.Errorf("jiqiren found %v and %v", got, first)
		}
	}
}
