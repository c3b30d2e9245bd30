# Column lookups are resolved once per file: a second file with the columns
# in another order (and other names) must be read by its own header.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'id,title,text\n1,CFO,first file\n2,CTO,first file again\n' >"$tmp/a.csv"
printf 'comments,job_title,note_id,campaign\nsecond file,VP Sales,9,Spring\n' >"$tmp/b.csv"
voc-ingest -q "$tmp/a.csv" "$tmp/b.csv" "$tmp/a.csv"
