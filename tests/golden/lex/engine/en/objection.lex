# Small lexicon for tests/golden/lex/explain-engine.sh: unless with proximity,
# the longest match that counts, ordered proximity.
[budget] Budget
cheaper
too expensive
unless: cheaper ~2 but
unless: pric* ~>2 fine

[risk] Risk
fund ~3 next round
won't fund

[fear_of_loss] Fear of loss
losing ~>3 people
