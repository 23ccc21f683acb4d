package data

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// A story opened with broken links and saved keeps them in its draft
// section; reopened, it lists the same problems and is marked a draft,
// strictly and leniently. Nothing the article still supports is lost.
func TestDraftSavesAndReopensUnresolvedLinks(t *testing.T) {
	path := changedArticle(t)
	s, probs, err := LoadStoryLenient(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) == 0 || !s.IsDraft() || !slices.Equal(s.Unresolved, probs) {
		t.Fatalf("a lenient load with %d problems should be a draft holding them (draft %v, %d held)", len(probs), s.IsDraft(), len(s.Unresolved))
	}
	if !slices.ContainsFunc(probs, func(p Problem) bool {
		return p.Code == ProblemQuoteMissing && strings.HasPrefix(p.Quote, "农历新年，宇树科技的机器人在央视春晚舞")
	}) {
		t.Errorf("no quote-missing problem naming the lost quote, for an interface to translate: %+v", probs)
	}
	b, err := EncodeStoryFile(s, "hangzhou-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"draft": {`) || !strings.Contains(string(b), "农历新年，宇树科技的机器人在央视春晚舞") {
		t.Fatalf("the saved draft does not list the lost link:\n%s", b[max(0, len(b)-800):])
	}
	os.WriteFile(path, b, 0o644)

	strict, err := LoadStory(path)
	if err != nil {
		t.Fatalf("a saved draft should load strictly: %v", err)
	}
	if !strict.IsDraft() || !slices.Equal(strict.Unresolved, probs) {
		t.Errorf("strict reload: draft %v, unresolved %v; want %v", strict.IsDraft(), strict.Unresolved, probs)
	}
	again, probs2, err := LoadStoryLenient(path)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(probs2, probs) || !slices.Equal(again.Unresolved, probs) {
		t.Errorf("lenient reload lists %v, want %v", probs2, probs)
	}
	b2, _ := EncodeStoryFile(again, "hangzhou-2025.txt")
	if string(b2) != string(b) {
		t.Error("saving the reopened draft changed the file")
	}

	// Once everything is fixed the section goes: a plain story again.
	fixed := again.Clone()
	fixed.Unresolved = nil
	b3, _ := EncodeStoryFile(fixed, "hangzhou-2025.txt")
	if strings.Contains(string(b3), `"draft"`) {
		t.Error("a story with nothing to fix still has a draft section")
	}
}

// A malformed draft section is an error with its place, never a silent
// loss of the links it lists.
func TestDraftSectionErrors(t *testing.T) {
	dir := t.TempDir()
	ab, _ := os.ReadFile("hangzhou-2025.txt")
	os.WriteFile(filepath.Join(dir, "hangzhou-2025.txt"), ab, 0o644)
	sb, _ := os.ReadFile("hangzhou-2025.story.json")
	base := strings.TrimSuffix(strings.TrimSpace(string(sb)), "}")
	for _, tc := range []struct{ section, want string }{
		{`"draft": {"unresolved": [{"where": "events[0]"}]}`, `draft.unresolved[0]: needs "where" and "problem"`},
		{`"draft": {"unresolved": [{"where": "events[0]", "problem": "gone", "item": "evnt:gala"}]}`, `draft.unresolved[0]: item: "evnt:gala": unknown kind`},
	} {
		path := filepath.Join(dir, "s.story.json")
		os.WriteFile(path, []byte(base+",\n"+tc.section+"\n}\n"), 0o644)
		_, err := LoadStory(path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want %q", tc.section, err, tc.want)
		}
	}
}
