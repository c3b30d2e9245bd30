#!/usr/bin/env bash
# --campaign and --kind filter the documents; lift is still against all documents.
. ./_setup.bash
voc-report --campaign "Q1 Webinar" --kind call_note --by persona --now 2025-03-15 "$db"
