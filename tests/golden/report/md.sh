#!/usr/bin/env bash
# Markdown to paste: objections only, persona and campaign sections, definitions.
. ./_setup.bash
voc-report --format md --lexicon objection --now 2025-03-15 "$db"
