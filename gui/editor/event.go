package editor

import (
	"fmt"

	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// NewEventFromSentence opens the new-event form for the cursor's
// sentence, prefilled from the time expression it contains (the date as
// printed, and the interval from the importer's calendar), all editable.
func (e *Editor) NewEventFromSentence() {
	p := e.cursor()
	if p < 0 {
		return
	}
	s := e.x.Sel.Story()
	ev, _ := edit.DraftEvent(s, p)
	add := func(f edit.EventFields) (edit.Op, string) {
		ev.Title, ev.TitleEn, ev.When, ev.WhenEn, ev.Precision, ev.Date = f.Title, f.TitleEn, f.When, f.WhenEn, f.Precision, f.Date
		return edit.AddEvent(s, ev, edit.ChronologicalPlace(s, ev.Date))
	}
	e.eventForm(gui.T("edit.event.new", "从此句建事件"), edit.FieldsOf(&ev), func(f edit.EventFields) edit.Op {
		op, _ := add(f)
		return op
	}, func(f edit.EventFields) error {
		op, id := add(f)
		if err := e.try(op); err != nil {
			return err
		}
		e.x.Sel.Select(data.Ref{Kind: data.RefEvent, ID: id})
		return nil
	})
}

// EditEvent opens the form for the selected event.
func (e *Editor) EditEvent() {
	s, r, i, ok := e.selected(data.RefEvent)
	if !ok {
		return
	}
	e.eventForm(gui.T("edit.event.edit", "编辑事件"), edit.FieldsOf(&s.Events[i]), func(f edit.EventFields) edit.Op {
		return edit.SetEvent(r.ID, f)
	}, func(f edit.EventFields) error {
		return e.try(edit.SetEvent(r.ID, f))
	})
}

// eventForm asks for an event's fields. The interval is kept as the
// calendar gave it unless the person clears it; the date as printed must
// be in the event's sentences (the loader checks it on OK, and a refusal
// shows under the field it is about, the form still open). While the form
// is open the timeline previews the edit (op) as it is typed, whenever the
// fields make a valid story; closing without OK puts the story back.
func (e *Editor) eventForm(title string, f edit.EventFields, op func(edit.EventFields) edit.Op, ok func(edit.EventFields) error) {
	titleZh, titleEn := newField(), newField()
	titleZh.SetText(f.Title)
	titleEn.SetText(f.TitleEn)
	when := newField()
	when.SetText(f.When)
	precisions := []string{"day", "month", "holiday", "season", "quarter", "half-year", "year-part", "year-end", "year", "range", "plan-period", "multi-year", "vague"}
	precision := widget.NewSelect(precisions, nil)
	precision.SetSelected(string(f.Precision))
	from, to := newField(), newField()
	from.SetPlaceHolder("YYYY-MM-DD")
	to.SetPlaceHolder("YYYY-MM-DD")
	basis := ""
	if f.Date != nil {
		from.SetText(f.Date.From)
		to.SetText(f.Date.To)
		basis = f.Date.Basis
	}
	titleItem := widget.NewFormItem(gui.T("edit.event.title", "标题"), titleZh)
	whenItem := widget.NewFormItem(gui.T("edit.event.when", "文中日期"), when)
	whenItem.HintText = gui.T("edit.event.when.hint", "须与事件句子中的写法一致")
	precisionItem := widget.NewFormItem(gui.T("edit.event.precision", "精度"), precision)
	fromItem := widget.NewFormItem(gui.T("edit.event.from", "日历起"), from)
	toItem := widget.NewFormItem(gui.T("edit.event.to", "日历止"), to)
	items := []*widget.FormItem{titleItem,
		widget.NewFormItem(gui.T("edit.event.title_en", "英文标题"), titleEn),
		whenItem, precisionItem, fromItem, toItem}
	fields := map[string]*widget.FormItem{"title": titleItem, "when": whenItem, "precision": precisionItem,
		"date": fromItem, "date.from": fromItem, "date.to": toItem}
	fieldsNow := func() edit.EventFields {
		out := edit.EventFields{Title: titleZh.Text, TitleEn: titleEn.Text, When: when.Text, WhenEn: f.WhenEn,
			Precision: data.Precision(precision.Selected)}
		if from.Text != "" || to.Text != "" {
			b := basis
			if b == "" {
				b = data.BasisStated
			}
			out.Date = &data.DateInterval{From: from.Text, To: to.Text, Precision: out.Precision, Basis: b}
		}
		return out
	}
	fm := e.newForm(title, items, fields, func() error { return ok(fieldsNow()) })
	preview := func() {
		if s, err := e.draft.Preview(op(fieldsNow())); err == nil {
			e.show(s)
		} // a half-typed date: the timeline keeps the last valid preview
	}
	for _, en := range []*field{titleZh, titleEn, when, from, to} {
		en.OnChanged = func(string) { preview() }
	}
	precision.OnChanged = func(string) { preview() }
	fm.d.SetOnClosed(func() {
		fm.closed()
		if e.x.Sel.Story() != e.draft.Story() {
			e.show(e.draft.Story()) // cancelled: the preview goes
		}
	})
	fm.show()
}

// AddStop adds the current selection to the presenter's tour, after the
// last stop.
func (e *Editor) AddStop() {
	s := e.x.Sel.Story()
	st := e.x.Sel.Current()
	target, passages := st.Ref, []int(nil)
	if target.Kind == data.RefPassage {
		target, passages = data.Ref{}, st.Passages
	}
	if target.IsZero() && len(passages) == 0 {
		return
	}
	op, _ := edit.AddStop(s, target, passages, len(s.Tour))
	e.Do(op)
}

// MoveEvent moves the selected event d places in the timeline's order, for
// events whose dates do not decide it (the same day, or undated). A move
// that would put an event before one dated earlier is refused with the
// reason: the timeline is chronological.
func (e *Editor) MoveEvent(d int) {
	s, r, i, ok := e.selected(data.RefEvent)
	if !ok {
		return
	}
	j := i + d
	if j < 0 || j >= len(s.Events) {
		return
	}
	if a, b := s.Events[min(i, j)].Date, s.Events[max(i, j)].Date; a != nil && b != nil && a.From != b.From {
		e.showError(fmt.Errorf("%s", gui.T("edit.event.move.dated", "日期已决定顺序：「{{.A}}」早于「{{.B}}」",
			map[string]any{"A": s.Events[min(i, j)].Title, "B": s.Events[max(i, j)].Title})))
		return
	}
	e.Do(edit.MoveEvent(r.ID, j))
}
