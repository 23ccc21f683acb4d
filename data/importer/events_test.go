package importer

import (
	"strings"
	"testing"
)

// News writes dates in a few ways the events rules must read as a reader
// does. Each case is a short article and the events it should give, as
// "from..to when title" lines in date order; a case with the publication
// date given tests the relative forms.
func TestNewsEventRules(t *testing.T) {
	for _, tc := range []struct {
		name, published, text string
		want                  []string
	}{{
		// The day a rule takes effect is an event of its own, named after
		// the rule; the sentence's other date (the day it was reported)
		// is another, titled with the news, not with the reporter.
		name: "effective date", published: "2025-11-28",
		text: "新政出台\n\n记者昨天从市经信局获悉，《杭州市支持人工智能产业发展的若干措施》已正式印发，自2026年1月1日起施行，有效期三年。",
		want: []string{
			"2025-11-27..2025-11-27 昨天 《杭州市支持人工智能产业发展的若干措施》已正式印发",
			"2026-01-01..2026-01-01 2026年1月1日 《杭州市支持人工智能产业发展的若干措施》施行",
		},
	}, {
		// 自…起 alone starts a span, not an event.
		name: "a span, not an effective date", published: "2025-11-28",
		text: "标题\n\n自2019年起，杭州市人工智能产业联盟持续扩大，成员单位超过200家。",
		want: nil,
	}, {
		name: "a weekday of this week", published: "2025-11-28", // a Friday
		text: "标题\n\n本周三，首届西湖人工智能论坛在杭州国际博览中心开幕。上周五，杭州市人工智能产业联盟在滨江区揭牌成立。",
		want: []string{
			"2025-11-21..2025-11-21 上周五 杭州市人工智能产业联盟在滨江区揭牌成立",
			"2025-11-26..2025-11-26 本周三 首届西湖人工智能论坛在杭州国际博览中心开幕",
		},
	}, {
		// Without a full publication date the weekday stays unresolved.
		name: "a weekday, no date", published: "",
		text: "标题\n\n本周三，首届西湖人工智能论坛在杭州国际博览中心开幕。",
		want: []string{"- 本周三 首届西湖人工智能论坛在杭州国际博览中心开幕"},
	}, {
		// A period's statistic is not an event, however far into its
		// clause the measured quantity comes.
		name: "a statistic", published: "2025-11-28",
		text: "标题\n\n今年前三季度，杭州人工智能核心产业实现营业收入2600亿元，同比增长12.5%。",
		want: nil,
	}, {
		// An exhibition panel's chronicle: a stated year opening its
		// sentence dates what follows, with or without a known actor; a
		// scene-setting clause (在…大会上) gives way to what happened.
		name: "a chronicle", published: "",
		text: "良渚\n\n1936年，西湖博物馆的施昕更在良渚镇一带发现了黑陶和石器。1987年，瑶山祭坛遗址被发现。" +
			"\n\n2019年7月6日，在阿塞拜疆巴库举行的第43届世界遗产大会上，良渚古城遗址被列入《世界遗产名录》。",
		want: []string{
			"1936-01-01..1936-12-31 1936年 西湖博物馆的施昕更在良渚镇一带发现了黑陶和石器",
			"1987-01-01..1987-12-31 1987年 瑶山祭坛遗址被发现",
			"2019-07-06..2019-07-06 2019年7月6日 良渚古城遗址被列入《世界遗产名录》",
		},
	}, {
		// A relative year or a since-range opening a sentence is
		// commentary on a trend, not a chronicle's entry.
		name: "commentary", published: "2025-12-20",
		text: "标题\n\n今年，外资继续走在全国前列。今年以来，产业持续向好。2024年，是低空经济发展的关键一年。",
		want: nil,
	}, {
		// What happened dates a sentence before what is expected in it,
		// even when the expectation's date is the one resolved.
		name: "a forecast in the same sentence", published: "",
		text: "标题\n\n去年12月，JASM宣布第二座工厂计划，预计2027年底开始量产。",
		want: []string{"- 去年12月 JASM宣布第二座工厂计划"},
	}, {
		// A report's year by year: each entry opening with its year is
		// an event of its own; the year's statistics are none.
		name: "a report's chronicle", published: "",
		text: "报告\n\n2024年，全市实现地区生产总值2.19万亿元，增长4.7%。\n\n2024年，杭州成功举办亚运会一周年系列活动。" +
			"\n\n2024年，我们出台了《低空经济实施方案》。\n\n2025年，全市生产总值增长5.5%左右。",
		want: []string{
			"2024-01-01..2024-12-31 2024年 杭州成功举办亚运会一周年系列活动",
			"2024-01-01..2024-12-31 2024年 我们出台了《低空经济实施方案》",
		},
	}, {
		// A Taiwan press release: the dateline in the Republic's calendar,
		// 今（20）日 with its day in brackets, who announced what.
		name: "a Taiwan press release", published: "",
		text: "經濟部推動半導體產業人才培育計畫\n\n發布日期：114年11月20日　發布單位：產業發展署\n\n" +
			"經濟部今（20）日宣布，將於明年起推動「半導體產業人才培育計畫」，預計四年投入新臺幣120億元。",
		want: []string{"2025-11-20..2025-11-20 今（20）日 經濟部宣布將於明年起推動「半導體產業人才培育計畫」"},
	}, {
		// A wire story: the dateline is when it was filed, not an event;
		// a target (力争…前) is none either.
		name: "a wire story", published: "2025",
		text: "标题\n\n新华社北京11月28日电（记者 王晓）记者28日从中国民用航空局获悉，《标准体系建设指南》日前正式发布。" +
			"\n\n中国民用航空局有关负责人表示，力争2026年底前建成覆盖全国的低空飞行服务网络。",
		want: []string{"2025-11-28..2025-11-28 28日 《标准体系建设指南》日前正式发布"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Import(tc.name, tc.text, Options{Published: tc.published})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range s.Events {
				d := "-"
				if e.Date != nil {
					d = e.Date.From + ".." + e.Date.To
				}
				got = append(got, d+" "+e.When+" "+e.Title)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// A long document name is cut in its middle, so that a timeline card
// keeps what happened to it.
func TestShortenKeepsTheAction(t *testing.T) {
	got := shorten("《杭州市进一步支持人工智能产业高质量发展的若干措施》已正式印发")
	if want := "《杭州市进一步支持人工智…业高质量发展的若干措施》已正式印发"; got != want {
		t.Errorf("shorten: %s, want %s", got, want)
	}
	if n := len([]rune(got)); n > maxTitleRunes {
		t.Errorf("%d runes, more than %d", n, maxTitleRunes)
	}
	if got := shorten("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三"); got != "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九…" {
		t.Errorf("without a name: %s", got)
	}
}
