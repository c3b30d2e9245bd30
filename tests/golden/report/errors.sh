#!/usr/bin/env bash
# Usage and input errors: exit codes and messages (temp paths shown as TMP).
. ./_setup.bash
run() { "$@" 2>&1 | sed "s|$tmp|TMP|g"; echo "exit ${PIPESTATUS[0]}"; }
run voc-report --by region "$db"
run voc-report --since 2025-02-30 "$db"
run voc-report --format pdf "$db"
run voc-report "$tmp/missing.db"
: >"$tmp/empty.db"
run voc-report "$tmp/empty.db"
run voc-report --persona nobody --now x "$db"
