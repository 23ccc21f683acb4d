package timelinejs

import (
	"bytes"
	"os"
	"testing"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/importer"
)

func TestTry(t *testing.T) {
	s, _ := data.Default()
	var b bytes.Buffer
	sum, err := Write(&b, s, Options{})
	t.Log(sum, err)
	os.WriteFile("/tmp/exptry/default.json", b.Bytes(), 0o644)
	txt, _ := os.ReadFile("../../hangzhou-2025.txt")
	s2, err := importer.Import("h.txt", string(txt), importer.Options{Published: "2025"})
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	sum, err = Write(&b, s2, Options{})
	t.Log(sum, err)
	os.WriteFile("/tmp/exptry/imported.json", b.Bytes(), 0o644)
	s3, err := Read("imported.json", bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/exptry/article.txt", []byte(s3.Article.Text), 0o644)
	var c bytes.Buffer
	sum, err = Write(&c, s3, Options{})
	t.Log(sum, err)
	os.WriteFile("/tmp/exptry/again.json", c.Bytes(), 0o644)
}
