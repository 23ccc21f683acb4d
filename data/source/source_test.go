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
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
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
		// What Read accepts, ingestion accepts: one refusal, in one place.
		if _, err := data.ParseArticle(name, []byte(d.Text)); err != nil {
			t.Fatalf("read, but ParseArticle refuses it: %v", err)
		}
	})
}
