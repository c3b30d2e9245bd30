# The tagger's own test lexicons are clean.
voc-lex check --lexicons ../tag/lex
