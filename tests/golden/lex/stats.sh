voc-lex stats --lexicons ../tag/lex
