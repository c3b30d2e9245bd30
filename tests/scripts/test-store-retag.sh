#!/usr/bin/env bash
# Store (issue 5): `voc-dump db | voc-tag | voc-load db` with the same
# lexicons changes nothing; with edited lexicons the tags are replaced.
set -u
: "${VOC_BIN:?}" "${VOC_SOURCE_DIR:?}" "${VOC_LEXICONS:?}"
command -v sqlite3 >/dev/null || { echo "sqlite3 CLI missing"; exit 77; }
for p in voc-ingest voc-tag voc-load voc-dump; do
  [ -x "$VOC_BIN/$p" ] || { echo "$p not built"; exit 77; }
done
export PATH="$VOC_BIN:$PATH"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
db=$tmp/voc.db
# A private copy: the lexicons must not change between the two taggings.
cp -r "$VOC_LEXICONS" "$tmp/lex0"
export VOC_LEXICONS=$tmp/lex0
last() { sqlite3 "$db" 'SELECT inserted, updated, unchanged, rejected FROM runs ORDER BY run DESC LIMIT 1'; }
budget() { sqlite3 "$db" "SELECT COUNT(*) FROM doc_categories WHERE lexicon = 'objection' AND category = 'budget'"; }

voc-ingest -q "$VOC_SOURCE_DIR/fixtures/calls.csv" | voc-tag -q | voc-load -q "$db" || fail "pipeline"
n=$(sqlite3 "$db" 'SELECT COUNT(*) FROM documents')
[ "$n" -gt 0 ] || fail "nothing loaded"
sqlite3 "$db" .dump | grep -v '^INSERT INTO runs ' >"$tmp/before"
# Tagged with the default lexicons: their definitions came along.
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM definitions')" -gt 0 ] || fail "no definitions stored"
b0=$(budget)
[ "$b0" -gt 0 ] || fail "fixtures should have budget objections"

voc-dump -q "$db" | voc-tag -q | voc-load -q "$db" || fail "re-tag, same lexicons"
[ "$(last)" = "0|0|$n|0" ] || fail "re-tag with the same lexicons changed documents: $(last)"
sqlite3 "$db" .dump | grep -v '^INSERT INTO runs ' | diff -u "$tmp/before" - >/dev/null || fail "tables changed"

# Drop the budget category: every document is re-tagged, budget disappears.
cp -r "$tmp/lex0" "$tmp/lex"
for f in "$VOC_LEXICONS"/*/objection.lex; do
  lang=$(basename "$(dirname "$f")")
  awk '/^\[/{skip = ($0 ~ /^\[budget\]/)} !skip' "$f" >"$tmp/lex/$lang/objection.lex"
done
voc-dump -q "$db" | voc-tag -q --lexicons "$tmp/lex" | voc-load -q "$db" || fail "re-tag, new lexicons"
[ "$(sqlite3 "$db" 'SELECT inserted, rejected FROM runs ORDER BY run DESC LIMIT 1')" = "0|0" ] || fail "re-tag inserted or rejected"
[ "$(sqlite3 "$db" 'SELECT COUNT(*) FROM documents')" = "$n" ] || fail "document count changed"
[ "$(budget)" = 0 ] || fail "budget still counted after removing the category ($(budget))"
# Without voc-tag in between the tags are gone: voc-load says so.
voc-dump -q "$db" | voc-load -q "$db" 2>"$tmp/err"
grep -q "had no tags field" "$tmp/err" || fail "no warning for untagged records"
[ "$(sqlite3 "$db" "SELECT COUNT(*) FROM tags WHERE category = 'budget'")" = 0 ] || fail "old tags kept"
echo ok
