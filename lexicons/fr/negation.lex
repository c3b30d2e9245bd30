# negation.lex (français): les mots qui nient un terme, et ceux qui terminent une proposition.
# A negator before a term in the same clause (within three words) negates it;
# terms that start with a negator ("pas de budget", "pas cette année") are never negated.
# "ne/n'" mark the negation too ("ce n'est pas cher": "pas" negates "cher").

[negator] Négations
description: mots qui nient le terme qui les suit dans la même proposition
pas
ne
n'
jamais
aucun
sans
rien
ni
guère
non
zéro

[contrast] Limites de proposition
description: mots qui terminent une proposition, pour qu'une négation ne porte pas au-delà
mais
cependant
pourtant
toutefois
néanmoins
sauf
revanche

# [post-negator]: négations qui portent aussi sur le terme *avant* elles, dans la
# même proposition (trois mots au plus), pour les catégories ou termes qui disent
# `negation: both` ("le prix n'est pas un problème"). Sans `both`, elles ne font rien.
[post-negator] Négations après le terme
description: "ne"/"n'" après le terme, dans la même proposition (avec negation: both)
ne
n'

# [restriction]: après "ne"/"n'" dans la même proposition, "que" restreint au lieu
# de nier: "le budget ne sera voté qu'en décembre" n'est pas une négation.
[restriction] Restrictions
description: "ne ... que" veut dire "seulement": ce "ne" ne nie rien
que
qu'
