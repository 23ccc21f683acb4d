package timex_test

import (
	"fmt"

	"github.com/qiusuo/qiusuo/data/timex"
)

func ExampleFind() {
	text := "2026 年中國馬年春晚中，今年最吸睛。17日的座谈会上，近年来……"
	a, _ := timex.ParseAnchor("2026-02-20")
	for _, e := range timex.Find(text, a) {
		fmt.Printf("%s | %s | %s | %s\n", e.Text, e.Interval(), e.Precision, e.Basis)
	}
	// Output:
	// 2026 年 | 2026-01-01..2026-12-31 | year | stated
	// 馬年春晚 | 2026-02-16 | holiday | lunar
	// 今年 | 2026-01-01..2026-12-31 | year | published
	// 17日 | 2026-02-17 | day | published
	// 近年来 | - | vague | vague
}

func ExampleAnchorFromDateline() {
	for _, line := range []string{"发布时间:2025-09-28 14:21:47", "中新网杭州12月18日电", "来源:九派新闻"} {
		a, ok := timex.AnchorFromDateline(line)
		fmt.Println(a, a.Known, ok)
	}
	// Output:
	// 2025-09-28 true true
	// --12-18 false true
	// none false false
}
