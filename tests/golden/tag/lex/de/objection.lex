[budget] Budget / Preis
match: Das ist uns zu teuer.
nomatch: Das ist nicht zu teuer.
zu teuer
kein Budget
