// Package explained checks a list of differences against a file that
// explains each one, for tests that compare two versions of a story (the
// curated links against the auto-linker, the seed imported without its
// story file against the curated story). A difference the file does not
// list fails (a curation slip, or a change to the code); so does a listed
// one that no longer occurs, so the file never goes stale.
//
// The file holds one difference a line, "difference  # reason"; lines
// starting with // are comments.
package explained

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// Check reports, through t, every difference in got that path does not
// explain and every difference path lists that got lacks. With update it
// rewrites path instead: header (comment lines), then got with the
// reasons already given (new ones empty, to be filled in), each
// difference padded to width.
func Check(t testing.TB, path string, got []string, update bool, header []string, width int) {
	t.Helper()
	reasons, listed := read(t, path)
	if update {
		var b strings.Builder
		for _, h := range header {
			b.WriteString("// " + h + "\n")
		}
		for _, d := range got {
			fmt.Fprintf(&b, "%-*s # %s\n", width, d, reasons[d])
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, d := range got {
		r, ok := reasons[d]
		switch {
		case !ok:
			t.Errorf("unexplained difference: %s (fix the cause, or add it with a reason to %s)", d, path)
		case r == "":
			t.Errorf("difference without a reason: %s", d)
		}
	}
	for _, d := range listed {
		if !slices.Contains(got, d) {
			t.Errorf("%s lists %q, which no longer differs: remove it", path, d)
		}
	}
	t.Logf("%d differences, all explained", len(got))
}

// read returns the reasons path gives, by difference (spaces collapsed),
// and the differences in its order. A missing file explains nothing.
func read(t testing.TB, path string) (map[string]string, []string) {
	reasons := map[string]string{}
	var listed []string
	f, err := os.Open(path)
	if err != nil {
		return reasons, nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		diff, reason, _ := strings.Cut(line, "#")
		diff = strings.Join(strings.Fields(diff), " ")
		reasons[diff] = strings.TrimSpace(reason)
		listed = append(listed, diff)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return reasons, listed
}
