#!/usr/bin/env bash
# Installs what is missing, then opens the explorer on the embedded story.
# Extra arguments go to qiusuo (e.g. scripts/run.sh --present).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
# -tags ne: leave out gse's embedded dictionaries (~32 MB) that Qiusuo
# never loads; every build does this (see scripts/release.sh).
exec go run -tags "ne no_emoji" ./cmd/qiusuo "$@"
