package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "kiosk.toml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestKioskConfigValid(t *testing.T) {
	c, err := LoadKioskConfig(writeConfig(t, `
idle_seconds = 1
countdown_seconds = 1
advance_seconds = 3
pin = "9876"
exit_keys = "F9 F10"
corner_taps = 0
start_stop = "map"
scale = 1.5
language = "en"
`))
	// idle 1 s is below the 2 s floor: kept safe, reported.
	if err == nil || !strings.Contains(err.Error(), "idle_seconds = 1") {
		t.Fatalf("err %v", err)
	}
	if c.PIN != "9876" || c.AdvanceSeconds != 3 || c.ExitKeys != "F9 F10" || c.CornerTaps != 0 || c.Scale != 1.5 || c.Language != "en" || c.StartStop != "map" {
		t.Errorf("valid fields lost: %+v", c)
	}
	if c.IdleSeconds != 90 {
		t.Errorf("idle %d, want the default", c.IdleSeconds)
	}
	c, err = LoadKioskConfig(writeConfig(t, "idle_seconds = 30\ncountdown_seconds = 10\n"))
	if err != nil || c.IdleSeconds != 30 || c.CountdownSeconds != 10 || c.PIN != "2025" {
		t.Errorf("partial file: %+v, %v", c, err)
	}
}

func TestKioskConfigErrorsKeepSafeDefaults(t *testing.T) {
	def := DefaultKioskConfig()
	tests := []struct{ text, want string }{
		{"idle_seconds = \"soon\"", "kiosk.toml"},
		{"idle_seconds = 90\n[[[", ":2:"},
		{"pin = \"12\"", `pin "12": use 4–12 digits`},
		{"pin = \"abcd\"", `pin "abcd"`},
		{"exit_keys = \"\"", "exit_keys"},
		{"exit_keys = \"A B\"", "exit_keys"},
		{"idle_sconds = 10", `unknown setting "idle_sconds"`},
		{"scale = 40.0", "scale = 40"},
		{"language = \"fr\"", `language "fr"`},
		{"countdown_seconds = 500", "countdown_seconds = 500"},
		{"corner_taps = 1", "corner_taps = 1"},
	}
	for _, tc := range tests {
		c, err := LoadKioskConfig(writeConfig(t, tc.text))
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: error %v, want one line containing %q", tc.text, err, tc.want)
		}
		// Whatever went wrong, the operator can still get out.
		if !validPIN(c.PIN) || !validKeys(c.ExitSequence()) || c.IdleSeconds < 2 || c.CountdownSeconds >= c.IdleSeconds {
			t.Errorf("%q: unsafe config %+v", tc.text, c)
		}
	}
	c, err := LoadKioskConfig(filepath.Join(t.TempDir(), "missing.toml"))
	if err == nil || c != def {
		t.Errorf("missing file: %+v, %v", c, err)
	}
	if c, err := LoadKioskConfig(""); err != nil || c != def {
		t.Errorf("no file: %+v, %v", c, err)
	}
}

// TestKioskConfigExample keeps the documented example in step with the
// defaults.
func TestKioskConfigExample(t *testing.T) {
	c, err := LoadKioskConfig("../resources/kiosk/kiosk.toml")
	if err != nil {
		t.Fatal(err)
	}
	if c != DefaultKioskConfig() {
		t.Errorf("example %+v\ndefaults %+v", c, DefaultKioskConfig())
	}
}
