package source

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
)

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
		{"c.txt", []byte("\xEF\xBB\xBF\xEF\xBB\xBF\u3000\n"), "c.txt: has no article text (" + hintText + ")"},
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
