package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qiusuo/qiusuo/data"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

func seedText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../hangzhou-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// articlesDir is the shared folder of real articles (not in the
// repository); tests on them skip where it is absent.
func articlesDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("QIUSUO_ARTICLES")
	if dir == "" {
		dir = "../../../shared/articles"
	}
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		t.Skipf("real articles not found in %s (set QIUSUO_ARTICLES): %v", dir, err)
	}
	return dir
}

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestMaxBytesMatchesIngestion(t *testing.T) {
	if MaxBytes != data.MaxArticleBytes {
		t.Fatalf("MaxBytes %d, data.MaxArticleBytes %d: a file accepted here would be refused by ParseArticle", MaxBytes, data.MaxArticleBytes)
	}
}

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

// Every real article reads: plain text as written, the web page as HTML.
func TestSharedArticlesRead(t *testing.T) {
	dir := articlesDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	files = append(files, filepath.Join(dir, "saved-page-unitree-2025.gbk.html"))
	if len(files) < 9 {
		t.Fatalf("only %d articles in %s", len(files), dir)
	}
	for _, f := range files {
		d, err := ReadFile(f, Options{})
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if !utf8.ValidString(d.Text) || strings.ContainsRune(d.Text, utf8.RuneError) || strings.Contains(d.Text, "\r") {
			t.Errorf("%s: text invalid, has U+FFFD or CR", f)
		}
		if _, err := data.ParseArticle(f, []byte(d.Text)); err != nil {
			t.Errorf("%s: ParseArticle refuses the text: %v", f, err)
		}
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

func TestRefusals(t *testing.T) {
	zip := func(member string) []byte {
		return []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + member + "\x00\x00PK\x01\x02")
	}
	tests := []struct {
		name string
		raw  []byte
		want string // the whole one-line message
	}{
		{"a.pdf", []byte("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), "a.pdf: is a PDF document, not article text (" + hintText + ")"},
		{"a.docx", zip("word/document.xml"), "a.docx: is a Word document (.docx), not plain text (" + hintExport + ")"},
		{"a.pptx", zip("ppt/slides/slide1.xml"), "a.pptx: is a PowerPoint presentation (.pptx), not article text (" + hintExport + ")"},
		{"a.xlsx", zip("xl/workbook.xml"), "a.xlsx: is an Excel workbook (.xlsx), not article text (" + hintExport + ")"},
		{"a.zip", zip("article.txt"), "a.zip: is a ZIP archive (" + hintArchive + ")"},
		{"a.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), "a.doc: is an old Microsoft Office document (.doc/.xls/.ppt), not article text (" + hintExport + ")"},
		{"a.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "a.png: is a PNG image, not article text (" + hintImage + ")"},
		{"a.jpg", []byte("\xFF\xD8\xFF\xE0\x00\x10JFIF"), "a.jpg: is a JPEG image, not article text (" + hintImage + ")"},
		{"a.gif", []byte("GIF89a\x01\x00\x01\x00"), "a.gif: is a GIF image, not article text (" + hintImage + ")"},
		{"a.webp", []byte("RIFF\x24\x00\x00\x00WEBPVP8 "), "a.webp: is a WebP image, not article text (" + hintImage + ")"},
		{"a.txt", []byte{}, "a.txt: the file is empty (choose the file that holds the article text)"},
		{"b.txt", []byte(" \n\r\n\t "), "b.txt: the file is empty (choose the file that holds the article text)"},
		{"a.bin", []byte("ELF\x7F\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00"), "a.bin: is binary data, not text (" + hintText + ")"},
		{"c.bin", []byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11abc"), "c.bin: is binary data, not text (" + hintText + ")"},
		{"a.mhtml", []byte("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\""),
			`a.mhtml: is a single-file web archive (MHTML), not an HTML page (save the page as "Webpage, HTML only" or as text)`},
		{"ko.txt", koreanEUCKR, "ko.txt: is not Chinese text in any encoding Qiusuo reads (UTF-8, UTF-16, GB18030, Big5) (" + hintEncoding + ")"},
		{"ja.txt", japaneseSJIS, "ja.txt: is not Chinese text in any encoding Qiusuo reads (UTF-8, UTF-16, GB18030, Big5) (" + hintEncoding + ")"},
		{"a.html", []byte("<html><body><nav><a href=/>首页</a></nav></body></html>"), "a.html: is a web page with no article text in it (" + hintText + ")"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read(tc.name, tc.raw, Options{})
			var se *Error
			if !errors.As(err, &se) || d != nil {
				t.Fatalf("got %v, %v; want *Error", d, err)
			}
			if err.Error() != tc.want {
				t.Errorf("message\n got %s\nwant %s", err, tc.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("message spans lines: %q", err)
			}
		})
	}
}

// Korean and Japanese in their legacy encodings: read as GB18030 they are
// valid but implausible Chinese.
var (
	koreanEUCKR, _  = korean.EUCKR.NewEncoder().Bytes([]byte("한국어 텍스트입니다. 서울시는 오늘 새로운 정책을 발표했습니다. 인공지능 연구 개발을 위해 예산을 크게 늘릴 방침입니다."))
	japaneseSJIS, _ = japanese.ShiftJIS.NewEncoder().Bytes([]byte("日本語のテキストです。東京都は今日、新しい政策を発表しました。人工知能の研究開発を進めるため、予算を大幅に増やす方針です。"))
)

func TestSizeLimit(t *testing.T) {
	big := []byte(strings.Repeat("字", MaxBytes/3+1))
	if _, err := Read("big.txt", big, Options{}); err == nil || !strings.Contains(err.Error(), "an article is at most") {
		t.Errorf("oversized: %v", err)
	}
	// GB18030 grows by half when decoded: the decoded text is bounded too.
	gb := encode(t, simplifiedchinese.GB18030, strings.Repeat("字", MaxBytes/2-10))
	if _, err := Read("gb.txt", gb, Options{}); err == nil || !strings.Contains(err.Error(), "decodes to") {
		t.Errorf("oversized once decoded: %v", err)
	}
	p := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(p, big, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(p, Options{}); err == nil || !strings.Contains(err.Error(), "an article is at most") {
		t.Errorf("ReadFile oversized: %v", err)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing.txt"), Options{}); err == nil || !strings.HasSuffix(err.Error(), "cannot open: no such file or directory") {
		t.Errorf("missing file: %v", err)
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

func TestLineEndsAndBOM(t *testing.T) {
	d, err := Read("a.txt", []byte("\xEF\xBB\xBF标题\r\n\r\n正文。\r旧式换行。\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "标题\n\n正文。\n旧式换行。\n" || d.Encoding != EncUTF8BOM {
		t.Errorf("%q %s", d.Text, d.Encoding)
	}
}

func FuzzRead(f *testing.F) {
	seed, _ := os.ReadFile("../hangzhou-2025.txt")
	f.Add("a.txt", seed[:min(len(seed), 2000)], "")
	f.Add("a.txt", encode(f, simplifiedchinese.GB18030, "杭州“深度求索”的年度叙事"), "")
	f.Add("a.txt", encode(f, traditionalchinese.Big5, "宇樹科技訂單暴漲"), "")
	f.Add("a.txt", []byte("\xFF\xFE\x6d\x67\xde\x5d"), "")
	f.Add("a.html", []byte(`<html><head><meta charset="big5"><title>t_站</title></head><body><h1>題</h1><p>正文。</p></body></html>`), "")
	f.Add("a.md", []byte("# 标题\n\n- 一\n- 二\n\n![图](x.png) **粗**[链接](u)\n"), "")
	f.Add("a.txt", []byte("%PDF-1.4"), "gbk")
	f.Fuzz(func(t *testing.T, name string, raw []byte, enc string) {
		d, err := Read(name, raw, Options{Encoding: enc})
		if err != nil {
			var se *Error
			if d != nil || !errors.As(err, &se) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("bad failure: %v, %v", d, err)
			}
			return
		}
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
			t.Fatalf("invalid UTF-8 in %q / %q", d.Text, d.Title)
		}
		if strings.HasPrefix(d.Text, "\uFEFF") || strings.TrimSpace(d.Text) == "" || len(d.Text) > MaxBytes {
			t.Fatalf("bad text %q", d.Text)
		}
	})
}
