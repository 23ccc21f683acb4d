#!/usr/bin/env bash
# Measures Qiusuo's speed and memory goals, comparing within one run (the
# machines are shared and noisy: ratios, not absolute times, are the goal).
#   1. Go benchmarks: story load + index, search, keywords, reader/widget
#      selection changes, a whole-window selection change.
#   2. Exec → visible window under Xvfb, qiusuo vs a minimal Fyne window
#      (one label), median of 5 runs each, and their peak RSS.
#   3. Peak RSS of `qiusuo story --json`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh --test
out=${BENCH_OUT:-/tmp/qiusuo-bench}
mkdir -p "$out"

echo "== Go benchmarks"
go test -tags ci -run '^$' -bench . -benchtime 200x ./data/... ./gui/ 2>/dev/null | grep -E '^(Benchmark|ok)'

echo "== Builds"
go build -o "$out/qiusuo" ./cmd/qiusuo
tmp=$(mktemp -d -p . .bench-minimal-XXXX)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/main.go" <<'GO'
// A minimal Fyne window (one label) for comparison with qiusuo.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("io.github.qiusuo.minimal")
	w := a.NewWindow("Minimal")
	w.SetContent(widget.NewLabel("Hello"))
	w.Resize(fyne.NewSize(1280, 800))
	w.ShowAndRun()
}
GO
go build -o "$out/minimal" "./$tmp"

echo "== Exec to first settled frame (Xvfb), median of 7; peak RSS over 4 s"
cat > "$out/startup.sh" <<'SH'
#!/usr/bin/env bash
# For each program: the time from exec until its window first shows the
# pixels it settles on (polled with xwd, compared with the window 3 s
# later), median of 7 runs; then its peak RSS over 4 s.
set -u
now() { date +%s%N; }
settle() { # cmd... → ms from exec to the settled first screen
  local t0 pid id stamps=() hashes=() end final i
  t0=$(now)
  "$@" >/dev/null 2>&1 &
  pid=$!
  local give_up=$(( $(now) + 10000000000 ))
  until id=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1) && [ -n "$id" ]; do
    if [ "$(now)" -gt "$give_up" ]; then kill "$pid"; echo "no-window"; return; fi
    sleep 0.002
  done
  end=$(( $(now) + 3000000000 ))
  while [ "$(now)" -lt "$end" ]; do
    stamps+=("$(now)")
    hashes+=("$(xwd -id "$id" -silent 2>/dev/null | md5sum | cut -c1-32)")
  done
  kill "$pid"; wait "$pid" 2>/dev/null
  final=${hashes[-1]}
  i=$(( ${#hashes[@]} - 1 ))
  while [ "$i" -gt 0 ] && [ "${hashes[$((i - 1))]}" = "$final" ]; do i=$((i - 1)); done
  echo $(( (stamps[i] - t0) / 1000000 ))
}
measure() { # name cmd...
  local name=$1; shift
  local times=()
  for i in 1 2 3 4 5 6 7; do times+=("$(settle "$@")"); done
  local med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 4p)
  /usr/bin/time -v -o /tmp/qiusuo-bench-time.txt timeout -s TERM 4 "$@" >/dev/null 2>&1
  local rss=$(awk '/Maximum resident/ {print $6}' /tmp/qiusuo-bench-time.txt)
  echo "$name: ${med} ms to first settled frame (runs: ${times[*]}), peak RSS $((rss / 1024)) MB"
}
measure minimal "$1"
measure qiusuo "$2"
SH
chmod +x "$out/startup.sh"
xvfb-run -a -s "-screen 0 1920x1080x24" "$out/startup.sh" "$out/minimal" "$out/qiusuo" | tee "$out/startup.txt"
awk '/^minimal/ {m=$2; mr=$(NF-1)} /^qiusuo/ {q=$2; qr=$(NF-1)} END {printf "ratio qiusuo/minimal: %.2f (goal ≤ 1.3); RSS difference %d MB (goal ≤ 40)\n", q/m, qr-mr}' "$out/startup.txt"

echo "== qiusuo story --json"
/usr/bin/time -v "$out/qiusuo" story --json 2>&1 >/dev/null | awk '/Maximum resident/ {printf "peak RSS %d MB (goal < 60)\n", $6/1024} /Elapsed/ {print "wall " $NF}'
