package gui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// tCall matches T("key", "fallback" in the sources.
var tCall = regexp.MustCompile(`\bT\("([^"]+)",\s*"((?:[^"\\]|\\.)*)"`)

func loadCatalog(t *testing.T, language string) map[string]string {
	t.Helper()
	out := map[string]string{}
	files, _ := filepath.Glob("translations/*." + language + ".json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for k, v := range m {
			if _, dup := out[k]; dup {
				t.Errorf("%s: key %q defined twice", f, k)
			}
			out[k] = v
		}
	}
	return out
}

// TestTranslationsComplete checks every interface string used in the
// code has an English and a Chinese entry, and that the Chinese entry is
// the fallback written in the code (so the two never drift).
func TestTranslationsComplete(t *testing.T) {
	zh, en := loadCatalog(t, "zh_Hans"), loadCatalog(t, "en")
	// The gui package, its view packages (gui/editor …) and the binary.
	var files []string
	for _, root := range []string{".", "../cmd/qiusuo"} {
		filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
				files = append(files, path)
			}
			return nil
		})
	}
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, _ := os.ReadFile(f)
		for _, m := range tCall.FindAllStringSubmatch(string(b), -1) {
			key, fallback := m[1], m[2]
			used[key] = true
			if en[key] == "" {
				t.Errorf("%s: %q has no English translation", f, key)
			}
			if zh[key] != fallback {
				t.Errorf("%s: %q: zh catalogue says %q, code falls back to %q", f, key, zh[key], fallback)
			}
		}
	}
	for k := range en {
		if !used[k] {
			t.Errorf("English catalogue has unused key %q", k)
		}
	}
	if len(used) < 20 {
		t.Fatalf("only %d keys found: is the pattern still right?", len(used))
	}
}

func TestSetLanguageSwitches(t *testing.T) {
	defer SetLanguage(LangZh)
	SetLanguage(LangEn)
	if got := T("explorer.clear", "清除"); got != "Clear" {
		t.Errorf("en: %q", got)
	}
	if Pick("人工智能", "Artificial intelligence") != "Artificial intelligence" {
		t.Error("Pick en")
	}
	SetLanguage(LangZh)
	if got := T("explorer.clear", "清除"); got != "清除" {
		t.Errorf("zh: %q", got)
	}
	if Pick("人工智能", "Artificial intelligence") != "人工智能" || Pick("x", "") != "x" {
		t.Error("Pick zh")
	}
}
