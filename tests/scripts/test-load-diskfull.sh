#!/usr/bin/env bash
# Disk full and read-only database: voc-load gives a clear error and exit 74,
# and the database is left consistent (integrity_check ok, no partial batch).
# Uses a private mount namespace (a small tmpfs, a read-only bind mount);
# skips (77) where this machine does not allow one.
set -uo pipefail
: "${VOC_BIN:?}" "${VOC_SOURCE_DIR:?}"
export PATH="$VOC_BIN:$PATH"
unshare -m true 2>/dev/null || { echo "skip: no mount namespaces here"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
voc-ingest -q "$VOC_SOURCE_DIR/fixtures/calls.csv" "$VOC_SOURCE_DIR/fixtures/reviews.jsonl" |
  voc-tag -q >"$tmp/base.jsonl"
for i in $(seq 1 30); do jq -c --arg s "$i" '.id = (.id + "-" + $s)' "$tmp/base.jsonl"; done >"$tmp/big.jsonl"
mkdir -p "$tmp/full" "$tmp/ro"
export tmp
unshare -m bash -s <<'INNER'
set -u
fail=0
mount -t tmpfs -o size=160k tmpfs "$tmp/full" || exit 77
voc-load -q "$tmp/full/voc.db" <"$tmp/big.jsonl" 2>"$tmp/full.err"
rc=$?
[ "$rc" = 74 ] || { echo "FAIL: disk full: exit $rc, want 74"; cat "$tmp/full.err"; fail=1; }
grep -qiE 'full|space' "$tmp/full.err" || { echo "FAIL: disk full: unclear message:"; cat "$tmp/full.err"; fail=1; }
if [ -f "$tmp/full/voc.db" ]; then
  ic=$(sqlite3 "$tmp/full/voc.db" 'PRAGMA integrity_check' 2>&1 | head -1)
  [ "$ic" = ok ] || { echo "FAIL: disk full: integrity_check: $ic"; fail=1; }
fi
umount "$tmp/full" 2>/dev/null; mount -t tmpfs -o size=64m tmpfs "$tmp/full" || exit 1
# Read-only: load once, then make the folder read-only and load more.
voc-load -q "$tmp/ro/voc.db" <"$tmp/base.jsonl" || { echo "FAIL: first load"; fail=1; }
sqlite3 "$tmp/ro/voc.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
before=$(sqlite3 "$tmp/ro/voc.db" 'SELECT count(*) FROM documents')
mount --bind -o ro "$tmp/ro" "$tmp/ro" || exit 77
voc-load -q "$tmp/ro/voc.db" <"$tmp/big.jsonl" 2>"$tmp/ro.err"
rc=$?
[ "$rc" = 74 ] || { echo "FAIL: read-only: exit $rc, want 74"; cat "$tmp/ro.err"; fail=1; }
grep -qiE 'read-only|readonly|permission|cannot' "$tmp/ro.err" || { echo "FAIL: read-only: unclear message:"; cat "$tmp/ro.err"; fail=1; }
after=$(sqlite3 "file:$tmp/ro/voc.db?mode=ro&immutable=1" 'SELECT count(*) FROM documents')
[ "$before" = "$after" ] || { echo "FAIL: read-only database changed: $before -> $after"; fail=1; }
ic=$(sqlite3 "file:$tmp/ro/voc.db?mode=ro&immutable=1" 'PRAGMA integrity_check')
[ "$ic" = ok ] || { echo "FAIL: read-only: integrity $ic"; fail=1; }
[ $fail = 0 ] && echo "disk full and read-only: exit 74 with a clear message, database consistent"
exit $fail
INNER
