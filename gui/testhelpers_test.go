package gui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/qiusuo/qiusuo/data"
)

// lightSelection starts a test app in the light variant of the bundled
// theme (so images are the same on every machine) and returns a selection
// over the default story. Every widget test starts here.
func lightSelection(t testing.TB) *Selection {
	t.Helper()
	a := test.NewTempApp(t)
	v := theme.VariantLight
	a.Settings().SetTheme(NewTheme(&v))
	st, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewSelection(st)
}
