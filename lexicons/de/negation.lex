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
