#!/usr/bin/env bash
# Four voc-load processes into one database at once, overlapping inputs, and
# a voc-report reading meanwhile: no lost or duplicated document, no
# "database is locked" failure.
set -uo pipefail
: "${VOC_BIN:?}" "${VOC_SOURCE_DIR:?}"
export PATH="$VOC_BIN:$PATH"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
voc-ingest -q "$VOC_SOURCE_DIR/fixtures/calls.csv" "$VOC_SOURCE_DIR/fixtures/reviews.jsonl" |
  voc-tag -q >"$tmp/base.jsonl"
# Four inputs: each has its own ids plus a shared block loaded by all four.
for p in 1 2 3 4; do
  for i in $(seq 1 10); do
    jq -c --arg s "p$p-$i" '.id = (.id + "-" + $s)' "$tmp/base.jsonl"
  done >"$tmp/in$p.jsonl"
  jq -c '.id = (.id + "-shared")' "$tmp/base.jsonl" >>"$tmp/in$p.jsonl"
done
db="$tmp/voc.db"
voc-load -q "$db" </dev/null # create the schema first, as cron's first run would
pids=()
for p in 1 2 3 4; do
  voc-load -q "$db" <"$tmp/in$p.jsonl" 2>"$tmp/err$p" &
  pids+=($!)
done
reports=0
while kill -0 "${pids[0]}" 2>/dev/null || kill -0 "${pids[3]}" 2>/dev/null; do
  voc-report "$db" >/dev/null 2>>"$tmp/report.err" || echo "report failed" >>"$tmp/report.err"
  reports=$((reports + 1))
done
fail=0
for i in 0 1 2 3; do
  wait "${pids[$i]}" || { echo "FAIL: loader $((i + 1)) exited $?"; cat "$tmp/err$((i + 1))"; fail=1; }
done
if grep -qi 'locked\|busy\|failed' "$tmp"/err* "$tmp/report.err" 2>/dev/null; then
  echo "FAIL: lock errors:"; cat "$tmp"/err* "$tmp/report.err"; fail=1
fi
want=$(cat "$tmp"/in*.jsonl | jq -r .id | sort -u | wc -l)
got=$(sqlite3 "$db" 'SELECT count(*) FROM documents')
distinct=$(sqlite3 "$db" 'SELECT count(DISTINCT id) FROM documents')
[ "$got" = "$want" ] && [ "$distinct" = "$want" ] ||
  { echo "FAIL: $got documents ($distinct distinct), want $want"; fail=1; }
echo "concurrency: 4 loaders, $reports reports meanwhile, $got documents (want $want)"
exit $fail
