too expensive
[budget] Budget
