package editor

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/qiusuo/qiusuo/data"
)

// The golden images of edit mode (light theme, 1280×800): what a person
// sees while curating. Regenerate with FYNE_TEST_UPDATE=1 … and look at
// each one before committing it.

// TestGoldenEntitySelected: the edit band, a sentence's links, and the
// actions of a selected entity (edit, merge, delete).
func TestGoldenEntitySelected(t *testing.T) {
	ed, w, _ := setup(t)
	ed.x.Sel.Select(data.Ref{Kind: data.RefEntity, ID: "unitree"})
	ed.SetProblems([]data.Problem{{Where: `events[0] "gala": sentences[0]`, Item: data.Ref{Kind: data.RefEvent, ID: "gala"}, Msg: "quote is not in any one sentence of the article"}})
	test.AssertImageMatches(t, "entity-selected.png", w.Canvas().Capture())
}

// TestGoldenEventFormProblem: a refused date as printed, shown under its
// field with the form still open.
func TestGoldenEventFormProblem(t *testing.T) {
	ed, w, _ := setup(t)
	ed.x.Sel.Select(data.Ref{Kind: data.RefEvent, ID: "gala"})
	ed.EditEvent()
	setText(formEntry(t, ed, 2), "明年三月")
	ed.form.ok()
	test.AssertImageMatches(t, "event-form-problem.png", w.Canvas().Capture())
}

// TestGoldenTourPanel: the tour panel with a stop's speaker notes.
func TestGoldenTourPanel(t *testing.T) {
	ed, w, _ := setup(t)
	ed.OpenTour()
	ed.tour.list.Select(1)
	test.AssertImageMatches(t, "tour-panel.png", w.Canvas().Capture())
}

// TestGoldenMerge: merging entities, the other chosen from a filtered list.
func TestGoldenMerge(t *testing.T) {
	ed, w, _ := setup(t)
	ed.x.Sel.Select(data.Ref{Kind: data.RefEntity, ID: "unitree"})
	ed.MergeEntity()
	test.Type(ed.merge.filter, "杭州")
	test.AssertImageMatches(t, "merge.png", w.Canvas().Capture())
}
