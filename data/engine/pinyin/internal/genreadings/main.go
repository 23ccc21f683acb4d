// Command genreadings writes the table of character readings that
// package pinyin embeds (data/engine/pinyin/readings.txt), from
// github.com/mozillazg/go-pinyin (MIT) in heteronym mode without tones.
//
// Why not import go-pinyin at run time: its dictionary is a Go map
// literal of ~42,000 entries, built by the package's init in every run
// of the program — measured 36 ms and 1.7 MB before main, on the
// start-up path of a program that wants none of it until someone types
// pinyin. The embedded table is parsed on the first pinyin query
// instead. TestTableMatchesGoPinyin checks it against go-pinyin.
//
// Format: one line per set of characters sharing the same readings, the
// characters, a tab, and the readings in go-pinyin's order (the most
// common first), separated by spaces:
//
//	行	xing hang heng
//
// Run from the repository root:
//
//	go run ./data/engine/pinyin/internal/genreadings
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/qiusuo/qiusuo/data/engine/pinyin/internal/table"
)

func main() {
	out := flag.String("o", "data/engine/pinyin/readings.txt", "output file")
	flag.Parse()
	if err := write(*out, table.Generate()); err != nil {
		fmt.Fprintln(os.Stderr, "genreadings:", err)
		os.Exit(1)
	}
}

// write replaces path atomically: a temporary file in the same
// directory, synced, then renamed.
func write(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".readings-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
