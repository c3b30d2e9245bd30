# Sourced by the report golden cases (*.sh): a fresh database loaded from the
# hand-tagged tagged.jsonl, campaigns.csv and the small lexicons/ (for labels
# and descriptions), so these outputs don't move when the real lexicons do.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/voc.db
voc-load -q --campaigns campaigns.csv --lexicons lexicons "$db" tagged.jsonl || exit 1
