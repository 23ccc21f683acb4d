package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qiusuo/qiusuo/data"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Every encoding round-trips the seed article: encode, Read, compare.
func TestRoundTripEveryEncoding(t *testing.T) {
	seed := seedText(t)
	utf16le := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	utf16be := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	// Big5 cannot encode the simplified seed: round-trip its traditional
	// counterpart (traditional characters GB18030 also encodes).
	trad := readArticle(t, "modelscope-three-years-trad.txt", seedTrad)
	tests := []struct {
		name, want, enc string
		raw             []byte
	}{
		{"utf-8", seed, EncUTF8, []byte(seed)},
		{"utf-8 BOM", seed, EncUTF8BOM, append([]byte("\xEF\xBB\xBF"), seed...)},
		{"utf-16le BOM", seed, EncUTF16LE, append([]byte{0xFF, 0xFE}, encode(t, utf16le, seed)...)},
		{"utf-16be BOM", seed, EncUTF16BE, append([]byte{0xFE, 0xFF}, encode(t, utf16be, seed)...)},
		{"utf-16le no BOM", seed, EncUTF16LE, encode(t, utf16le, seed)},
		{"utf-16be no BOM", seed, EncUTF16BE, encode(t, utf16be, seed)},
		{"gb18030", seed, EncGB18030, encode(t, simplifiedchinese.GB18030, seed)},
		{"gbk", seed, EncGB18030, encode(t, simplifiedchinese.GBK, seed)},
		{"big5", trad, EncBig5, encode(t, traditionalchinese.Big5, trad)},
		{"traditional in gb18030", trad, EncGB18030, encode(t, simplifiedchinese.GB18030, trad)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("a.txt", tc.raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Encoding != tc.enc || d.Format != FormatText || d.Title != "" {
				t.Errorf("encoding %q format %q title %q; want %q text \"\"", d.Encoding, d.Format, d.Title, tc.enc)
			}
			if d.Text != normaliseLineEnds(tc.want) {
				t.Errorf("text differs from the original at byte %d", firstDiff(d.Text, tc.want))
			}
		})
	}
}

// seedTrad is used when the shared articles are absent: a traditional
// paragraph (the modelscope article's opening) typed into the test.
const seedTrad = "2022年8月，一場小規模的開發者評測局悄悄展開，評測的物件是一個連中文名都還沒有，只有英文代號ModelScope的新平臺。\n\n那時候連大模型都不流行，更別提模型開源社群。但就是這樣一個沒做什麼傳播的評測，卻在不到三週時間裡迅速吸引來了四五十萬的瀏覽量。\n"

// readArticle returns a shared article's text, or fallback without them.
func readArticle(t testing.TB, name, fallback string) string {
	b, err := os.ReadFile(filepath.Join("../../../shared/articles", name))
	if err != nil {
		return fallback
	}
	return string(b)
}

func firstDiff(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// Short texts are where detection is hardest: a headline and a line.
func TestDetectShortTexts(t *testing.T) {
	for _, s := range []string{"宇樹科技訂單暴漲", "魔搭社群", "杭州", "臺灣", "来源：新华社", "發布時間：2025年"} {
		for _, tc := range []struct {
			enc  string
			e    encoding.Encoding
			skip bool
		}{{EncGB18030, simplifiedchinese.GB18030, false}, {EncBig5, traditionalchinese.Big5, false}} {
			raw, err := tc.e.NewEncoder().Bytes([]byte(s))
			if err != nil {
				continue // not encodable in that encoding
			}
			enc, got := detect(raw)
			if got != s {
				t.Errorf("%q in %s: detected %s, read %q", s, tc.enc, enc, got)
			}
		}
	}
}

// The encodings-*.txt files are the other files of the folder, saved in
// GB18030, Big5 and UTF-16: each must read as the same text.
func TestSharedEncodings(t *testing.T) {
	dir := articlesDir(t)
	pairs := []struct{ file, original, enc string }{
		{"encodings-hangzhou-lowalt.gb18030.txt", "hangzhou-lowalt-2025-10-15.txt", EncGB18030},
		{"encodings-lowalt-plan.utf16.txt", "lowalt-plan-consultation-2024-05-31.txt", EncUTF16LE},
		{"encodings-modelscope.big5.txt", "modelscope-three-years-trad.txt", EncBig5},
	}
	for _, p := range pairs {
		t.Run(p.file, func(t *testing.T) {
			d, err := ReadFile(filepath.Join(dir, p.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			orig, err := ReadFile(filepath.Join(dir, p.original), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Encoding != p.enc || orig.Encoding != EncUTF8 {
				t.Errorf("encodings %s / %s, want %s / utf-8", d.Encoding, orig.Encoding, p.enc)
			}
			want := normaliseLineEnds(orig.Text)
			if d.Text != want {
				t.Errorf("decoded text differs from %s at byte %d", p.original, firstDiff(d.Text, want))
			}
			a, err := data.ParseArticle(p.file, []byte(d.Text))
			if err != nil {
				t.Fatal(err)
			}
			b, _ := data.ParseArticle(p.original, []byte(orig.Text))
			if a.Title() != b.Title() || a.Dateline() != b.Dateline() || len(a.Passages) != len(b.Passages) {
				t.Errorf("ingested differently from the original: %q %q %d vs %q %q %d",
					a.Title(), a.Dateline(), len(a.Passages), b.Title(), b.Dateline(), len(b.Passages))
			}
		})
	}
}

func TestOverride(t *testing.T) {
	seed := seedText(t)
	gb := encode(t, simplifiedchinese.GB18030, seed)
	for _, name := range []string{"GBK", "gb2312", " Gb18030 "} {
		d, err := Read("a.txt", gb, Options{Encoding: name})
		if err != nil || d.Text != seed || d.Encoding != EncGB18030 {
			t.Errorf("--encoding %q: %v, encoding %v", name, err, d)
		}
	}
	// Forcing the wrong encoding is refused, not shown as noise.
	if _, err := Read("a.txt", gb, Options{Encoding: "utf-8"}); err == nil || !strings.Contains(err.Error(), "does not read as utf-8") {
		t.Errorf("GB18030 read as utf-8: %v", err)
	}
	// An override with a matching BOM drops the BOM.
	le := append([]byte{0xFF, 0xFE}, encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "杭州")...)
	if d, err := Read("a.txt", le, Options{Encoding: "UTF-16LE"}); err != nil || d.Text != "杭州" {
		t.Errorf("utf-16le with BOM: %v %q", err, d)
	}
	_, err := Read("a.txt", gb, Options{Encoding: "latin1"})
	var se *Error
	if !errors.As(err, &se) || err.Error() != `a.txt: unknown encoding "latin1" (accepted: `+AcceptedEncodings+")" {
		t.Errorf("unknown encoding: %v", err)
	}
}

// A UTF-8 file with one damaged byte is still UTF-8: only that character
// is lost, not the whole text to a GB18030 misreading.
func TestDamagedUTF8(t *testing.T) {
	seed := seedText(t)
	raw := []byte(seed)
	i := strings.Index(seed, "宇树科技")
	raw[i+1] = 0xFF
	d, err := Read("a.txt", raw, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Encoding != EncUTF8 || strings.Count(d.Text, "\uFFFD") != 1 || strings.Count(d.Text, "宇树科技") != strings.Count(seed, "宇树科技")-1 {
		t.Errorf("encoding %s, %d U+FFFD", d.Encoding, strings.Count(d.Text, "\uFFFD"))
	}
}
