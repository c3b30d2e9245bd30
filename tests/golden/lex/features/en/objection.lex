# Small lexicon for tests/golden/lex/explain-features.sh and
# check-features.sh: negators in compounds, unless(next) and unless(doc),
# and an unless whose stem also cancels a term.
[risk] Risk
shows
rate
touch setup

[authority] Authority
sign off
unless(doc): board approved
unless(next): already signed

[contract] Contract
a formal RFP
unless: a formality
