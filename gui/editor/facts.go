package editor

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/widget"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// NewFact opens the form for a figure in the cursor's sentence: the
// figure as printed (it must occur in the sentence) and what it counts.
func (e *Editor) NewFact() {
	p := e.cursor()
	if p < 0 {
		return
	}
	s := e.x.Sel.Story()
	figure, counts, countsEn := newField(), newField(), newField()
	figItem := widget.NewFormItem(gui.T("edit.fact.figure", "数字（文中写法）"), figure)
	figItem.HintText = "「" + quote(s.Article.Passages[p].Text, 36) + "」"
	countsItem := widget.NewFormItem(gui.T("edit.fact.counts", "计的是什么"), counts)
	items := []*widget.FormItem{figItem, countsItem,
		widget.NewFormItem(gui.T("edit.fact.counts_en", "英文"), countsEn)}
	fields := map[string]*widget.FormItem{"figure": figItem, "counts": countsItem}
	e.newForm(gui.T("edit.fact.new", "从此句添加数字"), items, fields, func() error {
		if strings.TrimSpace(counts.Text) == "" {
			return fmt.Errorf(`missing field "counts" (what the figure counts)`)
		}
		op, id := edit.AddFact(s, p, strings.TrimSpace(figure.Text), counts.Text, countsEn.Text)
		if err := e.try(op); err != nil {
			return err
		}
		e.x.Sel.Select(data.Ref{Kind: data.RefFact, ID: id})
		return nil
	}).show()
}

// EditFact opens the form for the selected figure: what it counts.
func (e *Editor) EditFact() {
	s, r, i, ok := e.selected(data.RefFact)
	if !ok {
		return
	}
	f := s.Facts[i]
	counts, countsEn := entryWith(f.Counts), entryWith(f.CountsEn)
	countsItem := widget.NewFormItem(gui.T("edit.fact.counts", "计的是什么"), counts)
	items := []*widget.FormItem{countsItem, widget.NewFormItem(gui.T("edit.fact.counts_en", "英文"), countsEn)}
	e.newForm(gui.T("edit.fact.edit", "编辑数字 {{.F}}", map[string]any{"F": f.Figure}), items,
		map[string]*widget.FormItem{"counts": countsItem}, func() error {
			return e.try(edit.SetFact(r.ID, counts.Text, countsEn.Text))
		}).show()
}

// NewTerm opens the form for a glossary term from the cursor's sentence:
// the term as printed there (the loader links it to every sentence that
// contains it) and its explanation for students, in Chinese and English.
func (e *Editor) NewTerm() {
	p := e.cursor()
	if p < 0 {
		return
	}
	s := e.x.Sel.Story()
	term := newField()
	expl, explEn := multiEntryWith(""), multiEntryWith("")
	termItem := widget.NewFormItem(gui.T("edit.term.term", "术语（文中写法）"), term)
	termItem.HintText = "「" + quote(s.Article.Passages[p].Text, 36) + "」"
	explItem := widget.NewFormItem(gui.T("edit.term.expl", "解释"), expl)
	explEnItem := widget.NewFormItem(gui.T("edit.term.expl_en", "英文解释"), explEn)
	fields := map[string]*widget.FormItem{"term": termItem, "explanation": explItem, "explanation_en": explEnItem}
	e.newForm(gui.T("edit.term.new", "从此句添加术语"), []*widget.FormItem{termItem, explItem, explEnItem}, fields, func() error {
		t := strings.TrimSpace(term.Text)
		if t == "" || !strings.Contains(s.Article.Passages[p].Text, t) {
			return fmt.Errorf("term %q is not in this sentence", t)
		}
		op, id := edit.AddTerm(s, t, expl.Text, explEn.Text)
		if err := e.try(op); err != nil {
			return err
		}
		e.x.Sel.Select(data.Ref{Kind: data.RefTerm, ID: id})
		return nil
	}).show()
}

// EditTerm opens the form for the selected glossary term.
func (e *Editor) EditTerm() {
	s, r, i, ok := e.selected(data.RefTerm)
	if !ok {
		return
	}
	g := s.Glossary[i]
	expl, explEn := multiEntryWith(g.Explanation), multiEntryWith(g.ExplanationEn)
	explItem := widget.NewFormItem(gui.T("edit.term.expl", "解释"), expl)
	explEnItem := widget.NewFormItem(gui.T("edit.term.expl_en", "英文解释"), explEn)
	fields := map[string]*widget.FormItem{"explanation": explItem, "explanation_en": explEnItem}
	e.newForm(gui.T("edit.term.edit", "编辑术语 {{.T}}", map[string]any{"T": g.Term}), []*widget.FormItem{explItem, explEnItem}, fields, func() error {
		return e.try(edit.SetTerm(r.ID, expl.Text, explEn.Text))
	}).show()
}
