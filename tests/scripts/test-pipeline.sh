#!/usr/bin/env bash
# End to end over fixtures/: ingest | norm | tag | load and the short path
# ingest | tag | load give the same tags; a second load changes nothing;
# the report has rows per persona and per campaign.
set -euo pipefail
: "${VOC_BIN:?}" "${VOC_SOURCE_DIR:?}"
export PATH="$VOC_BIN:$PATH"
fx="$VOC_SOURCE_DIR/fixtures"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs=("$fx/calls.csv" "$fx/replies.mbox" "$fx/reviews.jsonl")

voc-ingest -q "${inputs[@]}" >"$tmp/records.jsonl"
voc-norm -q <"$tmp/records.jsonl" | voc-tag -q >"$tmp/long.jsonl"
voc-tag -q <"$tmp/records.jsonl" >"$tmp/short.jsonl"

# Same tags and personas either way (tokens/sentences exist only on the long path).
tags() { jq -c '{id, persona, lexicon_version, tags}' "$1"; }
if ! command -v jq >/dev/null; then
  tags() { python3 -c 'import json,sys
for l in open(sys.argv[1]):
    r=json.loads(l); print(json.dumps({k:r.get(k) for k in ("id","persona","lexicon_version","tags")}, sort_keys=True))' "$1"; }
fi
tags "$tmp/long.jsonl" >"$tmp/long.tags"
tags "$tmp/short.jsonl" >"$tmp/short.tags"
if ! cmp -s "$tmp/long.tags" "$tmp/short.tags"; then
  echo "FAIL: voc-norm | voc-tag and voc-tag give different tags:"
  diff "$tmp/long.tags" "$tmp/short.tags" | head -20
  exit 1
fi
n=$(wc -l <"$tmp/short.jsonl")
[ "$n" -gt 50 ] || { echo "FAIL: only $n records from the fixtures"; exit 1; }
ntags=$(grep -c '"negated":false' "$tmp/short.jsonl" || true)
[ "$ntags" -gt 20 ] || { echo "FAIL: only $ntags records with a counted tag"; exit 1; }

# Load twice: the second load changes no document.
voc-load -q "$tmp/voc.db" <"$tmp/short.jsonl"
dump1=$(sqlite3 "$tmp/voc.db" 'SELECT count(*) FROM documents; SELECT count(*) FROM tags;')
voc-load -q "$tmp/voc.db" <"$tmp/long.jsonl"
dump2=$(sqlite3 "$tmp/voc.db" 'SELECT count(*) FROM documents; SELECT count(*) FROM tags;')
[ "$dump1" = "$dump2" ] || { echo "FAIL: second load changed counts: $dump1 vs $dump2"; exit 1; }
[ "$(sqlite3 "$tmp/voc.db" 'SELECT count(*) FROM documents')" -eq "$n" ] ||
  { echo "FAIL: documents table does not hold the $n records"; exit 1; }

# The report has a row per persona and per campaign seen in the data.
voc-report "$tmp/voc.db" >"$tmp/report.txt"
for want in sales_leader it_leader finance unknown "Free Trial 30d" "Partner Referral Program"; do
  grep -q -- "$want" "$tmp/report.txt" || { echo "FAIL: report lacks '$want'"; cat "$tmp/report.txt"; exit 1; }
done
echo "pipeline: $n records, both paths agree, reload idempotent, report ok"
