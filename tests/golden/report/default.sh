#!/usr/bin/env bash
# Default report: per persona and per campaign text tables, undescribed campaigns named.
. ./_setup.bash
voc-report --now 2025-03-15 "$db"
