//go:build xvfb

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/edit"
)

// TestRealWindowEditor edits an imported story the way a person at the
// keyboard would, in the real window: ↓ to a sentence, Ctrl+L, type, Enter, Escape,
// Ctrl+S — the file has the link; then another link, kill -9 before
// saving, reopen: the recovery offer (Enter accepts) brings the change
// back, and Ctrl+S saves both.
func TestRealWindowEditor(t *testing.T) {
	bin := buildBinary(t)
	path := importedSeed(t, bin)
	biomed := data.Ref{Kind: data.RefCluster, ID: "biomed"}
	start := func() (*exec.Cmd, *bytes.Buffer) {
		return startWindow(t, bin, "--story", path, "--edit", "--size", "1280x800")
	}
	keys := func(ks ...string) { t.Helper(); pressKeys(t, ks...) }
	// added lists the sentences linked to biomed in file and not at the start.
	var before map[int]bool
	added := func(file string) []int {
		t.Helper()
		s, err := data.LoadStory(file)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		var out []int
		for p := range s.Article.Passages {
			if edit.Linked(s, biomed, p) && !before[p] {
				out = append(out, p)
			}
		}
		return out
	}
	before = map[int]bool{}
	for _, p := range added(path) {
		before[p] = true
	}

	cmd, stderr := start()
	keys("Down", "Down", "Down", "Down", "Down", "ctrl+l")
	typeText(t, "biomed")
	keys("Return")
	time.Sleep(time.Second) // the views show the edited story
	keys("Escape", "ctrl+s")
	time.Sleep(500 * time.Millisecond)
	first := added(path)
	if len(first) != 1 {
		grabScreen(t, filepath.Join(os.TempDir(), "qiusuo-edit-fail.png")) // for a person to look at
		t.Fatalf("after Ctrl+S the file has %d new links, want the one made from the keyboard\n%s", len(first), stderr.String())
	}
	keys("Down", "ctrl+l")
	typeText(t, "biomed")
	keys("Return")
	time.Sleep(time.Second)
	keys("Escape")
	time.Sleep(3 * time.Second) // the autosave comes 2 s after the change
	cmd.Process.Signal(os.Kill)
	cmd.Wait()
	if n := len(added(path)); n != 1 {
		t.Fatalf("the unsaved change reached the story file (%d new links)", n)
	}
	if edit.Recovery(path) == "" {
		t.Fatal("no recovery copy after kill -9")
	}

	cmd, stderr = start()
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	keys("Return") // the recovery offer: Recover is the default
	time.Sleep(500 * time.Millisecond)
	keys("ctrl+s")
	time.Sleep(500 * time.Millisecond)
	if got := added(path); len(got) != 2 || got[0] != first[0] || got[1] != first[0]+1 {
		t.Fatalf("after recovery and Ctrl+S the new links are %v, want %d and the next sentence\n%s", got, first[0], stderr.String())
	}
	if edit.Recovery(path) != "" {
		t.Error("the recovery copy is still offered after saving")
	}
	if _, err := os.Stat(edit.BackupPath(path)); err != nil {
		t.Errorf("no backup of the previous version: %v", err)
	}
}

// TestRealWindowEnterEditMode: a story file opened in the explorer
// (no --edit) enters edit mode with E; a link made from the keyboard and
// Ctrl+S reach the file; E again leaves (nothing unsaved), and the
// window's close is no longer intercepted.
func TestRealWindowEnterEditMode(t *testing.T) {
	bin := buildBinary(t)
	path := importedSeed(t, bin)
	biomed := data.Ref{Kind: data.RefCluster, ID: "biomed"}
	orig, _ := data.LoadStory(path)
	cmd, stderr := startWindow(t, bin, "--story", path, "--size", "1280x800")
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	keys := func(ks ...string) { t.Helper(); pressKeys(t, ks...) }
	keys("e")
	time.Sleep(time.Second)
	keys("Down", "Down", "Down", "Down", "Down", "ctrl+l")
	typeText(t, "biomed")
	keys("Return")
	time.Sleep(time.Second)
	keys("Escape", "ctrl+s")
	time.Sleep(500 * time.Millisecond)
	s, err := data.LoadStory(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for p := range s.Article.Passages {
		if edit.Linked(s, biomed, p) != edit.Linked(orig, biomed, p) {
			n++
		}
	}
	if n != 1 {
		grabScreen(t, filepath.Join(os.TempDir(), "qiusuo-enter-edit-fail.png"))
		t.Fatalf("after E, a link and Ctrl+S the file has %d changed links, want 1\n%s", n, stderr.String())
	}
	keys("e") // leave: nothing unsaved, so no question
	time.Sleep(500 * time.Millisecond)
	exec.Command("xdotool", "search", "--name", "Qiusuo", "windowclose").Run()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the window did not close after leaving edit mode")
	}
}

// importedSeed is the seed article imported without its curated links, as
// a teacher would edit a story: the file's path, in a temporary folder.
func importedSeed(t *testing.T, bin string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "seed.story.json")
	if out, err := exec.Command(bin, "import", "../../data/hangzhou-2025.txt", "--published", "2025", "-o", path).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	return path
}

// startWindow starts bin with args and waits for its window and first
// frames; stderr collects what it prints.
func startWindow(t *testing.T, bin string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("xdotool", "search", "--sync", "--name", "Qiusuo").CombinedOutput(); err != nil {
		cmd.Process.Kill()
		t.Fatalf("no window: %v %s %s", err, out, stderr.String())
	}
	time.Sleep(3 * time.Second) // the first frame, the explorer (slow on a loaded machine)
	return cmd, &stderr
}

// pressKeys sends keys to the window as a keyboard would, one at a time.
func pressKeys(t *testing.T, ks ...string) {
	t.Helper()
	for _, k := range ks {
		args := append([]string{"search", "--name", "Qiusuo", "windowfocus", "--sync", "key", "--clearmodifiers"}, k)
		if out, err := exec.Command("xdotool", args...).CombinedOutput(); err != nil {
			t.Fatalf("xdotool key %s: %v %s", k, err, out)
		}
		time.Sleep(150 * time.Millisecond)
	}
}

// typeText types s into the focused window.
func typeText(t *testing.T, s string) {
	t.Helper()
	if out, err := exec.Command("xdotool", "type", "--delay", "60", s).CombinedOutput(); err != nil {
		t.Fatalf("xdotool type: %v %s", err, out)
	}
	time.Sleep(300 * time.Millisecond)
}
