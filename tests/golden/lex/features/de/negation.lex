# Negatoren für tests/golden/lex/explain-features.sh.
[negator] Negationen
nicht
kein

[post-negator] Nachgestellte Negationen
nicht

[contrast] Satzteil-Grenzen
aber
