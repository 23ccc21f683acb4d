package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain lets a test run this test binary as the qiusuo command itself
// (QIUSUO_RUN_MAIN=1): package initialisation, Fyne's included, then
// happens exactly as in the real binary, which the in-process run() tests
// cannot show.
func TestMain(m *testing.M) {
	if os.Getenv("QIUSUO_RUN_MAIN") == "1" {
		os.Args = append(os.Args[:1], strings.Fields(os.Getenv("QIUSUO_ARGS"))...)
		main()
	}
	os.Exit(m.Run())
}

// runMain runs qiusuo ARGS in a child process with the given locale
// variables (and no others), returning its exit status and output.
func runMain(t *testing.T, locale []string, args string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = []string{"QIUSUO_RUN_MAIN=1", "QIUSUO_ARGS=" + args, "HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	cmd.Env = append(cmd.Env, locale...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String(), errOut.String()
}

// TestCLIQuietStderr: successful commands print nothing on stderr whatever
// the locale, the C locales of containers, cron and CI included (Fyne's
// lang init used to log "Error parsing user locale C" three lines long).
func TestCLIQuietStderr(t *testing.T) {
	locales := [][]string{
		nil, {"LANG="}, {"LANG=C"}, {"LANG=C.UTF-8"}, {"LANG=C.utf8"}, {"LANG=POSIX"},
		{"LC_ALL=C.UTF-8"}, {"LC_MESSAGES=C.UTF-8", "LANG=zh_CN.UTF-8"}, {"LANG=zh_CN.UTF-8"},
		{"LANG=en_US.UTF-8", "LANGUAGE=en_US:en"},
	}
	for _, loc := range locales {
		for _, args := range []string{"story", "version", "search 杭州", "keywords --top 3"} {
			code, out, errOut := runMain(t, loc, args)
			if code != 0 || errOut != "" || out == "" {
				t.Errorf("env %q, qiusuo %s: exit %d, stdout %d bytes, stderr %q", loc, args, code, len(out), errOut)
			}
		}
	}
}

// TestVersionCommand: both spellings print one line with FyneApp.toml's
// version.
func TestVersionCommand(t *testing.T) {
	for _, arg := range []string{"version", "--version"} {
		code, out, errOut := runCLI(arg)
		if code != 0 || errOut != "" || !strings.HasPrefix(out, "qiusuo 0.") || strings.Count(out, "\n") != 1 {
			t.Errorf("qiusuo %s: exit %d, stdout %q, stderr %q", arg, code, out, errOut)
		}
	}
}
