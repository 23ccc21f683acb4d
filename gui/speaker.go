package gui

import (
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// SpeakerView is the presenter's second screen: the time since the talk
// began and on this stop, where the presentation stands, the current
// stop's notes and, large, the next stop. It is read at a glance from a
// lectern, so every line is body-coloured text (4.5:1 or more in both
// themes) and the next stop is the largest. It follows the Presenter, and
// its buttons drive it by the same rules as the keys (Step), so the
// footer and this window never disagree.
//
// A view lives as long as its window: Close (which the window's close
// calls) unsubscribes it from the presenter and stops its clock.
type SpeakerView struct {
	p *Presenter

	Clock, State, Stop, Notes, Next *widget.Label
	prev, black, resume, next       *widget.Button
	content                         fyne.CanvasObject

	cancel    func() // unsubscribes from the presenter
	closeOnce sync.Once
	done      chan struct{} // closed by Close: the clock's goroutine ends
}

// NewSpeakerView returns the speaker window's content for p. Its clock
// does not run until RunClock.
func NewSpeakerView(p *Presenter) *SpeakerView {
	v := &SpeakerView{p: p, done: make(chan struct{})}
	// The clock uses the regular (bundled) font: the monospace style is
	// Fyne's Latin-only font, which drew 总计 and 本站 as boxes.
	v.Clock = widget.NewLabel("")
	v.Clock.TextStyle.Bold = true
	v.Clock.SizeName = theme.SizeNameSubHeadingText
	v.State = widget.NewLabel("")
	v.State.TextStyle.Bold = true
	v.State.Wrapping = fyne.TextWrapWord
	v.Stop = widget.NewLabel("")
	v.Stop.TextStyle.Bold = true
	v.Stop.Wrapping = fyne.TextWrapWord
	v.Notes = widget.NewLabel("")
	v.Notes.Wrapping = fyne.TextWrapWord
	// The next stop is the cue a speaker looks for: large and bold, in the
	// body colour (it was the disabled colour, ~1.3:1).
	v.Next = widget.NewLabel("")
	v.Next.Wrapping = fyne.TextWrapWord
	v.Next.TextStyle.Bold = true
	v.Next.SizeName = theme.SizeNameHeadingText
	v.prev = widget.NewButtonWithIcon(T("speaker.prev", "上一站"), theme.NavigateBackIcon(), p.Prev)
	v.next = widget.NewButtonWithIcon(T("speaker.next", "下一站"), theme.NavigateNextIcon(), p.Next)
	v.next.Importance = widget.HighImportance
	v.black = widget.NewButton(T("speaker.black", "黑屏 B"), p.ToggleBlack)
	v.resume = widget.NewButtonWithIcon(T("speaker.resume", "回到导览 R"), theme.MediaPlayIcon(), p.Resume)
	v.content = container.NewBorder(
		container.NewVBox(v.Clock, v.State, v.Stop, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), v.Next, container.NewGridWithColumns(4, v.prev, v.black, v.resume, v.next)),
		nil, nil,
		container.NewVScroll(v.Notes))
	v.cancel = p.OnChange(v.Update)
	v.Update()
	return v
}

// Content is the speaker window's content.
func (v *SpeakerView) Content() fyne.CanvasObject { return v.content }

// RunClock redraws the view on every tick until Close, so the clocks run.
// The app passes a one-second ticker's channel and stops the ticker after
// Close; tests pass their own channel.
func (v *SpeakerView) RunClock(ticks <-chan time.Time) {
	go func() {
		for {
			select {
			case <-v.done:
				return
			case <-ticks:
				runOnUI(func() {
					select {
					case <-v.done: // closed while this call waited
					default:
						v.Update()
					}
				})
			}
		}
	}()
}

// Close detaches the view from the presenter and stops its clock. The
// speaker window calls it when it closes; calling it again does nothing.
func (v *SpeakerView) Close() {
	v.closeOnce.Do(func() {
		v.cancel()
		close(v.done)
	})
}

// Update redraws from the presenter's state.
func (v *SpeakerView) Update() {
	p := v.p
	tour := p.story.Tour
	total, onStop := p.Elapsed()
	v.Clock.SetText(T("speaker.clock", "总计 {{.Total}}   本站 {{.Stop}}", map[string]any{"Total": clock(total), "Stop": clock(onStop)}))
	state := ""
	switch p.State() {
	case Left:
		state = T("speaker.left", "已离开导览 · R 回到第 {{.N}} 站", map[string]any{"N": p.Stop() + 1})
	case Blacked:
		state = T("speaker.blacked", "黑屏中 · B 恢复")
	case LeftBlacked:
		state = T("speaker.leftBlacked", "黑屏中（已离开导览）· B 恢复")
	}
	v.State.SetText(state)
	if state == "" {
		v.State.Hide()
	} else {
		v.State.Show()
	}
	setEnabled(v.resume, !p.Active())
	if len(tour) == 0 {
		return
	}
	st := tour[p.Stop()]
	v.Stop.SetText(fmt.Sprintf("%d / %d  %s", p.Stop()+1, len(tour), Pick(st.Title, st.TitleEn)))
	// Both languages: a presenter may speak either.
	notes := Pick(st.Notes, st.NotesEn)
	if other := Pick(st.NotesEn, st.Notes); other != notes && other != "" {
		notes += "\n\n" + other
	}
	v.Notes.SetText(notes)
	if n := p.Stop() + 1; n < len(tour) {
		v.Next.SetText(T("speaker.upnext", "下一站 {{.N}}：{{.Title}}", map[string]any{"N": n + 1, "Title": Pick(tour[n].Title, tour[n].TitleEn)}))
	} else {
		v.Next.SetText(T("speaker.last", "最后一站"))
	}
}

func clock(d time.Duration) string {
	d = d.Round(time.Second)
	return fmt.Sprintf("%02d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}
