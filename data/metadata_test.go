package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// kindsOf ingests text and returns "kind:text" of every passage that is
// not body, and the title and dateline.
func kindsOf(t *testing.T, text string) (nonBody []string, a *Article) {
	t.Helper()
	a, err := ParseArticle("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, a)
	for _, p := range a.Passages {
		if p.Kind != KindBody {
			nonBody = append(nonBody, string(p.Kind)+":"+p.Text)
		}
	}
	return nonBody, a
}

const bodyPara = "杭州宇树科技的人形机器人在舞台上扭起了秧歌，精准流畅的动作引发全网热议。"

// Every metadata line a news page prints gets its kind, wherever it
// stands, and none becomes the title.
func TestMetadataLines(t *testing.T) {
	tests := []struct {
		line string
		kind Kind
	}{
		{"发布时间:2025-09-28 14:21:47", KindDateline},
		{"发布时间：2025年09月28日 14:21", KindDateline},
		{"2026-02-20 11:30", KindDateline},
		{"2025年02月18日 08:30", KindDateline},
		{"2025/2/18 08:30:05", KindDateline},
		{"２０２５年２月１８日　０８：３０", KindDateline},
		{"中新网杭州12月18日电", KindDateline},
		{"新华社北京十二月十八日电", KindDateline},
		{"鉅亨網新聞中心 2026-02-20 11:30", KindDateline},
		{"2025-02-18 09:30　来源:九派新闻", KindDateline},
		{"2025-09-28 14:21 来源：中国网 作者：记者 高瑞怡", KindDateline},
		{"發佈時間：2026年2月20日", KindDateline},
		{"2025年02月18日08:30 | 来源：人民网－人民日报", KindDateline},
		{"2025-02-18 09:30:12 作者：张三 浏览次数：123", KindDateline},
		{"2025年2月18日 星期二", KindDateline},
		{"2025-11-28 09:30 来源：杭州日报 作者：张明 评论(23)", KindDateline}, // the page's counters
		{"2025年11月28日 10:15 来源：新华网 分享 打印", KindDateline},
		{"發布日期：114年11月20日　發布單位：產業發展署", KindDateline}, // the Republic's calendar
		{"民國114年11月20日", KindDateline},
		{"新浪科技 2025-02-18 09:30", KindDateline},
		{"2025-02-18 CGTN", KindDateline},
		{"发布于 2025-02-18", KindDateline},
		{"原创 张三 科技日报 2025年02月18日 08:30 北京", KindDateline},
		{"2025-09-28 来源：中国网 作者：记者 高瑞怡", KindDateline},
		{"中央社記者王大明台北20日電", KindDateline},
		{"来源:中国网", KindSource},
		{"来源：新华社", KindSource},
		{"（来源：新华社）", KindSource},
		{"來源：中央社", KindSource},
		{"原标题：宇树科技的春晚之路", KindSource},
		{"本文转自：澎湃新闻", KindSource},
		{"作者:记者 高瑞怡", KindByline},
		{"记者 王逸飞", KindByline},
		{"本报记者 王逸飞 通讯员 李明", KindByline},
		{"■ 张留 王心慧", KindByline},
		{"文/张三", KindByline},
		{"文｜李四", KindByline},
		{"责任编辑：刘五", KindByline},
		{"（记者 王逸飞）", KindByline},
		{"記者 王興興", KindByline},
		{"澎湃新闻记者 王心 实习生 李四", KindByline},
		{"编辑 刘五", KindByline},
		{"【责任编辑：刘五】", KindByline},
		{"李英洁 摄", KindCredit},
		{"（摄影：赵六）", KindCredit},
		{"新华社记者 张三 摄", KindCredit},
		{"攝影：陳七", KindCredit},
		{"图/视觉中国", KindCredit},
		{"视觉中国供图", KindCredit},
		{"图源：网络", KindCredit},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			// After the title, and at the very top of a page.
			for _, text := range []string{
				"宇树机器人两登春晚\n\n" + tc.line + "\n\n" + bodyPara + "\n",
				tc.line + "\n\n宇树机器人两登春晚\n\n" + bodyPara + "\n",
			} {
				got, a := kindsOf(t, text)
				want := []string{"title:宇树机器人两登春晚", string(tc.kind) + ":" + tc.line}
				if strings.HasPrefix(text, tc.line) {
					want[0], want[1] = want[1], want[0]
				}
				if strings.Join(got, "|") != strings.Join(want, "|") {
					t.Errorf("%q:\n got %q\nwant %q", text, got, want)
				}
				wantDateline := ""
				if tc.kind == KindDateline {
					wantDateline = tc.line
				}
				if a.Dateline() != wantDateline {
					t.Errorf("Dateline() = %q, want %q", a.Dateline(), wantDateline)
				}
			}
		})
	}
}

// Lines that look like metadata but are text keep their old kinds.
func TestNotMetadata(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a sentence opening with a date", "标题\n\n2025年2月18日，宇树科技发布新款机器人。\n"},
		{"a period", "标题\n\n征求意见时间\n\n2024年5月31日至6月12日\n\n" + bodyPara + "\n"},
		{"a dated heading", "标题\n\n2025年1月20日：DeepSeek发布R1\n\n" + bodyPara + "\n"},
		{"a date with an event", "标题\n\n2025年1月20日 DeepSeek发布R1\n\n" + bodyPara + "\n"},
		{"a reporter in a sentence", "标题\n\n记者从杭州市经信局获悉，低空经济发展迅速。\n"},
		{"a chronology of bare dates", "大事记\n\n2019年10月11日\n\n" + bodyPara + "\n\n2020年10月12日\n\n" + bodyPara + "\n"},
		{"a source in a sentence", "标题\n\n来源于市场的需求推动了创新。\n"},
		{"an event's time and place", "标题\n\n时间：2025年5月31日 地点：杭州\n\n" + bodyPara + "\n"},
		{"a dated title naming a centre", "2025年12月18日 杭州成立低空经济创新中心\n\n" + bodyPara + "\n"},
		{"a date and a Latin product", "标题\n\n2025年1月20日 发布DeepSeek\n\n" + bodyPara + "\n"},
		{"a date then 电影", "标题\n\n影讯12月18日电影节在杭州开幕，观众踊跃。\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, a := kindsOf(t, tc.text)
			for _, g := range got {
				for _, k := range []Kind{KindDateline, KindSource, KindByline, KindCredit} {
					if strings.HasPrefix(g, string(k)+":") {
						t.Errorf("%q is %s", g, k)
					}
				}
			}
			if a.Dateline() != "" {
				t.Errorf("Dateline() = %q", a.Dateline())
			}
		})
	}
}

// A wire dateline opening the first paragraph stays body text; the
// Article records it.
func TestEmbeddedDateline(t *testing.T) {
	for in, want := range map[string]string{
		"杭州AI新政出台\n\n中新网杭州12月18日电（记者 张斌）杭州市18日发布人工智能产业新政。\n": "中新网杭州12月18日电",
		"标题\n\n新华社北京1月5日电 国务院日前印发通知。\n":                      "新华社北京1月5日电",
		"标题\n\n本报杭州12月18日讯 记者从市政府获悉。\n":                      "本报杭州12月18日讯",
		"标题\n\n" + bodyPara + "\n": "",
	} {
		got, a := kindsOf(t, in)
		if a.Dateline() != want {
			t.Errorf("%q: Dateline() = %q, want %q", in, a.Dateline(), want)
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], "title:") {
			t.Errorf("%q: non-body passages %q", in, got)
		}
	}
}

// The real articles (kept outside the repository): titles, metadata kinds
// and datelines as a reader would name them.
func TestSharedArticlesIngest(t *testing.T) {
	dir := os.Getenv("QIUSUO_ARTICLES")
	if dir == "" {
		dir = "../../shared/articles"
	}
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		t.Skipf("real articles not found in %s (set QIUSUO_ARTICLES): %v", dir, err)
	}
	tests := []struct {
		file, title, dateline string
		nonBody               []string
	}{
		{"hangzhou-lowalt-2025-10-15.txt", "杭州发力低空经济:政策赋能,场景驱动,迈向领军新征程", "",
			[]string{"title:杭州发力低空经济:政策赋能,场景驱动,迈向领军新征程", "heading:起步早基底稳,产业蓝图徐徐铺展"}},
		{"lowalt-plan-consultation-2024-05-31.txt", "杭州市低空经济四年发展方案:低空产业园5个,引育低空经济企业600家,规模突破600亿元", "2024年5月31日",
			[]string{"title:杭州市低空经济四年发展方案:低空产业园5个,引育低空经济企业600家,规模突破600亿元",
				"heading:一、公开征求意见时间:", "caption:杭州市交通运输局", "dateline:2024年5月31日",
				"caption:杭州市低空经济高质量发展实施方案(2024—2027年)(征求意见稿)", "heading:一、总体要求与发展目标"}},
		{"modelscope-three-years-trad.txt", "", "", nil},
		{"unitree-gala-2025-jiupai.txt", "", "", []string{"source:来源:九派新闻"}},
		{"unitree-gala-2026-02-20-trad.txt", "三登中國春晚 宇樹科技訂單暴漲150% 目標年出貨兩萬台邁向IPO", "鉅亨網新聞中心 2026-02-20 11:30",
			[]string{"title:三登中國春晚 宇樹科技訂單暴漲150% 目標年出貨兩萬台邁向IPO", "dateline:鉅亨網新聞中心 2026-02-20 11:30"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			got, a := kindsOf(t, string(b))
			if a.Title() != tc.title || a.Dateline() != tc.dateline {
				t.Errorf("title %q dateline %q; want %q %q", a.Title(), a.Dateline(), tc.title, tc.dateline)
			}
			if strings.Join(got, "|") != strings.Join(tc.nonBody, "|") {
				t.Errorf("non-body passages\n got %q\nwant %q", got, tc.nonBody)
			}
		})
	}
}

// The text data/source extracts from the saved page (its <h1>, the meta
// line, three paragraphs), ingested: the headline is the title, the meta
// line the dateline.
func TestSavedPageTextIngest(t *testing.T) {
	text := "宇树机器人两登春晚：从《秧BOT》到民营企业座谈会\n\n2025-02-18 09:30　来源:九派新闻\n\n" +
		"2025年春节联欢晚会上,杭州宇树科技的H1人形机器人在舞蹈《秧BOT》中亮相。\n\n2025年央视春晚上,16台人形机器人H1扭秧歌。"
	got, a := kindsOf(t, text)
	want := []string{"title:宇树机器人两登春晚：从《秧BOT》到民营企业座谈会", "dateline:2025-02-18 09:30　来源:九派新闻"}
	if strings.Join(got, "|") != strings.Join(want, "|") || a.Dateline() != "2025-02-18 09:30　来源:九派新闻" {
		t.Errorf("got %q, dateline %q", got, a.Dateline())
	}
}
