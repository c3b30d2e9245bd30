#!/usr/bin/env bash
# The shipped lexicons are clean (voc-lex check: no errors) and every inline
# example holds (voc-lex test).
set -u
: "${VOC_BIN:?VOC_BIN must name the build directory}"
src=${VOC_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
lex=$src/lexicons
ls "$lex"/*/*.lex >/dev/null 2>&1 || { echo "no shipped lexicons yet"; exit 77; }
fail=0
if ! out=$("$VOC_BIN/voc-lex" check --lexicons "$lex"); then
  echo "voc-lex check failed:"; echo "$out"; fail=1
else
  echo "$out" | tail -1
fi
if ! out=$("$VOC_BIN/voc-lex" test --lexicons "$lex"); then
  echo "voc-lex test failed:"; echo "$out"; fail=1
else
  echo "$out" | tail -1
fi
exit $fail
