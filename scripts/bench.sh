#!/usr/bin/env bash
# Measures Qiusuo's speed and memory goals, comparing within one run (the
# machines are shared and noisy: ratios, not absolute times, are the goal).
#   1. Go benchmarks: story load + index, search, keywords, reader/widget
#      selection changes, a whole-window selection change.
#   2. Exec → first settled frame under Xvfb, qiusuo vs a minimal Fyne window
#      (one label), median of 11 interleaved runs (scripts/firstframe), and
#      their peak RSS.
#   3. Peak RSS of `qiusuo story --json`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh --test
out=${BENCH_OUT:-/tmp/qiusuo-bench}
mkdir -p "$out"

echo "== Go benchmarks"
go test -tags "ci ne" -run '^$' -bench . -benchtime 200x ./data/... ./gui/ 2>/dev/null | grep -E '^(Benchmark|ok)'

echo "== Builds"
go build -tags ne -o "$out/qiusuo" ./cmd/qiusuo
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

echo "== Exec to first settled frame (Xvfb), median of 11 interleaved; peak RSS over 4 s"
go build -o "$out/firstframe" ./scripts/firstframe
cat > "$out/startup.sh" <<'SH'
#!/usr/bin/env bash
# usage: startup.sh FIRSTFRAME MINIMAL QIUSUO
# For each program: the time from exec until its window first shows the
# pixels it settles on (watched by scripts/firstframe through XDamage, which
# mostly sleeps, so the observer takes no CPU from the program it times),
# median of 11 runs, interleaved so machine noise hits both alike; then its
# peak RSS over 4 s.
set -u
ff=$1 minimal=$2 qiusuo=$3
settle() { # cmd... → ms from exec to the settled first frame
  local line
  line=$("$ff" -- "$@") || { echo failed; return; }
  echo "${line%% *}"
}
m=() q=()
for i in $(seq 11); do
  m+=("$(settle "$minimal")")
  q+=("$(settle "$qiusuo")")
done
report() { # name cmd times...
  local name=$1 cmd=$2; shift 2
  local med=$(printf '%s\n' "$@" | grep -v failed | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  /usr/bin/time -v -o /tmp/qiusuo-bench-time.txt timeout -s TERM 4 "$cmd" >/dev/null 2>&1
  local rss=$(awk '/Maximum resident/ {print $6}' /tmp/qiusuo-bench-time.txt)
  echo "$name: ${med} ms to first settled frame (runs: $*), peak RSS $((rss / 1024)) MB"
}
report minimal "$minimal" "${m[@]}"
report qiusuo "$qiusuo" "${q[@]}"
SH
chmod +x "$out/startup.sh"
xvfb-run -a -s "-screen 0 1920x1080x24" "$out/startup.sh" "$out/firstframe" "$out/minimal" "$out/qiusuo" | tee "$out/startup.txt"
awk '/^minimal/ {m=$2; mr=$(NF-1)} /^qiusuo/ {q=$2; qr=$(NF-1)} END {printf "ratio qiusuo/minimal: %.2f (goal ≤ 1.3); RSS difference %d MB (goal ≤ 40)\n", q/m, qr-mr}' "$out/startup.txt"

echo "== qiusuo story --json"
/usr/bin/time -v "$out/qiusuo" story --json 2>&1 >/dev/null | awk '/Maximum resident/ {printf "peak RSS %d MB (goal < 60)\n", $6/1024} /Elapsed/ {print "wall " $NF}'
