#!/usr/bin/env bash
# The HTML report renders in headless Chromium without console errors and
# gives a non-trivial screenshot (issue 5). Skips when Chromium is not
# installed (it is not a test dependency: scripts/report-screenshot.sh
# --install adds it).
set -u
: "${VOC_BIN:?}" "${VOC_SOURCE_DIR:?}"
command -v chromium >/dev/null || command -v chromium-browser >/dev/null ||
  { echo "chromium not installed"; exit 77; }
export PATH="$VOC_BIN:$PATH"
src=$VOC_SOURCE_DIR/tests/golden/report
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
voc-load -q --campaigns "$src/campaigns.csv" --lexicons "$src/lexicons" "$tmp/voc.db" "$src/tagged.jsonl" || fail "load"
voc-report --format html -o "$tmp/r.html" "$tmp/voc.db" || fail "report"
bash "$VOC_SOURCE_DIR/scripts/report-screenshot.sh" "$tmp/r.html" "$tmp/r.png" 1400x2000 >/dev/null ||
  fail "chromium reported errors"
size=$(stat -c %s "$tmp/r.png")
[ "$size" -gt 50000 ] || fail "screenshot only $size bytes: blank page?"
# A page that asks the network must be caught.
sed 's|<style>|<link rel="stylesheet" href="https://example.com/x.css"><style>|' "$tmp/r.html" >"$tmp/bad.html"
bash "$VOC_SOURCE_DIR/scripts/report-screenshot.sh" "$tmp/bad.html" "$tmp/bad.png" 2>/dev/null &&
  fail "external stylesheet not detected"
echo ok
