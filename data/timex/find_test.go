package timex

import (
	"fmt"
	"strings"
	"testing"
)

// line renders an expression the way the golden files do:
// text, interval, precision, basis (and the year's basis when it differs).
func line(e Expr) string {
	s := fmt.Sprintf("%s\t%s\t%s\t%s", e.Text, e.Interval(), e.Precision, e.Basis)
	if e.YearBasis != e.Basis {
		s += "\tyear:" + string(e.YearBasis)
	}
	return s
}

func anchor(t *testing.T, s string) Anchor {
	t.Helper()
	if s == "" {
		return Anchor{}
	}
	a, err := ParseAnchor(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

type findCase struct {
	anchor string
	text   string
	want   []string // line(e) for each expression, in order
}

func runCases(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		got := Find(c.text, anchor(t, c.anchor))
		var lines []string
		for _, e := range got {
			lines = append(lines, line(e))
		}
		if strings.Join(lines, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("Find(%q, %q):\n got:\n  %s\nwant:\n  %s", c.text, c.anchor,
				strings.Join(lines, "\n  "), strings.Join(c.want, "\n  "))
		}
	}
}

func TestAbsolute(t *testing.T) {
	runCases(t, []findCase{
		{"", "公开征求意见时间：2024年5月31日至6月12日。", []string{"2024年5月31日至6月12日\t2024-05-31..2024-06-12\trange\tstated"}},
		{"", "早在2019年10月，杭州迅蚁拿到牌照。", []string{"2019年10月\t2019-10-01..2019-10-31\tmonth\tstated"}},
		{"", "宇樹科技 2025 年的人形機器人出貨量", []string{"2025 年\t2025-01-01..2025-12-31\tyear\tstated"}},
		{"", "2025年上半年营收", []string{"2025年上半年\t2025-01-01..2025-06-30\thalf-year\tstated"}},
		{"", "2025年下半年", []string{"2025年下半年\t2025-07-01..2025-12-31\thalf-year\tstated"}},
		{"", "2025年6月30日，首屆魔搭開發者大會", []string{"2025年6月30日\t2025-06-30\tday\tstated"}},
		{"", "二〇二五年十二月三十日", []string{"二〇二五年十二月三十日\t2025-12-30\tday\tstated"}},
		{"", "２０２５年３月", []string{"２０２５年３月\t2025-03-01..2025-03-31\tmonth\tstated"}},
		{"", "2026 年 2 月 3 日", []string{"2026 年 2 月 3 日\t2026-02-03\tday\tstated"}},
		{"", "2024年5月至8月", []string{"2024年5月至8月\t2024-05-01..2024-08-31\trange\tstated"}},
		{"", "2024年12月至2025年3月", []string{"2024年12月至2025年3月\t2024-12-01..2025-03-31\trange\tstated"}},
		{"", "2019年至2024年", []string{"2019年至2024年\t2019-01-01..2024-12-31\tmulti-year\tstated"}},
		{"", "2024年初，2024年底，2024年年中", []string{
			"2024年初\t2024-01-01..2024-02-29\tyear-part\tstated",
			"2024年底\t2024-11-01..2024-12-31\tyear-part\tstated",
			"2024年年中\t2024-06-01..2024-07-31\tyear-part\tstated"}},
		{"", "2025年第三季度、2025年前三季度、2025年Q4", []string{
			"2025年第三季度\t2025-07-01..2025-09-30\tquarter\tstated",
			"2025年前三季度\t2025-01-01..2025-09-30\tquarter\tstated",
			"2025年Q4\t2025-10-01..2025-12-31\tquarter\tstated"}},
		{"", "2025-06-30 与 2025/6/30 与 2025.06.30", []string{
			"2025-06-30\t2025-06-30\tday\tstated", "2025/6/30\t2025-06-30\tday\tstated", "2025.06.30\t2025-06-30\tday\tstated"}},
		{"", "上世纪90年代、1990年代", []string{
			"上世纪90年代\t1990-01-01..1999-12-31\tmulti-year\tstated", "1990年代\t1990-01-01..1999-12-31\tmulti-year\tstated"}},
		{"", "2020年10月入选，同年12月获批", []string{
			"2020年10月\t2020-10-01..2020-10-31\tmonth\tstated", "同年12月\t2020-12-01..2020-12-31\tmonth\tstated"}},
		{"", "2025年6月上旬，2025年12月底", []string{
			"2025年6月上旬\t2025-06-01..2025-06-10\tmonth-part\tstated", "2025年12月底\t2025-12-21..2025-12-31\tmonth-part\tstated"}},
	})
}

func TestRanges(t *testing.T) {
	runCases(t, []findCase{
		{"2025-12-20", "9月下旬至10月上旬", []string{"9月下旬至10月上旬\t2025-09-21..2025-10-10\trange\tpublished"}},
		{"2025-12-20", "12月31日至1月2日", []string{"12月31日至1月2日\t2025-12-31..2026-01-02\trange\tpublished"}},
		{"2025-12-20", "从年初到年尾", []string{"年初到年尾\t2025-01-01..2025-12-31\trange\tpublished"}},
		{"2025-12-20", "一季度至三季度", []string{"一季度至三季度\t2025-01-01..2025-09-30\trange\tpublished"}},
		{"", "2023年至2024年6月", []string{"2023年至2024年6月\t2023-01-01..2024-06-30\trange\tstated"}},
		{"", "春节至元宵", []string{"春节至元宵\t-\trange\tunresolved"}},
		{"2025-12-20", "供暖期11月至3月", []string{"11月至3月\t2025-11-01..2026-03-31\trange\tpublished"}},
		{"", "2025年11月至2025年3月", []string{"2025年11月\t2025-11-01..2025-11-30\tmonth\tstated", "2025年3月\t2025-03-01..2025-03-31\tmonth\tstated"}},
		{"", "2025年1-11月，2025年1—9月，1至11月份", []string{
			"2025年1-11月\t2025-01-01..2025-11-30\trange\tstated",
			"2025年1—9月\t2025-01-01..2025-09-30\trange\tstated",
			"1至11月份\t-\trange\tunresolved"}},
		{"2025-12-20", "12月3-5日、12月3日至5日、12月中下旬", []string{
			"12月3-5日\t2025-12-03..2025-12-05\trange\tpublished",
			"12月3日至5日\t2025-12-03..2025-12-05\trange\tpublished",
			"12月中下旬\t2025-12-11..2025-12-31\tmonth-part\tpublished"}},
		{"", "2025年春，", []string{"2025年春\t2025-03-01..2025-05-31\tseason\tstated"}},
	})
}

func TestSince(t *testing.T) {
	runCases(t, []findCase{
		{"2025-10-15", "特别是2024年以来", []string{"2024年以来\t2024-01-01..2025-10-15\trange\tstated"}},
		{"2025-10", "2024年以来", []string{"2024年以来\t2024-01-01..2025-10-31\trange\tstated"}},
		{"", "2024年以来", []string{"2024年以来\t2024-01-01..(publication)\trange\tstated"}},
		{"2025-10-15", "2019年至今", []string{"2019年至今\t2019-01-01..2025-10-15\trange\tstated"}},
		{"2025-10-15", "今年以来", []string{"今年以来\t2025-01-01..2025-10-15\trange\tpublished"}},
		{"", "今年以来", []string{"今年以来\t-\trange\tunresolved"}},
	})
	for _, e := range Find("2024年以来", Anchor{}) {
		if !e.OpenEnd || !e.Resolved() {
			t.Errorf("2024年以来 without a publication date: want an open end, got %+v", e)
		}
	}
}

func TestRelative(t *testing.T) {
	runCases(t, []findCase{
		{"2025-12-20", "今年7月，法国雷诺", []string{"今年7月\t2025-07-01..2025-07-31\tmonth\tpublished"}},
		{"2025-12-20", "去年、明年、前年、今年、后年", []string{
			"去年\t2024-01-01..2024-12-31\tyear\tpublished", "明年\t2026-01-01..2026-12-31\tyear\tpublished",
			"前年\t2023-01-01..2023-12-31\tyear\tpublished", "今年\t2025-01-01..2025-12-31\tyear\tpublished",
			"后年\t2027-01-01..2027-12-31\tyear\tpublished"}},
		{"2025-12-20", "本月、上月、上个月、下个月", []string{
			"本月\t2025-12-01..2025-12-31\tmonth\tpublished", "上月\t2025-11-01..2025-11-30\tmonth\tpublished",
			"上个月\t2025-11-01..2025-11-30\tmonth\tpublished", "下个月\t2026-01-01..2026-01-31\tmonth\tpublished"}},
		{"2025-02-18", "17日的民营企业座谈会上", []string{"17日\t2025-02-17\tday\tpublished"}},
		{"2025-02-18", "17日至19日", []string{"17日至19日\t2025-02-17..2025-02-19\trange\tpublished"}},
		{"2025", "17日的座谈会", []string{"17日\t-\tday\tunresolved"}},      // the month is not known
		{"", "17日的座谈会", []string{"17日\t-\tday\tunresolved"}},          // nothing is known
		{"2025-02", "2月30日、30日", []string{"30日\t-\tday\tunresolved"}}, // no such days; nothing invented
		{"2025", "11月27日，杭州市投资促进局", []string{"11月27日\t2025-11-27\tday\tpublished"}},
		// A month after the publication month stays in the publication year:
		// the text does not say otherwise, and no year is guessed.
		{"2025-02-18", "12月17日", []string{"12月17日\t2025-12-17\tday\tpublished"}},
		{"2025-12-20", "12月份营收", []string{"12月份\t2025-12-01..2025-12-31\tmonth\tpublished"}},
		{"2025-12-20", "昨天、今天、明天", []string{
			"昨天\t2025-12-19\tday\tpublished", "今天\t2025-12-20\tday\tpublished", "明天\t2025-12-21\tday\tpublished"}},
		{"2025-12-20", "今天的杭州，美好的明天，今日头条", nil},
		// 2025-12-20 is a Saturday
		{"2025-12-20", "本周、上周、下周、三周年、下周期", []string{
			"本周\t2025-12-15..2025-12-21\trange\tpublished", "上周\t2025-12-08..2025-12-14\trange\tpublished",
			"下周\t2025-12-22..2025-12-28\trange\tpublished"}},
		{"2025-12", "本周", []string{"本周\t-\trange\tunresolved"}},
		// A weekday of such a week is that day; its 末 the weekend.
		{"2025-12-20", "本周三，首届论坛开幕；上周五、下周日、这周一；上周末", []string{
			"本周三\t2025-12-17\tday\tpublished", "上周五\t2025-12-12\tday\tpublished",
			"下周日\t2025-12-28\tday\tpublished", "这周一\t2025-12-15\tday\tpublished",
			"上周末\t2025-12-13..2025-12-14\trange\tpublished"}},
		{"2025-12", "本周三", []string{"本周三\t-\tday\tunresolved"}},
		{"2025-12-20", "上週六", []string{"上週六\t2025-12-13\tday\tpublished"}},
		{"2025-12-20", "6月12日至14日", []string{"6月12日至14日\t2025-06-12..2025-06-14\trange\tpublished"}},
		{"", "今年7月、去年、12月17日、上月", []string{
			"今年7月\t-\tmonth\tunresolved", "去年\t-\tyear\tunresolved", "12月17日\t-\tday\tunresolved", "上月\t-\tmonth\tunresolved"}},
		{"", "同年12月", []string{"同年12月\t-\tmonth\tunresolved"}},
	})
}

// 年末, 今年末 and 年尾 all mean the end of the publication year; a
// stated year moves it.
func TestYearParts(t *testing.T) {
	runCases(t, []findCase{
		{"2025-12-20", "今年末，年末，年尾，年底，岁末，今年年底", []string{
			"今年末\t2025-11-01..2025-12-31\tyear-part\tpublished",
			"年末\t2025-11-01..2025-12-31\tyear-part\tpublished",
			"年尾\t2025-11-01..2025-12-31\tyear-part\tpublished",
			"年底\t2025-11-01..2025-12-31\tyear-part\tpublished",
			"岁末\t2025-11-01..2025-12-31\tyear-part\tpublished",
			"今年年底\t2025-11-01..2025-12-31\tyear-part\tpublished"}},
		{"2025-12-20", "去年年底，明年初", []string{
			"去年年底\t2024-11-01..2024-12-31\tyear-part\tpublished",
			"明年初\t2026-01-01..2026-02-28\tyear-part\tpublished"}},
		{"2025-12-20", "年初，年中，上半年，下半年", []string{
			"年初\t2025-01-01..2025-02-28\tyear-part\tpublished",
			"年中\t2025-06-01..2025-07-31\tyear-part\tpublished",
			"上半年\t2025-01-01..2025-06-30\thalf-year\tpublished",
			"下半年\t2025-07-01..2025-12-31\thalf-year\tpublished"}},
		{"2025-12-20", "一季度，第一季度，前三季度，四季度", []string{
			"一季度\t2025-01-01..2025-03-31\tquarter\tpublished",
			"第一季度\t2025-01-01..2025-03-31\tquarter\tpublished",
			"前三季度\t2025-01-01..2025-09-30\tquarter\tpublished",
			"四季度\t2025-10-01..2025-12-31\tquarter\tpublished"}},
		{"", "年末，今年末，年尾", []string{
			"年末\t-\tyear-part\tunresolved", "今年末\t-\tyear-part\tunresolved", "年尾\t-\tyear-part\tunresolved"}},
		// not parts of a year
		{"2025", "在这一年中，多年初心，每年底，2024年初步建成，2026 年中國", []string{
			"2024年\t2024-01-01..2024-12-31\tyear\tstated", "2026 年\t2026-01-01..2026-12-31\tyear\tstated"}},
	})
}

func TestSeasons(t *testing.T) {
	runCases(t, []findCase{
		{"2025-12-20", "春季，夏天，秋天，冬季，今夏", []string{
			"春季\t2025-03-01..2025-05-31\tseason\tpublished",
			"夏天\t2025-06-01..2025-08-31\tseason\tpublished",
			"秋天\t2025-09-01..2025-11-30\tseason\tpublished",
			"冬季\t2025-12-01..2026-02-28\tseason\tpublished",
			"今夏\t2025-06-01..2025-08-31\tseason\tpublished"}},
		{"", "2024年冬天", []string{"2024年冬天\t2024-12-01..2025-02-28\tseason\tstated"}},
		{"2025", "迎来人工智能的春天，冬季奥运会", nil},
	})
}

// Lunar holidays move across the Gregorian calendar; the dates are
// lunar-go's, checked against the published calendars (2025 春节 =
// 29 January, 2026 春节 = 17 February, 2024 春节 = 10 February).
func TestLunarHolidays(t *testing.T) {
	runCases(t, []findCase{
		{"", "2025年春节、2025年除夕、2026年春节、2024年春节、2026年除夕", []string{
			"2025年春节\t2025-01-29\tholiday\tlunar\tyear:stated",
			"2025年除夕\t2025-01-28\tholiday\tlunar\tyear:stated",
			"2026年春节\t2026-02-17\tholiday\tlunar\tyear:stated",
			"2024年春节\t2024-02-10\tholiday\tlunar\tyear:stated",
			"2026年除夕\t2026-02-16\tholiday\tlunar\tyear:stated"}},
		{"2025-12-20", "农历新年、元宵、端午、中秋、重阳节", []string{
			"农历新年\t2025-01-29\tholiday\tlunar\tyear:published",
			"元宵\t2025-02-12\tholiday\tlunar\tyear:published",
			"端午\t2025-05-31\tholiday\tlunar\tyear:published",
			"中秋\t2025-10-06\tholiday\tlunar\tyear:published",
			"重阳节\t2025-10-29\tholiday\tlunar\tyear:published"}},
		{"2024-12-01", "今年中秋", []string{"今年中秋\t2024-09-17\tholiday\tlunar\tyear:published"}},
		// 春晚 airs on New Year's Eve
		{"2026-02-20", "春晚开播僅兩小時", []string{"春晚\t2026-02-16\tholiday\tlunar\tyear:published"}},
		{"", "2025年春节联欢晚会上，2025年央视春晚上", []string{
			"2025年春节联欢晚会\t2025-01-28\tholiday\tlunar\tyear:stated",
			"2025年央视春晚\t2025-01-28\tholiday\tlunar\tyear:stated"}},
		// the zodiac fixes the year: near the publication year …
		{"2026-02-20", "中國馬年春晚中", []string{"馬年春晚\t2026-02-16\tholiday\tlunar\tyear:published"}},
		{"2025-02-18", "总台蛇年春晚", []string{"蛇年春晚\t2025-01-28\tholiday\tlunar\tyear:published"}},
		{"2025-12-20", "马年春晚", []string{"马年春晚\t2026-02-16\tholiday\tlunar\tyear:published"}},
		// … or, with no publication date, near a year the text states (before or after)
		{"", "蛇年春晚火爆出圈。2025年春节联欢晚会", []string{
			"蛇年春晚\t2025-01-28\tholiday\tlunar\tyear:stated",
			"2025年春节联欢晚会\t2025-01-28\tholiday\tlunar\tyear:stated"}},
		{"", "马年春晚", []string{"马年春晚\t-\tholiday\tunresolved"}},
		{"", "2025年农历八月十五、2025年正月十五", []string{
			"2025年农历八月十五\t2025-10-06\tday\tlunar\tyear:stated",
			"2025年正月十五\t2025-02-12\tday\tlunar\tyear:stated"}},
		{"", "2025年清明节、2025年国庆节", []string{
			"2025年清明节\t2025-04-04\tholiday\tlunar\tyear:stated",
			"2025年国庆节\t2025-10-01\tholiday\tstated"}},
		{"", "春节", []string{"春节\t-\tholiday\tunresolved"}},
		// several galas or every year's: no one day
		{"2026-02-20", "三登中國春晚，每年春节，多次登上春晚，历届春晚，连续三年春晚", nil},
		{"2026-02-20", "一登春晚便走红", []string{"春晚\t2026-02-16\tholiday\tlunar\tyear:published"}},
	})
}

func TestPlanPeriods(t *testing.T) {
	runCases(t, []findCase{
		{"", "“十五五”时期，“十四五”规划，十四五期间，第十五个五年规划", []string{
			"“十五五”时期\t2026-01-01..2030-12-31\tplan-period\tstated",
			"“十四五”\t2021-01-01..2025-12-31\tplan-period\tstated",
			"十四五期间\t2021-01-01..2025-12-31\tplan-period\tstated",
			"第十五个五年规划\t2026-01-01..2030-12-31\tplan-period\tstated"}},
		{"", "实施方案（2024—2027年）与规划(2024-2027年)与方案(2024-2027)(征求意见稿)", []string{
			"2024—2027年\t2024-01-01..2027-12-31\tplan-period\tstated",
			"2024-2027年\t2024-01-01..2027-12-31\tplan-period\tstated",
			"2024-2027\t2024-01-01..2027-12-31\tplan-period\tstated"}},
		{"", "2024-2027年行动计划", []string{"2024-2027年\t2024-01-01..2027-12-31\tplan-period\tstated"}},
		{"", "2019—2021年，杭州", []string{"2019—2021年\t2019-01-01..2021-12-31\tmulti-year\tstated"}},
		{"", "十五个项目，二十五人", nil},
	})
}

func TestVague(t *testing.T) {
	runCases(t, []findCase{
		{"2025-12-20", "近日、近年来、过去十年、目前、当前、未来五年、最近3年、如今、当前和今后一段时期", []string{
			"近日\t-\tvague\tvague", "近年来\t-\tvague\tvague", "过去十年\t-\tvague\tvague", "目前\t-\tvague\tvague",
			"当前\t-\tvague\tvague", "未来五年\t-\tvague\tvague", "最近3年\t-\tvague\tvague", "如今\t-\tvague\tvague",
			"当前\t-\tvague\tvague", "今后一段时期\t-\tvague\tvague"}},
		{"2025-12-20", "岁末年初", []string{"岁末年初\t-\tvague\tvague"}},
		{"2025-12-20", "近年來，過去十年", []string{"近年來\t-\tvague\tvague", "過去十年\t-\tvague\tvague"}},
	})
	for _, e := range Find("近年来", anchor(t, "2025-12-20")) {
		if !e.Vague || e.Resolved() || !e.From.IsZero() {
			t.Errorf("近年来 must stay vague with no interval: %+v", e)
		}
	}
}

// Counts and measures are not dates.
func TestNotDates(t *testing.T) {
	runCases(t, []findCase{
		{"2025-12-20", "接近3年，3年来，100万架次，5G，2.5亿元，2025家企业，5000年历史，长达1000年，90后，3日内，未来五大产业，Rokid眼镜亮相2025全球智能机械与电子产品博览会，魔搭三年来的改变，一年中，十个月，1日游，统一月报，同一月，清明上河图，政治清明，圣诞老人，最近的地铁站", nil},
		{"2025-12-20", "十二月，杭州；在十一月", []string{"十二月\t2025-12-01..2025-12-31\tmonth\tpublished", "十一月\t2025-11-01..2025-11-30\tmonth\tpublished"}},
		{"2025-12-20", "时至今日", []string{"时至今日\t-\tvague\tvague"}},
	})
}

func TestTraditional(t *testing.T) {
	runCases(t, []findCase{
		{"2026-02-20", "2026 年中國馬年春晚中，今年最吸睛；預計於 2026 年正式提交", []string{
			"2026 年\t2026-01-01..2026-12-31\tyear\tstated",
			"馬年春晚\t2026-02-16\tholiday\tlunar\tyear:published",
			"今年\t2026-01-01..2026-12-31\tyear\tpublished",
			"2026 年\t2026-01-01..2026-12-31\tyear\tstated"}},
		{"", "2022年8月，開發者數量從2023年4月的100萬", []string{
			"2022年8月\t2022-08-01..2022-08-31\tmonth\tstated", "2023年4月\t2023-04-01..2023-04-30\tmonth\tstated"}},
		{"2025-01-01", "農曆新年、春節聯歡晚會、國慶節", []string{
			"農曆新年\t2025-01-29\tholiday\tlunar\tyear:published",
			"春節聯歡晚會\t2025-01-28\tholiday\tlunar\tyear:published",
			"國慶節\t2025-10-01\tholiday\tpublished"}},
	})
}

func TestOffsets(t *testing.T) {
	text := "序：２０２５年３月，近日，“十五五”时期。"
	for _, e := range Find(text, Anchor{}) {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("%q: offsets %d:%d give %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
	}
}

// An impossible anchor resolves nothing rather than something wrong.
func TestBadAnchor(t *testing.T) {
	for _, a := range []Anchor{{Date{2025, 2, 30}, true}, {Date{2025, 13, 0}, true}, {Date{0, 12, 18}, true}} {
		for _, e := range Find("今年7月，17日", a) {
			if e.Resolved() {
				t.Errorf("anchor %v resolved %q to %s", a, e.Text, e.Interval())
			}
		}
	}
}

func TestZodiacYear(t *testing.T) {
	for _, c := range []struct {
		animal     rune
		near, want int
	}{
		{'马', 2026, 2026}, {'马', 2025, 2026}, {'蛇', 2025, 2025}, {'龙', 2025, 2024}, {'鼠', 2026, 2020}, {'鸡', 2023, 2017}, {'猴', 2022, 2016}, // a tie: the earlier
	} {
		if got := zodiacYear(animalIndex(c.animal), c.near); got != c.want {
			t.Errorf("%c年 near %d = %d, want %d", c.animal, c.near, got, c.want)
		}
	}
}

// Taiwan writes a quarter 第四季: after a year and with its ordinal only,
// since alone it may be a series' fourth season.
func TestQuarterWithoutDu(t *testing.T) {
	runCases(t, []findCase{
		{"2024-02-24", "預計於今年第四季正式量產", []string{"今年第四季\t2024-10-01..2024-12-31\tquarter\tpublished"}},
		{"2024-02-24", "2023年首季營收", []string{"2023年首季\t2023-01-01..2023-03-31\tquarter\tstated"}},
		{"2024-02-24", "這部劇的第四季、第二季節目", nil},
	})
}

// Taiwan's official documents count years from the Republic's founding:
// 民國114年 is 2025. Only with 民国 in front: 114年 alone is no year.
func TestROCYears(t *testing.T) {
	runCases(t, []findCase{
		{"", "民國114年11月28日公告", []string{"民國114年11月28日\t2025-11-28\tday\tstated"}},
		{"", "民国一百一十三年", []string{"民国一百一十三年\t2024-01-01..2024-12-31\tyear\tstated"}},
		{"", "中華民國一百零五年", []string{"民國一百零五年\t2016-01-01..2016-12-31\tyear\tstated"}},
		{"", "民國99年", []string{"民國99年\t2010-01-01..2010-12-31\tyear\tstated"}},
		{"", "已有114年历史", nil},
	})
}

// A press release's 今（20）日: the day in brackets is the day meant.
func TestBracketedDay(t *testing.T) {
	runCases(t, []findCase{
		{"2025-11-20", "經濟部今（20）日宣布", []string{"今（20）日\t2025-11-20\tday\tpublished"}},
		{"2025-11-20", "昨(19)日签约", []string{"昨(19)日\t2025-11-19\tday\tpublished"}},
		{"2025-11", "今（20）日宣布", []string{"今（20）日\t2025-11-20\tday\tpublished"}},
		{"", "今（20）日宣布", []string{"今（20）日\t-\tday\tunresolved"}},
		{"2025-11-20", "今（2）号文件", nil},
	})
}
