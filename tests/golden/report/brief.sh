#!/usr/bin/env bash
# Brief per persona: objections to answer, triggers to lead with, quotes.
. ./_setup.bash
voc-report --format brief --by persona --now 2025-03-15 "$db"
