package gui

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
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
	// PIN the operator types after the exit sequence. It has no default:
	// a kiosk without a PIN of its own does not start.
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
// file leaves out or gets wrong — except the PIN: there is no default PIN,
// because any default is printed somewhere anyone can read. A kiosk with
// no usable PIN does not start (see KioskConfig.PINProblem).
func DefaultKioskConfig() KioskConfig {
	return KioskConfig{
		IdleSeconds:      90,
		CountdownSeconds: 15,
		AdvanceSeconds:   12,
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

// ConfigProblem is one thing wrong in a kiosk config file.
type ConfigProblem struct {
	Path string
	Line int // 1-based; 0 when the problem has no line (a missing setting)
	Msg  string
}

func (p ConfigProblem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.Path, p.Msg)
}

// ConfigProblems is everything wrong in a config file, in file order.
type ConfigProblems []ConfigProblem

// Error is one line: the problems joined by "; ".
func (ps ConfigProblems) Error() string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.Error()
	}
	return strings.Join(s, "; ")
}

// LoadKioskConfig reads a config file. Every setting but the PIN falls
// back to its default when the file leaves it out or gets it wrong (a
// kiosk that resets every second is worse than one on defaults); a wrong
// or missing PIN leaves PIN empty, never a default. The error, if any, is
// a ConfigProblems naming file and line of each problem, so the operator
// can fix it.
func LoadKioskConfig(path string) (KioskConfig, error) {
	def := DefaultKioskConfig()
	if path == "" {
		return def, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return def, ConfigProblems{{Path: path, Msg: err.Error()}}
	}
	text := string(b)
	c := def
	md, err := toml.Decode(text, &c)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return def, ConfigProblems{{Path: path, Line: pe.Position.Line, Msg: pe.Message + " (all settings at their defaults)"}}
		}
		// A value of the wrong type: "toml: line 2 (last key "x"): …".
		if m := tomlLineErr.FindStringSubmatch(err.Error()); m != nil {
			line, _ := strconv.Atoi(m[1])
			return def, ConfigProblems{{Path: path, Line: line, Msg: m[2] + " (all settings at their defaults)"}}
		}
		return def, ConfigProblems{{Path: path, Msg: err.Error()}}
	}
	var problems ConfigProblems
	for _, k := range md.Undecoded() {
		problems = append(problems, ConfigProblem{path, keyLine(text, k[len(k)-1]), fmt.Sprintf("unknown setting %q", k.String())})
	}
	fix := func(key string, ok bool, msg string, reset func()) {
		if !ok {
			problems = append(problems, ConfigProblem{path, keyLine(text, key), msg})
			reset()
		}
	}
	fix("idle_seconds", c.IdleSeconds >= 2 && c.IdleSeconds <= 86400, fmt.Sprintf("idle_seconds = %d: use 2–86400 (using %d)", c.IdleSeconds, def.IdleSeconds), func() { c.IdleSeconds = def.IdleSeconds })
	cd := max(1, min(def.CountdownSeconds, c.IdleSeconds/2))
	fix("countdown_seconds", c.CountdownSeconds >= 1 && c.CountdownSeconds < c.IdleSeconds, fmt.Sprintf("countdown_seconds = %d: use 1 up to idle_seconds (using %d)", c.CountdownSeconds, cd), func() {
		c.CountdownSeconds = cd
	})
	fix("advance_seconds", c.AdvanceSeconds >= 1 && c.AdvanceSeconds <= 3600, fmt.Sprintf("advance_seconds = %d: use 1–3600 (using %d)", c.AdvanceSeconds, def.AdvanceSeconds), func() { c.AdvanceSeconds = def.AdvanceSeconds })
	if md.IsDefined("pin") {
		// Never echo a PIN into a log; say only what is wrong with it.
		fix("pin", validPIN(c.PIN), "pin: "+pinRule(c.PIN), func() { c.PIN = "" })
	}
	fix("exit_keys", validKeys(c.ExitSequence()), fmt.Sprintf("exit_keys %q: use 1–8 key names such as F12 or Home (using %q)", c.ExitKeys, def.ExitKeys), func() { c.ExitKeys = def.ExitKeys })
	fix("corner_taps", c.CornerTaps == 0 || c.CornerTaps >= 3 && c.CornerTaps <= 12, fmt.Sprintf("corner_taps = %d: use 0 or 3–12 (using %d)", c.CornerTaps, def.CornerTaps), func() { c.CornerTaps = def.CornerTaps })
	fix("scale", c.Scale >= 0.5 && c.Scale <= 4, fmt.Sprintf("scale = %g: use 0.5–4 (using %g)", c.Scale, def.Scale), func() { c.Scale = def.Scale })
	fix("language", c.Language == "zh" || c.Language == "en", fmt.Sprintf("language %q: use zh or en (using %s)", c.Language, def.Language), func() { c.Language = def.Language })
	slices.SortStableFunc(problems, func(a, b ConfigProblem) int { return a.Line - b.Line })
	if len(problems) > 0 {
		return c, problems
	}
	return c, nil
}

var tomlLineErr = regexp.MustCompile(`^toml: line (\d+) (\(last key [^)]*\): .*)$`)

// PINProblem says why the kiosk must not start with this config ("" when
// it may): without a PIN only someone who can end the process could ever
// leave the kiosk, and a guessable PIN is no lock at all.
func (c KioskConfig) PINProblem() string {
	if c.PIN == "" {
		return "no operator PIN: set pin = \"…\" (4–12 digits) in the kiosk config"
	}
	if !validPIN(c.PIN) {
		return "operator PIN: " + pinRule(c.PIN)
	}
	return ""
}

// pinRule says what is wrong with a PIN without repeating it, or "".
func pinRule(p string) string {
	switch {
	case p == "":
		return "empty: use 4–12 digits"
	case len(p) < 4 || len(p) > 12 || strings.Trim(p, "0123456789") != "":
		return fmt.Sprintf("%d characters: use 4–12 digits", len([]rune(p)))
	case weakPIN(p):
		return "too easy to guess (a published example, one digit repeated, or a run like 1234): choose another"
	}
	return ""
}

func validPIN(p string) bool { return pinRule(p) == "" }

// weakPIN reports PINs a passer-by would try first: the example PIN this
// project once printed in its README, one repeated digit, and runs.
func weakPIN(p string) bool {
	if p == "2025" {
		return true
	}
	same, up, down := true, true, true
	for i := 1; i < len(p); i++ {
		d := int(p[i]) - int(p[i-1])
		same = same && d == 0
		up = up && (d == 1 || d == -9)
		down = down && (d == -1 || d == 9)
	}
	return same || up || down
}

// keyLine finds the line that sets key (the files are flat; the first
// assignment wins, as TOML allows only one), or 0.
func keyLine(text, key string) int {
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		for _, k := range []string{key, `"` + key + `"`, "'" + key + "'"} {
			if rest, ok := strings.CutPrefix(line, k); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
				return i + 1
			}
		}
		if strings.HasPrefix(line, "[") && strings.Contains(line, key) {
			return i + 1
		}
	}
	return 0
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
