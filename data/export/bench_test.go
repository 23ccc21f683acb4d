package export_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/export/csvtimeline"
	"github.com/qiusuo/qiusuo/data/export/handout"
	"github.com/qiusuo/qiusuo/data/export/timelinejs"
	"github.com/qiusuo/qiusuo/data/importer"
)

// bigStory imports a 1 MB article: the default article's body repeated,
// published 2025, so that its events are dated and exported.
func bigStory(b *testing.B) *data.Story {
	b.Helper()
	raw, err := os.ReadFile("../hangzhou-2025.txt")
	if err != nil {
		b.Fatal(err)
	}
	var text strings.Builder
	text.Write(raw)
	for text.Len() < 1<<20 {
		text.WriteString("\n\n")
		text.Write(raw[bytes.IndexByte(raw, '\n')+1:]) // the body again, not the title
	}
	s, err := importer.Import("big.txt", text.String(), importer.Options{Published: "2025"})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d bytes, %d passages, %d events, %d entities, %d facts", text.Len(), len(s.Article.Passages), len(s.Events), len(s.Entities), len(s.Facts))
	return s
}

func fonts(b *testing.B) handout.Fonts {
	dir, ext := os.Getenv("QIUSUO_PDF_FONTS"), ".ttf"
	if dir == "" {
		dir, ext = "../../resources/fonts", ".otf" // the bundled CFF faces
	}
	reg, _ := filepath.Glob(filepath.Join(dir, "*Regular*"+ext))
	bold, _ := filepath.Glob(filepath.Join(dir, "*Bold*"+ext))
	if len(reg) == 0 || len(bold) == 0 {
		b.Skip("no fonts: set QIUSUO_PDF_FONTS (see data/export/handout tests)")
	}
	r, _ := os.ReadFile(reg[0])
	bb, _ := os.ReadFile(bold[0])
	return handout.Fonts{Regular: r, Bold: bb}
}

// BenchmarkExports1MB writes all three exports of a 1 MB article's story
// (goal ≤ 3 s together).
func BenchmarkExports1MB(b *testing.B) {
	s := bigStory(b)
	f := fonts(b)
	b.ResetTimer()
	for b.Loop() {
		var j, c, p bytes.Buffer
		if _, err := timelinejs.Write(&j, s, timelinejs.Options{}); err != nil {
			b.Fatal(err)
		}
		if _, err := csvtimeline.Write(&c, s, timelinejs.Options{}); err != nil {
			b.Fatal(err)
		}
		if err := handout.Write(&p, s, handout.Options{Fonts: f}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(p.Len())/1e6, "pdf-MB")
	}
}
