package pinyin

import (
	"slices"
	"testing"

	"github.com/qiusuo/qiusuo/data/engine/pinyin/internal/table"
)

// TestTableMatchesGoPinyin checks the embedded table is go-pinyin's
// readings, character for character (regenerate it with genreadings
// after updating go-pinyin).
func TestTableMatchesGoPinyin(t *testing.T) {
	if string(table.Generate()) == readingsTable {
		return
	}
	bad := 0
	for _, r := range table.Chars() {
		if want := table.Readings(r); !slices.Equal(Readings(r), want) && bad < 10 {
			t.Errorf("%c: table %v, go-pinyin %v", r, Readings(r), want)
			bad++
		}
	}
	t.Fatal("readings.txt is out of date: go run ./data/engine/pinyin/internal/genreadings")
}
