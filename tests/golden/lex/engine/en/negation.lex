# Negators and clause ends for the engine-policy golden case.
[negator] Negators
not
no

[contrast] Clause-ending words
but
