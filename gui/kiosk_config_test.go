package gui

import (
	"errors"
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
pin = "7392"
exit_keys = "F9 F10"
corner_taps = 0
start_stop = "map"
scale = 1.5
language = "en"
`))
	// idle 1 s is below the 2 s floor: kept safe, reported with its line.
	if err == nil || !strings.Contains(err.Error(), "kiosk.toml:2: idle_seconds = 1") {
		t.Fatalf("err %v", err)
	}
	if c.PIN != "7392" || c.AdvanceSeconds != 3 || c.ExitKeys != "F9 F10" || c.CornerTaps != 0 || c.Scale != 1.5 || c.Language != "en" || c.StartStop != "map" {
		t.Errorf("valid fields lost: %+v", c)
	}
	if c.IdleSeconds != 90 || c.PINProblem() != "" {
		t.Errorf("idle %d, want the default; PIN problem %q", c.IdleSeconds, c.PINProblem())
	}
	c, err = LoadKioskConfig(writeConfig(t, "idle_seconds = 30\ncountdown_seconds = 10\npin = \"480716\"\n"))
	if err != nil || c.IdleSeconds != 30 || c.CountdownSeconds != 10 || c.PIN != "480716" {
		t.Errorf("partial file: %+v, %v", c, err)
	}
}

// TestKioskConfigProblems: every problem is one line naming file and line;
// whatever went wrong, the config left is safe — and a PIN is never made
// up: a bad or missing one leaves none, so the kiosk refuses to start.
func TestKioskConfigProblems(t *testing.T) {
	tests := []struct{ text, want string }{
		{"pin = \"480716\"\nidle_seconds = \"soon\"", `kiosk.toml:2: (last key "idle_seconds"): incompatible types`},
		{"pin = \"480716\"\nidle_seconds = 90\n[[[", "kiosk.toml:3:"},
		{"pin = \"12\"", `kiosk.toml:1: pin: 2 characters: use 4–12 digits`},
		{"pin = \"abcd\"", `kiosk.toml:1: pin: 4 characters`},
		{"pin = \"2025\"", `kiosk.toml:1: pin: too easy to guess`},
		{"# the operator's PIN\npin = \"1234\"", `kiosk.toml:2: pin: too easy`},
		{"pin = \"0000\"", `pin: too easy`},
		{"pin = \"9876543210\"", `pin: too easy`},
		{"pin = \"480716\"\nexit_keys = \"\"", "kiosk.toml:2: exit_keys"},
		{"pin = \"480716\"\nexit_keys = \"A B\"", "exit_keys \"A B\""},
		{"pin = \"480716\"\n\nidle_sconds = 10", `kiosk.toml:3: unknown setting "idle_sconds"`},
		{"pin = \"480716\"\nscale = 40.0", "kiosk.toml:2: scale = 40"},
		{"pin = \"480716\"\nlanguage = \"fr\"", `language "fr"`},
		{"pin = \"480716\"\ncountdown_seconds = 500", "countdown_seconds = 500"},
		{"pin = \"480716\"\ncorner_taps = 1", "corner_taps = 1"},
	}
	for _, tc := range tests {
		c, err := LoadKioskConfig(writeConfig(t, tc.text))
		var ps ConfigProblems
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") || !errors.As(err, &ps) {
			t.Errorf("%q: error %v, want one line containing %q", tc.text, err, tc.want)
		}
		if strings.Contains(tc.text, "pin = \"") && !strings.Contains(tc.text, "480716") {
			// A wrong PIN is neither kept, nor replaced, nor echoed.
			if c.PIN != "" || c.PINProblem() == "" {
				t.Errorf("%q: PIN %q survived", tc.text, c.PIN)
			}
			pin := strings.Split(tc.text, "\"")[1]
			if strings.Contains(err.Error(), `"`+pin+`"`) || strings.Contains(err.Error(), "= "+pin) {
				t.Errorf("%q: the error repeats the PIN: %v", tc.text, err)
			}
		}
		if !validKeys(c.ExitSequence()) || c.IdleSeconds < 2 || c.CountdownSeconds >= c.IdleSeconds {
			t.Errorf("%q: unsafe config %+v", tc.text, c)
		}
	}
	// No file, an unreadable file, a file without a PIN: no PIN.
	for _, path := range []string{"", filepath.Join(t.TempDir(), "missing.toml"), writeConfig(t, "idle_seconds = 30\n")} {
		c, _ := LoadKioskConfig(path)
		if c.PIN != "" || !strings.Contains(c.PINProblem(), "no operator PIN") {
			t.Errorf("%q: PIN %q, problem %q", path, c.PIN, c.PINProblem())
		}
	}
}

// TestKioskConfigShipped: the shipped example is valid TOML with the
// defaults — and no working PIN, so a kiosk installed with it unchanged
// refuses to start rather than open to a PIN printed in the repository.
func TestKioskConfigShipped(t *testing.T) {
	c, err := LoadKioskConfig("../resources/kiosk/kiosk.toml")
	if err != nil {
		t.Fatal(err)
	}
	if c != DefaultKioskConfig() {
		t.Errorf("example %+v\ndefaults %+v", c, DefaultKioskConfig())
	}
	if c.PINProblem() == "" {
		t.Error("the shipped config has a working PIN")
	}
}

func TestWeakPIN(t *testing.T) {
	for _, p := range []string{"2025", "1111", "0123", "3456", "8901", "4321", "210987", "999999999999"} {
		if !weakPIN(p) {
			t.Errorf("%s passed as strong", p)
		}
	}
	for _, p := range []string{"480716", "1235", "2026", "1122", "90210"} {
		if weakPIN(p) {
			t.Errorf("%s rejected", p)
		}
	}
}

// FuzzKioskConfig: any file gives a one-line report or none, never a
// panic, and never a PIN that is not valid.
func FuzzKioskConfig(f *testing.F) {
	f.Add("pin = \"480716\"\nidle_seconds = 30\n")
	f.Add("pin = \"12\"\n[x]\ny = 1\n")
	f.Add("idle_seconds = \"soon\"\n")
	f.Add("\"pin\" = '2025'\nscale = 40.0\n")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, text string) {
		p := filepath.Join(dir, "kiosk.toml")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := LoadKioskConfig(p)
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("two-line report: %q", err)
		}
		if c.PIN != "" && !validPIN(c.PIN) {
			t.Errorf("invalid PIN %q kept", c.PIN)
		}
		if !validKeys(c.ExitSequence()) || c.IdleSeconds < 2 || c.CountdownSeconds >= c.IdleSeconds {
			t.Errorf("unsafe config %+v", c)
		}
	})
}
