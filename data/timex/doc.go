// Package timex finds the time expressions in a Chinese text and places
// each on the calendar: an inclusive interval of civil dates, a precision,
// and the basis on which it was resolved. It reads simplified and
// traditional script, full-width digits (２０２５年), Chinese numerals
// (二〇二五年十二月三十日) and spaces inside (2026 年). Offsets are byte
// offsets into the text as given. The package has no UI code and does not
// depend on package data; the importer calls Find once per article.
//
// # What is recognised
//
//   - Absolute dates: 2025年, 2019年10月, 2025年6月30日, 2025-06-30,
//     2025/6/30; parts of a month (6月上旬, 12月底, 12月中下旬); ranges
//     (2024年5月31日至6月12日, 6月12日至14日, 2024年5月至8月, 9月下旬至10月上旬,
//     2025年1-11月, 12月3-5日); spans of years
//     (2019年至2024年, 2019—2021年: multi-year); decades (上世纪90年代,
//     1990年代); "since" (2024年以来, 2019年至今); years of the Republic
//     of China's calendar as Taiwan's documents write them (民國114年 = 2025).
//   - Relative to the publication date: 今年, 去年, 前年, 明年, 后年, 本年,
//     上年; 今年7月; 本月, 上月/上个月, 下月/下个月; 本周, 上周, 下周
//     (Monday–Sunday), their days (本周三, 上周五) and weekends (上周末); 昨天, 今天, 明天 (and -日 forms); a bare month or date (7月, 12月17日) in the publication
//     year; a bare day (17日) in the publication month; 同年/次年 after a
//     year the text has stated.
//   - Parts of a year: 年初, 年中, 年末/年底/年尾/年终, 岁末, 开年, 开春
//     (alone, or after a year: 2024年初, 今年末, 今年年底); 上半年, 下半年;
//     quarters (一季度, 第一季度, 首季度, 前三季度, 2025年Q3); seasons
//     (春季/春天 … 冬季/冬天, 今夏).
//   - Holidays: on the lunar calendar 春节/农历新年, 除夕, 元宵, 端午,
//     七夕, 中秋, 重阳, lunar dates (农历八月十五, 正月十五), Qingming (a
//     solar term); the Spring Festival Gala (春晚, 春节联欢晚会, 2025年央视
//     春晚); zodiac years before a lunar holiday (马年春晚, 蛇年春节, 馬年春晚);
//     fixed days (元旦, 劳动节, 国庆, 圣诞, 双十一 …).
//   - Plan periods: the five-year plans (“十四五”, 十五五时期, 第十五个五年
//     规划); a span of years in brackets or beside a plan word
//     (（2024—2027年）, 规划(2024-2027), 2024-2027年行动计划).
//   - Vague expressions, kept as stated and never given an interval:
//     近日, 日前, 近期, 最近, 近年来, 多年来, 过去十年, 未来五年, 近三年,
//     目前, 当前, 眼下, 如今, 当下, 今后一段时期.
//
// Counts and measures are not dates: 接近3年, 3年来, 5000年历史, 长达1000年,
// 2025家, 100万架次, 5G, 2.5亿元, 90后, 3日内, 一年中 and 2025 without 年 (as
// in 2025全球…博览会) are not matched. A bare zodiac year (龙年已行至岁末) is
// not matched either: alone it names no one lunar year. Words that point
// at a date the text gave earlier (当天, 次日, 当年, 当月, 这一年) and
// ones without a fixed extent (全年, 年内, 3年前, 周三, times of day) are
// left to the reader.
//
// # How expressions are resolved
//
// The anchor is the publication date: a year, a year and month, or a full
// date (ParseAnchor reads --published; AnchorFromDateline reads a news
// page's dateline). Basis says how the interval was obtained:
//
//   - "stated": the text gives the year (or the whole date).
//   - "published": the year, month or day comes from the publication date.
//     A relative expression needs the part it refers to: 17日 needs the
//     publication month, 昨天 the full date; otherwise it stays unresolved.
//   - "lunar": the lunar calendar decided the day (github.com/6tail/lunar-go,
//     MIT); Expr.YearBasis then says whether the year was stated or taken
//     from the publication date.
//   - "unresolved": relative, and no (precise enough) publication date.
//     No interval is given: never a guessed year.
//   - "vague": see above.
//
// Rules and conventions (Expr.Note repeats the one used):
//
//   - A month, date or part of a year without a year is in the publication
//     year, even when it falls after the publication date (12月17日 in an
//     article of February): the text does not say otherwise, so no other
//     year is guessed. The same holds for a bare 年末/年底/年尾: like 今年末,
//     it is the end of the publication year.
//   - Parts of a year: 年初 (and 开年) January–February, 年中 June–July,
//     年末/年底/年尾/年终/岁末 November–December, 开春 February–March. Parts of a
//     month: 上旬/月初 days 1–10, 中旬/月中 11–20, 下旬/月底/月末 21 to the end.
//   - Seasons are meteorological: spring March–May, summer June–August,
//     autumn September–November, winter December to February of the next
//     year (2024年冬天 = 2024-12-01..2025-02-28).
//   - Quarters are calendar quarters; 前三季度 is January–September.
//   - A range runs forward: an end without a year that would fall before
//     the start is in the next year (12月31日至1月2日, 供暖期11月至3月).
//   - A bare 17日 is that day of the publication month; it needs a
//     publication month (a year-only date leaves it unresolved).
//   - A lunar holiday of year Y is the one of the lunar year that begins in
//     Gregorian year Y (2025年春节 = 2025-01-29, 2025年除夕 = 2025-01-28,
//     2026年春节 = 2026-02-17). 春晚 is New Year's Eve, when the gala airs.
//   - A zodiac year (马年春晚) is the lunar year of that animal nearest the
//     publication year, or, without one, nearest a year the text states
//     (the last one before it, else the first after it); within six years,
//     the earlier on a tie. A gala or festival said to recur (每年春节,
//     三登春晚, 历届春晚) is not matched.
//   - "Since" (以来, 至今) keeps the basis of its start and runs to the
//     publication date: the day when known,
//     else the end of the publication month or year; with no publication
//     date the interval is open (Expr.OpenEnd).
//   - The Nth five-year plan (N ≥ 3) covers 1966+5(N−3) to 1970+5(N−3):
//     十四五 = 2021–2025, 十五五 = 2026–2030.
//   - 同年 is the year the text last stated; 次年/翌年 the one after.
//   - An impossible date (2月30日) is not matched rather than corrected.
//   - Years run from 1000 to 2999; dates are Gregorian. Lunar holidays before
//     1583 stay unresolved (lunar-go gives Julian dates before the reform).
//
// Find returns expressions in text order, non-overlapping; where rules
// compete, the longest match wins (2024年5月31日至6月12日 is one range).
package timex
