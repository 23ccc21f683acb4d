package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// checkWordBreaks fails if lines (the wrapping of text into a box width
// wide at size) break inside a Latin word that fits on a line, or cut a
// word without a hyphen.
func checkWordBreaks(t *testing.T, where, text string, lines []string, width, size float32) {
	t.Helper()
	rest := []rune(text)
	for i, line := range lines {
		if i == len(lines)-1 {
			break
		}
		l := []rune(line)
		if n := len(l); n > 0 && l[n-1] == '-' && (n > len(rest) || rest[n-1] != '-') {
			l = l[:n-1] // a hyphen the wrap added
		}
		// Skip the line's runes and the blanks the break ate.
		rest = rest[min(len(l), len(rest)):]
		cut := len(rest) > 0 && len(l) > 0 && diagramMidWord(append(l[len(l)-1:], rest[0]), 1)
		if !cut {
			rest = []rune(strings.TrimLeft(string(rest), " "))
			continue
		}
		word := string(l[strings.LastIndexAny(string(l), " -")+1:]) + strings.Fields(string(rest))[0]
		word = strings.TrimRight(word, ",.;:")
		if w := fyne.MeasureText(word, size, fyne.TextStyle{}).Width; w <= width {
			t.Errorf("%s: %q broken inside %q (%.0f px), which fits the line (%.0f px): %q", where, text, word, w, width, lines)
		} else if !strings.HasSuffix(line, "-") {
			t.Errorf("%s: %q cut inside %q without a hyphen: %q", where, text, word, lines)
		}
	}
}

// TestEnglishWrapsAtWords shows every view in English at every size and
// checks the map's node names and the timeline's titles.
func TestEnglishWrapsAtWords(t *testing.T) {
	if testing.Short() {
		t.Skip("walks every view")
	}
	forEachDesignView(t, designStates[:3], func(t *testing.T, name string, x *Explorer, w fyne.Window) {
		if !strings.HasPrefix(name, LangEn) {
			return
		}
		for _, n := range x.Map.nodes {
			if n.wrapW == 0 {
				continue
			}
			g := x.Map.lay.metrics()
			_, tw := n.textBox(n.wrapW, g)
			lines := n.lines
			if len(lines) > 0 && lines[len(lines)-1] == "" {
				lines = lines[:len(lines)-1]
			}
			checkWordBreaks(t, name+" map", n.name(), lines, tw, n.textSize(g).size)
		}
		for _, c := range x.Timeline.cards {
			if c.r == nil || c.r.titleW == 0 {
				continue
			}
			var lines []string
			for _, tx := range c.r.title.texts {
				lines = append(lines, string(tx.text))
			}
			title := c.event().TitleEn
			checkWordBreaks(t, name+" timeline", title, lines, c.r.titleW, c.r.titleSize)
			// A short window keeps titles to two lines (the article needs
			// the room); there a long title may end in "…".
			if last := lines[len(lines)-1]; strings.HasSuffix(last, "…") && !x.Timeline.short {
				t.Errorf("%s: timeline title %q cut to %q", name, title, lines)
			}
		}
	})
}
