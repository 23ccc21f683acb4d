// Package quietlocale keeps Fyne from logging "Fyne error: Error parsing
// user locale C" on every run in the C locale (LANG=C.UTF-8, as in
// containers, cron and CI), so that successful CLI commands print nothing
// on stderr.
//
// Why a package of its own: the message comes from the init function of
// fyne.io/fyne/v2/lang, which runs before main. go-locale turns
// LANG=C.UTF-8 into the tag "C", which golang.org/x/text cannot parse (a bare
// "C" or "POSIX" it treats as no locale at all, silently). This package's
// init rewrites such a value to the bare "C" — the same locale without a
// codeset, which Go ignores anyway — and Restore puts the original back once
// every package is initialised.
//
// Why its init runs first: since Go 1.21 the spec fixes package
// initialisation order: packages sorted by import path, and at each step the
// first one whose imports are all initialised goes next. This package
// imports only os. Fyne's lang package imports log, which imports os too and
// sorts after "github.com/…", so by the time log can be initialised this
// package is ready and comes first; lang can only follow log. The
// stderr test in cmd/qiusuo (TestCLIQuietStderr) fails if that ever changes.
//
// Import it for its side effect from the main package, first:
//
//	import _ "github.com/qiusuo/qiusuo/cmd/qiusuo/internal/quietlocale"
package quietlocale

import "os"

// saved is the variable rewritten at init and its original value.
var saved struct {
	name, value string
}

func init() {
	// go-locale reads the first non-empty of these (the gettext order).
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if base := language(v); (base == "C" || base == "POSIX") && v != base {
			saved.name, saved.value = name, v
			os.Setenv(name, base)
		}
		return
	}
}

// language is a POSIX locale name without its ".codeset" and "@modifier".
func language(v string) string {
	for i, r := range v {
		if r == '.' || r == '@' {
			return v[:i]
		}
	}
	return v
}

// Restore puts back the locale variable that init rewrote, so child
// processes (a browser, a file opener) see the user's environment unchanged.
// Call it at the start of main.
func Restore() {
	if saved.name != "" {
		os.Setenv(saved.name, saved.value)
		saved.name = ""
	}
}
