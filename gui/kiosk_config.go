package gui

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// KioskConfig is the exhibition-hall configuration, read from TOML. Every
// field has a safe default; see README.md "Kiosk configuration".
type KioskConfig struct {
	// IdleSeconds without input before the attract loop plays the tour.
	// While a visitor explores, a countdown appears CountdownSeconds
	// before that moment and then everything resets to the start.
	IdleSeconds      int `toml:"idle_seconds"`
	CountdownSeconds int `toml:"countdown_seconds"`
	// AdvanceSeconds between tour stops in the attract loop.
	AdvanceSeconds int `toml:"advance_seconds"`
	// PIN the operator types after the exit sequence.
	PIN string `toml:"pin"`
	// ExitKeys is the key sequence that opens the PIN pad, key names as
	// Fyne spells them, separated by spaces ("F12 F12 F12").
	ExitKeys string `toml:"exit_keys"`
	// CornerTaps in the top-left corner also open the PIN pad, for panels
	// without a keyboard. 0 disables it.
	CornerTaps int `toml:"corner_taps"`
	// StartStop is the tour stop the attract loop and a reset start from.
	StartStop string `toml:"start_stop"`
	// Scale multiplies Fyne's scale (1.5 for a 4K panel seen from afar).
	Scale float64 `toml:"scale"`
	// Language of the interface: "zh" or "en".
	Language string `toml:"language"`
}

// DefaultKioskConfig is used when no file is given, and for every field a
// file leaves out or gets wrong.
func DefaultKioskConfig() KioskConfig {
	return KioskConfig{
		IdleSeconds:      90,
		CountdownSeconds: 15,
		AdvanceSeconds:   12,
		PIN:              "2025",
		ExitKeys:         "F12 F12 F12",
		CornerTaps:       5,
		Scale:            1.4,
		Language:         "zh",
	}
}

// Idle, Countdown and Advance are the durations as time.Duration.
func (c KioskConfig) Idle() time.Duration { return time.Duration(c.IdleSeconds) * time.Second }
func (c KioskConfig) Countdown() time.Duration {
	return time.Duration(c.CountdownSeconds) * time.Second
}
func (c KioskConfig) Advance() time.Duration { return time.Duration(c.AdvanceSeconds) * time.Second }

// ExitSequence returns the exit keys as a list.
func (c KioskConfig) ExitSequence() []string { return strings.Fields(c.ExitKeys) }

// LoadKioskConfig reads a config file. It always returns a usable config:
// on any problem the bad fields (or, for a file that cannot be read or
// parsed, all fields) keep their defaults, and the error says what was
// wrong and where, so the operator can fix it — a kiosk that cannot be
// exited or that resets every second is worse than one on defaults.
func LoadKioskConfig(path string) (KioskConfig, error) {
	def := DefaultKioskConfig()
	if path == "" {
		return def, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return def, fmt.Errorf("kiosk config %s: %w (using defaults)", path, err)
	}
	c := def
	md, err := toml.Decode(string(b), &c)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return def, fmt.Errorf("kiosk config %s:%d: %s (using defaults)", path, pe.Position.Line, pe.Message)
		}
		return def, fmt.Errorf("kiosk config %s: %v (using defaults)", path, err)
	}
	var problems []string
	for _, k := range md.Undecoded() {
		problems = append(problems, fmt.Sprintf("unknown setting %q", k.String()))
	}
	fix := func(ok bool, msg string, reset func()) {
		if !ok {
			problems = append(problems, msg)
			reset()
		}
	}
	fix(c.IdleSeconds >= 2 && c.IdleSeconds <= 86400, fmt.Sprintf("idle_seconds = %d: use 2–86400", c.IdleSeconds), func() { c.IdleSeconds = def.IdleSeconds })
	fix(c.CountdownSeconds >= 1 && c.CountdownSeconds < c.IdleSeconds, fmt.Sprintf("countdown_seconds = %d: use 1 up to idle_seconds", c.CountdownSeconds), func() {
		c.CountdownSeconds = max(1, min(def.CountdownSeconds, c.IdleSeconds/2))
	})
	fix(c.AdvanceSeconds >= 1 && c.AdvanceSeconds <= 3600, fmt.Sprintf("advance_seconds = %d: use 1–3600", c.AdvanceSeconds), func() { c.AdvanceSeconds = def.AdvanceSeconds })
	fix(validPIN(c.PIN), fmt.Sprintf("pin %q: use 4–12 digits", c.PIN), func() { c.PIN = def.PIN })
	fix(validKeys(c.ExitSequence()), fmt.Sprintf("exit_keys %q: use 1–8 key names such as F12 or Home", c.ExitKeys), func() { c.ExitKeys = def.ExitKeys })
	fix(c.CornerTaps == 0 || c.CornerTaps >= 3 && c.CornerTaps <= 12, fmt.Sprintf("corner_taps = %d: use 0 or 3–12", c.CornerTaps), func() { c.CornerTaps = def.CornerTaps })
	fix(c.Scale >= 0.5 && c.Scale <= 4, fmt.Sprintf("scale = %g: use 0.5–4", c.Scale), func() { c.Scale = def.Scale })
	fix(c.Language == "zh" || c.Language == "en", fmt.Sprintf("language %q: use zh or en", c.Language), func() { c.Language = def.Language })
	if len(problems) > 0 {
		return c, fmt.Errorf("kiosk config %s: %s (defaults used for those)", path, strings.Join(problems, "; "))
	}
	return c, nil
}

func validPIN(p string) bool {
	if len(p) < 4 || len(p) > 12 {
		return false
	}
	for _, r := range p {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// exitKeyNames are the keys allowed in an exit sequence: ones a visitor
// is unlikely to type on a kiosk keyboard, if it has one.
var exitKeyNames = map[string]bool{"F1": true, "F2": true, "F3": true, "F4": true, "F5": true, "F6": true,
	"F7": true, "F8": true, "F9": true, "F10": true, "F11": true, "F12": true, "Home": true, "End": true,
	"Insert": true, "Pause": true, "PageUp": true, "PageDown": true}

func validKeys(ks []string) bool {
	if len(ks) == 0 || len(ks) > 8 {
		return false
	}
	for _, k := range ks {
		if !exitKeyNames[k] {
			return false
		}
	}
	return true
}
