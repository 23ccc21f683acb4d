#!/usr/bin/env bash
# Installs what is missing, then runs every test:
#   1. gofmt and go vet;
#   2. go test -race -tags ci ./...  (engine, widgets and golden images on
#      Fyne's software test driver, all under the race detector; -tags ci
#      makes fyne's app package headless). The race detector slows widget
#      code ~10x: the gui package takes ~15 min here, hence the timeout;
#      the kiosk's 10,000-cycle soak runs without it, in step 3;
#   3. the kiosk soak, without the race detector;
#   4. every benchmark once, so that none rots unnoticed;
#   5. the real-window tests: the cgo/GLFW binary under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh --test

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [[ -n "$unformatted" ]]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet -tags ci ./...
go test -race -tags ci -count=1 -timeout 45m -skip '^TestKioskSoak$' ./...
go test -tags ci -count=1 -run '^TestKioskSoak$' ./gui
go test -tags ci -count=1 -run '^$' -bench . -benchtime 1x ./...
xvfb-run -a -s "-screen 0 1920x1080x24" go test -tags xvfb -count=1 -run RealWindow ./cmd/qiusuo
