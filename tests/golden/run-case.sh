#!/usr/bin/env bash
# Run one golden case and compare byte for byte.
#   <case>.in   stdin for voc-<stage> (stage = the folder name)
#   <case>.args arguments, one per line (optional); "@DIR@" is the case folder
#   <case>.sh   instead of .in: a script run with the programs on PATH
#   <case>.out  expected stdout;  <case>.err expected stderr (optional)
#   <case>.rc   expected exit code (optional, default 0)
# VOC_UPDATE_GOLDEN=1 rewrites the expected files from the actual output.
set -u
dir=$(cd "$(dirname "$1")" && pwd)
case_file=$dir/$(basename "$1")
base=${case_file%.*}
stage=$(basename "$dir")
: "${VOC_BIN:?VOC_BIN must name the build directory}"
export PATH="$VOC_BIN:$PATH" LC_ALL=C.UTF-8 TZ=UTC
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$dir"
if [ "${case_file##*.}" = sh ]; then
  bash "$case_file" >"$tmp/out" 2>"$tmp/err"
  rc=$?
else
  args=()
  if [ -f "$base.args" ]; then
    while IFS= read -r a || [ -n "$a" ]; do
      [ -n "$a" ] && args+=("${a//@DIR@/$dir}")
    done <"$base.args"
  fi
  "voc-$stage" "${args[@]}" <"$case_file" >"$tmp/out" 2>"$tmp/err"
  rc=$?
fi
want_rc=0
[ -f "$base.rc" ] && want_rc=$(cat "$base.rc")
if [ "${VOC_UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$tmp/out" "$base.out"
  [ -f "$base.err" ] && cp "$tmp/err" "$base.err"
  [ "$rc" != 0 ] && echo "$rc" >"$base.rc"
  exit 0
fi
fail=0
if ! cmp -s "$tmp/out" "$base.out"; then
  echo "stdout differs from $base.out:"; diff -u "$base.out" "$tmp/out" | head -40; fail=1
fi
if [ -f "$base.err" ] && ! cmp -s "$tmp/err" "$base.err"; then
  echo "stderr differs from $base.err:"; diff -u "$base.err" "$tmp/err" | head -20; fail=1
fi
if [ "$rc" != "$want_rc" ]; then
  echo "exit code $rc, expected $want_rc"; cat "$tmp/err" | head -20; fail=1
fi
exit $fail
