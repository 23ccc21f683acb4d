package gui

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"math"
	"os"
	"strconv"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"github.com/go-text/render"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// drawnText is a run of text in one font, size and colour, as the reader,
// the timeline and the map draw it: usually drawn by the app into an RGBA
// image and shown as a canvas.Raster, else as a canvas.Text.
//
// The raster exists for speed. Fyne's GL painter draws each canvas.Text
// into an NRGBA image, for which golang.org/x/image/vector has no fast
// path: it blends every pixel of the text's box through the generic image
// interfaces, once per script run, at ~150 ns a pixel. The explorer's
// first screen is ~350,000 such pixels, ~60 ms of the window's first frame.
// Into an RGBA image the same renderer (go-text/render, as Fyne uses)
// takes its fast path; BenchmarkRasterText compares the two.
//
// The glyphs are shaped and placed as Fyne places them (same shaper, same
// baseline rule), so a run looks as its canvas.Text would. Text the font
// does not cover stays a canvas.Text, where Fyne's font fallback applies.
type drawnText struct {
	obj   fyne.CanvasObject // *canvas.Raster, or *canvas.Text
	text  []rune
	font  fyne.Resource
	size  float32
	style fyne.TextStyle
	color color.Color
	face  *rasterFace // nil for a canvas.Text
	img   *image.RGBA // drawn ahead by prerender, until the painter takes it
}

// drawnTextMade, when set (only by tests, before any view is built), is
// told of every drawnText made, so that a test walking a widget tree can
// tell the text and size behind a raster it meets (type_test.go).
var drawnTextMade func(*drawnText)

// newDrawnText returns text in font res (the theme's font for style) at
// size and colour col: a raster if res covers every rune, else a
// canvas.Text.
func newDrawnText(text []rune, res fyne.Resource, style fyne.TextStyle, size float32, col color.Color) *drawnText {
	t := &drawnText{text: text, font: res, size: size, style: style, color: col}
	if drawnTextMade != nil {
		drawnTextMade(t)
	}
	if f := rasterFaceFor(res); f != nil && f.covers(text) {
		t.face = f
		t.obj = canvas.NewRaster(t.generate)
		return t
	}
	txt := canvas.NewText(string(text), col)
	txt.TextSize = size
	txt.TextStyle = style
	t.obj = txt
	return t
}

// setColor recolours the text, drawing it again only if the colour changed.
func (t *drawnText) setColor(c color.Color) {
	if t.color == c {
		return
	}
	t.color = c
	if txt, ok := t.obj.(*canvas.Text); ok {
		txt.Color = c
	} else {
		t.img = nil
	}
	t.obj.Refresh()
}

// place puts the text in a box at pos, aligned as a canvas.Text would be:
// horizontally by align, vertically centred. A raster is sized to the
// text's own extent (in whole pixels at scale), as the painter sizes a
// canvas.Text's texture.
func (t *drawnText) place(pos fyne.Position, box fyne.Size, align fyne.TextAlign, scale float32) {
	if txt, ok := t.obj.(*canvas.Text); ok {
		txt.Alignment = align
		txt.Move(pos)
		txt.Resize(box)
		return
	}
	m := fyne.MeasureText(string(t.text), t.size, t.style)
	switch align {
	case fyne.TextAlignCenter:
		pos.X += (box.Width - m.Width) / 2
	case fyne.TextAlignTrailing:
		pos.X += box.Width - m.Width
	}
	if box.Height > m.Height {
		pos.Y += (box.Height - m.Height) / 2
	}
	t.obj.Move(pos)
	t.obj.Resize(snapped(m, scale))
}

// generate is the raster's generator: the text drawn at w×h pixels. A
// prerendered image of that size is handed over, not kept: the painter
// keeps the texture, and a raster drawn again (a new size, an evicted
// texture) is cheap to draw again, where keeping every run's pixels would
// cost megabytes.
func (t *drawnText) generate(w, h int) image.Image {
	if img := t.img; img != nil && img.Rect.Dx() == w && img.Rect.Dy() == h {
		t.img = nil
		return img
	}
	return t.draw(w, h)
}

func (t *drawnText) draw(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, max(w, 0), max(h, 0)))
	if size := t.obj.Size(); w > 0 && h > 0 && size.Width > 0 && size.Height > 0 {
		t.face.draw(img, t.text, t.size, pixelScale(t.obj, size, w, h), t.color)
	}
	return img
}

// prerender draws the text as a painter at scale will ask for it (Fyne's
// GL painter sizes textures by rounding), if it is a raster on show. It
// lets the text be drawn ahead, off the UI goroutine (Explorer.Prepare), so
// that the first frame only uploads it. A painter at another scale has it
// drawn again.
func (t *drawnText) prerender(scale float32) {
	size := t.obj.Size()
	if t.face == nil || !t.obj.Visible() || size.Width <= 0 || size.Height <= 0 || scale <= 0 {
		return
	}
	px := func(v float32) int { return int(math.Round(float64(v * scale))) }
	t.img = t.draw(px(size.Width), px(size.Height))
}

// pixelScale finds the scale at which obj, of size in Fyne units, is being
// drawn at w×h pixels. Painters round to whole pixels, so w/size.Width
// alone is imprecise for a short run (a comma 15.6 units wide drawn at 15
// pixels would read as 0.96, and its glyph would shrink and shift). The
// scale of obj's canvas (times 2 or 3 for a high-density frame buffer) is
// used when it explains w and h; outside any window (Render) the ratio is
// snapped to a twentieth when that explains them.
func pixelScale(obj fyne.CanvasObject, size fyne.Size, w, h int) float32 {
	fits := func(s float32) bool {
		return math.Abs(float64(size.Width*s)-float64(w)) < 1 && math.Abs(float64(size.Height*s)-float64(h)) < 1
	}
	if c := canvasOf(obj); c != nil {
		for k := float32(1); k <= 3; k++ {
			if s := c.Scale() * k; fits(s) {
				return s
			}
		}
	}
	ratio := float32(w) / size.Width
	if s := float32(math.Round(float64(ratio)*20)) / 20; fits(s) {
		return s // scales are set in steps of 0.1 (Fyne) or 0.05 (people)
	}
	return ratio
}

// scaleOf is the scale obj will be drawn at: its canvas's if it is on
// one, else the user's (FYNE_SCALE, else the settings'), which Fyne's
// desktop driver multiplies by the screen's, 1 below 120 dpi, and rounds
// to a tenth.
func scaleOf(obj fyne.CanvasObject) float32 {
	if c := canvasOf(obj); c != nil && c.Scale() > 0 {
		return c.Scale()
	}
	user := float32(1)
	if v, err := strconv.ParseFloat(os.Getenv("FYNE_SCALE"), 32); err == nil && v > 0 {
		user = float32(v)
	} else if s := fyne.CurrentApp().Settings().Scale(); s > 0 {
		user = s
	}
	return float32(math.Round(float64(user)*10)) / 10
}

// snapped rounds size up to whole pixels at scale. A raster's texture is
// its size times the scale, rounded, and the painter places the raster's
// box by rounding its edges on screen: only a whole number of pixels makes
// the two agree wherever the box lands. Otherwise the text is stretched or
// squeezed by a pixel, and blurs.
func snapped(size fyne.Size, scale float32) fyne.Size {
	px := func(v float32) float32 { return float32(math.Ceil(float64(v*scale)-0.01)) / scale }
	return fyne.NewSize(px(size.Width), px(size.Height))
}

// canvasOf returns the canvas obj is drawn on, if the driver knows it.
// It may be called before obj is shown, on another goroutine (Prepare),
// so it asks only CanvasForObject, which the desktop driver answers from a
// concurrent map (its window list, which AllWindows returns, is not
// guarded). The test driver answers with its newest window and panics
// when it has none: that is taken as "no canvas".
func canvasOf(obj fyne.CanvasObject) (c fyne.Canvas) {
	defer func() {
		if recover() != nil {
			c = nil
		}
	}()
	return fyne.CurrentApp().Driver().CanvasForObject(obj)
}

// rasterFace is a parsed font with its shaper. Faces cache glyph extents
// and shapers cache plans, so neither may be used by two goroutines at
// once: mu guards both (a reader's text is drawn on the UI goroutine, but
// an explorer may be laid out on another before it is shown).
type rasterFace struct {
	mu     sync.Mutex
	face   *font.Face
	shaper shaping.HarfbuzzShaper
	seg    shaping.Segmenter
}

// rasterFaces holds one rasterFace per font resource; nil for a resource
// that does not parse.
var rasterFaces = struct {
	sync.Mutex
	m map[fyne.Resource]*rasterFace
}{m: map[fyne.Resource]*rasterFace{}}

func rasterFaceFor(res fyne.Resource) *rasterFace {
	if res == nil {
		return nil
	}
	rasterFaces.Lock()
	defer rasterFaces.Unlock()
	f, ok := rasterFaces.m[res]
	if !ok {
		if face, err := font.ParseTTF(bytes.NewReader(res.Content())); err == nil {
			f = &rasterFace{face: face}
		}
		rasterFaces.m[res] = f
	}
	return f
}

// covers reports whether the font has a glyph for every rune of text.
func (f *rasterFace) covers(text []rune) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, r := range text {
		if _, ok := f.face.NominalGlyph(r); !ok {
			return false
		}
	}
	return true
}

// ResolveFace implements shaping.Fontmap with the one face.
func (f *rasterFace) ResolveFace(rune) *font.Face { return f.face }

// draw draws text at the given size (Fyne units) and pixel scale into img,
// as Fyne's painter does: the text split into script runs, shaped by
// HarfBuzz, each run drawn at its advance, the baseline at the first
// run's ascent rounded up.
func (f *rasterFace) draw(img *image.RGBA, text []rune, size, scale float32, col color.Color) {
	f.drawInto(img, text, size, scale, col)
}

// drawInto is draw into any image: only RGBA is fast (see rasterText).
func (f *rasterFace) drawInto(img draw.Image, text []rune, size, scale float32, col color.Color) {
	f.mu.Lock()
	defer f.mu.Unlock()
	in := shaping.Input{
		Text: text, RunEnd: len(text), Direction: di.DirectionLTR,
		Face: f.face, Size: fixed.Int26_6(size * 64),
	}
	r := render.Renderer{FontSize: size, PixScale: scale, Color: col}
	x, y := float32(0), math.MinInt
	for _, run := range f.seg.Split(in, f) {
		out := f.shaper.Shape(run)
		if y == math.MinInt {
			y = int(math.Ceil(float64(float32(out.LineBounds.Ascent) / 64 * scale)))
		}
		r.DrawShapedRunAt(out, img, int(x), y)
		x += float32(out.Advance) / 64 * scale
	}
}
