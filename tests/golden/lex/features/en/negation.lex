# Negators for tests/golden/lex/explain-features.sh.
[negator] Negators
not
no
zero

[contrast] Clause-ending words
but
