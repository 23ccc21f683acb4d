package source

import (
	"testing"
)

func TestMarkdown(t *testing.T) {
	tests := []struct{ name, in, text, title string }{
		{"headings emphasis links images",
			"# 杭州“深度求索”的年度叙事\n\n## 序曲：破圈时刻\n\n**宇树科技**的*机器人*登上[春晚](https://example.com)。![图片](a.png)\n\n---\n\n> 引文一句。\n",
			"杭州“深度求索”的年度叙事\n\n序曲：破圈时刻\n\n宇树科技的机器人登上春晚。\n\n引文一句。", "杭州“深度求索”的年度叙事"},
		{"lists keep items as lines",
			"正文。\n\n- 第一项\n- 第二项\n  - 嵌套项\n\n1. 甲\n2. 乙\n",
			"正文。\n\n第一项\n第二项\n嵌套项\n\n甲\n乙", ""},
		{"soft breaks: none between Chinese, a space between words",
			"杭州宇树\n科技 and\nUnitree\\\n下一行\n",
			"杭州宇树科技 and Unitree\n下一行", ""},
		{"front matter, code, raw HTML and tables",
			"---\ntitle: x\ndate: 2025-01-01\n---\n正文<br>继续。\n\n<div>块</div>\n\n```\n代码 行\n```\n\n| 年 | 数 |\n|---|---|\n| 2024 | 5 |\n",
			"正文继续。\n\n代码 行\n\n年 数\n2024 5", ""},
		{"first level-1 heading is the title", "引言。\n\n二级\n---\n\n# 一级\n\n# 再一个\n", "引言。\n\n二级\n\n一级\n\n再一个", "一级"},
		{"autolinks and code spans", "见 <https://qiusuo.example> 与 `go test`。", "见 https://qiusuo.example 与 go test。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("a.md", []byte(tc.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tc.text || d.Title != tc.title || d.Format != FormatMarkdown {
				t.Errorf("got %q title %q (%s)\nwant %q title %q", d.Text, d.Title, d.Format, tc.text, tc.title)
			}
		})
	}
}
