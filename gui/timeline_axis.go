package gui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/gui/timeaxis"
)

// The timeline has two faces. A story whose events carry calendar dates
// (an imported article: 2017, 2024年初, 12月17日 in one text) is drawn on a
// time axis, so that distance on screen is distance in time; a story whose
// dates are all as printed and vague (the curated seed: 农历新年, 夏季,
// 年尾) keeps the strip of evenly spaced cards, where an axis would have
// nothing honest to place.

// datedEvents reports whether any event of s has a calendar interval.
func datedEvents(s *data.Story) bool {
	for _, ev := range s.Events {
		if ev.Date != nil {
			return true
		}
	}
	return false
}

// axisItems turns the story's events into time-axis items, in story order
// (so an item's index is its event's). An event without an interval goes
// to the axis's undated band with its date as printed.
func axisItems(s *data.Story) []timeaxis.Item {
	items := make([]timeaxis.Item, len(s.Events))
	for i, ev := range s.Events {
		items[i] = timeaxis.Item{When: Pick(ev.When, ev.WhenEn), Title: Pick(ev.Title, ev.TitleEn)}
		if ev.Date == nil {
			continue
		}
		from, err1 := isoDay(ev.Date.From)
		to, err2 := isoDay(ev.Date.To)
		if err1 == nil && err2 == nil && from <= to {
			items[i].From, items[i].To, items[i].Dated = from, to, true
		}
	}
	return items
}

// isoDay parses a story file's ISO date (the loader has validated it).
func isoDay(s string) (timeaxis.Day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, err
	}
	return timeaxis.DayOf(t.Year(), int(t.Month()), t.Day()), nil
}

// newTimeAxis builds the axis face of t.
func (t *Timeline) newTimeAxis() *timeaxis.Axis {
	s := t.sel.Story()
	labels := timeaxis.Labels{
		Undated: T("timeline.undated", "未定日期"),
		Empty:   T("timeline.empty", "文中没有可放在时间轴上的日期"),
		English: current == LangEn,
	}
	ax := timeaxis.New(axisItems(s), labels, func(i int) {
		t.sel.Select(data.Ref{Kind: data.RefEvent, ID: t.sel.Story().Events[i].ID}) // the story may have been edited since
	})
	// The explorer hears of the viewer moving the strip through its
	// scroll (kiosk activity); the axis reports pans and zooms the same way.
	ax.OnViewChanged = func() {
		if t.scroll.OnScrolled != nil {
			t.scroll.OnScrolled(fyne.Position{})
		}
	}
	return ax
}

// markAxis gives every event on the axis its relation to the selection.
func (t *Timeline) markAxis() {
	s := t.sel.Story()
	marks := make([]timeaxis.Mark, len(s.Events))
	t.selected = -1
	for i := range s.Events {
		switch diagramMarkOf(t.sel, data.Ref{Kind: data.RefEvent, ID: s.Events[i].ID}) {
		case diagramSelected:
			marks[i] = timeaxis.Selected
			t.selected = i
		case diagramRelated:
			marks[i] = timeaxis.Related
		}
	}
	t.time.SetMarks(marks)
}

// Rewind returns the timeline to its first view: the strip scrolled to
// the start, or the whole axis fitted.
func (t *Timeline) Rewind() {
	if t.time != nil {
		t.time.FitAll()
		return
	}
	t.scroll.ScrollToOffset(fyne.Position{})
}
