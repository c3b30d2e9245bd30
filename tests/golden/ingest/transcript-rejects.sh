# A transcript with only vendor turns has no customer words: rejected with
# its reason, raw text to --rejects, exit 65.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'Rep: Hello?\nRep: Anyone there?\n' >"$tmp/call.txt"
voc-ingest -q --vendor Rep --rejects "$tmp/rejects" "$tmp/call.txt"
echo "rc=$?"
sed "s#$tmp/##" "$tmp/rejects"
