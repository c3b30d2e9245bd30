# Items without their end tag after an XML error: each is rejected up to the
# next item (nested same-name items counted), the items after it are read,
# and a run of items that never close is rejected item by item without
# searching the rest of the input again for each (that was quadratic: a
# 64 KiB file of nested <a> took seconds).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '<r>\n<a><text>1</text></a>\n<a><text>2 & x</text></a>\n<a><text>3</text>\n<a><text>4</text></a>\n<a><a>nested</a></a>\n<a><text>5</text></a>\n</r>\n' >"$tmp/unclosed.xml"
printf '<r>\n<a>1</a>\n<a>2 &\n<a>3</a\n<a>4</a' >"$tmp/cut.xml"
printf '<r><a>1</a><a>2 & <a><a><a><a><a></a>' >"$tmp/nested.xml"
for f in unclosed cut nested; do
  echo "== $f"
  voc-ingest -q --format xml --rejects "$tmp/rej" "$tmp/$f.xml" 2>"$tmp/err"
  echo "rc=$?"
  sed "s|$tmp/||" "$tmp/err"
  [ -f "$tmp/rej" ] && echo "-- rejects:" && sed "s|$tmp/||" "$tmp/rej"
  rm -f "$tmp/rej"
done
