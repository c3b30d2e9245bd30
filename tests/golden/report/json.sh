#!/usr/bin/env bash
# JSON for scripts: persona x campaign groups, two quotes each, period with change.
. ./_setup.bash
voc-report --format json --by persona,campaign --top 2 --since 2025-02-17 --until 2025-03-16 --now 2025-03-15 "$db"
