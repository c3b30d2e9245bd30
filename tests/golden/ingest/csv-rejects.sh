# Rejected rows go verbatim to --rejects with their reason; the run goes on.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
voc-ingest -q --rejects "$tmp/rejects" csv-malformed.in
echo "rc=$?"
cat "$tmp/rejects"
