#!/usr/bin/env bash
# A malformed JSON line in the middle of a stream: every record-stream stage
# reports it with its line number, writes it to --rejects, processes the rest
# and exits 65; read = written + rejected.
set -uo pipefail
: "${VOC_BIN:?}"
export PATH="$VOC_BIN:$PATH"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/in.jsonl" <<'JSONL'
{"id":"n1","kind":"call_note","text":"Way too expensive for us, no budget this year."}
{"id":"n2","kind":"call_note","text":"broken line
{"id":"n3","kind":"call_note","text":"We need CFO sign-off before anything moves."}
JSONL
fail=0
for stage in voc-norm voc-tag; do
  rm -f "$tmp/rej"
  "$stage" --rejects "$tmp/rej" "$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  [ "$rc" = 65 ] || { echo "FAIL: $stage exit $rc, want 65"; fail=1; }
  grep -q "in.jsonl:2:" "$tmp/err" || { echo "FAIL: $stage did not name line 2:"; cat "$tmp/err"; fail=1; }
  [ "$(wc -l <"$tmp/out")" = 2 ] || { echo "FAIL: $stage wrote $(wc -l <"$tmp/out") records, want 2"; fail=1; }
  grep -q '^{"id":"n2","kind":"call_note","text":"broken line$' "$tmp/rej" ||
    { echo "FAIL: $stage rejects file lacks the raw line"; cat "$tmp/rej"; fail=1; }
  grep -q '3 read, 2 written, 1 rejected' "$tmp/err" || { echo "FAIL: $stage counts:"; cat "$tmp/err"; fail=1; }
done
# voc-load goes on too and stores the two good records.
voc-load "$tmp/db" --rejects "$tmp/rej2" <"$tmp/in.jsonl" 2>"$tmp/err"
rc=$?
[ "$rc" = 65 ] || { echo "FAIL: voc-load exit $rc, want 65"; cat "$tmp/err"; fail=1; }
[ "$(sqlite3 "$tmp/db" 'SELECT count(*) FROM documents')" = 2 ] || { echo "FAIL: voc-load stored wrong count"; fail=1; }
[ $fail = 0 ] && echo "malformed stream: every stage rejected line 2 and went on"
exit $fail
