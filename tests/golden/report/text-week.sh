#!/usr/bin/env bash
# --by week keeps weeks in calendar order; the undated document is (no date).
. ./_setup.bash
voc-report --by week --lexicon objection --top 2 --now 2025-03-15 "$db"
