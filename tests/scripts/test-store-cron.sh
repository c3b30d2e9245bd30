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

# Issue 6: nothing new, same database, campaigns and lexicons: the reports
# are not rendered again (and the log says so); a changed campaigns file, a
# missing report or a load outside cron renders them again.
cp "$fx/campaigns.csv" "$tmp/campaigns.csv"
run() { bash "$cron" -i "$tmp/inbox" -d "$db" -o "$tmp/out" -c "$tmp/campaigns.csv" || fail "run $1"; }
skipped() { tail -n 3 "$tmp/out/voc-cron.log" | grep -q "reports not re-rendered"; }
run a
skipped && fail "changed campaigns file: reports should be rendered"
touch -d '2000-01-01' "$tmp/out/report.txt"
run b
skipped || fail "nothing changed: reports should not be rendered again"
[ "$(stat -c %Y "$tmp/out/report.txt")" = "$(date -d 2000-01-01 +%s)" ] || fail "report.txt rewritten"
printf 'Spring Push,Ann Example,Bob Example\n' >>"$tmp/campaigns.csv"
run c
skipped && fail "campaigns changed: reports should be rendered"
grep -q "Spring Push" "$tmp/out/report.json" || fail "new campaign not in the report"
rm "$tmp/out/brief.md"
run d
skipped && fail "a missing report should be rendered"
[ -s "$tmp/out/brief.md" ] || fail "brief.md not written again"
voc-load -q "$db" "$VOC_SOURCE_DIR/tests/golden/report/tagged.jsonl" 2>/dev/null ||
  "$VOC_BIN/voc-load" -q "$db" "$VOC_SOURCE_DIR/tests/golden/report/tagged.jsonl" || fail "load outside cron"
run e
skipped && fail "database loaded outside cron: reports should be rendered"
run f
skipped || fail "second run after the load should skip"

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
