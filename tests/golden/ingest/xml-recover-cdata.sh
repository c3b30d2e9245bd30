# A start tag of an item written inside a CDATA section or a comment is text,
# not an item: after a later XML error every item is emitted once (item Two
# came out twice before), and an end tag inside CDATA does not end the item.
# A CDATA section longer than a read chunk (64 KiB) is searched once.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{
  printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>t</title>\n'
  printf '<item><title>One</title><description><![CDATA[mentions <item> and </item> literally]]></description></item>\n'
  printf '<!-- <item><title>commented out</title></item> -->\n'
  printf '<item><title>Two</title><description>Second</description></item>\n'
  printf '<item><title>Three</title><description>Broken & here</description></item>\n'
  printf '<item><title>Four</title><description><![CDATA['
  head -c 100000 /dev/zero | tr '\0' 'x'
  printf ' <item> ]]></description></item>\n'
  printf '<item><title>Five</title><description>Fifth</description></item>\n'
  printf '</channel></rss>\n'
} >"$tmp/feed.xml"
voc-ingest -q --format xml --rejects "$tmp/rej" "$tmp/feed.xml" >"$tmp/out" 2>"$tmp/err"
echo "rc=$?"
sed 's/xxxxxxxxxx*/x.../' "$tmp/out"
sed "s|$tmp/||" "$tmp/err"
echo "-- rejects:"
sed "s|$tmp/||" "$tmp/rej"
