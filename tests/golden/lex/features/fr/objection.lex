[budget] Budget
budget
prix
voté
