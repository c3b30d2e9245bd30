# explain on the engine policies: an unless: with proximity across a comma
# and in order, a shorter match that counts replacing a longer negated one
# (and the longer one kept when nothing shorter counts), and ordered
# proximity (~>N) that ignores the reverse order.
voc-lex explain --lexicons engine --lang en \
  "Quotaview came in cheaper, but we stay. Too expensive, but the price is fine. Fine on price, too expensive."
voc-lex explain --lexicons engine --lang en \
  "Investors won't fund the next round. They will not fund the next round."
voc-lex explain --lexicons engine --lang en \
  "We keep losing good people. People lose track."
