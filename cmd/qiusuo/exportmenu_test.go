package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/gui"
)

func TestExportPNG(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	ex := NewExporter(tw.w, func() *gui.Explorer { return tw.x })
	test.TempWidgetRenderer(t, tw.x) // lay the explorer out as a frame would
	tw.x.Refresh()
	for _, tc := range []struct {
		v     View
		obj   fyne.CanvasObject
		scale float32
	}{
		{ViewWindow, tw.x, 1}, {ViewWindow, tw.x, 2},
		{ViewTimeline, tw.x.Timeline, 1}, {ViewTimeline, tw.x.Timeline, 2},
		{ViewMap, tw.x.Map, 2},
	} {
		pos, size := tc.obj.Position(), tc.obj.Size()
		b, err := ex.PNG(tc.v, tc.scale)
		if err != nil {
			t.Fatalf("view %d: %v", tc.v, err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		want := image.Pt(int(size.Width*tc.scale+0.5), int(size.Height*tc.scale+0.5))
		if got := img.Bounds().Size(); abs(got.X-want.X) > 1 || abs(got.Y-want.Y) > 1 {
			t.Errorf("view %d at %g×: %v, want %v", tc.v, tc.scale, got, want)
		}
		if n := colours(img); n < 20 {
			t.Errorf("view %d at %g×: blank (%d colours)", tc.v, tc.scale, n)
		}
		if tc.obj.Position() != pos || tc.obj.Size() != size {
			t.Errorf("view %d: rendering moved it from %v %v to %v %v", tc.v, pos, size, tc.obj.Position(), tc.obj.Size())
		}
		if dir := os.Getenv("QIUSUO_SHOTS"); dir != "" {
			os.WriteFile(filepath.Join(dir, imageName(tc.v, tc.scale)), b, 0o644)
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func colours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 5 {
		for x := b.Min.X; x < b.Max.X; x += 5 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
		}
	}
	return len(seen)
}

func TestExportHiddenView(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	ex := NewExporter(tw.w, func() *gui.Explorer { return tw.x })
	tw.x.Map.Hide()
	if _, err := ex.PNG(ViewMap, 1); err == nil || !strings.Contains(err.Error(), "不在窗口中") {
		t.Errorf("hidden map: %v", err)
	}
}

func TestStoryBytes(t *testing.T) {
	s, err := loadStory("")
	if err != nil {
		t.Fatal(err)
	}
	b, err := StoryBytes(FormatTimelineJS, s, "zh")
	if err != nil || !bytes.Contains(b, []byte(`"events"`)) {
		t.Errorf("TimelineJS: %v %.80q", err, b)
	}
	b, err = StoryBytes(FormatCSV, s, "zh")
	if err != nil || !bytes.HasPrefix(b, []byte("\uFEFFYear,Month,Day")) {
		t.Errorf("CSV: %v %.80q", err, b)
	}
	b, err = StoryBytes(FormatPDF, s, "zh")
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Errorf("PDF: %v %.20q", err, b)
	}
}

// TestExportImageDialog renders the window with the image dialog open
// (QIUSUO_SHOTS=dir to look at it) and checks its choices.
func TestExportImageDialog(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	ex := NewExporter(tw.w, func() *gui.Explorer { return tw.x })
	ex.ShowImageDialog()
	msg := overlayTexts(tw.w)
	for _, want := range []string{"导出图片", "整个窗口", "时间线", "296X 地图", "2×（打印）"} {
		if !strings.Contains(msg, want) {
			t.Errorf("dialog lacks %q: %q", want, msg)
		}
	}
	if dir := os.Getenv("QIUSUO_SHOTS"); dir != "" {
		img := tw.w.Canvas().Capture()
		var b bytes.Buffer
		png.Encode(&b, img)
		os.WriteFile(filepath.Join(dir, "dialog-image.png"), b.Bytes(), 0o644)
		tw.w.Canvas().Overlays().Top().Hide()
		tw.op.ShowDialog()
		b.Reset()
		png.Encode(&b, tw.w.Canvas().Capture())
		os.WriteFile(filepath.Join(dir, "dialog-open.png"), b.Bytes(), 0o644)
	}
}

// BenchmarkExportPNG is 导出图片 of the whole 1280×800 window at 2×:
// software render and PNG encoding.
func BenchmarkExportPNG(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(gui.NewTheme(nil))
	s, _ := loadStory("")
	w := test.NewWindow(nil)
	defer w.Close()
	x := gui.NewExplorer(s)
	w.SetContent(x)
	w.Resize(fyne.NewSize(1280, 800))
	ex := NewExporter(w, func() *gui.Explorer { return x })
	b.ResetTimer()
	for range b.N {
		if _, err := ex.PNG(ViewWindow, 2); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSaveImageAsksWhere(t *testing.T) {
	tw := newTestWindow(t, loadStory)
	ex := NewExporter(tw.w, func() *gui.Explorer { return tw.x })
	tw.w.Canvas().Capture() // a frame lays the explorer out
	ex.saveImage(ViewTimeline, 2)
	ex.wg.Wait()
	top := tw.w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no save dialog")
	}
	found := false
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if en, ok := o.(*widget.Entry); ok && en.Text == "qiusuo-timeline@2x.png" {
			found = true
		}
		switch o := o.(type) {
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	walk(top)
	if !found {
		t.Errorf("the save dialog does not suggest qiusuo-timeline@2x.png: %q", overlayTexts(tw.w))
	}
}

func TestWriteExport(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "map.png")
	os.WriteFile(p, []byte("old"), 0o600)
	if err := writeExport(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("content %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}
	bad := filepath.Join(dir, "no-such-dir", "x.png")
	if err := writeExport(bad, []byte("x")); err == nil || !strings.HasPrefix(err.Error(), bad+": ") || strings.Count(err.Error(), bad) != 1 {
		t.Errorf("error %v", err)
	}
}
