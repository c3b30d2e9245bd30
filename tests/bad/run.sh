#!/usr/bin/env bash
# The malformed-input suite. Each line of cases.tsv is
#   name <TAB> command <TAB> rc <TAB> message (an ERE that stderr or stdout must match)
# where command runs with the programs on PATH from tests/bad/ ("inputs/x"
# names a committed input; "@BIG@" a 100 MB single-line file made here).
# Every case must finish within 10 s, exit with rc, print a matching message,
# and, when the stage prints its counts, have read = written + rejected.
#   tests/bad/run.sh            run the suite
#   tests/bad/run.sh --show     print what each case does now (to write cases)
set -uo pipefail
: "${VOC_BIN:?}"
cd "$(dirname "$0")"
export PATH="$VOC_BIN:$PATH" LC_ALL=C.UTF-8 TZ=UTC
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A 100 MB single line, made on demand (not committed).
big="$tmp/big.csv"
{ printf 'note_id,note\r\nB1,"'; head -c 100000000 /dev/zero | tr '\0' 'x'; printf '"\r\nB2,too expensive\r\n'; } >"$big"
bigj="$tmp/big.jsonl"
{ printf '{"id":"a","text":"'; head -c 100000000 /dev/zero | tr '\0' 'x'; printf '"}\n{"id":"b","text":"no budget"}\n'; } >"$bigj"
show=0; [ "${1:-}" = --show ] && show=1
pass=0 failn=0
while IFS=$'\t' read -r name cmd want_rc want_msg; do
  [ -z "$name" ] || [ "${name#\#}" != "$name" ] && continue
  cmd=${cmd//@BIG@/$big}; cmd=${cmd//@BIGJ@/$bigj}; cmd=${cmd//@DB@/$tmp/$name.db}; cmd=${cmd//@OUT@/$tmp/$name.out}
  start=$(date +%s%N)
  timeout 10 bash -c "$cmd" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  counts=$(grep -oE '[0-9]+ read, [0-9]+ written, [0-9]+ rejected' "$tmp/err" | tail -1)
  if [ $show = 1 ]; then
    printf '%s\trc=%s\t%sms\t%s\t%s\n' "$name" "$rc" "$ms" "$counts" "$(grep -v ' read, ' "$tmp/err" | head -2 | tr '\n' '|' | cut -c1-160)"
    continue
  fi
  why=""
  [ "$rc" = 124 ] && why="timed out"
  [ -z "$why" ] && ! [[ $rc =~ ^($want_rc)$ ]] && why="exit $rc, want $want_rc"
  [ -z "$why" ] && [ -n "$want_msg" ] && ! grep -qE -- "$want_msg" "$tmp/err" "$tmp/out" && why="output does not match /$want_msg/"
  if [ -z "$why" ] && [ -n "$counts" ]; then
    read -r r _ w _ j _ <<<"${counts//,/}"
    [ "$r" -eq $((w + j)) ] || why="counts do not add up: $counts"
  fi
  if [ -n "$why" ]; then
    echo "FAIL $name: $why"; head -5 "$tmp/err" | sed 's/^/    /'
    failn=$((failn + 1))
  else
    pass=$((pass + 1))
  fi
done <cases.tsv
[ $show = 1 ] && exit 0
echo "malformed-input suite: $pass passed, $failn failed"
[ $failn = 0 ]
