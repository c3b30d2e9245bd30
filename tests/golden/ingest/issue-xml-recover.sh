# A broken XML item goes to --rejects as written and the items after it are
# still read (each on its own inside its ancestors' tags, so namespace
# prefixes resolve); items the parser had read ahead before an error
# between items are not lost. Nothing is dropped silently.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/reviews.xml" <<'XML'
<reviews>
  <review><id>1</id><text>Fine.</text></review>
  <review><id>2</id><text>Tom & Jerry < broken</text></review>
  <review><id>3</id><text>Still read.</text></review>
  <review><id>4</id><text>no end tag</review>
  <review><id>5</id><text>Read too.</text></review>
</reviews>
XML
cat >"$tmp/feed.xml" <<'XML'
<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>G2</title>
<item><guid>g1</guid><dc:creator>Ann</dc:creator><description>Too expensive.</description></item>
<item><guid>g2</guid><description>Cut & broken</description></item>
<item><guid>g3</guid><dc:creator>Bo</dc:creator><description>Setup was painless.</description></item>
</channel></rss>
XML
printf '<reviews>\n<review><id>1</id><text>ok</text></review></stray>\n<review><id>2</id><text>after the stray tag</text></review>\n</reviews>\n' >"$tmp/stray.xml"
printf '<reviews>\n  <review><id>T1</id><text>kept</text></review>\n  <review><id>T2</id><text>cut off' >"$tmp/truncated.xml"
for f in reviews feed stray truncated; do
  echo "== $f"
  map=()
  [ "$f" = feed ] && map=(--map author=dc:creator)
  voc-ingest -q --format xml "${map[@]}" --rejects "$tmp/rej" "$tmp/$f.xml" 2>"$tmp/err"
  echo "rc=$?"
  sed "s|$tmp/||" "$tmp/err"
  [ -f "$tmp/rej" ] && echo "-- rejects:" && sed "s|$tmp/||" "$tmp/rej"
  rm -f "$tmp/rej"
done
