# voc-lex check names every mistake as file:line:col and exits 65.
voc-lex check --lexicons bad
