package edit

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/qiusuo/qiusuo/data"
)

// TestRenameSchemeMemberRoundTrip: a scheme member renamed for this story
// keeps its names through save and load (the file lists them beside its
// sentences), a second save is byte-identical, and undo gives back the
// scheme's names and the original file.
func TestRenameSchemeMemberRoundTrip(t *testing.T) {
	d := defaultDraft(t)
	before := encode(t, d)
	if err := d.Do(SetCluster("biomed", "生物医药产业", "Biomedicine", true)); err != nil {
		t.Fatal(err)
	}
	s := d.Story()
	c := s.Clusters[s.Index(data.Ref{Kind: data.RefCluster, ID: "biomed"})]
	if c.Name != "生物医药产业" || c.NameEn != "Biomedicine" {
		t.Fatalf("after renaming: %q %q", c.Name, c.NameEn)
	}
	dir := t.TempDir()
	art, _ := os.ReadFile("../hangzhou-2025.txt")
	os.WriteFile(filepath.Join(dir, "hangzhou-2025.txt"), art, 0o644)
	path := filepath.Join(dir, "a.story.json")
	first := encode(t, d)
	os.WriteFile(path, first, 0o644)
	back, err := data.LoadStory(path)
	if err != nil {
		t.Fatal(err)
	}
	bc := back.Clusters[back.Index(data.Ref{Kind: data.RefCluster, ID: "biomed"})]
	if bc.Name != "生物医药产业" || bc.NameEn != "Biomedicine" {
		t.Errorf("loaded back: %q %q", bc.Name, bc.NameEn)
	}
	if again := encode(t, NewDraft(back, "hangzhou-2025.txt")); !bytes.Equal(again, first) {
		t.Error("the second save differs")
	}
	d.Undo()
	if !bytes.Equal(encode(t, d), before) {
		t.Error("undo did not give back the file")
	}
}
