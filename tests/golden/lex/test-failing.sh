# voc-lex test prints each failing example with file:line and why; exit 1.
voc-lex test --lexicons failing
