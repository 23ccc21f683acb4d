package source

import (
	"path/filepath"

	"github.com/qiusuo/qiusuo/data"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// The saved page: the body is the article only, with its title and its
// dateline line, and none of the page's navigation, ads, related links or
// footer.
func TestSavedPageUnitree(t *testing.T) {
	dir := articlesDir(t)
	d, err := ReadFile(filepath.Join(dir, "saved-page-unitree-2025.gbk.html"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkUnitreePage(t, d)
	// Ingested, the headline is the title and the meta line the dateline.
	a, err := data.ParseArticle("page", []byte(d.Text))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title() != d.Title || a.Dateline() != "2025-02-18 09:30　来源:九派新闻" {
		t.Errorf("ingested: title %q dateline %q", a.Title(), a.Dateline())
	}
}

func checkUnitreePage(t *testing.T, d *Document) {
	t.Helper()
	if d.Format != FormatHTML || d.Encoding != EncGB18030 {
		t.Errorf("format %s encoding %s", d.Format, d.Encoding)
	}
	const title = "宇树机器人两登春晚：从《秧BOT》到民营企业座谈会"
	if d.Title != title {
		t.Errorf("title %q", d.Title)
	}
	paras := strings.Split(d.Text, "\n\n")
	want := []string{
		title,
		"2025-02-18 09:30　来源:九派新闻",
		"2025年春节联欢晚会上,杭州宇树科技的H1人形机器人在舞蹈《秧BOT》中亮相,",
		"2025年央视春晚上,16台人形机器人H1扭秧歌、后空翻的表演惊艳全国,",
		"17日的民营企业座谈会上,",
	}
	if len(paras) != len(want) {
		t.Fatalf("%d paragraphs, want %d:\n%s", len(paras), len(want), d.Text)
	}
	for i, w := range want {
		if !strings.HasPrefix(paras[i], w) {
			t.Errorf("paragraph %d = %q, want it to start %q", i, paras[i], w)
		}
	}
	if !strings.HasSuffix(d.Text, "“AI驱动机器人进化速度非常快,超出预期。”") {
		t.Errorf("article's last sentence missing: %q", d.Text[max(0, len(d.Text)-80):])
	}
	for _, junk := range []string{"首页", "财经", "登录", "广告", "限时抢购", "相关阅读", "杭州六小龙是谁", "春晚背后的科技", "版权所有", "联系我们", "_hm", "color:#333", "科技频道"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("page furniture %q in the article text", junk)
		}
	}
}

// A page built like a real news site in every encoding Qiusuo reads, with
// the charset declared the two ways pages declare it.
func TestHTMLEncodingsAndMeta(t *testing.T) {
	page := func(meta, title, body string) string {
		return "<!DOCTYPE html>\n<html><head>" + meta + "<title>" + title + "_科技_新聞網</title></head><body>\n" +
			`<div id="nav"><a href="/">首頁</a> <a href="/news">新聞</a></div>` + "\n" +
			`<div class="article"><h1>` + title + "</h1>\n" + body + "</div>\n" +
			`<div class="footer">關於我們 版權所有</div></body></html>`
	}
	simp := "<p>　　杭州宇树科技的人形机器人在舞台上扭起了秧歌，精准流畅的动作引发全网热议。</p><p>王兴兴接受记者采访时表示，人工智能驱动机器人进化速度非常快，超出预期。</p>" + strings.Repeat("<p>这是足够长的一段正文，用来让可读性算法认出文章的主体部分。</p>", 5)
	trad := "<p>　　宇樹科技的人形機器人在舞台上展示了從武術特技到家務處理的全方位能力。</p><p>據統計，春晚開播僅兩小時，京東平台機器人搜索量環比增長超過三倍。</p>" + strings.Repeat("<p>這是足夠長的一段正文，用來讓可讀性演算法認出文章的主體部分。</p>", 5)
	tests := []struct {
		name, enc string
		raw       []byte
		title     string
	}{
		{"meta charset gbk", EncGB18030, encode(t, simplifiedchinese.GBK, page(`<meta charset="gbk">`, "宇树机器人登上春晚", simp)), "宇树机器人登上春晚"},
		{"http-equiv big5", EncBig5, encode(t, traditionalchinese.Big5, page(`<meta http-equiv="Content-Type" content="text/html; charset=big5">`, "宇樹科技訂單暴漲", trad)), "宇樹科技訂單暴漲"},
		{"utf-8 page keeping a gb2312 meta", EncUTF8, []byte(page(`<meta charset="gb2312">`, "宇树机器人登上春晚", simp)), "宇树机器人登上春晚"},
		{"no meta, gb18030", EncGB18030, encode(t, simplifiedchinese.GB18030, page("", "宇树机器人登上春晚", simp)), "宇树机器人登上春晚"},
		{"utf-16le BOM", EncUTF16LE, append([]byte{0xFF, 0xFE}, encodeUTF16LE(t, page(`<meta charset="utf-16">`, "宇树机器人登上春晚", simp))...), "宇树机器人登上春晚"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("page.htm", tc.raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Encoding != tc.enc || d.Format != FormatHTML || d.Title != tc.title {
				t.Errorf("encoding %s format %s title %q", d.Encoding, d.Format, d.Title)
			}
			if !strings.HasPrefix(d.Text, tc.title+"\n\n") {
				t.Errorf("text does not open with the title: %q", d.Text)
			}
			for _, junk := range []string{"首頁", "新聞", "關於我們", "版權所有", "新聞網", "　"} {
				if strings.Contains(d.Text, junk) {
					t.Errorf("%q in the text:\n%s", junk, d.Text)
				}
			}
			if strings.Count(d.Text, "\n\n") != 7 {
				t.Errorf("want 8 paragraphs:\n%s", d.Text)
			}
		})
	}
}

func encodeUTF16LE(t *testing.T, s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for _, r := range s {
		if r > 0xFFFF {
			t.Fatal("test page outside the BMP")
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

// A text file that is really a saved page is read as HTML.
func TestHTMLSniffed(t *testing.T) {
	d, err := Read("page.txt", []byte("<!-- saved from url=(0014)about:internet -->\n<html><body><p>正文一句。</p></body></html>"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != FormatHTML || d.Text != "正文一句。" {
		t.Errorf("%s %q", d.Format, d.Text)
	}
	d, err = Read("notes.txt", []byte("用 <p> 标记段落。"), Options{})
	if err != nil || d.Format != FormatText {
		t.Errorf("prose mentioning a tag: %v %v", d, err)
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"br and div make paragraphs", "<div>第一段<br>第二段<br><br>第三段</div><div>第四段</div>", "第一段\n\n第二段\n\n第三段\n\n第四段"},
		{"headings stand alone", "<h2>小标题</h2><p>正文<b>加粗</b>继续。</p>", "小标题\n\n正文加粗继续。"},
		{"line break between Chinese vanishes", "<p>杭州宇树\n科技 and\nUnitree</p>", "杭州宇树科技 and Unitree"},
		{"nbsp and indent", "<p>&nbsp;　　正文&nbsp;一句。　</p>", "正文 一句。"},
		{"scripts and images dropped", "<p>前<script>var a=1;</script><img alt=图 src=x>后</p><style>p{}</style>", "前后"},
		{"list items are lines", "<ul><li>一</li><li>二</li></ul>", "一\n\n二"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, _ := htmlArticle("<html><body>" + tc.in + "</body></html>")
			if text != tc.want {
				t.Errorf("got %q, want %q", text, tc.want)
			}
		})
	}
}

func TestPageTitle(t *testing.T) {
	tests := []struct{ head, body, want string }{
		{"<title>宇树机器人登上春晚_科技频道_新闻网</title>", "<p>正文。</p>", "宇树机器人登上春晚"},
		{`<title>x</title><meta property="og:title" content="魔搭社区三年 | 科技日报">`, "", "魔搭社区三年"},
		{"<title>报道标题 - 澎湃新闻</title>", `<h1 class="logo">澎湃</h1><h1>报道标题</h1>`, "报道标题"},
		{"<title>站点</title>", "<h1>一个很长的文章标题</h1>", "一个很长的文章标题"},
		{"<title>_|_</title>", `<h1>澎湃</h1>`, ""},
		{"", "", ""},
	}
	for _, tc := range tests {
		_, title := htmlArticle("<html><head>" + tc.head + "</head><body>" + tc.body + "</body></html>")
		if title != tc.want {
			t.Errorf("%s%s: title %q, want %q", tc.head, tc.body, title, tc.want)
		}
	}
}

func FuzzHTMLArticle(f *testing.F) {
	f.Add(`<html><head><title>题_站</title></head><body><nav>首页</nav><article><h1>题</h1><p>正文。<br>二</p></article><footer>版权</footer></body></html>`)
	f.Add("<div><p>甲\n乙</p><pre>a\nb</pre><table><tr><td>1</td><td>2</td></tr></table></div>")
	f.Add("<h1></h1><h1>\u00a0</h1><title>_|_</title>")
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return // Read hands htmlArticle decoded text only
		}
		text, title := htmlArticle(src)
		if !utf8.ValidString(text) || !utf8.ValidString(title) {
			t.Fatalf("invalid UTF-8")
		}
		if strings.Contains(text, "\n\n\n") || strings.TrimSpace(text) != text {
			t.Fatalf("paragraphs not clean: %q", text)
		}
		if title != "" && !strings.Contains("\n\n"+text+"\n\n", "\n\n"+title+"\n\n") {
			t.Fatalf("title %q is no paragraph of %q", title, text)
		}
	})
}

// A site that prints headline and dateline above the article container
// (as Sina and many others do): readability keeps the container only, the
// dateline is put back under the title; dates in the page's top bar and in
// the article's sentences are not taken for it.
func TestHTMLDatelineAboveArticle(t *testing.T) {
	paras := strings.Repeat("<p>　　这是足够长的一段正文，用来让可读性算法认出文章的主体部分。2024年5月31日发布的方案仍在实施。</p>\n", 6)
	page := `<html><head><title>宇树机器人登上春晚_新浪科技_新浪网</title></head><body>
<div class="top-bar">2025年02月18日 星期二 <a href="/">新浪首页</a></div>
<div class="main-content"><h1 class="main-title">宇树机器人登上春晚</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2025年02月18日 08:30</span> <a class="source" href="#">新浪科技</a></div>
<div class="share">分享到</div></div>
<div class="article" id="artibody">` + paras + `</div></div>
<div class="footer">Copyright © 1996-2025 SINA Corporation</div></body></html>`
	d, err := Read("sina.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.SplitN(d.Text, "\n\n", 3)
	if len(got) < 3 || got[0] != "宇树机器人登上春晚" || got[1] != "2025年02月18日 08:30 新浪科技" || !strings.HasPrefix(got[2], "这是足够长的一段正文") {
		t.Errorf("text:\n%s", d.Text)
	}
	for _, junk := range []string{"星期二", "新浪首页", "分享到", "SINA"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("%q in the text", junk)
		}
	}
	a, err := data.ParseArticle("sina.html", []byte(d.Text))
	if err != nil || a.Title() != "宇树机器人登上春晚" || a.Dateline() != "2025年02月18日 08:30 新浪科技" {
		t.Errorf("ingested: %v title %q dateline %q", err, a.Title(), a.Dateline())
	}
	// An older page sets its headline in a plain element: the dateline
	// after it is found all the same, never the top bar's date above it
	// (today's).
	noH1 := strings.Replace(strings.Replace(page, `<h1 class="main-title">`, "<div><b>", 1), "</h1>", "</b></div>", 1)
	if d, err := Read("sina.html", []byte(noH1), Options{}); err != nil || !strings.Contains(d.Text, "2025年02月18日 08:30 新浪科技") || strings.Contains(d.Text, "星期二") {
		t.Errorf("a headline in a plain element: %v\n%s", err, d.Text)
	}
	// No element prints the headline: nothing is searched.
	noHead := strings.Replace(noH1, "<div><b>宇树机器人登上春晚</b></div>", "", 1)
	if d, err := Read("sina.html", []byte(noHead), Options{}); err != nil || strings.Contains(d.Text, "2025年02月18日") {
		t.Errorf("without a headline: %v\n%s", err, d.Text)
	}
}
