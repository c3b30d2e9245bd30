#!/bin/sh
# Tag every labeled set we have (dev from $VOC_SHARED or ../shared/eval-dev, and
# tests/eval/holdout-*) with one build and one lexicon folder; print the micro
# figures per set, then the per-rule precision over all of them (rule-stats.py).
# usage: tests/eval/all-sets.sh BUILD_DIR [LEXDIR] [-- rule-stats options, e.g. --all]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
B=${1:?usage: all-sets.sh BUILD_DIR [LEXDIR] [-- rule-stats options]}
shift
L=$src/lexicons
if [ $# -gt 0 ] && [ "$1" != -- ]; then L=$1; shift; fi
[ "${1:-}" = -- ] && shift
shared=${VOC_SHARED:-$src/../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
specs=
if [ -f "$shared/eval-dev/gold.jsonl" ]; then
  d=$shared/eval-dev
  "$B/voc-ingest" -q "$d/calls.csv" "$d/replies.mbox" "$d/reviews.jsonl" > "$tmp/dev.in"
  "$B/voc-tag" -q --lexicons "$L" "$tmp/dev.in" > "$tmp/dev.out"
  specs="dev=$tmp/dev.out:$d/gold.jsonl"
fi
for s in "$here"/holdout-*; do
  n=$(basename "$s" | sed 's/holdout-//')
  "$B/voc-tag" -q --lexicons "$L" "$s/records.jsonl" > "$tmp/$n.out"
  specs="$specs $n=$tmp/$n.out:$s/gold.jsonl"
done
for spec in $specs; do
  n=${spec%%=*}; f=${spec#*=}
  python3 "$here/score.py" "${f#*:}" "${f%%:*}" | awk -v n="$n" '
    /^objection/ {l="objections"} /^trigger/ {l="triggers"}
    /^micro/ {printf "%-4s %-10s P %s R %s F1 %s\n", n, l, $5, $6, $7}'
done
# shellcheck disable=SC2086
python3 "$here/rule-stats.py" --lexicons "$L" "$@" $specs
