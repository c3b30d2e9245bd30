#!/bin/sh
# Measure the shipped lexicons on a labeled set with the real pipeline:
#   voc-ingest (calls.csv, replies.mbox, reviews.jsonl) | voc-tag | voc-lex eval
#
# usage: tests/eval/run-eval.sh BUILD_DIR [SET_DIR [GOLD]] [--no-competitor-list] [--md]
#   SET_DIR  default ../shared/eval-dev (gold.jsonl); fixtures/ uses expected.jsonl
#   --no-competitor-list  drop the user-editable "list your competitors here" blocks
#                         of */objection.lex first (measures the generic phrases alone)
#   --md     print markdown tables (tests/eval/score.py) instead of voc-lex eval
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
B=${1:?usage: run-eval.sh BUILD_DIR [SET_DIR [GOLD]] [--no-competitor-list] [--md]}
shift
set_dir=$src/../shared/eval-dev
gold=
nocomp=0
md=0
for a in "$@"; do
  case $a in
    --no-competitor-list) nocomp=1 ;;
    --md) md=1 ;;
    *) if [ -z "${set_given:-}" ]; then set_dir=$a; set_given=1; else gold=$a; fi ;;
  esac
done
[ -n "$gold" ] || { [ -f "$set_dir/gold.jsonl" ] && gold=$set_dir/gold.jsonl || gold=$set_dir/expected.jsonl; }
[ -f "$gold" ] || { echo "run-eval.sh: no gold file in $set_dir" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lex=$src/lexicons
if [ $nocomp = 1 ]; then
  cp -r "$lex" "$tmp/lex"
  for f in "$tmp"/lex/*/objection.lex; do
    awk '/^# --- list your competitors here/{skip=1} !skip{print} /^# --- end of the competitor list/{skip=0}' "$f" > "$f.new"
    mv "$f.new" "$f"
  done
  lex=$tmp/lex
fi
for f in calls.csv replies.mbox reviews.jsonl; do
  "$B/voc-ingest" -q "$set_dir/$f"
done > "$tmp/records.jsonl"
"$B/voc-tag" -q --lexicons "$lex" "$tmp/records.jsonl" > "$tmp/tagged.jsonl"
if [ $md = 1 ]; then
  python3 "$here/score.py" "$gold" "$tmp/tagged.jsonl" --md
else
  "$B/voc-lex" eval "$gold" "$tmp/tagged.jsonl"
fi
