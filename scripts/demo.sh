#!/usr/bin/env bash
# Set up, build, run the whole pipeline over fixtures/ into voc-demo.db and
# print the per-persona and per-campaign summary.
#   scripts/demo.sh [DB]     (default: voc-demo.db in the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-deps.sh
build=${VOC_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DVOC_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
export PATH="$PWD/$build:$PATH" VOC_LEXICONS="$PWD/lexicons"
db=${1:-voc-demo.db}
rm -f "$db" "$db-wal" "$db-shm"

echo "== voc-ingest fixtures | voc-tag | voc-load $db" >&2
voc-ingest fixtures/calls.csv fixtures/replies.mbox fixtures/reviews.jsonl |
  voc-tag |
  voc-load --campaigns fixtures/campaigns.csv "$db"
echo >&2
voc-report "$db"
echo >&2
echo "Database: $db   (try: voc-report $db --format brief, --format html -o report.html)" >&2
