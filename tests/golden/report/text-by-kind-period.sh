#!/usr/bin/env bash
# --by kind over a window: change against the previous 28 days.
. ./_setup.bash
voc-report --by kind --since 2025-02-17 --until 2025-03-16 --now 2025-03-15 "$db"
