# stdout closed early (voc-ingest big.csv | head -1) with SIGPIPE ignored,
# as under some supervisors and language runtimes: the write error is
# reported once (no second "Broken pipe"), reading stops, exit 74. With
# SIGPIPE at its default the shell's usual silent death (141) applies.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk 'BEGIN { print "id,text"; for (i = 0; i < 20000; i++)
             printf "%d,note %d: pricing came up again on the call\n", i, i }' >"$tmp/big.csv"
trap '' PIPE
voc-ingest "$tmp/big.csv" 2>"$tmp/err" | head -1 >/dev/null
echo "rc=${PIPESTATUS[0]}"
grep -c 'Broken pipe' "$tmp/err"
grep 'Broken pipe' "$tmp/err"
