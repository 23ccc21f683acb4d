#!/usr/bin/env bash
# Installs what is missing, then opens the explorer on the embedded story.
# Extra arguments go to qiusuo (e.g. scripts/run.sh --present).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
exec go run ./cmd/qiusuo "$@"
