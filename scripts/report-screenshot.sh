#!/usr/bin/env bash
# Render an HTML report in headless Chromium and save a screenshot, to check
# that it looks right (issue 5). Not part of CI: Chromium is big.
#   scripts/report-screenshot.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]
#   scripts/report-screenshot.sh --install ...   install chromium with apt first
# Prints the PNG path; fails when Chromium reports console errors.
set -euo pipefail
install=0
if [ "${1:-}" = --install ]; then install=1; shift; fi
html=${1:?usage: report-screenshot.sh [--install] REPORT.html [OUT.png] [WxH]}
out=${2:-${html%.html}.png}
size=${3:-1400x2000}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  if [ "$install" = 1 ]; then
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get install -y -q chromium >/dev/null
    browser=$(command -v chromium)
  else
    echo "report-screenshot.sh: chromium is not installed (run with --install)" >&2
    exit 77
  fi
fi
# Self-contained: nothing may be fetched (Chromium does not log a blocked
# fetch, so look at the page itself).
if grep -n -i -E '(src|href|action)=["'"'"']?[a-z]*:?//|url\(["'"'"']?[a-z]*:?//|@import' "$html" >&2; then
  echo "report-screenshot.sh: $html refers to the network (above)" >&2
  exit 1
fi
profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
# No network at all: the report must be self-contained.
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run \
  --user-data-dir="$profile" --enable-logging=stderr --v=0 \
  --proxy-server="127.0.0.1:9" --window-size="${size/x/,}" \
  --screenshot="$out" "file://$abs" 2>"$log" || { cat "$log" >&2; exit 1; }
if grep -E 'CONSOLE|Uncaught|ERR_' "$log" | grep -v -E 'dbus|gcm' >&2; then
  echo "report-screenshot.sh: console errors above" >&2
  exit 1
fi
echo "$out"
