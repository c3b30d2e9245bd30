#!/usr/bin/env bash
# Set up, build with AddressSanitizer + UBSan and -Werror, run every test.
#   scripts/test.sh            full suite
#   scripts/test.sh -R golden  pass extra arguments to ctest
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup-deps.sh
build=${VOC_BUILD_DIR:-build-test}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DVOC_WERROR=ON -DVOC_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)" 2>&1 | grep -vE '^\[ *[0-9]+%\]|^Consolidate|^Scanning' || true
# The build's exit status, not grep's: fail loudly when it did not build.
cmake --build "$build" -j"$(nproc)" >/dev/null
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@"
