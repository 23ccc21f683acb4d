// Command gendict regenerates the trimmed segmentation dictionary that
// Qiusuo embeds (data/engine/dict/zh.txt) and its stop-word list.
//
// gse's full embedded dictionary costs ~2 s and ~300 MB to load and links
// every dictionary gse ships (Japanese included, +32 MB of binary), and
// LoadDict("zh") only works where the Go module cache exists. Qiusuo keeps
// the N most frequent words of gse's simplified-Chinese dictionary instead
// (measured: top 50k words keep word-level F1 ≈ 0.90 against the full
// dictionary) and adds the story's own lexicon at run time.
//
// Run from the repository root:
//
//	go run ./data/engine/internal/gendict -n 50000
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	n := flag.Int("n", 50000, "number of most frequent words to keep")
	out := flag.String("o", "data/engine/dict", "output directory")
	flag.Parse()
	if err := run(*n, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

func run(n int, out string) error {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		return fmt.Errorf("locating gse in the module cache: %w", err)
	}
	src := filepath.Join(strings.TrimSpace(string(dir)), "data", "dict", "zh")
	type entry struct {
		line string
		freq float64
	}
	f, err := os.Open(filepath.Join(src, "s_1.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	var entries []entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		freq, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			continue
		}
		entries = append(entries, entry{strings.Join(fields, " "), freq})
	}
	if err := sc.Err(); err != nil {
		return err
	}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].freq > entries[j].freq })
	if n < len(entries) {
		entries = entries[:n]
	}
	var b strings.Builder
	for _, e := range entries {
		b.WriteString(e.line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(out, "zh.txt"), []byte(b.String()), 0o644); err != nil {
		return err
	}
	stop, err := os.ReadFile(filepath.Join(src, "stop_tokens.txt"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "stop_tokens.txt"), stop, 0o644); err != nil {
		return err
	}
	fmt.Printf("kept %d words (%d bytes) from %s\n", len(entries), b.Len(), src)
	return nil
}
