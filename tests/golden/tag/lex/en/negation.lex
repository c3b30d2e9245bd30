# Test lexicon (not the shipped one): negators and contrast words.
[negator] Negators
not
no
never
without
hardly
zero

[contrast] Clause-ending words
but
however
although
