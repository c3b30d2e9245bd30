# A term limited to some kinds of record ({kinds: review}) counts only in
# records of those kinds; a record with no kind (or an unknown one) gets every
# term. voc-tag reads each record's kind (on the fly and with voc-norm's
# tokens alike); voc-lex explain takes --kind.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/en"
printf '[negator] N\nnot\n' > "$tmp/en/negation.lex"
cat > "$tmp/en/trigger.lex" <<'LEX'
[pain] Pain
used to ~3 spreadsheet* {kinds: review}
spreadsheet hell
unless: never again {kinds: email}
LEX
cat > "$tmp/in.jsonl" <<'IN'
{"id":"r1","kind":"review","text":"We used to live in spreadsheets."}
{"id":"c1","kind":"call_note","text":"They used to live in spreadsheets, want more."}
{"id":"x1","text":"We used to live in spreadsheets."}
{"id":"r2","kind":"review","text":"We used to live in spreadsheets, never again."}
{"id":"e1","kind":"email","text":"Spreadsheet hell, never again."}
{"id":"r3","kind":"review","text":"Spreadsheet hell, never again."}
IN
show() { sed 's/"lexicon_version":"[0-9a-f]*"/"lexicon_version":"V"/' | grep -o '"id":"[a-z0-9]*"\|"category":"[a-z_]*"\|"excluded":true' | tr '\n' ' '; echo; }
echo "== on the fly"; voc-tag -q --lexicons "$tmp" "$tmp/in.jsonl" | while read -r l; do printf '%s\n' "$l" | show; done
echo "== with tokens"; voc-norm -q "$tmp/in.jsonl" | voc-tag -q --lexicons "$tmp" | while read -r l; do printf '%s\n' "$l" | show; done
echo "== explain"
voc-lex --lexicons "$tmp" explain --kind call_note "We used to live in spreadsheets." | grep -c COUNTS
voc-lex --lexicons "$tmp" explain --kind review "We used to live in spreadsheets." | grep -c COUNTS
voc-lex --lexicons "$tmp" explain --kind memo "x"; echo "rc=$?"
echo "== examples with a kind"
cat > "$tmp/en/trigger.lex" <<'LEX'
[pain] Pain
used to ~3 spreadsheet* {kinds: review}
match[review]: We used to live in spreadsheets.
nomatch[call_note]: They used to live in spreadsheets.
match: They used to live in spreadsheets.
nomatch[email]: We used to live in spreadsheets.
LEX
voc-lex --lexicons "$tmp" test | sed "s|$tmp/||"; echo "rc=$?"
printf '[pain] P\nused to\nmatch[memo]: used to\ndescription[review]: x\n' > "$tmp/en/trigger.lex"
voc-lex --lexicons "$tmp" check | sed "s|$tmp/||"
printf '[pain] P\nused to {kinds: reviews}\nhell {kinds: }\n' > "$tmp/en/trigger.lex"
voc-lex --lexicons "$tmp" check | sed "s|$tmp/||"
