# voc-lex check, test and stats take the lexicon directory as an operand
# (they used to ignore it and check the default lexicons); two directories,
# or one with --lexicons as well, is a usage error (64).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/en"
printf '[negator] N\nnot\n' > "$tmp/en/negation.lex"
printf '[pain] Pain\nstruggling with\nmatch: We are struggling with reports.\n' > "$tmp/en/trigger.lex"
voc-lex check "$tmp"; echo "rc=$?"
voc-lex test "$tmp"; echo "rc=$?"
voc-lex stats "$tmp" > "$tmp/out"; echo "rc=$?"; sed 's/version [0-9a-f]*/version V/' "$tmp/out"
voc-lex check "$tmp" "$tmp" > "$tmp/out" 2>&1; echo "rc=$?"; cat "$tmp/out"
voc-lex --lexicons "$tmp" check "$tmp" > "$tmp/out" 2>&1; echo "rc=$?"; cat "$tmp/out"
