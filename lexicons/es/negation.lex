# negation.lex (español): palabras que niegan un término y palabras que cierran una cláusula.
# A negator before a term in the same clause (within three words) negates it;
# terms that start with a negator ("no hay presupuesto", "sin renovación automática")
# are never negated.

[negator] Negaciones
description: palabras que niegan el término que las sigue en la misma cláusula
no
nunca
jamás
sin
ningún
nada
nadie
ni
tampoco

[contrast] Límites de cláusula
description: palabras que cierran una cláusula, para que una negación no llegue más allá
pero
sino
aunque
embargo
obstante
salvo

# [post-negator]: negaciones que también niegan el término *anterior* en la misma
# cláusula (tres palabras como máximo), para categorías o términos con
# `negation: both` ("la seguridad no nos preocupa"). Sin `both` no hacen nada.
[post-negator] Negaciones después del término
description: "no" después del término, en la misma cláusula (con negation: both)
no
