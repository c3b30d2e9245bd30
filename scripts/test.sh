#!/usr/bin/env bash
# Set up, build with AddressSanitizer + UBSan and -Werror, run every test:
#   1. ctest: unit (cmocka), golden, script and fuzz-corpus replay tests
#   2. valgrind memcheck over every stage (plain build)
#   3. allocation failures injected at libvoc's allocation sites
#   4. a short libFuzzer run of every fuzz target (VOC_FUZZ_MINUTES, 0.25)
#   scripts/test.sh            everything
#   scripts/test.sh -R golden  only ctest, with these ctest arguments
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-deps.sh || exit 1
build=${VOC_BUILD_DIR:-build-test}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DVOC_WERROR=ON -DVOC_SANITIZE=ON >/dev/null || exit 1
if ! cmake --build "$build" -j"$(nproc)" >"$build.log" 2>&1; then
  grep -E 'error|Error' "$build.log" | head -40
  echo "build failed (full log: $build.log)"
  echo "0 passed, 1 failed"
  exit 1
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@" 2>&1 | tee "$build/ctest.out"
ctest_rc=${PIPESTATUS[0]}
passed=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2 \1/p' "$build/ctest.out" | awk '{print $1 - $2}')
failed=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of.*/\1/p' "$build/ctest.out")
passed=${passed:-0} failed=${failed:-1}
[ "$ctest_rc" != 0 ] && [ "$failed" = 0 ] && failed=1
if [ $# -eq 0 ]; then
  extra() { # name command...: one more check, counted like a test
    echo "== $1"
    if "${@:2}"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1"; fi
  }
  extra valgrind ./scripts/valgrind.sh build-valgrind
  extra alloc-failures ./scripts/alloc-failures.sh build-valgrind
  extra fuzz ./scripts/fuzz.sh all "${VOC_FUZZ_MINUTES:-0.25}"
fi
echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
