package data

import (
	"regexp"
	"strings"
	"testing"
)

// numeral finds anything in the article that could be a figure: Arabic
// digits (with a decimal part, a percent sign, the “+N” of 3+N), runs of
// Chinese numerals, and 成 (tenths) after a Chinese numeral.
var numeral = regexp.MustCompile(`[0-9０-９]+(?:\.[0-9]+)?%?|[零〇一二两三四五六七八九十百千万亿]+成?`)

// notFigures lists what the scan finds that is not a figure, each with a
// stretch of text that covers it and the reason. A figure counts
// something; dates, names, labels and idioms do not, and 一 as "a" or
// "one whole" is grammar, not a count.
var notFigures = []struct{ text, why string }{
	// Dates say when, not how many: the timeline shows them (events'
	// "when", checked in storyfile_test.go), and a year is no statistic.
	{"2025年", "year"},
	{"2025全球智能机械与电子产品博览会", "the year in an expo's name"},
	{"今年7月", "date"},
	{"11月27日", "date"},
	// 296X is the plan's name; fact plan-296x counts it once, where the
	// article defines it, and tier-2/9/6 count its parts. Its other
	// mentions name the plan, as “3+N” names the fund cluster. (The first
	// entry would also cover the defining mention; facts are checked first.)
	{"“296X”先进制造业集群", "the plan's name"},
	{"“296X”重点领域", "the plan's name"},
	{"“296X”的燎原之势", "the plan's name"},
	// In the defining sentence the quoted digits label the parts; the
	// counts are the facts right after them (两大万亿级, 9个千亿级, 6个未来产业).
	{"“2”即", "label of a part of 296X"},
	{"“9”即", "label of a part of 296X"},
	{"“6”指", "label of a part of 296X"},
	{"第一城", "a slogan's rank (the leading city), not a count"},
	{"六小龙", "a nickname; the entity six-dragons says who is meant"},
	{"千问", "a product name (Qwen)"},
	{"千行百业", "idiom: every trade"},
	{"百花齐放", "idiom: a hundred flowers bloom"},
	{"一骑绝尘", "idiom: one rider far ahead"},
	{"四梁八柱", "idiom: the main framework (see the glossary)"},
	{"这一切", "一切: everything"}, {"一切的起点", "一切: everything"},
	{"这一年中", "this year"},
	{"这一全新概念", "this"},
	{"一条主线", "a"}, {"一种", "a kind of"}, {"一段", "a"}, {"一个", "a"}, {"一幅", "a"},
	{"一座", "a"}, {"一片", "a"}, {"一场", "a"}, {"一次", "a"}, {"一束", "a"}, {"一股", "a"},
	{"一系列", "a series"}, {"一张", "a"}, {"一样", "like"}, {"进一步", "further"},
	{"一流", "first-class"}, {"一环", "a link"}, {"在一起", "together"}, {"最新一期", "the latest issue"},
}

// TestFactsCoverFigures checks that every figure printed in the article
// is a fact, linked to its sentence: each numeral the scan finds must lie
// inside a fact's span or inside one of the notFigures stretches.
func TestFactsCoverFigures(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := s.Article.Text
	for _, f := range s.Facts {
		p := &s.Article.Passages[f.Passage]
		if !strings.Contains(p.Text, f.Figure) || f.Counts == "" || f.CountsEn == "" {
			t.Errorf("fact %s: %q in %s, counts %q / %q", f.ID, f.Figure, p.ID, f.Counts, f.CountsEn)
		}
		if f.Span.StartByte < p.Pieces[0].StartByte || f.Span.EndByte > p.Pieces[len(p.Pieces)-1].EndByte {
			t.Errorf("fact %s: span %v outside its sentence %s", f.ID, f.Span, p.ID)
		}
	}
	used := make([]bool, len(notFigures))
	covered := func(from, to int) bool {
		for _, f := range s.Facts {
			if from >= f.Span.StartByte && to <= f.Span.EndByte {
				return true
			}
		}
		for k, nf := range notFigures {
			for off := 0; ; {
				i := strings.Index(text[off:], nf.text)
				if i < 0 {
					break
				}
				i += off
				if from >= i && to <= i+len(nf.text) {
					used[k] = true
					return true
				}
				off = i + 1
			}
		}
		return false
	}
	for _, m := range numeral.FindAllStringIndex(text, -1) {
		if !covered(m[0], m[1]) {
			lo, hi := max(0, m[0]-12), min(len(text), m[1]+12)
			for lo > 0 && !isRuneStart(text[lo]) {
				lo--
			}
			for hi < len(text) && !isRuneStart(text[hi]) {
				hi++
			}
			t.Errorf("figure %q is not a fact: …%s…", text[m[0]:m[1]], strings.ReplaceAll(text[lo:hi], "\n", "/"))
		}
	}
	for k, u := range used {
		if !u {
			t.Errorf("notFigures %q (%s) covers nothing: remove it", notFigures[k].text, notFigures[k].why)
		}
	}
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
