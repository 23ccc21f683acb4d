package qiusuo

import (
	"regexp"
	"strings"
	"testing"
)

func TestAppInfo(t *testing.T) {
	info := App()
	if info.Name != "Qiusuo" || info.ID != "io.github.qiusuo.qiusuo" || info.Build < 1 {
		t.Fatalf("FyneApp.toml [Details] = %+v", info)
	}
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(info.Version) {
		t.Fatalf("Version %q is not MAJOR.MINOR.PATCH (Fyne's packager needs that)", info.Version)
	}
}

func TestVersionLine(t *testing.T) {
	defer func(s string) { stamp = s }(stamp)
	v := App().Version
	stamp = ""
	if got := VersionLine(); !strings.HasPrefix(got, "qiusuo "+v+" (unstamped") {
		t.Errorf("unstamped: %q", got)
	}
	stamp = v
	if got := VersionLine(); !strings.HasPrefix(got, "qiusuo "+v+" (build ") {
		t.Errorf("stamped: %q", got)
	}
	stamp = "9.9.9"
	if got := VersionLine(); !strings.Contains(got, "stamped 9.9.9, FyneApp.toml says "+v) {
		t.Errorf("mismatched stamp: %q", got)
	}
}
