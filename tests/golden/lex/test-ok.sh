voc-lex test --lexicons ../tag/lex
