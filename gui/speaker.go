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
	prev := widget.NewButtonWithIcon("上一站", theme.NavigateBackIcon(), p.Prev)
	next := widget.NewButtonWithIcon("下一站", theme.NavigateNextIcon(), p.Next)
	black := widget.NewButton("黑屏 B", p.ToggleBlack)
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
		state = "  ·  已离开导览"
	case p.Black():
		state = "  ·  黑屏中"
	}
	v.Clock.SetText(fmt.Sprintf("总计 %s   本站 %s%s", clock(total), clock(onStop), state))
	if len(tour) == 0 {
		return
	}
	st := tour[p.Stop()]
	v.Stop.SetText(fmt.Sprintf("%d / %d  %s", p.Stop()+1, len(tour), st.Title))
	notes := st.Notes
	if st.NotesEn != "" {
		notes += "\n\n" + st.NotesEn
	}
	v.Notes.SetText(notes)
	if n := p.Stop() + 1; n < len(tour) {
		v.Next.SetText(fmt.Sprintf("下一站 %d：%s", n+1, tour[n].Title))
	} else {
		v.Next.SetText("最后一站")
	}
}

func clock(d time.Duration) string {
	d = d.Round(time.Second)
	return fmt.Sprintf("%02d:%02d", int(d.Minutes()), int(d.Seconds())%60)
}
