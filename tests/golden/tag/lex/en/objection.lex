# Test objections for the tagger's own tests.
[budget] Budget / price
description: too expensive, no budget
match: This is way too expensive for us.
match: We have no budget left this year.
match: The pricing seems high for a team our size.
nomatch: It is not too expensive at all.
nomatch: Not cheap, but worth every penny.
nomatch: Price is fine, that's not the issue.

too expensive
expensive
no budget
cheap {negation: off}
pric* ~3 high
unless: worth every penny
unless: price is fine

[authority] Authority
match: I am not the decision maker here.
nomatch: He is the decision maker.
not the decision maker
sign-off
"CFO" must approve

[timing] Timing
questions: skip
match: Let's revisit next quarter.
nomatch: Could we revisit next quarter?
revisit next quarter
next quarter

[overlap] Overlap test
budget issue
