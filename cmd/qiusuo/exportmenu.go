package main

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/atomicfile"
	"github.com/qiusuo/qiusuo/data/export/csvtimeline"
	"github.com/qiusuo/qiusuo/data/export/handout"
	"github.com/qiusuo/qiusuo/data/export/timelinejs"
	"github.com/qiusuo/qiusuo/gui"
)

// View is a part of the window that 导出图片 can write as PNG.
type View int

const (
	ViewWindow   View = iota // the whole window's content
	ViewTimeline             // the timeline strip as it is scrolled
	ViewMap                  // the 296X map as it is scrolled
)

// Exporter is the window's 导出/Export menu: PNG images of what is on
// screen, and the story in the formats of data/export (PDF handout,
// TimelineJS JSON, TimelineJS spreadsheet CSV).
//
// Every export makes its bytes first and only then asks where to save
// them: Fyne's save dialog empties the chosen file as it closes, so a
// failure after asking would lose what the file held. The bytes are then
// written atomically over it (temp file, fsync, rename).
type Exporter struct {
	win     fyne.Window
	current func() *gui.Explorer

	wg sync.WaitGroup // background exports, for tests
}

// NewExporter returns the exporter of the window whose explorer current
// returns (it changes when a file is opened or the language switched).
func NewExporter(w fyne.Window, current func() *gui.Explorer) *Exporter {
	return &Exporter{win: w, current: current}
}

// Menu is the 导出/Export menu.
func (e *Exporter) Menu() *fyne.Menu {
	return fyne.NewMenu(gui.Pick("导出", "Export"),
		fyne.NewMenuItem(gui.Pick("导出图片…", "Export Image…"), e.ShowImageDialog),
		fyne.NewMenuItemSeparator(),
		// The story's own formats, from data/export. New formats go here.
		fyne.NewMenuItem(gui.Pick("PDF 讲义…", "PDF Handout…"), func() { e.exportStory(FormatPDF) }),
		fyne.NewMenuItem(gui.Pick("TimelineJS (JSON)…", "TimelineJS (JSON)…"), func() { e.exportStory(FormatTimelineJS) }),
		fyne.NewMenuItem(gui.Pick("CSV 表格（TimelineJS 模板）…", "CSV Spreadsheet (TimelineJS template)…"), func() { e.exportStory(FormatCSV) }),
	)
}

// PNG renders a view of the window at scale (2 for print) with Fyne's
// software painter, as it is on screen now, and encodes it.
func (e *Exporter) PNG(v View, scale float32) ([]byte, error) {
	img, err := e.Image(v, scale)
	if err != nil {
		return nil, err
	}
	return encodePNG(img)
}

// Image renders a view of the window at scale, on the UI goroutine (it
// lays out and paints the window's widgets).
func (e *Exporter) Image(v View, scale float32) (image.Image, error) {
	x := e.current()
	var obj fyne.CanvasObject
	switch v {
	case ViewTimeline:
		obj = x.Timeline
	case ViewMap:
		obj = x.Map
	default:
		obj = e.win.Content()
	}
	if obj == nil || !obj.Visible() || obj.Size().IsZero() {
		return nil, errors.New(gui.Pick("这一部分现在不在窗口中（窗口较窄时请先切换到它的标签页）",
			"that part is not on screen now (in a narrow window, show its tab first)"))
	}
	return renderInPlace(obj, scale), nil
}

func encodePNG(img image.Image) ([]byte, error) {
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// renderInPlace paints obj with gui.Render and puts it back where it was:
// the software canvas moves its content to the origin and resizes it.
func renderInPlace(obj fyne.CanvasObject, scale float32) image.Image {
	pos, size := obj.Position(), obj.Size()
	defer func() {
		obj.Resize(size)
		obj.Move(pos)
		obj.Refresh()
	}()
	return gui.Render(obj, size, scale)
}

// viewNames are the choices of the image dialog, in View order.
func viewNames() []string {
	return []string{gui.Pick("整个窗口", "Whole window"), gui.Pick("时间线", "Timeline"), gui.Pick("296X 地图", "296X map")}
}

// scaleNames are the image scales offered: 1× for the screen, 2× for print.
func scaleNames() []string {
	return []string{gui.Pick("1×（屏幕）", "1× (screen)"), gui.Pick("2×（打印）", "2× (print)")}
}

// ShowImageDialog asks which view and scale, renders it, then asks where
// to save the PNG.
func (e *Exporter) ShowImageDialog() {
	views, scales := viewNames(), scaleNames()
	view := widget.NewRadioGroup(views, nil)
	view.SetSelected(views[0])
	view.Required = true
	scale := widget.NewRadioGroup(scales, nil)
	scale.Horizontal = true
	scale.SetSelected(scales[1])
	scale.Required = true
	d := dialog.NewForm(gui.Pick("导出图片", "Export Image"), gui.Pick("导出…", "Export…"), gui.Pick("取消", "Cancel"),
		[]*widget.FormItem{
			widget.NewFormItem(gui.Pick("内容", "View"), view),
			widget.NewFormItem(gui.Pick("比例", "Scale"), scale),
		}, func(ok bool) {
			if !ok {
				return
			}
			v := View(indexOf(views, view.Selected))
			s := float32(1 + indexOf(scales, scale.Selected))
			// Render once the dialog has gone, so it is not in the picture.
			fyne.Do(func() { e.saveImage(v, s) })
		}, e.win)
	d.Show()
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return 0
}

// imageName is the suggested file name of a view's PNG.
func imageName(v View, scale float32) string {
	name := [...]string{"qiusuo-window", "qiusuo-timeline", "qiusuo-map"}[v]
	if scale != 1 {
		name += fmt.Sprintf("@%gx", scale)
	}
	return name + ".png"
}

// saveImage renders the view (about 0.5 s of CPU for the whole window at
// 2×, on the UI goroutine because it paints the window's widgets), encodes
// it off the UI goroutine (about as long again) and asks where to save it.
func (e *Exporter) saveImage(v View, scale float32) {
	img, err := e.Image(v, scale)
	if err != nil {
		e.showError(err)
		return
	}
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		b, err := encodePNG(img)
		fyne.Do(func() {
			if err != nil {
				e.showError(err)
				return
			}
			e.save(imageName(v, scale), ".png", b)
		})
	}()
}

// Format is one of the story's export formats.
type Format int

const (
	FormatPDF Format = iota
	FormatTimelineJS
	FormatCSV
)

// formatFiles are each format's suggested file name and extension.
var formatFiles = [...]struct{ name, ext string }{
	FormatPDF:        {"qiusuo-handout.pdf", ".pdf"},
	FormatTimelineJS: {"qiusuo-timeline.json", ".json"},
	FormatCSV:        {"qiusuo-timeline.csv", ".csv"},
}

// StoryBytes renders the story in a format, in the interface language.
func StoryBytes(f Format, s *data.Story, lang string) ([]byte, error) {
	var b bytes.Buffer
	var err error
	switch f {
	case FormatPDF:
		err = handout.Write(&b, s, handout.Options{Lang: lang, Fonts: pdfFonts()})
	case FormatTimelineJS:
		_, err = timelinejs.Write(&b, s, timelinejs.Options{Lang: lang})
	case FormatCSV:
		_, err = csvtimeline.Write(&b, s, timelinejs.Options{Lang: lang})
	default:
		err = fmt.Errorf("unknown export format %d", f)
	}
	return b.Bytes(), err
}

// exportStory makes the file off the UI goroutine (a PDF takes up to a
// second), then asks where to save it.
func (e *Exporter) exportStory(f Format) {
	s, lang := e.current().Sel.Story(), gui.Language()
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		b, err := StoryBytes(f, s, lang)
		fyne.Do(func() {
			if err != nil {
				e.showError(fmt.Errorf("%s: %v", formatFiles[f].name, err))
				return
			}
			e.save(formatFiles[f].name, formatFiles[f].ext, b)
		})
	}()
}

// save asks where to save b and writes it there atomically.
func (e *Exporter) save(name, ext string, b []byte) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			e.showError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		w.Close()
		path := w.URI().Path()
		if err := writeExport(path, b); err != nil {
			e.showError(err)
			return
		}
		dialog.ShowInformation(gui.Pick("已导出", "Exported"),
			fmt.Sprintf("%s (%d KB)", filepath.Base(path), (len(b)+1023)/1024), e.win)
	}, e.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Resize(dialogSize(e.win))
	d.Show()
}

func (e *Exporter) showError(err error) {
	dialog.ShowError(errors.New(oneLine(err.Error())), e.win)
}

// writeExport writes an export atomically; the error names the file.
func writeExport(path string, b []byte) error {
	if err := atomicfile.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("%s: %v", path, unwrapPathErr(err))
	}
	return nil
}
