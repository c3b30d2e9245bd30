#!/usr/bin/env bash
# Issue 6: a schema-2 database made by voc-load before the store shrank
# (v2-db.sql: tests/golden/report's input, loaded, then sqlite3 .dump) is
# migrated by the next voc-load; reports and voc-dump give what a fresh
# load gives; a reload of the same records converges.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
rep=../report
sqlite3 "$tmp/old.db" <v2-db.sql || exit 1
voc-report --now 2025-03-15 "$tmp/old.db" 2>&1 | sed "s|$tmp|TMP|g"; echo "exit ${PIPESTATUS[0]}"
voc-load "$tmp/old.db" </dev/null 2>&1; echo "exit $?"
sqlite3 "$tmp/old.db" "PRAGMA user_version; PRAGMA integrity_check"
voc-load -q --campaigns $rep/campaigns.csv --lexicons $rep/lexicons "$tmp/new.db" $rep/tagged.jsonl || exit 1
for fmt in text json html brief csv; do
  voc-report --format $fmt --now 2025-03-15 "$tmp/old.db" >"$tmp/old.$fmt"
  voc-report --format $fmt --now 2025-03-15 "$tmp/new.db" >"$tmp/new.$fmt"
  cmp -s "$tmp/old.$fmt" "$tmp/new.$fmt" && echo "report $fmt: as from a fresh load" || diff "$tmp/new.$fmt" "$tmp/old.$fmt"
done
cmp -s "$tmp/old.text" $rep/default.out && echo "report text: same as report/default.out"
voc-dump -q "$tmp/old.db" >"$tmp/old.dump"; voc-dump -q "$tmp/new.db" >"$tmp/new.dump"
cmp -s "$tmp/old.dump" "$tmp/new.dump" && echo "dump: as from a fresh load"
for v in tags doc_categories summary summary_week cooccurrence quotes campaign_overview; do
  a=$(sqlite3 "$tmp/old.db" "SELECT * FROM $v" | sort | md5sum)
  b=$(sqlite3 "$tmp/new.db" "SELECT * FROM $v" | sort | md5sum)
  [ "$a" = "$b" ] && echo "view $v: as from a fresh load" || echo "view $v DIFFERS"
done
echo "-- reload (the content hash changed with schema 3: updated once, then unchanged)"
voc-load "$tmp/old.db" $rep/tagged.jsonl 2>&1 | sed "s|$rep/||"
voc-load "$tmp/old.db" $rep/tagged.jsonl 2>&1 | sed "s|$rep/||"
voc-report --now 2025-03-15 "$tmp/old.db" | cmp -s - $rep/default.out && echo "report text after reloads: same"
