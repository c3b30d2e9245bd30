#!/usr/bin/env bash
# Install the Debian packages voc needs to build, test and run its demo.
# Idempotent: installs only what is missing and says nothing when all is present.
set -euo pipefail

pkgs=(
  build-essential cmake pkg-config
  libicu-dev libstemmer-dev libxml2-dev libcjson-dev libsqlite3-dev
  libgmime-3.0-dev libcmocka-dev
  sqlite3 jq
  clang libclang-rt-14-dev valgrind   # fuzzing (libFuzzer) and memcheck in tests
)

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup-deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
