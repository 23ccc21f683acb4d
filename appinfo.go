// Package qiusuo describes the application itself — its name, ID and
// version — read from FyneApp.toml, the file Fyne's packaging tools also
// read, so that the version a user sees (qiusuo --version, About) and the
// one in the packages can never disagree.
//
// FyneApp.toml is embedded at compile time, so even a plain `go build`
// knows its version; scripts/release.sh additionally stamps release builds
// (see Stamp), and `qiusuo --version` says "unstamped" for every other build.
package qiusuo

import (
	_ "embed"
	"fmt"
	"runtime/debug"
	"sync"

	"github.com/BurntSushi/toml"
)

//go:embed FyneApp.toml
var fyneAppTOML string

// stamp is set by scripts/release.sh with
// -ldflags "-X github.com/qiusuo/qiusuo.stamp=VERSION" (VERSION read from
// FyneApp.toml): empty in development builds.
var stamp string

// Info is the [Details] table of FyneApp.toml.
type Info struct {
	Name    string
	ID      string
	Version string
	Build   int
	Icon    string
}

// App returns the application's details from FyneApp.toml. The file is
// compiled in, so a malformed one is a build defect and panics (a test
// parses it).
var App = sync.OnceValue(func() Info {
	var f struct{ Details Info }
	if _, err := toml.Decode(fyneAppTOML, &f); err != nil {
		panic("qiusuo: FyneApp.toml: " + err.Error())
	}
	return f.Details
})

// Stamped reports whether scripts/release.sh stamped this binary.
func Stamped() bool { return stamp != "" }

// VersionLine is what `qiusuo --version` prints, e.g.
// "qiusuo 0.1.0 (build 1, commit 79e78a9c2f1d)" for a release build,
// "qiusuo 0.1.0 (unstamped, commit 79e78a9c2f1d-dirty)" for any other.
// The commit comes from the Go toolchain's VCS stamping, when it ran.
func VersionLine() string {
	info := App()
	var detail string
	switch {
	case stamp == "":
		detail = "unstamped"
	case stamp != info.Version:
		// Cannot happen with release.sh; say so rather than pick one.
		detail = fmt.Sprintf("stamped %s, FyneApp.toml says %s", stamp, info.Version)
	default:
		detail = fmt.Sprintf("build %d", info.Build)
	}
	if c := commit(); c != "" {
		detail += ", commit " + c
	}
	return fmt.Sprintf("qiusuo %s (%s)", info.Version, detail)
}

// commit is the VCS revision the toolchain recorded (12 hex digits, with
// "-dirty" for uncommitted changes), or "" when it recorded none (go run,
// go test, builds outside a checkout).
func commit() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" {
		return ""
	}
	return rev + dirty
}
