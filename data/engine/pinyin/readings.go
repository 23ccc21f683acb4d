package pinyin

import (
	_ "embed"
	"strings"
	"sync"
)

// readingsTable is every character's readings, generated from
// github.com/mozillazg/go-pinyin by internal/genreadings (which says why
// the program does not link go-pinyin itself).
//
//go:embed readings.txt
var readingsTable string

// readings is the parsed table: ~42,000 characters, parsed on the first
// pinyin index (a few milliseconds), never at start-up.
var readings = sync.OnceValue(func() map[rune][]string {
	m := make(map[rune][]string, 42000)
	for line := range strings.Lines(readingsTable) {
		chars, rd, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			continue
		}
		list := strings.Fields(rd) // shared by every character of the line
		for _, r := range chars {
			m[r] = list
		}
	}
	return m
})

// Readings returns every toneless reading of r (行: xing, hang …), the
// most common first, with ü as v (绿: lv); nil for anything that is not
// a Han character.
func Readings(r rune) []string {
	if r < 0x2E80 {
		return nil
	}
	return readings()[r]
}
