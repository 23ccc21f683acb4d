package handout

import (
	"bytes"
	"os"
	"testing"

	"github.com/qiusuo/qiusuo/data"
)

func TestTry(t *testing.T) {
	s, _ := data.Default()
	r, _ := os.ReadFile("/tmp/exp-NotoSansSC-Regular.ttf")
	b, _ := os.ReadFile("/tmp/exp-NotoSansSC-Bold.ttf")
	var out bytes.Buffer
	if err := Write(&out, s, Options{Fonts: Fonts{r, b}, Lang: os.Getenv("L")}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/exptry/h.pdf", out.Bytes(), 0o644)
	t.Log(out.Len())
}
