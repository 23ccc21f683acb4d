package importer

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/qiusuo/qiusuo/data"
)

// FuzzImport feeds the importer arbitrary text. It must never panic; any
// story it returns must pass the loader's checks (Import assembles through
// them) and survive being written as a story file and read back.
func FuzzImport(f *testing.F) {
	f.Add("2025年6月30日，首届魔搭开发者大会在杭州举行。宇树科技的400余家企业，329亿元，26.54%。")
	f.Add("今年7月，法国雷诺集团选择与中金私募在杭州组建基金。\n\n17日的民营企业座谈会上，王兴兴表示。")
	f.Add("《杭州市低空经济高质量发展实施方案(2024—2027年)》\n2024年5月31日至6月12日。")
	f.Add("馬年春晚，宇樹科技創辦人王興興表示，訂單暴漲 150%。")
	f.Add("2025年春节联欢晚会上，杭州宇树科技的H1人形机器人亮相。\n\n2025年央视春晚上，16台人形机器人H1扭秧歌。")
	f.Add("来源:九派新闻\n\n早在2019年10月，我市企业—杭州迅蚁科技公司就拿到了中国民航局颁发的牌照。")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4<<10 {
			t.Skip("long inputs are covered by the article tests; short ones mutate faster")
		}
		s, err := Import("fuzz.txt", text, Options{Published: "2025-06"})
		if err != nil {
			if strings.Contains(err.Error(), "import:") {
				t.Fatalf("the importer built a story the loader rejects: %v", err)
			}
			return // bad input, reported
		}
		b, err := data.EncodeStoryFile(s, "a.txt")
		if err != nil {
			t.Fatal(err)
		}
		back, err := data.LoadStoryFS(fstest.MapFS{"s.json": {Data: b}, "a.txt": {Data: []byte(text)}}, "s.json", "s.json")
		if err != nil {
			t.Fatalf("written story does not load: %v", err)
		}
		j1, _ := json.Marshal(s)
		j2, _ := json.Marshal(back)
		if string(j1) != string(j2) {
			t.Fatalf("written story loads differently")
		}
	})
}
