package source

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// megabyte repeats the seed article to about 1 MB of UTF-8.
func megabyte(b *testing.B) string {
	s := seedText(b)
	return strings.Repeat(s, (1<<20)/len(s)+1)
}

func benchRead(b *testing.B, name string, raw []byte) {
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(name, raw, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadUTF8 is the common case: validation only.
func BenchmarkReadUTF8(b *testing.B) { benchRead(b, "a.txt", []byte(megabyte(b))) }

// BenchmarkReadGB18030 decodes 1 MB both ways and scores both.
func BenchmarkReadGB18030(b *testing.B) {
	benchRead(b, "a.txt", encode(b, simplifiedchinese.GB18030, megabyte(b)))
}

func BenchmarkReadBig5(b *testing.B) {
	benchRead(b, "a.txt", encode(b, traditionalchinese.Big5, strings.Repeat(seedTrad, (1<<20)/len(seedTrad))))
}

// BenchmarkReadHTML extracts a 1 MB page: 2,000 paragraphs between
// navigation and footer.
func BenchmarkReadHTML(b *testing.B) {
	var page strings.Builder
	page.WriteString(`<html><head><meta charset="gbk"><title>标题_新闻网</title></head><body><div class="nav"><a href="/">首页</a></div><article><h1>标题</h1>`)
	for page.Len() < 1<<20 {
		page.WriteString("<p>杭州宇树科技的人形机器人在舞台上扭起了秧歌，精准流畅的动作引发全网热议。王兴兴接受记者采访时表示，人工智能驱动机器人进化速度非常快，超出预期。</p>\n")
	}
	page.WriteString(`</article><div class="footer">版权所有</div></body></html>`)
	benchRead(b, "a.html", encode(b, simplifiedchinese.GBK, page.String()))
}

func BenchmarkReadMarkdown(b *testing.B) {
	benchRead(b, "a.md", []byte("# 标题\n\n"+strings.ReplaceAll(megabyte(b), "\n\n", "\n\n**重点**：[链接](u) ")))
}
