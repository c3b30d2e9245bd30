#!/usr/bin/env bash
# Run every stage over fixtures/ under valgrind memcheck (plain build, no
# sanitizers). Fails on any memory error or definite/indirect leak.
#   scripts/valgrind.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-deps.sh
build=${1:-build-valgrind}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVOC_TESTS=OFF -DVOC_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)" >"$build.log" 2>&1 || { tail -30 "$build.log"; exit 1; }
export VOC_LEXICONS="$PWD/lexicons" LC_ALL=C.UTF-8 TZ=UTC
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
vg() { # vg NAME CMD...: run under memcheck, stdin/stdout passed through
  local name=$1; shift
  valgrind -q --error-exitcode=99 --leak-check=full \
    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
    --log-file="$tmp/vg-$name.log" "$@"
  local rc=$?
  if [ -s "$tmp/vg-$name.log" ] || [ "$rc" = 99 ]; then
    echo "valgrind: $name: memory errors or leaks:" >&2
    cat "$tmp/vg-$name.log" >&2
    return 1
  fi
  return 0
}
fx=fixtures
b=$build
fail=0
vg ingest "$b/voc-ingest" -q $fx/calls.csv $fx/replies.mbox $fx/reviews.jsonl $fx/feed.xml $fx/transcript.vtt \
  >"$tmp/records.jsonl" || fail=1
vg norm "$b/voc-norm" -q <"$tmp/records.jsonl" >"$tmp/normed.jsonl" || fail=1
vg tag "$b/voc-tag" -q <"$tmp/normed.jsonl" >"$tmp/tagged.jsonl" || fail=1
vg tag-short "$b/voc-tag" -q <"$tmp/records.jsonl" >/dev/null || fail=1
vg load "$b/voc-load" -q --campaigns $fx/campaigns.csv "$tmp/voc.db" <"$tmp/tagged.jsonl" || fail=1
vg load-again "$b/voc-load" -q "$tmp/voc.db" <"$tmp/tagged.jsonl" || fail=1
for f in text md csv json brief html; do
  vg "report-$f" "$b/voc-report" "$tmp/voc.db" --format "$f" >/dev/null || fail=1
done
vg dump "$b/voc-dump" "$tmp/voc.db" >/dev/null || fail=1
vg lex-check "$b/voc-lex" check >/dev/null || fail=1
vg lex-explain "$b/voc-lex" explain "Way too expensive, but the SOC 2 report helps." >/dev/null || fail=1
[ $fail = 0 ] && echo "valgrind: all stages clean (memcheck, no definite or indirect leaks)"
exit $fail
