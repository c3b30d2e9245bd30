#!/usr/bin/env bash
# Fuzz one target (or all) with libFuzzer under ASan+UBSan.
#   scripts/fuzz.sh TARGET MINUTES     e.g. scripts/fuzz.sh csv 30
#   scripts/fuzz.sh all 0.25           every target for 15 seconds (what CI does)
#   scripts/fuzz.sh list               list the targets
# Seeds: tests/fuzz/corpus/TARGET/ (+ fixtures). New inputs go to
# build-fuzz/corpus/TARGET; a crash is copied into tests/fuzz/corpus/TARGET/
# as crash-<sha1>, so it replays in every later ctest run; the script then
# exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
targets() { ls tests/fuzz/fuzz_*.c | sed 's|.*/fuzz_||; s|\.c$||'; }
[ $# -ge 1 ] || { echo "usage: $0 TARGET|all|list MINUTES" >&2; exit 64; }
if [ "$1" = list ]; then targets; exit 0; fi
minutes=${2:-1}
seconds=$(awk -v m="$minutes" 'BEGIN { s = int(m * 60); print (s < 1 ? 1 : s) }')
./scripts/setup-deps.sh
build=build-fuzz
CC=clang cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVOC_FUZZ=ON \
  -DVOC_SANITIZE=ON -DVOC_TESTS=OFF -DVOC_WERROR=ON >/dev/null
if [ "$1" = all ]; then set -- $(targets); else set -- "$1"; fi
cmake --build "$build" -j"$(nproc)" --target $(printf 'fuzz_%s ' "$@") >/dev/null
status=0
for t in "$@"; do
  corpus="$build/corpus/$t"
  rm -rf "$build/artifacts/$t"
  mkdir -p "$corpus" "$build/artifacts/$t"
  seeds=()
  [ -d "tests/fuzz/corpus/$t" ] && seeds+=("tests/fuzz/corpus/$t")
  log="$build/fuzz-$t.log"
  echo "fuzz: $t for ${seconds}s" >&2
  if ! ASAN_OPTIONS=detect_leaks=1 "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" \
      -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$t/" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
    status=1
    echo "fuzz: $t FAILED; see $log" >&2
    tail -30 "$log" >&2
    for a in "$build/artifacts/$t"/*; do
      [ -f "$a" ] || continue
      mkdir -p "tests/fuzz/corpus/$t"
      cp "$a" "tests/fuzz/corpus/$t/crash-$(sha1sum "$a" | cut -c1-16)"
      echo "fuzz: saved $a as a regression case in tests/fuzz/corpus/$t/" >&2
    done
  else
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz: $t ok, $runs runs" >&2
  fi
done
exit $status
