#!/usr/bin/env bash
# Installs what is missing, then runs every test:
#   1. gofmt and go vet;
#   2. go test -tags ci ./...  (engine, widgets and golden images on Fyne's
#      software test driver; -tags ci makes fyne's app package headless);
#   3. every benchmark once, so that none rots unnoticed;
#   4. under the race detector, the explorer built on a second goroutine as
#      at start-up (TestPrepareOffMain);
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
go test -tags ci -count=1 ./...
go test -tags ci -count=1 -run '^$' -bench . -benchtime 1x ./...
go test -race -tags ci -count=1 -run PrepareOffMain ./gui
xvfb-run -a -s "-screen 0 1920x1080x24" go test -tags xvfb -count=1 -run RealWindow ./cmd/qiusuo
