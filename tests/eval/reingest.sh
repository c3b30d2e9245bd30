#!/bin/sh
# Re-make every holdout set's records.jsonl from its raw files (calls.csv,
# replies.mbox, reviews.jsonl) with this build's voc-ingest, so the sets are
# measured on what the pipeline makes of them today; prints which sets changed.
# usage: tests/eval/reingest.sh BUILD_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
B=${1:?usage: reingest.sh BUILD_DIR}
for s in "$here"/holdout-*; do
  [ -f "$s/calls.csv" ] || continue # a-d: records only
  "$B/voc-ingest" -q "$s/calls.csv" "$s/replies.mbox" "$s/reviews.jsonl" > "$s/records.new"
  if cmp -s "$s/records.new" "$s/records.jsonl"; then
    rm "$s/records.new"
  else
    mv "$s/records.new" "$s/records.jsonl"
    echo "$(basename "$s"): records.jsonl re-made"
  fi
done
