# A lexicon with mistakes, for voc-lex check.
stray term before any category
[budget] Budget
too expensive
too  Expensive          # the same term again
unless: price is fine
price is fine today
"unterminated
pric* ~ high
cheap {questions: sometimes}
[timing
