#!/bin/sh
# Tag every labeled set we have (dev from $VOC_SHARED or ../shared/eval-dev, the
# project's fixtures, and tests/eval/holdout-*) with one build and one lexicon folder; print the micro
# figures per set, then the per-rule precision over all of them (rule-stats.py).
# usage: tests/eval/all-sets.sh BUILD_DIR [LEXDIR] [-- rule-stats options, e.g. --all]
# VOC_EVAL_SKIP="j k" leaves those holdout sets out (a set kept unseen while tuning);
# VOC_EVAL_ONLY="e h" runs only those (dev is named dev, the fixtures fx).
# VOC_EVAL_KEEP=DIR keeps the tagged files there (NAME.out, NAME.in for dev and fx) and writes
# DIR/specs, the NAME=TAGGED:GOLD:RECORDS arguments for misses.py.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
B=${1:?usage: all-sets.sh BUILD_DIR [LEXDIR] [-- rule-stats options]}
shift
L=$src/lexicons
if [ $# -gt 0 ] && [ "$1" != -- ]; then L=$1; shift; fi
[ "${1:-}" = -- ] && shift
shared=${VOC_SHARED:-$src/../shared}
if [ -n "${VOC_EVAL_KEEP:-}" ]; then
  tmp=$VOC_EVAL_KEEP
  mkdir -p "$tmp"
  : > "$tmp/specs"
else
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
fi
keep() { [ -n "${VOC_EVAL_KEEP:-}" ] && printf '%s\n' "$1" >> "$tmp/specs"; return 0; }
specs=
skip=" ${VOC_EVAL_SKIP:-} "
only=${VOC_EVAL_ONLY:-}
wanted() {
  case "$skip" in *" $1 "*) return 1 ;; esac
  [ -z "$only" ] && return 0
  case " $only " in *" $1 "*) return 0 ;; esac
  return 1
}
if [ -f "$shared/eval-dev/gold.jsonl" ] && wanted dev; then
  d=$shared/eval-dev
  "$B/voc-ingest" -q "$d/calls.csv" "$d/replies.mbox" "$d/reviews.jsonl" > "$tmp/dev.in"
  "$B/voc-tag" -q --lexicons "$L" "$tmp/dev.in" > "$tmp/dev.out"
  specs="dev=$tmp/dev.out:$d/gold.jsonl"
  keep "dev=$tmp/dev.out:$d/gold.jsonl:$tmp/dev.in"
fi
if [ -f "$src/fixtures/expected.jsonl" ] && wanted fx; then
  f=$src/fixtures
  "$B/voc-ingest" -q "$f/calls.csv" "$f/replies.mbox" "$f/reviews.jsonl" > "$tmp/fx.in"
  "$B/voc-tag" -q --lexicons "$L" "$tmp/fx.in" > "$tmp/fx.out"
  specs="$specs fx=$tmp/fx.out:$f/expected.jsonl"
  keep "fx=$tmp/fx.out:$f/expected.jsonl:$tmp/fx.in"
fi
for s in "$here"/holdout-*; do
  n=$(basename "$s" | sed 's/holdout-//')
  wanted "$n" || continue
  "$B/voc-tag" -q --lexicons "$L" "$s/records.jsonl" > "$tmp/$n.out"
  specs="$specs $n=$tmp/$n.out:$s/gold.jsonl"
  keep "$n=$tmp/$n.out:$s/gold.jsonl:$s/records.jsonl"
done
for spec in $specs; do
  n=${spec%%=*}; f=${spec#*=}
  python3 "$here/score.py" "${f#*:}" "${f%%:*}" | awk -v n="$n" '
    /^objection/ {l="objections"} /^trigger/ {l="triggers"}
    /^micro/ {tp = $2; fp = $3; fn = $4
      p = tp + fp ? tp / (tp + fp) : 0; r = tp + fn ? tp / (tp + fn) : 0
      f = p + r ? 2 * p * r / (p + r) : 0
      printf "%-4s %-10s P %.3f R %.3f F1 %.3f  (TP %d FP %d FN %d)\n", n, l, p, r, f, tp, fp, fn}'
done
# shellcheck disable=SC2086
python3 "$here/rule-stats.py" --lexicons "$L" "$@" $specs
