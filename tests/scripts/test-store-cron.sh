#!/usr/bin/env bash
# scripts/voc-cron.sh (issue 5): loads new export files once, writes the
# reports, logs; a second run finds nothing new; a new file is picked up;
# a run waits for the lock and gives up with exit 3.
set -u
: "${VOC_BIN:?}" "${VOC_SOURCE_DIR:?}"
command -v flock >/dev/null || { echo "flock missing"; exit 77; }
command -v sqlite3 >/dev/null || { echo "sqlite3 CLI missing"; exit 77; }
for p in voc-ingest voc-tag voc-load voc-report; do
  [ -x "$VOC_BIN/$p" ] || { echo "$p not built"; exit 77; }
done
export VOC_BIN
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; cat "$tmp/out/voc-cron.log" 2>/dev/null; exit 1; }
cron=$VOC_SOURCE_DIR/scripts/voc-cron.sh
fx=$VOC_SOURCE_DIR/fixtures
mkdir "$tmp/inbox"
cp "$fx/calls.csv" "$tmp/inbox/"
cp "$fx/reviews.jsonl" "$tmp/inbox/"
db=$tmp/voc.db
docs() { sqlite3 "$db" 'SELECT COUNT(*) FROM documents'; }

bash "$cron" -i "$tmp/inbox" -d "$db" -o "$tmp/out" -c "$fx/campaigns.csv" || fail "first run"
for f in report.html report.txt brief.md report.json voc-cron.log; do
  [ -s "$tmp/out/$f" ] || fail "$f missing"
done
grep -q "2 files, 2 new" "$tmp/out/voc-cron.log" || fail "log should say 2 new"
n1=$(docs)
[ "$n1" -gt 0 ] || fail "nothing loaded"
[ "$(stat -c %a "$db")" = 600 ] || fail "database not 0600"
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM campaigns')" -gt 0 ] || fail "campaigns not loaded"

bash "$cron" -i "$tmp/inbox" -d "$db" -o "$tmp/out" || fail "second run"
grep -q "2 files, 0 new" "$tmp/out/voc-cron.log" || fail "second run should find nothing new"
[ "$(docs)" = "$n1" ] || fail "second run changed the documents"

cp "$fx/replies.mbox" "$tmp/inbox/"
bash "$cron" -i "$tmp/inbox" -d "$db" -o "$tmp/out" || fail "third run"
grep -q "3 files, 1 new" "$tmp/out/voc-cron.log" || fail "third run should find 1 new"
[ "$(docs)" -gt "$n1" ] || fail "new file not loaded"

# Someone holds the lock: wait 1 s, give up with 3.
flock "$db.lock" sleep 5 & holder=$!
sleep 0.5
bash "$cron" -i "$tmp/inbox" -d "$db" -o "$tmp/out" -w 1; rc=$?
kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
[ "$rc" = 3 ] || fail "locked run exited $rc, want 3"
grep -q "giving up" "$tmp/out/voc-cron.log" || fail "lock timeout not logged"
echo ok
