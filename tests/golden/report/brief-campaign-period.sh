#!/usr/bin/env bash
# Brief per campaign with change against the previous period.
. ./_setup.bash
voc-report --format brief --by campaign --since 2025-02-17 --until 2025-03-16 --top 2 --now 2025-03-15 "$db"
