[budget] Budget
too expensive
[budget] Again
pricey
