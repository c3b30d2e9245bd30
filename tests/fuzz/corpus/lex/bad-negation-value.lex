[budget] Budget
negation: maybe
too expensive
