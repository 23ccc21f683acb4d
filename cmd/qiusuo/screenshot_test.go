package main

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScreenshotKeepsFileOnFailure: --screenshot FILE replaces FILE only
// with a whole image. It used to empty FILE before rendering, so a render
// that failed (no display) lost the user's file.
func TestScreenshotKeepsFileOnFailure(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "shot.png")
	os.WriteFile(p, []byte("the user's file"), 0o644)
	if err := checkWritable(p); err != nil {
		t.Fatalf("checkWritable: %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "the user's file" {
		t.Fatalf("checking the file changed it to %q", b)
	}
	// A 0×0 image cannot be encoded: the write fails halfway.
	if err := writePNG(p, image.NewRGBA(image.Rect(0, 0, 0, 0))); err == nil {
		t.Fatal("encoding an empty image succeeded")
	}
	if b, _ := os.ReadFile(p); string(b) != "the user's file" {
		t.Errorf("a failed render left %q", b)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("temporary files left: %d entries", len(es))
	}
	if err := writePNG(p, image.NewRGBA(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); len(b) < 8 || string(b[1:4]) != "PNG" {
		t.Error("a successful render did not write a PNG")
	}
	if err := checkWritable(filepath.Join(dir, "no", "such", "x.png")); err == nil {
		t.Error("checkWritable accepted a missing directory")
	}
}

// TestBackgroundPanicIsOneLine: a panic on the goroutine that builds the
// explorer at start-up reaches run's recover: one line, status 1.
func TestBackgroundPanicIsOneLine(t *testing.T) {
	var stderr strings.Builder
	code := func() (code int) {
		defer func() {
			if r := recover(); r != nil {
				stderr.WriteString("qiusuo: internal error: " + fmt.Sprint(r) + "\n")
				code = exitFail
			}
		}()
		wait := inBackground(func() int { panic("layout exploded") })
		return wait()
	}()
	if code != exitFail || stderr.String() != "qiusuo: internal error: layout exploded\n" {
		t.Errorf("status %d, stderr %q", code, stderr.String())
	}
	if v := inBackground(func() int { return 42 })(); v != 42 {
		t.Errorf("result %d", v)
	}
}
