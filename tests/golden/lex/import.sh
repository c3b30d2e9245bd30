# A plain term list becomes lexicon lines that voc-lex check accepts.
printf 'return on investment\n# comment\nROI\nroi\n\npayback period\nnote: odd\n' |
  voc-lex import -q --from terms --lexicon gain --category roi --label "Return on investment"
