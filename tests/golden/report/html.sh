#!/usr/bin/env bash
# HTML: self-contained page (no URL at all), heat map, bars, trend, quotes, definitions.
. ./_setup.bash
voc-report --format html -o "$tmp/r.html" --now 2025-03-15 "$db" && cat "$tmp/r.html"
if grep -n -i -E "https?:|//[a-z]|src=|<script|<link" "$tmp/r.html"; then echo "external reference in HTML" >&2; exit 1; fi
