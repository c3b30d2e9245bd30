#!/usr/bin/env bash
# voc-tag writes records from a line scan (voc_jline) instead of a cJSON
# tree. Its output must be what the tree path (VOC_TAG_TREE=1: parse,
# voc_tagger_apply, voc_record_write) writes:
#  - byte for byte on records as our stages write them (voc-ingest output,
#    records with tokens from voc-norm, records already tagged);
#  - on any other record (spaces, escapes, 1.0, duplicate keys, raw control
#    characters) the same record once re-read: tree(line(x)) = tree(x);
#  - with the same rejects, messages and exit status;
#  - and records with tokens (voc-norm) get the same tags as without.
# Inputs: fixtures through voc-ingest, a generated corpus, the held-out
# sets, the dev set when $VOC_SHARED has it, and edge cases below.
set -uo pipefail
: "${VOC_BIN:?}" "${VOC_SOURCE_DIR:?}"
export PATH="$VOC_BIN:$PATH" LC_ALL=C.UTF-8
src=$VOC_SOURCE_DIR
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a snapshot: the lexicons may be edited while this runs
cp -r "$src/lexicons" "$tmp/lex"
lex=$tmp/lex
fail=0
bad() { echo "FAIL: $*"; fail=1; }

line() { voc-tag -q --lexicons "$lex" "$@"; }
tree() { VOC_TAG_TREE=1 voc-tag -q --lexicons "$lex" "$@"; }

# ---- inputs
fx=$src/fixtures
voc-ingest -q "$fx/calls.csv" "$fx/replies.mbox" "$fx/reviews.jsonl" \
  "$fx/reviews.json" "$fx/note.eml" "$fx/feed.xml" >"$tmp/fixtures.jsonl" 2>/dev/null
python3 "$src/scripts/gen-corpus.py" --format records --size 1M --seed 7 \
  -o "$tmp/generated.jsonl" || bad "gen-corpus"
cat "$src"/tests/eval/holdout-*/records.jsonl >"$tmp/holdouts.jsonl" 2>/dev/null
sets=(fixtures generated holdouts)
dev=${VOC_SHARED:+$VOC_SHARED/eval-dev}
if [ -n "$dev" ] && [ -f "$dev/calls.csv" ]; then
  voc-ingest -q "$dev/calls.csv" "$dev/replies.mbox" "$dev/reviews.jsonl" \
    >"$tmp/dev.jsonl" 2>/dev/null && sets+=(dev)
fi
# Edge cases: fields voc-tag owns present, null, empty, of another type or
# twice; escapes and spaces; lines only cJSON reads; rejects.
cat >"$tmp/edge.jsonl" <<'JSONL'
{"id":"e1","text":"We have no budget this year.","lang":null}
{"id":"e2","text":"Way too expensive for us.","lang":"","persona":""}
{"id":"e3","tags":[{"x":1}],"text":"Pricing is too high","title":"VP Sales","persona":null,"lexicon_version":"old"}
{"id":"e4","text":"Too expensive.","text":"second","lang":"en","lang":"de","tags":1,"tags":2}
{ "id" : "e5" , "text" : "Caf\u00e9 is \"too\" expensive\/pricey\nno budget" , "n": 1.0, "m": [1e2, -0] }
{"id":"e6","text":"no budget","k\u0065y":1,"te\u0078t":"x","\"q":2}
{"id":"e7","text":5}
{"id":"e8"}
{"id":"e9","text":null}
{"id":"e10","text":"raw	tab, too expensive"}
{"id":"e11","text":"\ud83d\ude00 no budget \u0000 after","persona":"cfo"}
{"id":"e12","text":"Das ist zu teuer.","lang":5,"title":"CFO"}
{"id":"e13","text":"broken
[1,2]
{"id":"e14","text":"We cannot afford it.","tokens":null}
{"id":"e15","text":"We cannot afford it.","tokens":"x"}
{"id":"e16","text":"abc","tokens":[[0,3,"abc"]],"sentences":null}
{"id":"e17","text":"abc","tokens":[[0,3,"abc"]],"sentences":[[0,3]],"lang":""}
{"id":"e18","text":"abc","tokens":[[0,4,"abc"]]}
{"id":"e19","text":"abc","tokens":[[0.0,3e0,"abc"]],"title":"Head of Sales"}
{"id":"e20","text":"too expensive","tags":[]}  	
	{"id":"e21","text":"","lang":"fr"}
{"id":"e22","text":"Nous n'avons pas de budget.","lang":"fr-CA","persona":"x"}
{"id":"e23","text":"x","nested":{"a":[{"b":{"c":[[[]]]}}]},"e":{}}
JSONL
printf '{"id":"e24","text":"caf\xe9 too expensive"}\n\xef\xbb\xbf{"id":"e25","text":"bom"}\n{"id":"e26","text":"nul\0byte"}\n' >>"$tmp/edge.jsonl"
sets+=(edge)
# Lines only cJSON reads: they go through its re-print, so they come out
# byte for byte as on the tree path (a number past DBL_MAX as null, too).
printf '%s\n' '{"id":"f1","text":"raw	tab, too expensive"}' \
  '{"id":"f2","text":"x \u0000 cut","n":01}' '{"id":"f3","text":"no budget","n":1e999999,"m":[-1E400]}' \
  '{"id":"f4","text":"ok","deep":[[[[1e309]]]]}' >"$tmp/fallback.jsonl"
printf '\xef\xbb\xbf{"id":"f5","text":"bom"}\n' >>"$tmp/fallback.jsonl"
sets+=(fallback)

# ---- checks
for s in "${sets[@]}"; do
  in=$tmp/$s.jsonl
  [ -s "$in" ] || { bad "$s: no input"; continue; }
  line --rejects "$tmp/$s.lrej" "$in" >"$tmp/$s.line" 2>"$tmp/$s.lerr"
  lrc=$?
  tree --rejects "$tmp/$s.trej" "$in" >"$tmp/$s.tree" 2>"$tmp/$s.terr"
  trc=$?
  [ $lrc = $trc ] || bad "$s: exit $lrc, tree path $trc"
  cmp -s "$tmp/$s.lerr" "$tmp/$s.terr" || { bad "$s: messages differ"; diff "$tmp/$s.lerr" "$tmp/$s.terr" | head -5; }
  if [ -e "$tmp/$s.lrej" ] || [ -e "$tmp/$s.trej" ]; then
    cmp -s "$tmp/$s.lrej" "$tmp/$s.trej" || bad "$s: rejects differ"
  fi
  # the same records once re-read
  tree "$tmp/$s.line" >"$tmp/$s.again" 2>/dev/null
  cmp -s "$tmp/$s.again" "$tmp/$s.tree" || { bad "$s: tree(line(x)) != tree(x)"; cmp "$tmp/$s.again" "$tmp/$s.tree"; }
  # records already tagged, as voc-tag writes them: byte for byte
  line "$tmp/$s.tree" >"$tmp/$s.retag" 2>/dev/null
  cmp -s "$tmp/$s.retag" "$tmp/$s.tree" || { bad "$s: re-tagging changed records"; cmp "$tmp/$s.retag" "$tmp/$s.tree"; }
  # records with tokens: byte for byte against the tree path, and the same
  # tags, persona and language as without tokens
  voc-norm -q "$in" >"$tmp/$s.norm" 2>/dev/null
  line "$tmp/$s.norm" >"$tmp/$s.nline" 2>/dev/null
  tree "$tmp/$s.norm" >"$tmp/$s.ntree" 2>/dev/null
  cmp -s "$tmp/$s.nline" "$tmp/$s.ntree" || { bad "$s: with tokens, line != tree"; cmp "$tmp/$s.nline" "$tmp/$s.ntree"; }
  [ "$s" = edge ] && continue # its hand-written tokens are the point there
  tree "$in" 2>/dev/null | python3 -c '
import json, sys
a = [json.loads(l) for l in open(sys.argv[1])]
b = [json.loads(l) for l in sys.stdin]
k = ("id", "lang", "tags", "persona", "lexicon_version")
pick = lambda r: [r.get(x) for x in k]
bad = [x["id"] for x, y in zip(a, b) if pick(x) != pick(y)]
if len(a) != len(b) or bad:
    print("records differ with and without tokens:", len(a), len(b), bad[:5])
    sys.exit(1)' "$tmp/$s.nline" || bad "$s: tokens change the tags"
done
# from voc-ingest, without tokens, and lines only cJSON reads: byte for byte
for s in fixtures dev fallback; do
  [ -s "$tmp/$s.line" ] || continue
  cmp -s "$tmp/$s.line" "$tmp/$s.tree" || { bad "$s: line != tree"; cmp "$tmp/$s.line" "$tmp/$s.tree"; }
done
# the edge cases are read at all (the check is not vacuous)
n=$(wc -l <"$tmp/edge.line")
[ "$n" -ge 18 ] || bad "edge: only $n records written"
[ $fail = 0 ] && echo "voc-tag: line scan = tree path on ${sets[*]}"
exit $fail
