# voc-tag output scored against gold labels.
cat >"${TMPDIR:-/tmp}/voc-eval-gold.$$" <<'GOLD'
{"id":"1","objections":["budget"],"triggers":[],"persona":"end_user"}
{"id":"2","objections":["timing"],"triggers":["pain"],"persona":"security"}
{"id":"3","objections":[],"triggers":[],"persona":"unknown"}
GOLD
voc-tag -q --lexicons ../tag/lex <<'RECORDS' | voc-lex eval --verbose "${TMPDIR:-/tmp}/voc-eval-gold.$$"
{"id":"1","title":"Analyst","text":"Way too expensive."}
{"id":"2","title":"CISO","text":"Could we revisit next quarter? We are struggling with it."}
{"id":"3","title":null,"text":"It is not too expensive."}
RECORDS
rc=$?
rm -f "${TMPDIR:-/tmp}/voc-eval-gold.$$"
exit $rc
