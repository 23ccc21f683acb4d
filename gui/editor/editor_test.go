package editor

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
	"github.com/qiusuo/qiusuo/gui"
)

// setup copies the default story into a temporary folder and opens an
// editor on it in a test window.
func setup(t testing.TB) (*Editor, fyne.Window, string) {
	t.Helper()
	a := test.NewTempApp(t)
	v := theme.VariantLight
	a.Settings().SetTheme(gui.NewTheme(&v))
	dir := t.TempDir()
	for _, f := range []string{"hangzhou-2025.story.json", "hangzhou-2025.txt"} {
		b, err := os.ReadFile(filepath.Join("../../data", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "hangzhou-2025.story.json")
	s, err := data.LoadStory(path)
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1280, 800))
	x := gui.NewExplorer(s)
	ed := New(w, x, edit.NewDraft(s, "hangzhou-2025.txt"), path)
	var errs []error
	ed.OnError = func(err error) { errs = append(errs, err) }
	t.Cleanup(func() {
		for _, err := range errs {
			t.Errorf("editor showed an error: %v", err)
		}
	})
	ed.after = func(time.Duration, func()) *time.Timer { return time.NewTimer(time.Hour) } // autosave by hand
	w.SetContent(ed.Content())
	x.BindKeys(w.Canvas())
	ed.BindKeys(w.Canvas())
	ed.OnExplorer = func(nx *gui.Explorer) { nx.BindKeys(w.Canvas()); ed.BindKeys(w.Canvas()) }
	t.Cleanup(w.Close)
	return ed, w, path
}

func key(w fyne.Window, k fyne.KeyName) {
	w.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: k})
}

func shortcut(w fyne.Window, k fyne.KeyName, m fyne.KeyModifier) {
	w.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m})
}

// TestKeyboardLinkSaveUndo is the keyboard path: ↓ to a sentence, Ctrl+L,
// type a cluster's name, Enter links it, Escape, Ctrl+S saves; Ctrl+Z
// undoes.
func TestKeyboardLinkSaveUndo(t *testing.T) {
	ed, w, path := setup(t)
	for range 5 {
		key(w, fyne.KeyDown)
	}
	p := ed.cursor()
	if p != 4 {
		t.Fatalf("five ↓ put the cursor on sentence %d, want 4", p)
	}
	ref := data.Ref{Kind: data.RefCluster, ID: "biomed"}
	if edit.Linked(ed.draft.Story(), ref, p) {
		t.Fatal("the test sentence is already linked to biomed")
	}
	shortcut(w, fyne.KeyL, fyne.KeyModifierShortcutDefault)
	if ed.palette == nil {
		t.Fatal("Ctrl+L did not open the palette")
	}
	test.Type(ed.palette.entry, "biomed")
	if len(ed.palette.items) == 0 || ed.palette.items[0] != ref {
		t.Fatalf("typing biomed offers %v first", ed.palette.items)
	}
	ed.palette.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !edit.Linked(ed.draft.Story(), ref, p) {
		t.Fatal("Enter did not link the sentence")
	}
	if ed.cursor() != p {
		t.Errorf("the cursor moved to %d after linking", ed.cursor())
	}
	ed.palette.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ed.palette != nil {
		t.Fatal("Escape did not close the palette")
	}
	shortcut(w, fyne.KeyS, fyne.KeyModifierShortcutDefault)
	saved, err := data.LoadStory(path)
	if err != nil {
		t.Fatal(err)
	}
	if !edit.Linked(saved, ref, p) {
		t.Error("the saved file does not have the link")
	}
	if ed.draft.Dirty() {
		t.Error("still dirty after Ctrl+S")
	}
	shortcut(w, fyne.KeyZ, fyne.KeyModifierShortcutDefault)
	if edit.Linked(ed.draft.Story(), ref, p) {
		t.Error("Ctrl+Z did not undo the link")
	}
	shortcut(w, fyne.KeyZ, fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift)
	if !edit.Linked(ed.draft.Story(), ref, p) {
		t.Error("Ctrl+Shift+Z did not redo the link")
	}
}

// TestPaintMode: choose a target with Ctrl+Enter in the palette, then each
// tapped sentence is linked; Escape ends painting.
func TestPaintMode(t *testing.T) {
	ed, w, _ := setup(t)
	ed.OpenPalette()
	test.Type(ed.palette.entry, "biomed")
	ed.palette.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierControl})
	ref := data.Ref{Kind: data.RefCluster, ID: "biomed"}
	if ed.paint != ref || ed.palette != nil {
		t.Fatalf("Ctrl+Enter: paint = %v, palette open %v", ed.paint, ed.palette != nil)
	}
	for _, p := range []int{3, 4} {
		ed.x.Sel.SelectPassage(p) // what a tap on the sentence in the reader does
		if !edit.Linked(ed.draft.Story(), ref, p) {
			t.Errorf("painting sentence %d did not link it", p)
		}
	}
	ed.x.Sel.SelectPassage(3)
	if edit.Linked(ed.draft.Story(), ref, 3) {
		t.Error("painting a linked sentence again did not unlink it")
	}
	key(w, fyne.KeyEscape)
	if !ed.paint.IsZero() {
		t.Error("Escape did not end paint mode")
	}
	ed.x.Sel.SelectPassage(5)
	if edit.Linked(ed.draft.Story(), ref, 5) {
		t.Error("a tap after paint mode ended still linked")
	}
}

// TestAutosaveAndRecovery: an autosave writes the recovery copy, which
// loads back as the edited story.
func TestAutosaveAndRecovery(t *testing.T) {
	ed, _, path := setup(t)
	ed.x.Sel.SelectPassage(4)
	ed.Do(edit.ToggleLink(data.Ref{Kind: data.RefCluster, ID: "biomed"}, 4))
	ed.Autosave()
	rec := edit.Recovery(path)
	if rec == "" {
		t.Fatal("no recovery copy after an autosave")
	}
	rs, err := data.LoadStory(rec)
	if err != nil {
		t.Fatal(err)
	}
	if !edit.Linked(rs, data.Ref{Kind: data.RefCluster, ID: "biomed"}, 4) {
		t.Error("the recovery copy lacks the edit")
	}
	want, _ := ed.draft.Encode()
	got, _ := edit.NewRecoveredDraft(rs, "hangzhou-2025.txt").Encode()
	if !bytes.Equal(got, want) {
		t.Error("the recovered story differs from the edited one")
	}
}

// TestLookEditMode writes a picture of edit mode (QIUSUO_LOOK=dir).
func TestLookEditMode(t *testing.T) {
	dir := os.Getenv("QIUSUO_LOOK")
	if dir == "" {
		t.Skip("set QIUSUO_LOOK=dir")
	}
	ed, w, _ := setup(t)
	ed.x.Sel.SelectPassage(11)
	ed.OpenPalette()
	test.Type(ed.palette.entry, "ai")
	f, err := os.Create(filepath.Join(dir, "edit-mode.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, w.Canvas().Capture())
}
