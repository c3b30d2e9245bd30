#!/usr/bin/env bash
# CSV: one row per group x category, RFC 4180 quoting (a sales owner with a comma).
. ./_setup.bash
voc-report --format csv --by campaign --now 2025-03-15 "$db"
