[need] Bedarf
Mehrwert
Budget reicht nicht

[budget] Budget
Budget
