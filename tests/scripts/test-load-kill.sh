#!/usr/bin/env bash
# Crash safety: kill voc-load with SIGKILL at random moments (VOC_KILL_RUNS,
# default 50). After every kill PRAGMA integrity_check must be ok; re-running
# the load must converge to exactly what a clean run gives (voc-dump output
# and the summary tables).
set -uo pipefail
: "${VOC_BIN:?}" "${VOC_SOURCE_DIR:?}"
export PATH="$VOC_BIN:$PATH"
runs=${VOC_KILL_RUNS:-50}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A few thousand tagged records, so a load takes long enough to be hit.
voc-ingest -q "$VOC_SOURCE_DIR/fixtures/calls.csv" "$VOC_SOURCE_DIR/fixtures/reviews.jsonl" |
  voc-tag -q >"$tmp/base.jsonl"
for i in $(seq 1 40); do
  jq -c --arg s "$i" '.id = (.id + "-" + $s)' "$tmp/base.jsonl"
done >"$tmp/in.jsonl"

state() { # what must be identical: documents as records, and the summaries
  voc-dump "$1" | sort
  for t in $(sqlite3 "$1" "SELECT name FROM sqlite_master WHERE type IN ('table','view') AND name LIKE 'summary%' ORDER BY name"); do
    echo "== $t"; sqlite3 "$1" "SELECT * FROM \"$t\"" | sort
  done
}

voc-load -q "$tmp/clean.db" <"$tmp/in.jsonl" || { echo "FAIL: clean load"; exit 1; }
state "$tmp/clean.db" >"$tmp/clean.state"
start=$(date +%s%N)
voc-load -q "$tmp/timing.db" <"$tmp/in.jsonl"
load_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$load_ms" -lt 20 ] && load_ms=20

fail=0 killed=0
RANDOM=42
for r in $(seq 1 "$runs"); do
  db="$tmp/kill.db"
  voc-load -q "$db" <"$tmp/in.jsonl" 2>/dev/null &
  pid=$!
  delay_ms=$(( RANDOM % load_ms ))
  sleep "$(printf '0.%03d' "$delay_ms")"
  kill -KILL "$pid" 2>/dev/null && killed=$((killed + 1))
  wait "$pid" 2>/dev/null
  if [ -f "$db" ]; then
    ic=$(sqlite3 "$db" 'PRAGMA integrity_check' 2>&1)
    [ "$ic" = ok ] || { echo "FAIL: run $r: integrity_check: $ic"; fail=1; }
  fi
  # Every few kills, finish the load and compare with the clean database.
  if [ $((r % 10)) = 0 ] || [ "$r" = "$runs" ]; then
    voc-load -q "$db" <"$tmp/in.jsonl" || { echo "FAIL: run $r: reload failed"; fail=1; }
    state "$db" >"$tmp/kill.state"
    cmp -s "$tmp/clean.state" "$tmp/kill.state" ||
      { echo "FAIL: run $r: reload did not converge"; diff "$tmp/clean.state" "$tmp/kill.state" | head; fail=1; }
    rm -f "$db" "$db-wal" "$db-shm"
  fi
done
echo "kill test: $runs runs, $killed killed mid-load (load takes ~${load_ms} ms), integrity ok and converged: $([ $fail = 0 ] && echo yes || echo NO)"
exit $fail
