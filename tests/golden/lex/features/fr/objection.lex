[budget] Budget
negation: both
budget
prix
voté
