# negation.lex (Deutsch): Wörter, die einen Treffer verneinen, und Wörter, die einen Teilsatz beenden.
# A negator before a term in the same clause (within three words) negates it;
# terms that start with a negator ("kein Budget", "keinen Bedarf") are never negated.

[negator] Negationen
description: Wörter, die den folgenden Begriff im selben Teilsatz verneinen
nicht
kein
nie
niemals
ohne
kaum
niemand
weder
null
keinerlei
keinesfalls
keineswegs

[contrast] Satzteil-Grenzen
description: Wörter, die einen Teilsatz beenden, damit eine Verneinung nicht darüber hinaus reicht
aber
jedoch
allerdings
sondern
trotzdem
dennoch
obwohl
doch

# [post-negator]: Negationen, die auch den Begriff *davor* im selben Teilsatz
# verneinen (höchstens drei Wörter), für Kategorien oder Begriffe mit
# `negation: both` ("wir sehen den Mehrwert nicht", "das Budget ist kein Problem").
# Ohne `both` wirken sie nicht: "der Betriebsrat macht nicht mit" bleibt ein Einwand.
[post-negator] Nachgestellte Negationen
description: "nicht"/"kein" nach dem Begriff, im selben Teilsatz (mit negation: both)
nicht
kein
