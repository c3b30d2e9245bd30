# explain shows every decision: counted, negated (by which word), excluded
# (by which unless), questions, and the longer match that won.
voc-lex explain --lexicons ../tag/lex --lang en \
  "It's not too expensive, but we are struggling with reports. Not cheap, but worth every penny." \
  "Could we revisit next quarter? We have no budget."
voc-lex explain --lexicons ../tag/lex --title "Executive Assistant to the CEO"
