#!/usr/bin/env bash
# Measure the lexicons on the labeled dev set: ingest -> tag -> eval.
#   scripts/eval.sh [BUILD_DIR] [-- extra voc-lex eval options, e.g. --verbose]
# BUILD_DIR defaults to $VOC_BIN, else ./build. The data comes from
# $VOC_SHARED/eval-dev (default ../shared/eval-dev next to the repository);
# lexicons from $VOC_LEXICONS (default: the repository's lexicons/).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-${VOC_BIN:-$here/build}}
[ $# -gt 0 ] && shift
[ "${1:-}" = -- ] && shift
shared=${VOC_SHARED:-$here/../shared}
dev=$shared/eval-dev
lex=${VOC_LEXICONS:-$here/lexicons}
for p in voc-ingest voc-tag voc-lex; do
  [ -x "$bin/$p" ] || { echo "eval.sh: $bin/$p not built" >&2; exit 66; }
done
[ -f "$dev/gold.jsonl" ] || { echo "eval.sh: no $dev/gold.jsonl" >&2; exit 66; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin/voc-ingest" -q "$dev/calls.csv" "$dev/replies.mbox" "$dev/reviews.jsonl" >"$tmp/records.jsonl"
"$bin/voc-tag" -q --lexicons "$lex" "$tmp/records.jsonl" >"$tmp/tagged.jsonl"
"$bin/voc-lex" eval "$@" "$dev/gold.jsonl" "$tmp/tagged.jsonl"
