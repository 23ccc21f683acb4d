package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// changedArticle copies the default story beside a copy of its article in
// which one quoted sentence was reworded, as if the article had been
// corrected on disk after the story was curated.
func changedArticle(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	sb, err := os.ReadFile("hangzhou-2025.story.json")
	if err != nil {
		t.Fatal(err)
	}
	ab, err := os.ReadFile("hangzhou-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	old := "农历新年，宇树科技的机器人在央视春晚舞台联动"
	if !strings.Contains(string(ab), old) {
		t.Fatal("the test sentence is not in the article")
	}
	ab = []byte(strings.Replace(string(ab), old, "春节期间，宇树科技的机器人登上央视春晚舞台", 1))
	os.WriteFile(filepath.Join(dir, "hangzhou-2025.txt"), ab, 0o644)
	path := filepath.Join(dir, "hangzhou-2025.story.json")
	os.WriteFile(path, sb, 0o644)
	return path
}

// TestLoadStoryLenient: the strict loader refuses a story whose article
// lost a quoted sentence; the lenient one opens it, drops the link and
// says where it was; what it returns is a valid story that saves and
// loads strictly.
func TestLoadStoryLenient(t *testing.T) {
	path := changedArticle(t)
	if _, err := LoadStory(path); err == nil || !strings.Contains(err.Error(), "农历新年，宇树科技的机器人在央视春晚舞") {
		t.Fatalf("strict load: %v, want the lost quote named", err)
	}
	s, probs, err := LoadStoryLenient(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) == 0 {
		t.Fatal("no problems for a lost sentence")
	}
	for _, p := range probs {
		t.Log(p)
		if p.Where == "" || p.Msg == "" {
			t.Errorf("problem without place or message: %+v", p)
		}
	}
	found := false
	for _, p := range probs {
		if strings.Contains(p.Msg, "农历新年，宇树科技的机器人在央视春晚舞") && strings.HasPrefix(p.Where, "entities[") && p.Item.Kind == RefEntity && s.Has(p.Item) {
			found = true
		}
	}
	if !found {
		t.Error("no problem names the entity that lost the sentence")
	}
	b, err := EncodeStoryFile(s, "hangzhou-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(filepath.Dir(path), "fixed.story.json")
	os.WriteFile(out, b, 0o644)
	if _, err := LoadStory(out); err != nil {
		t.Errorf("the leniently loaded story does not save as a valid one: %v", err)
	}
}

// TestLoadStoryLenientKeepsOtherRules: a problem that is not a lost
// sentence still fails the lenient load.
func TestLoadStoryLenientKeepsOtherRules(t *testing.T) {
	path := changedArticle(t)
	b, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(b), `"precision": "day"`, `"precision": "fortnight"`, 1)), 0o644)
	if _, _, err := LoadStoryLenient(path); err == nil || !strings.Contains(err.Error(), "fortnight") {
		t.Errorf("lenient load of a bad precision: %v", err)
	}
}

// TestLoadStoryLenientUnchanged: an intact story loads with no problems,
// identical to the strict load.
func TestLoadStoryLenientUnchanged(t *testing.T) {
	s, probs, err := LoadStoryLenient("hangzhou-2025.story.json")
	if err != nil || len(probs) != 0 {
		t.Fatalf("lenient load of the default story: %v, %v", probs, err)
	}
	strict, _ := LoadStory("hangzhou-2025.story.json")
	a, _ := EncodeStoryFile(s, "hangzhou-2025.txt")
	b, _ := EncodeStoryFile(strict, "hangzhou-2025.txt")
	if string(a) != string(b) {
		t.Error("lenient and strict loads of an intact story differ")
	}
}

// FuzzLoadStoryLenient changes the article under the default story: the
// lenient load never panics, and whatever it returns is a valid story
// (saved, it loads strictly) whose problems each say where and what.
func FuzzLoadStoryLenient(f *testing.F) {
	raw, _ := defaultFS.ReadFile(DefaultStoryFile)
	art, _ := defaultFS.ReadFile("hangzhou-2025.txt")
	f.Add(0, 0, []byte(""))
	f.Add(400, 40, []byte("改写"))
	f.Add(2000, 300, []byte("。"))
	f.Add(100, 5000, []byte("春节期间，"))
	f.Fuzz(func(t *testing.T, at, cut int, insert []byte) {
		if at < 0 || cut < 0 || at > len(art) {
			return
		}
		changed := append(append(append([]byte(nil), art[:at]...), insert...), art[min(at+cut, len(art)):]...)
		fsys := fstest.MapFS{"s.json": {Data: raw}, "hangzhou-2025.txt": {Data: changed}}
		r := &resolver{lenient: true, dropped: map[Ref]bool{}}
		s, err := loadStoryFS(fsys, "s.json", "s.json", r)
		if err != nil {
			if s != nil || err.Error() == "" || strings.Contains(err.Error(), "\n") {
				t.Fatalf("bad error %q", err)
			}
			return
		}
		for _, p := range r.broken {
			if p.Where == "" || p.Msg == "" || (!p.Item.IsZero() && !s.Has(p.Item)) {
				t.Fatalf("bad problem %+v", p)
			}
		}
		b, err := EncodeStoryFile(s, "hangzhou-2025.txt")
		if err != nil {
			t.Fatal(err)
		}
		fsys["saved.json"] = &fstest.MapFile{Data: b}
		if _, err := LoadStoryFS(fsys, "saved.json", "saved.json"); err != nil {
			t.Fatalf("the lenient story does not save as a valid one: %v", err)
		}
	})
}
