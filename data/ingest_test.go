package data

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func seed(t testing.TB) *Article {
	t.Helper()
	b, err := defaultFS.ReadFile("hangzhou-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseArticle("hangzhou-2025.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func passagesOfKind(a *Article, k Kind) []string {
	var out []string
	for _, p := range a.Passages {
		if p.Kind == k {
			out = append(out, p.Text)
		}
	}
	return out
}

func TestSeedKinds(t *testing.T) {
	a := seed(t)
	want := map[Kind][]string{
		KindTitle:    {"杭州“深度求索”的年度叙事"},
		KindSubtitle: {"专版", "从科创新锐持续破圈，看招商引资何以撬动创新组织方式重构"},
		KindByline:   {"■ 张留 王心慧"},
		KindHeading:  {"序曲：破圈时刻", "深耕：沿链招商", "跃迁：引育集群"},
		KindCaption: {"Rokid眼镜亮相2025全球智能机械与电子产品博览会", "杭州年轻企业家参加第十六届夏季达沃斯论坛",
			"集强了强脑科技、灵伴科技等企业的未来科技城", "恩和生物的中试车间",
			"11月27日，杭州市投资促进局举办具身智能产业沙龙，投资人走进宇树科技展厅。",
			"创业者在“魔搭社区”（杭州）开发者中心内交流", "深度原理的年轻团队"},
		KindCredit: {"本版图片由受访者提供"},
	}
	for k, w := range want {
		if got := passagesOfKind(a, k); strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("%s passages:\n got %q\nwant %q", k, got, w)
		}
	}
	if a.Title() != "杭州“深度求索”的年度叙事" {
		t.Errorf("Title() = %q", a.Title())
	}
	if n := len(passagesOfKind(a, KindBody)); n != 84 {
		t.Errorf("%d body sentences, want 84", n)
	}
}

func TestSeedPageBreaksRepaired(t *testing.T) {
	a := seed(t)
	for _, want := range []string{"可以在这里最先找到用武之地。", "加速招引研发设计、供应链管理、金融服务"} {
		found := false
		for _, p := range a.Passages {
			if strings.Contains(p.Text, want) {
				found = true
				if len(p.Pieces) != 2 {
					t.Errorf("%s: %d pieces, want 2 (one each side of the page break)", p.ID, len(p.Pieces))
				}
				if p.Kind != KindBody {
					t.Errorf("%s: kind %s", p.ID, p.Kind)
				}
			}
		}
		if !found {
			t.Errorf("no passage contains %q: page break not repaired", want)
		}
	}
	// The halves are not passages of their own.
	for _, p := range a.Passages {
		if p.Text == "先找到用武之地。" || strings.HasPrefix(p.Text, "应链管理") {
			t.Errorf("%s is the tail of a cut paragraph: %q", p.ID, p.Text)
		}
	}
}

// checkOffsets asserts every passage maps back onto the original text.
func checkOffsets(t *testing.T, a *Article) {
	t.Helper()
	// Passages never share a character. (They are in reading order, which
	// is not offset order: a caption printed inside a cut paragraph
	// follows the whole paragraph.)
	owner := make([]string, a.RuneLen())
	for _, p := range a.Passages {
		var b strings.Builder
		prevEnd := -1
		for _, pc := range p.Pieces {
			if pc.Start <= prevEnd || pc.End <= pc.Start {
				t.Fatalf("%s: piece %d–%d is empty or out of order", p.ID, pc.Start, pc.End)
			}
			for i := pc.Start; i < pc.End; i++ {
				if owner[i] != "" {
					t.Fatalf("%s and %s both claim rune %d", owner[i], p.ID, i)
				}
				owner[i] = p.ID
			}
			if got := a.Text[pc.StartByte:pc.EndByte]; got != a.Slice(pc.Start, pc.End) {
				t.Fatalf("%s: byte and rune offsets disagree: %q vs %q", p.ID, got, a.Slice(pc.Start, pc.End))
			}
			if a.RuneOffset(pc.StartByte) != pc.Start || a.RuneOffset(pc.EndByte) != pc.End {
				t.Fatalf("%s: rune offsets %d–%d do not match bytes %d–%d", p.ID, pc.Start, pc.End, pc.StartByte, pc.EndByte)
			}
			b.WriteString(a.Slice(pc.Start, pc.End))
			prevEnd = pc.End
		}
		if b.String() != p.Text {
			t.Fatalf("%s: pieces give %q, text is %q", p.ID, b.String(), p.Text)
		}
		if strings.TrimSpace(p.Text) != p.Text || p.Text == "" {
			t.Fatalf("%s: untrimmed or empty text %q", p.ID, p.Text)
		}
	}
	if a.RuneLen() != utf8.RuneCountInString(a.Text) {
		t.Fatalf("RuneLen %d, want %d", a.RuneLen(), utf8.RuneCountInString(a.Text))
	}
}

func TestSeedOffsetsRoundTrip(t *testing.T) {
	a := seed(t)
	checkOffsets(t, a)
	// Every non-space character of the article belongs to some passage.
	covered := make([]bool, a.RuneLen())
	for _, p := range a.Passages {
		for _, pc := range p.Pieces {
			for i := pc.Start; i < pc.End; i++ {
				covered[i] = true
			}
		}
	}
	for i, r := range []rune(a.Text) {
		if !covered[i] && !isSpace(r) {
			t.Fatalf("rune %d %q is in no passage", i, r)
		}
	}
}

func TestSentenceSplitting(t *testing.T) {
	cases := map[string][]string{
		"甲。乙！丙？":              {"甲。", "乙！", "丙？"},
		"他说：“好。”然后走了。":        {"他说：“好。”", "然后走了。"},
		"如何破圈？答案是什么……再说。":     {"如何破圈？", "答案是什么……", "再说。"},
		"真的吗？！是的。":            {"真的吗？！", "是的。"},
		"没有句号的结尾":             {"没有句号的结尾"},
		"《自然》杂志。Rokid眼镜。":     {"《自然》杂志。", "Rokid眼镜。"},
		"占比63.2%。服务业增加值占73%。": {"占比63.2%。", "服务业增加值占73%。"},
	}
	for in, want := range cases {
		var got []string
		from := 0
		for _, e := range sentenceEnds(in) {
			got = append(got, in[from:e])
			from = e
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

func TestIngestGeneral(t *testing.T) {
	// A body paragraph is longer than any display line.
	long := strings.Repeat("这是一段足够长的正文，", 7)
	tests := []struct {
		name string
		in   string
		want []string // kind:text of each passage
	}{
		{"page break across a caption",
			"标题在这里\n\n" + long + "正文第一段开头说到一半，被版面切\n\n\n图片说明文字\n\n\n断了后来接上。又一句。\n",
			[]string{"title:标题在这里", "body:" + long + "正文第一段开头说到一半，被版面切断了后来接上。", "body:又一句。", "caption:图片说明文字"}},
		{"CRLF and BOM",
			"\ufeff主标题\r\n\r\n第一句话。第二句话！\r\n\r\n■ 记者 某某\r\n",
			[]string{"title:主标题", "body:第一句话。", "body:第二句话！", "byline:■ 记者 某某"}},
		{"heading without colon",
			"大标题\n\n引言一句话，比较长的正文段落。\n\n小节标题\n\n小节正文，依然是完整的句子。\n",
			[]string{"title:大标题", "body:引言一句话，比较长的正文段落。", "heading:小节标题", "body:小节正文，依然是完整的句子。"}},
		{"subtitle with dash and credit",
			"主标题\n——副标题在此\n\n正文。\n\n新华社记者 张三 摄\n",
			[]string{"title:主标题", "subtitle:——副标题在此", "body:正文。", "credit:新华社记者 张三 摄"}},
		{"a caption with its credit ends its paragraph",
			"标题\n\n本周三，论坛在杭州开幕。记者 李华 摄\n\n今年前三季度，营收增长。\n",
			[]string{"title:标题", "body:本周三，论坛在杭州开幕。", "body:记者 李华 摄", "body:今年前三季度，营收增长。"}},
		{"a numbered section heading under the title",
			"2025年政府工作报告（摘要）\n\n一、2024年工作回顾\n\n2024年，全市经济稳中有进。\n",
			[]string{"title:2025年政府工作报告（摘要）", "heading:一、2024年工作回顾", "body:2024年，全市经济稳中有进。"}},
		{"a kicker over a title with a figure",
			"杭州出台新政\n\n1.5万亿元产业集群加快成形\n\n正文第一句。\n",
			[]string{"subtitle:杭州出台新政", "title:1.5万亿元产业集群加快成形", "body:正文第一句。"}},
		{"body only", "只有一句话。", []string{"body:只有一句话。"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseArticle("t.txt", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range a.Passages {
				got = append(got, string(p.Kind)+":"+p.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			checkOffsets(t, a)
		})
	}
}

func TestIngestErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "article has no text"},
		{"blank", " \n\t\n　\n", "article has no text"},
		{"not UTF-8", "第一行\n\xb9\xfe\xd6\xdd", "t.txt:2: not UTF-8: invalid byte 0xb9 at byte offset 10"},
		{"NUL", "a\x00b", "NUL byte"},
		{"huge", strings.Repeat("字", MaxArticleBytes/3+1), "the limit is"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseArticle("t.txt", []byte(tc.in))
			var ae *ArticleError
			if !errors.As(err, &ae) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want an ArticleError containing %q", err, tc.want)
			}
		})
	}
}

func FuzzParseArticle(f *testing.F) {
	b, _ := defaultFS.ReadFile("hangzhou-2025.txt")
	f.Add(b)
	f.Add([]byte("标题\n\n正文说到一半\n\n\n图\n\n\n接上。\n"))
	f.Add([]byte("。。。\n\n“”\n"))
	f.Add([]byte("标题\n\n2025-02-18 09:30　来源:九派新闻\n\n中新网杭州12月18日电（记者 张斌）正文。\n\n李英洁 摄\n\n２０２５年２月１８日\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := ParseArticle("fuzz", in)
		if err != nil {
			if a != nil {
				t.Fatal("article and error both returned")
			}
			return
		}
		checkOffsets(t, a)
		if d := a.Dateline(); d != "" && !strings.Contains(a.Text, d) {
			t.Fatalf("dateline %q is not in the text", d)
		}
		for i, p := range a.Passages {
			if a.PassageIndex(p.ID) != i {
				t.Fatalf("id %s does not index passage %d", p.ID, i)
			}
		}
	})
}
