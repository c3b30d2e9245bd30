# Formats are detected from file names and content when --format is omitted.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp xml-rss.in "$tmp/feed.rss"
cp vtt-teams.in "$tmp/call.txt"          # WEBVTT content beats the .txt name
printf "{\"id\": \"e1\",\n \"text\": \"pretty printed\"}\n" >"$tmp/export"  # a { document -> json
printf '{"id":"d1","text":"one"}\n{"id":"d2","text":"two"}\n' >"$tmp/lines.json"  # JSON Lines despite .json
cp csv-basic.in "$tmp/notes.dat"         # a header line with commas -> csv
printf 'Rep: hi\nDana: we need SSO first\n' >"$tmp/call2.txt"
printf 'Just a pasted note. Budget is tight.\n' >"$tmp/note.txt"
for f in feed.rss call.txt export lines.json notes.dat call2.txt note.txt; do
  voc-ingest -q --vendor Rep "$tmp/$f" | jq -c '[.source, .kind, .id]'
done
# --dedupe: the same export under two names comes out once
cp csv-basic.in "$tmp/a.csv"
cp csv-basic.in "$tmp/b.csv"
voc-ingest -q --dedupe "$tmp/a.csv" "$tmp/b.csv" | jq -c '[.source, .id]'
