package touch

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// fakeTarget is a 1-D content of length max.
type fakeTarget struct {
	off fyne.Position
	max float32
}

func (f *fakeTarget) ScrollOffset() fyne.Position { return f.off }
func (f *fakeTarget) ScrollTo(o fyne.Position) bool {
	o.X = 0
	o.Y = max(0, min(o.Y, f.max))
	if o == f.off {
		return false
	}
	f.off = o
	return true
}

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time                { return c.t }
func (c *fakeClock) add(d time.Duration) time.Time { c.t = c.t.Add(d); return c.t }

func newFakeDrag(max float32) (*Drag, *fakeTarget, *fakeClock) {
	tg := &fakeTarget{max: max}
	clk := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	d := NewDrag(tg)
	d.Now = clk.now
	return d, tg, clk
}

func drag(d *Drag, dy float32) { d.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DY: dy}}) }

func TestDragFollowsFinger(t *testing.T) {
	d, tg, clk := newFakeDrag(1000)
	scrolled := 0
	d.OnScrolled = func() { scrolled++ }
	drag(d, -30) // finger up: content up, offset down the content
	clk.add(16 * time.Millisecond)
	drag(d, -20)
	if tg.off.Y != 50 || scrolled != 2 {
		t.Fatalf("offset %v after dragging up 50, %d scroll reports", tg.off, scrolled)
	}
	drag(d, 80) // back past the start: clamped
	if tg.off.Y != 0 {
		t.Errorf("offset %v, want clamped to 0", tg.off)
	}
	if drag(d, 10); scrolled != 3 {
		t.Errorf("a drag that cannot move reported scrolling (%d)", scrolled)
	}
}

// TestFlingGlidesAndStops: a quick flick keeps moving, slows down, and
// comes to rest at the distance the decay promises.
func TestFlingGlidesAndStops(t *testing.T) {
	d, tg, clk := newFakeDrag(100000)
	for i := 0; i < 6; i++ { // 6 × 20 px per 10 ms: 2000 px/s up
		clk.add(10 * time.Millisecond)
		drag(d, -20)
	}
	start := tg.off.Y
	d.DragEnd()
	if !d.Flinging() {
		t.Fatal("a 2000 px/s flick did not fling")
	}
	v0 := -d.Velocity().DY
	if v0 < 1500 || v0 > 2500 {
		t.Errorf("lift-off speed %v px/s, want about 2000", v0)
	}
	steps := 0
	for d.Step(clk.add(16 * time.Millisecond)) {
		steps++
		if steps > 1000 {
			t.Fatal("the fling never stops")
		}
	}
	travel := tg.off.Y - start
	want := v0 * float32(Decay.Seconds())
	if travel < want*0.9 || travel > want*1.02 {
		t.Errorf("fling travelled %v px, want about v0·Decay = %v", travel, want)
	}
	if d.Flinging() || d.Step(clk.add(time.Second)) {
		t.Error("still flinging at rest")
	}
	t.Logf("fling: %v px/s → %v px in %d frames", v0, travel, steps)
}

func TestNoFlingWhen(t *testing.T) {
	for name, do := range map[string]func(d *Drag, clk *fakeClock){
		"slow": func(d *Drag, clk *fakeClock) {
			for i := 0; i < 5; i++ {
				clk.add(20 * time.Millisecond)
				drag(d, -2) // 100 px/s
			}
		},
		"rested before lifting": func(d *Drag, clk *fakeClock) {
			for i := 0; i < 5; i++ {
				clk.add(10 * time.Millisecond)
				drag(d, -20)
			}
			clk.add(150 * time.Millisecond)
		},
		"one step (a synthetic drag)": func(d *Drag, clk *fakeClock) { drag(d, -200) },
	} {
		d, _, clk := newFakeDrag(10000)
		do(d, clk)
		d.DragEnd()
		if d.Flinging() {
			t.Errorf("%s: flings", name)
		}
	}
}

func TestFlingStopsAtEndAndOnTouch(t *testing.T) {
	d, tg, clk := newFakeDrag(300)
	flick := func() {
		for i := 0; i < 5; i++ {
			clk.add(10 * time.Millisecond)
			drag(d, -40)
		}
		d.DragEnd()
	}
	flick()
	for i := 0; i < 100 && d.Step(clk.add(16*time.Millisecond)); i++ {
	}
	if d.Flinging() || tg.off.Y != 300 {
		t.Errorf("fling into the end: flinging %v at %v", d.Flinging(), tg.off)
	}
	tg.off.Y = 0
	flick()
	at := tg.off.Y
	drag(d, 0) // a finger lands: the glide stops under it
	if d.Flinging() || d.Step(clk.add(16*time.Millisecond)) || tg.off.Y != at {
		t.Error("a touch did not stop the fling")
	}
	flick()
	d.Stop()
	if d.Flinging() {
		t.Error("Stop did not stop")
	}
	// Capped: a 100,000 px/s jerk flings at MaxFling.
	d2, _, clk2 := newFakeDrag(1e9)
	clk2.add(time.Millisecond)
	drag(d2, -50)
	clk2.add(time.Millisecond)
	drag(d2, -100)
	d2.DragEnd()
	if v := -d2.Velocity().DY; v > MaxFling+1 || v < MaxFling-1 {
		t.Errorf("speed %v, want capped at %v", v, MaxFling)
	}
}

type tapBox struct {
	widget.BaseWidget
	taps int
}

func (b *tapBox) CreateRenderer() fyne.WidgetRenderer {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(200, 60))
	return widget.NewSimpleRenderer(r)
}
func (b *tapBox) Tapped(*fyne.PointEvent) { b.taps++ }

// TestPaneOnTheTestDriver: Fyne's own dispatch finds the pane under a
// drag anywhere on the rows, and the rows under a tap.
func TestPaneOnTheTestDriver(t *testing.T) {
	test.NewTempApp(t)
	boxes := container.NewVBox()
	var rows []*tapBox
	for range 20 {
		b := &tapBox{}
		b.ExtendBaseWidget(b)
		rows = append(rows, b)
		boxes.Add(b)
	}
	s := NewVScroll(boxes)
	var heard []fyne.Position
	s.OnScrolled = func(p fyne.Position) { heard = append(heard, p) }
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(220, 300))
	test.Drag(w.Canvas(), fyne.NewPos(50, 100), 0, -150)
	if s.Offset.Y != 150 {
		t.Fatalf("offset %v after dragging 150 up", s.Offset)
	}
	if len(heard) != 1 {
		t.Errorf("OnScrolled heard %d moves", len(heard))
	}
	test.Drag(w.Canvas(), fyne.NewPos(50, 100), 0, -100000)
	if max := boxes.Size().Height - s.Size().Height; s.Offset.Y != max {
		t.Errorf("offset %v, want the end %v", s.Offset.Y, max)
	}
	for _, r := range rows {
		if r.taps != 0 {
			t.Fatal("a drag tapped a row")
		}
	}
	test.TapCanvas(w.Canvas(), fyne.NewPos(50, 100))
	n := 0
	for _, r := range rows {
		n += r.taps
	}
	if n != 1 {
		t.Errorf("a tap reached %d rows", n)
	}
	if PaneOf(s) == nil || PaneOf(container.NewVScroll(boxes)) != nil {
		t.Error("PaneOf")
	}
	Halt(s)
}

func TestListTarget(t *testing.T) {
	test.NewTempApp(t)
	l := widget.NewList(func() int { return 100 },
		func() fyne.CanvasObject { return widget.NewLabel("row") },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(fmt.Sprint(id)) })
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(200, 400))
	d := NewDrag(ListTarget(l))
	drag(d, -120)
	if l.GetScrollOffset() != 120 {
		t.Fatalf("list offset %v, want 120", l.GetScrollOffset())
	}
	drag(d, -1e6)
	end := l.GetScrollOffset()
	l.ScrollToBottom()
	if end != l.GetScrollOffset() || end <= 120 {
		t.Errorf("dragged to %v, the end is %v", end, l.GetScrollOffset())
	}
	drag(d, 1e6)
	if l.GetScrollOffset() != 0 {
		t.Errorf("dragged back to %v", l.GetScrollOffset())
	}
}
