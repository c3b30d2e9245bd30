[budget] Budget
colour: blue
too expensive
