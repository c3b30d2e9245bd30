# Négations pour tests/golden/lex/explain-features.sh.
[negator] Négations
ne
n'
pas

[post-negator] Négations en arrière
ne
n'

[restriction] Restrictions
que
qu'

[contrast] Limites
mais
