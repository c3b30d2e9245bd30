[negator] Verneinung
nicht
kein*
nie

[contrast] Gegensatz
aber
