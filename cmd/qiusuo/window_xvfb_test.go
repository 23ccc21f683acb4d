//go:build xvfb

// Real-window tests: the cgo/GLFW binary on an X display (Xvfb in CI, see
// scripts/test.sh). Run with: xvfb-run -a go test -tags "xvfb ne" -run RealWindow ./cmd/qiusuo
package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// buildBinary builds the real (GLFW) qiusuo binary once per test run.
func buildBinary(t *testing.T) string {
	t.Helper()
	if os.Getenv("DISPLAY") == "" {
		t.Fatal("no DISPLAY: run under xvfb-run (scripts/test.sh does)")
	}
	bin := filepath.Join(t.TempDir(), "qiusuo")
	cmd := exec.Command("go", "build", "-tags", "ne", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// distinctColours counts colours on a grid of sample points.
func distinctColours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
		}
	}
	return len(seen)
}

func TestRealWindowScreenshot(t *testing.T) {
	bin := buildBinary(t)
	for _, tc := range []struct {
		size string
		w, h int
		args []string
	}{
		{"1280x800", 1280, 800, []string{"--select", "event:gala"}},
		{"1024x600", 1024, 600, []string{"--select", "cluster:robots", "--theme", "light"}},
	} {
		out := filepath.Join(t.TempDir(), "shot.png")
		args := append([]string{"--screenshot", out, "--size", tc.size}, tc.args...)
		cmd := exec.Command(bin, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\n%s", tc.size, err, stderr.String())
		}
		t.Logf("%s: exec to PNG in %v", tc.size, time.Since(start).Round(time.Millisecond))
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != tc.w || b.Dy() != tc.h {
			t.Errorf("%s: PNG is %dx%d", tc.size, b.Dx(), b.Dy())
		}
		if n := distinctColours(img); n < 20 {
			t.Errorf("%s: PNG looks blank (%d colours)", tc.size, n)
		}
		if s := stderr.String(); strings.Contains(s, "panic") || strings.Contains(s, "collections not allowed") {
			t.Errorf("%s: stderr: %s", tc.size, s)
		}
	}
}

// grabScreen captures the X screen (the real GL window, not the software
// renderer) with ImageMagick's import.
func grabScreen(t *testing.T, path string) image.Image {
	t.Helper()
	if out, err := exec.Command("import", "-window", "root", path).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func sameImage(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	bd := a.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y += 3 {
		for x := bd.Min.X; x < bd.Max.X; x += 3 {
			if a.At(x, y) != b.At(x, y) {
				return false
			}
		}
	}
	return true
}

// TestRealWindowKiosk runs the kiosk with a 2 s idle setting: the attract
// loop must visibly advance, and Alt+F4 / Ctrl+Q must not end it.
func TestRealWindowKiosk(t *testing.T) {
	bin := buildBinary(t)
	// A window manager, so Alt+F4 means what it means on a real kiosk:
	// the WM asks the window to close (WM_DELETE_WINDOW).
	wm := exec.Command("openbox")
	if err := wm.Start(); err != nil {
		t.Fatalf("openbox (apt-get install openbox): %v", err)
	}
	defer func() { wm.Process.Kill(); wm.Wait() }()
	time.Sleep(500 * time.Millisecond)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "kiosk.toml")
	os.WriteFile(cfg, []byte("idle_seconds = 2\ncountdown_seconds = 1\nadvance_seconds = 2\n"), 0o644)
	cmd := exec.Command(bin, "--kiosk", "--config", cfg)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() {
		cmd.Process.Kill()
		<-done
	}()
	alive := func(what string) {
		t.Helper()
		select {
		case err := <-done:
			done <- err
			t.Fatalf("kiosk exited after %s: %v\n%s", what, err, stderr.String())
		default:
		}
	}
	time.Sleep(2500 * time.Millisecond)
	alive("start")
	a := grabScreen(t, filepath.Join(dir, "a.png"))
	if n := distinctColours(a); n < 20 {
		t.Fatalf("kiosk screen looks blank (%d colours)", n)
	}
	time.Sleep(4500 * time.Millisecond)
	b := grabScreen(t, filepath.Join(dir, "b.png"))
	if sameImage(a, b) {
		t.Error("two screenshots 4.5 s apart are identical: the attract loop is not advancing")
	}
	for _, keys := range []string{"alt+F4", "ctrl+q", "Escape", "alt+F4"} {
		out, err := exec.Command("xdotool", "search", "--name", "Qiusuo", "windowactivate", "--sync", "key", "--clearmodifiers", keys).CombinedOutput()
		if err != nil {
			t.Fatalf("xdotool %s: %v %s", keys, err, out)
		}
		time.Sleep(700 * time.Millisecond)
		alive(keys)
	}
	if s := stderr.String(); strings.Contains(s, "panic") {
		t.Errorf("stderr: %s", s)
	}
}
