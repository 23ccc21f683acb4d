package gui

import (
	"testing"
	"time"
)

// TestPresenterShowsNoInstructions: on the presenter's screen the room
// never sees how to use the explorer, even with nothing selected.
func TestPresenterShowsNoInstructions(t *testing.T) {
	x, _ := newTestExplorer(t, 1280, 800)
	hint := T("details.hint", "点时间线上的事件、296X 图中的集群，或原文里的句子，三处同时联动。")
	if x.Details.sub.Text != hint {
		t.Fatalf("the explorer's empty card should explain itself, shows %q", x.Details.sub.Text)
	}
	p := NewPresenter(x, time.Now)
	p.Start(0)
	x.Sel.Clear()
	if got := x.Details.sub.Text; got == hint {
		t.Errorf("the presenter's empty card shows the instructions %q", got)
	}
}
