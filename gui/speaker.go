package gui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// SpeakerView is the presenter's second screen: the current stop's notes,
// a preview of the next stop, the time since the talk began and the time
// on this stop. It follows the Presenter, and its buttons drive it.
type SpeakerView struct {
	p *Presenter

	Stop, Notes, Next, Clock *widget.Label
	content                  fyne.CanvasObject
}

// NewSpeakerView returns the speaker window's content for p.
func NewSpeakerView(p *Presenter) *SpeakerView {
	v := &SpeakerView{p: p}
	v.Stop = widget.NewLabel("")
	v.Stop.TextStyle.Bold = true
	v.Stop.Wrapping = fyne.TextWrapWord
	v.Notes = widget.NewLabel("")
	v.Notes.Wrapping = fyne.TextWrapWord
	v.Next = widget.NewLabel("")
	v.Next.Wrapping = fyne.TextWrapWord
	v.Next.Importance = widget.LowImportance
	v.Clock = widget.NewLabel("")
	v.Clock.TextStyle.Monospace = true
	prev := widget.NewButtonWithIcon(T("speaker.prev", "上一站"), theme.NavigateBackIcon(), p.Prev)
	next := widget.NewButtonWithIcon(T("speaker.next", "下一站"), theme.NavigateNextIcon(), p.Next)
	black := widget.NewButton(T("speaker.black", "黑屏 B"), p.ToggleBlack)
	v.content = container.NewBorder(
		container.NewVBox(v.Clock, v.Stop, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), v.Next, container.NewGridWithColumns(3, prev, black, next)),
		nil, nil,
		container.NewVScroll(v.Notes))
	p.OnChange(v.Update)
	v.Update()
	return v
}

// Content is the speaker window's content.
func (v *SpeakerView) Content() fyne.CanvasObject { return v.content }

// Update redraws from the presenter's state; call it every second too, so
// the clocks run.
func (v *SpeakerView) Update() {
	p := v.p
	tour := p.story.Tour
	total, onStop := p.Elapsed()
	state := ""
	switch {
	case !p.Active():
		state = "  ·  " + T("speaker.left", "已离开导览")
	case p.Black():
		state = "  ·  " + T("speaker.blacked", "黑屏中")
	}
	v.Clock.SetText(T("speaker.clock", "总计 {{.Total}}   本站 {{.Stop}}", map[string]any{"Total": clock(total), "Stop": clock(onStop)}) + state)
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
