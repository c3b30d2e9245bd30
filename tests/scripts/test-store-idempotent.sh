#!/usr/bin/env bash
# Store (issue 5): loading the same input twice leaves every table identical
# (sqlite3 .dump minus the runs rows); --skip-loaded skips known files; the
# database is created mode 0600 whatever the umask; two loads at once both
# succeed (busy timeout); a newer schema is refused.
set -u
: "${VOC_BIN:?}" "${VOC_SOURCE_DIR:?}"
command -v sqlite3 >/dev/null || { echo "sqlite3 CLI missing"; exit 77; }
export PATH="$VOC_BIN:$PATH"
src=$VOC_SOURCE_DIR/tests/golden/report
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
db=$tmp/voc.db
snapshot() { sqlite3 "$db" .dump | grep -v '^INSERT INTO runs '; }

umask 022
voc-load -q --campaigns "$src/campaigns.csv" --lexicons "$src/lexicons" "$db" "$src/tagged.jsonl" || fail "first load"
snapshot >"$tmp/one"
[ "$(grep -c '^INSERT INTO documents' "$tmp/one")" = 16 ] || fail "expected 16 documents"
voc-load -q --campaigns "$src/campaigns.csv" --lexicons "$src/lexicons" "$db" "$src/tagged.jsonl" || fail "second load"
snapshot >"$tmp/two"
diff -u "$tmp/one" "$tmp/two" || fail "tables changed on the second load"
[ "$(sqlite3 "$db" 'SELECT inserted, updated, unchanged FROM runs ORDER BY run DESC LIMIT 1')" = "0|0|16" ] ||
  fail "second run should count 16 unchanged"

# --skip-loaded: a known file is not read at all (0 read), a new one is.
voc-load -q --skip-loaded "$db" "$src/tagged.jsonl" || fail "skip-loaded"
[ "$(sqlite3 "$db" 'SELECT nread FROM runs ORDER BY run DESC LIMIT 1')" = 0 ] || fail "known file was read again"
head -3 "$src/tagged.jsonl" | sed 's/"n-10/"x-10/g' >"$tmp/new.jsonl"
voc-load -q --skip-loaded "$db" "$src/tagged.jsonl" "$tmp/new.jsonl" || fail "skip-loaded with a new file"
[ "$(sqlite3 "$db" 'SELECT nread, inserted FROM runs ORDER BY run DESC LIMIT 1')" = "3|3" ] || fail "new file not loaded"
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM sources')" = 2 ] || fail "sources should list 2 files"
snapshot >"$tmp/three"
voc-load -q "$db" "$tmp/new.jsonl" || fail "reload new file"
snapshot >"$tmp/four"
diff -u "$tmp/three" "$tmp/four" || fail "sources or documents changed on reload"

# Mode 0600, even with a permissive umask; the WAL file too.
for u in 000 022 077; do
  rm -f "$tmp/m.db"*
  (umask $u && voc-load -q "$tmp/m.db" "$src/tagged.jsonl") || fail "load with umask $u"
  mode=$(stat -c %a "$tmp/m.db")
  [ "$mode" = 600 ] || fail "umask $u: database mode $mode, want 600"
  for f in "$tmp/m.db-wal" "$tmp/m.db-shm"; do
    [ -e "$f" ] && { m=$(stat -c %a "$f"); [ "$m" = 600 ] || fail "$f mode $m"; }
  done
done

# Reports quote customers: a new report file is 0600 too.
(umask 022 && voc-report --format html -o "$tmp/r.html" "$db") || fail "report -o"
[ "$(stat -c %a "$tmp/r.html")" = 600 ] || fail "report mode $(stat -c %a "$tmp/r.html"), want 600"

# Two loads at the same time: the busy timeout makes the second one wait.
rm -f "$tmp/c.db"*
voc-load -q "$tmp/c.db" </dev/null || fail "create"
for i in 1 2 3 4 5 6; do sed "s/\"n-1/\"c$i-/g" "$src/tagged.jsonl"; done >"$tmp/big.jsonl"
voc-load -q --batch 1 "$tmp/c.db" "$tmp/big.jsonl" & p1=$!
voc-load -q --batch 1 "$tmp/c.db" "$src/tagged.jsonl" & p2=$!
wait $p1 || fail "concurrent load 1"
wait $p2 || fail "concurrent load 2"
[ "$(sqlite3 "$tmp/c.db" 'SELECT COUNT(*) FROM documents')" = 112 ] || fail "concurrent loads lost documents"

# A database from a newer voc is refused, not damaged.
sqlite3 "$db" 'PRAGMA user_version = 99'
voc-load -q "$db" </dev/null 2>"$tmp/err"; rc=$?
[ $rc != 0 ] && grep -q 'newer than this program' "$tmp/err" || fail "newer schema accepted (rc $rc)"
echo ok
