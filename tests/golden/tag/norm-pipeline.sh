# voc-norm | voc-tag (records with tokens) gives the same tags, persona and
# lexicon version as voc-tag normalizing on the fly.
strip() { sed 's/.*\("tags":.*\)$/\1/'; }
# (both stages reject "text": null; leave that record out of the comparison)
in=$(grep -v "\"text\":null" basic.in)
direct=$(printf "%s\n" "$in" | voc-tag -q --lexicons lex | strip)
viatokens=$(printf "%s\n" "$in" | voc-norm -q | voc-tag -q --lexicons lex | strip)
if [ "$direct" = "$viatokens" ]; then
  echo "identical: $(printf '%s\n' "$direct" | grep -o '"category"' | wc -l) tags"
else
  diff <(printf '%s\n' "$direct") <(printf '%s\n' "$viatokens")
  exit 1
fi
