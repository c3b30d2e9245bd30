[need] Bedarf
negation: both
Mehrwert
Budget reicht nicht

[budget] Budget
negation: both
Budget
