#!/usr/bin/env bash
# Allocation-failure injection: run each stage over fixtures/ once per
# allocation site of voc's own code (sampled to at most VOC_ALLOC_POINTS per
# stage, default 150), with that allocation failing. Every run must end with
# a clean status (0, 65, 70 or 74) and a message, never a crash or a hang.
#   scripts/alloc-failures.sh [BUILD_DIR]   (a build without sanitizers)
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-valgrind}
if [ ! -x "$build/voc-tag" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVOC_TESTS=OFF >/dev/null &&
    cmake --build "$build" -j"$(nproc)" >/dev/null || exit 1
fi
shim="$build/failmalloc.so"
cc -shared -fPIC -O1 -o "$shim" tests/faultinject/failmalloc.c -ldl || exit 1
export VOC_LEXICONS="$PWD/lexicons" LC_ALL=C.UTF-8 TZ=UTC
points=${VOC_ALLOC_POINTS:-150}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fx=fixtures
"$build/voc-ingest" -q $fx/calls.csv $fx/reviews.jsonl >"$tmp/records.jsonl"
"$build/voc-tag" -q <"$tmp/records.jsonl" >"$tmp/tagged.jsonl"
"$build/voc-load" -q "$tmp/base.db" <"$tmp/tagged.jsonl"

# stage name, stdin file, command...
run_stage() {
  local name=$1 input=$2; shift 2
  local total
  total=$(VOC_FAIL_COUNT=1 LD_PRELOAD="$shim" "$@" <"$input" 2>&1 >/dev/null |
          sed -n 's/^failmalloc: \([0-9]*\) allocations$/\1/p' | tail -1)
  [ -n "$total" ] && [ "$total" -gt 0 ] || { echo "alloc: $name: could not count allocations"; return 1; }
  local step=$(( total / points )); [ "$step" -lt 1 ] && step=1
  local bad=0 runs=0 n
  for ((n = 1; n <= total; n += step)); do
    runs=$((runs + 1))
    rm -f "$tmp/t.db" "$tmp/t.db-wal" "$tmp/t.db-shm"; cp "$tmp/base.db" "$tmp/t.db"
    VOC_FAIL_AT=$n LD_PRELOAD="$shim" timeout 60 "$@" <"$input" >/dev/null 2>"$tmp/err"
    local rc=$?
    case $rc in
      0|65|70|74) ;;
      *) echo "alloc: $name: failing allocation $n/$total: exit $rc"; tail -3 "$tmp/err"; bad=$((bad + 1)) ;;
    esac
  done
  echo "alloc: $name: $runs of $total allocation sites failed in turn, $bad bad exits"
  [ $bad = 0 ]
}
fail=0
run_stage voc-ingest /dev/null "$build/voc-ingest" -q $fx/calls.csv $fx/replies.mbox $fx/reviews.jsonl || fail=1
run_stage voc-norm "$tmp/records.jsonl" "$build/voc-norm" -q || fail=1
run_stage voc-tag "$tmp/records.jsonl" "$build/voc-tag" -q || fail=1
run_stage voc-load "$tmp/tagged.jsonl" "$build/voc-load" -q "$tmp/t.db" || fail=1
run_stage voc-report /dev/null "$build/voc-report" "$tmp/t.db" --format html || fail=1
exit $fail
