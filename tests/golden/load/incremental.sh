#!/usr/bin/env bash
# Load, reload, change: counts per run, documents, counted categories, and
# rejects (bad JSON, no id, tags not an array, tag without lexicon).
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
db=$tmp/voc.db
voc-load "$db" v1.jsonl 2>&1; echo "exit $?"
voc-load "$db" v1.jsonl 2>&1; echo "exit $?"
voc-load --rejects "$tmp/rej" "$db" v2.jsonl 2>&1; echo "exit $?"
echo "-- rejects file"; cat "$tmp/rej"
echo "-- runs"
sqlite3 "$db" "SELECT run, inputs, nread, inserted, updated, unchanged, rejected, finished IS NOT NULL FROM runs"
echo "-- documents"
sqlite3 "$db" "SELECT doc, id, kind, day, week, quote(campaign), persona, quote(rating), run FROM documents ORDER BY doc"
echo "-- tags"
sqlite3 "$db" "SELECT d.id, t.seq, t.lexicon, t.category, t.negated, t.excluded, t.question FROM tags t JOIN documents d USING (doc) ORDER BY d.id, t.seq"
echo "-- counted categories"
sqlite3 "$db" "SELECT d.id, c.lexicon, c.category, c.evidence FROM doc_categories c JOIN documents d USING (doc) ORDER BY 1, 2, 3"
echo "-- schema version"
sqlite3 "$db" "PRAGMA user_version; PRAGMA journal_mode"
