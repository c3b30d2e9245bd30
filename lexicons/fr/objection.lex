# objection.lex (français): ce qui freine l'achat.
# Same ten categories and boundaries as en/objection.lex (see labeling.md).
# Chaque catégorie se termine par `unless: prochaine étape` : dans les notes CRM, ces
# phrases sont le plan du commercial, pas les mots du client (labeling.md, règle 1).

# --- round 10 (lexgen6o) : listes de mots. Une liste nomme une fois les formulations d'un même sens ;
# un terme avec @nom vaut pour chaque combinaison (lexicons/README.md, "Word lists").
@mois = janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre | novembre | décembre | la fin de l'année | le deuxième trimestre | le premier trimestre | le troisième trimestre | la rentrée | l'été | l'automne
# --- round 11 (lexgen7o): thanks for a document received, an approval already given, terms accepted (written in forms
# that a negation breaks up: "ne nous convient pas", "no nos encaja", "hat nicht zugestimmt" do not match), and a
# deferral that waits on the product
@merci = merci pour | merci beaucoup pour | merci de | merci encore pour
@docfr = document | documents | clause | clauses | réponses | réponse | contrat | rapport | devis | proposition | version | liste | comparatif | questionnaire | conditions | références
@regle = a validé | ont validé | avons validé | "validé par" | "validée par" | a signé | ont signé | avons signé | a donné son accord | ont donné leur accord | nous convient désormais | nous convient parfaitement | nous convient tout à fait | "ça nous va" | "c'est réglé" | est réglé | est réglée | plus un sujet | plus un problème
@des = dès que | quand | une fois que | une fois
@dispo = disponible | "disponibles" | "sortie" | "sorti" | en production

[budget] Budget / prix
description: Le prix pose problème : trop cher, pas de budget ou budget épuisé, demande de remise, moins cher ailleurs. Pas quand le prix est jugé correct ou compensé ("pas donné, mais ça les vaut").
match: C'est trop cher pour une équipe de notre taille.
match: Nous n'avons pas de budget cette année.
match: Le prix reste élevé pour une PME.
match: Il nous faudrait une remise de 20 %.
nomatch: Pas de souci côté budget.
nomatch: Le prix n'est pas un problème.

trop cher
cher
coûteux
onéreux
hors de prix
prix ~3 élevé
tarif* ~3 élevé*
coût* ~3 élevé*
pas de budget
aucun budget
sans budget
budget ~4 épuisé
budget ~4 consommé
budget ~4 serré
budget ~4 gelé
budget ~4 alloué
budget ~4 pas encore validé
budget ~4 pas validé
pas les moyens
remise
rabais
réduction
geste commercial
moins cher
moitié prix
augmentation ~3 prix
payer deux fois
unless: pas de souci
unless: aucun souci
unless: pas un problème
unless: pas le problème
unless: prix correct
unless: vaut le coup
unless: les vaut
unless: budget est validé
trop élevé
au-dessus de notre budget
dépasse ~3 budget
hors budget
pas dans le budget
pas dans notre budget
coût ~3 trop
prix ~3 trop
ne pouvons pas nous permettre
baisser le prix
baisser ~3 prix
meilleur prix
effort sur le prix
gratuit
pas rentable
unless: prochaine étape
# --- généralisation, 2e passe : écart de prix, pas rentable, petit budget
plus cher que
deux fois plus cher
deux fois le prix
beaucoup plus cher
au-dessus de ~4 concurrent*
au-dessus de ce que
ne justifie pas ~3 prix
difficile à justifier
justifier ~3 coût
justifier ~3 prix
petit budget
budget ~3 limité
budget ~3 modeste
hors de notre portée
remise ~3 startup
tarif ~3 startup
les chiffres ne suivent pas
au-delà de ce que
ce que nous pouvons investir
budget ne suit pas
budget ~3 suit pas
au-dessus de la concurrence
nettement au-dessus
plus cher que la concurrence
unless: essai gratuit
unless: période d'essai
# --- 3e passe : tarifs préférentiels
tarif préférentiel
tarif startup
plus que ce qu'on gagne
tarif ~3 augment*
ne vaut plus le coup
outil gratuit
préfère* ~4 gratuit
dépasse ~4 prévu
dépasse largement
dépasse ~3 enveloppe
# --- 4e passe : pas d'enveloppe, dépenses gelées, offre moins chère
pas d'enveloppe
dépenses ~3 gelées
gel des dépenses
formule moins chère
offre moins chère
# --- round 5 (lexgen): over the budget envelope
match: Le tarif dépasse largement notre enveloppe.
unless: nous conviennent
unless: nous convient
nomatch: Les 10 % de remise nous conviennent.

# --- 7e passe (lexgen3) : une formule plus légère
match: Auriez-vous une formule plus légère pour nous ?
formule plus légère
offre plus légère

# --- 7e passe : le budget n'est pas encore voté, rien avant le budget de l'an prochain
match: Le budget 2026 ne sera voté qu'en décembre.
budget ~3 voté ~>1 "qu'en" {negation: off}

# --- 7e passe, après holdout-m : le budget est bouclé, payer deux outils
match: Le budget de l'année est déjà bouclé.
match: Notre DAF ne voudra jamais payer deux outils.
budget ~6 bouclé
payer deux outils {negation: off}
unless: @merci ~>4 @docfr
unless: @regle

[authority] Pouvoir de décision
description: Quelqu'un d'autre doit approuver ou signer : le DG, la direction, le comité, les achats, un appel d'offres obligatoire. Pas quand l'accord est déjà donné.
match: C'est le DG qui décide.
match: Il faut l'accord du comité de direction.
match: Je ne suis pas le décideur.
nomatch: Le comité a déjà validé l'achat.
match: Elle doit de toute façon passer par son DG.
nomatch: Je passe par Lyon demain.

qui décide
décide* ~3 dg
dg ~4 décid*
accord ~4 dg
accord ~4 direction
accord ~4 comité
donner son accord
son accord
validation ~4 direction
validation ~4 comité
doit valider
doivent valider
doit approuver
signature ~4 dg
comité
direction générale ~4 décid*
pas le décideur
pas la décideuse
pas moi qui décide
décideur
achats ~4 valid*
service achats
unless: déjà validé
unless: déjà approuvé
décision ~4 direction
décision ~4 dg
décision ~4 conseil
décision ~4 comité
faut ~3 validation
faut l'accord
attendre ~3 accord
signature ~4 direction
mon patron
ma patronne
mon responsable
ma responsable
sa hiérarchie
ma hiérarchie
hiérarchie
conseil d'administration
unless: prochaine étape
# --- généralisation, 2e passe : c'est un autre qui tranche, passer devant, pas la bonne personne
c'est ~3 qui tranche
tranche* ~4 direction
tranche* ~4 dg
passer devant ~3 comité
passer devant ~3 direction
passer devant ~3 conseil
remonter à ~3 direction
pas la bonne personne
pas le bon interlocuteur
pas la bonne interlocutrice
signe ~3 au-delà
au-delà de ~5 comité
au-delà de ~5 direction
gérant ~4 décid*
le patron ~4 décid*
qui signe
qui valide
en parler à ~3 directeur
en parler à ~3 direction
en parler à ~3 patron
avant de m'engager
avant de nous engager
l'aval
feu vert de
# --- 3e passe : toute dépense passe par la direction
passe par le dg
passe par la direction
passe par le pdg
passe par notre directeur
doit passer par
dépense* ~4 passe par
valid* par ~2 direction
match: Toute dépense passe par le DG, je ne peux rien valider seule.
pas décisionnaire
ne suis pas ~2 décisionnaire
maison mère
faire valider ~3 par

# --- Round 6 : le DAF bloque tout
match: Le DAF bloque tout pour l'instant.
nomatch: Le navigateur bloque les pop-ups.
daf bloque
bloque tout

# --- 7e passe (lexgen3) : c'est lui qui a le dernier mot, rien sans l'accord de mon associé
match: C'est la directrice qui a le dernier mot.
match: Je ne signe rien sans l'accord de mon associé.
dernier mot
sans l'accord de

match: Notre DAF ne voudra jamais payer pour ça.
ne voudra jamais payer
# --- round 8 (lexgen4) : doit passer par son DG
passer par ~2 dg
passer par ~2 daf
passer par ~2 direction
unless: @merci ~>4 @docfr
unless: @regle
# --- round 11 (lexgen7o): the final decision belongs to someone else, a function that must validate
match: La décision finale revient à notre directeur général.
match: La DSI doit valider toute nouvelle connexion.
nomatch: Notre juriste a validé les conditions.
décision finale
décision ~>3 revient
"dsi" ~>2 doit valider

[need] Besoin
description: Pas de besoin clair ou de valeur perçue : pas besoin, pas une priorité, on ne voit pas l'intérêt, trop petits pour ça.
match: Honnêtement, nous n'en avons pas besoin.
match: Ce n'est pas une priorité pour nous.
match: Je ne vois pas l'intérêt pour une équipe de cinq.
nomatch: Le besoin est évident.

pas besoin
aucun besoin
pas de besoin
n'en avons pas besoin
pas une priorité
pas prioritaire
pas l'intérêt
pas d'intérêt
aucun intérêt
pas utile
inutile
trop petits
superflu
pas nécessaire
pas indispensable
pas pertinent
pas de valeur ajoutée
aucune valeur ajoutée
ne voyons pas
ne vois pas
on s'en sort
trop petit
pas de problème à résoudre
unless: prochaine étape
pas l'utilité
voit pas ~2 l'intérêt
voit pas ~2 l'utilité
n'en voit pas
pas vraiment l'utilité
voyons pas ~3 l'utilité
# --- 3e passe
plus que ce dont on a besoin
plus que ce dont nous avons besoin
pas vraiment besoin
pas réellement besoin
ne voit pas ~3 intérêt
ne vois pas ~3 intérêt
ne voyons pas ~3 intérêt
# --- 4e passe : je ne vois pas ce que ça apporte, à quoi ça servirait
match: Je ne vois pas ce que cet outil nous apporterait.
ne vois pas ce que ~4 apport*
à quoi ça ~2 servir*
trop petits pour
# --- passe X : pas (vraiment) ce besoin
pas ~2 ce besoin
pas de cas d'usage

[timing] Calendrier
description: Un report explicite à plus tard : pas maintenant, pas cette année, l'an prochain, au T3, après la réorganisation. Pas un report conditionnel ni un rendez-vous déplacé.
match: Pas cette année, rappelez-moi en janvier.
match: Pas de décision avant le 12 juin.
match: On verra l'année prochaine.
nomatch: Pouvons-nous décaler la réunion à jeudi ?
match: L'équipe IT est prise jusqu'à la rentrée.
match: Tout est gelé jusqu'en octobre.
match: Pas de budget avant janvier.
nomatch: Nous voulons démarrer avant l'été.

negation: off
pas cette année
pas maintenant
pas pour le moment
pas avant
pas de décision avant
année prochaine
trimestre prochain
plus tard dans l'année
au plus tôt
rappelez-moi en
rappeler en
recontacter en
revenir vers nous en
après la réorganisation
réorganisation
restructuration
fin d'année
"2026"
"2027"
plus tard
l'année prochaine
le trimestre prochain
d'ici la fin de l'année
avant la fin de l'année
après l'été
à la rentrée
en septembre
en janvier
au t1
au t2
au t3
au t4
pas tout de suite
reporter
repoussé
en suspens
mettre en pause
en pause
gel
unless: prochaine étape
# --- généralisation, 2e passe : on en reparle, pas avant une date
on en reparle
en reparler en
reparler ~3 l'année prochaine
en 2027
en 2028
pas avant ~3 fin
d'ici ~3 mois
dans ~2 mois
après la clôture
après la clôture des comptes
exercice prochain
prochain exercice
match: On en reparle au printemps 2028.
deuxième semestre
second semestre
premier semestre
semestre prochain
recontactez-nous
rien ne se fera
avant la fin du ~2 trimestre
après les soldes
revenez vers nous
# --- round 5 (lexgen, probe round 9): not before a season
match: Impossible avant l'automne.
pas avant l'automne
pas avant l'été
pas avant la rentrée
impossible avant
nomatch: Elle a peur de perdre des clients si rien ne change avant l'été.

# --- Round 6 (plusieurs sets) : rien de validé avant un mois, pas avant le prochain budget
match: Aucun nouvel achat ne sera validé avant mars.
match: Pas de nouvel outil avant le budget de l'an prochain.
nomatch: Nous voulons démarrer avant l'été.
aucun ~6 avant
pas de nouvel ~4 avant
# --- round 8 (lexgen4) : jusqu'à la rentrée, jusqu'en septembre, pas de budget avant janvier
jusqu'à la rentrée
jusqu'en janvier
jusqu'en février
jusqu'en mars
jusqu'en avril
jusqu'en mai
jusqu'en juin
jusqu'en juillet
jusqu'en septembre
jusqu'en octobre
jusqu'en novembre
jusqu'en décembre
pas de budget avant

# --- round 10 (lexgen6o) : rien / pas avant un mois ou un trimestre
match: Mon équipe ne pourra rien prendre avant le deuxième trimestre.
match: Pas une minute avant la fin de l'année.
nomatch: Nous voulons démarrer avant mars.
pas ~>8 avant ~>2 @mois
rien ~>8 avant ~>2 @mois
unless: si ~>1 rien
nomatch: Recontactez-nous dès que l'intégration sera disponible.
nomatch: Si tout va bien, on signe en mars.
match: Pas avant mars, le budget n'est pas voté.
unless: @des ~>4 @dispo
unless: on signe en
unless: nous signons en
unless: démarrage souhaité

[competitor] Concurrent (éditeur)
description: Un autre éditeur précis est en jeu : déjà utilisé, en évaluation, en comparaison ou utilisé comme levier de prix. Pas un outil abandonné, ni les concurrents commerciaux du client (fear_of_loss).
match: Nous utilisons déjà une autre solution.
match: Nous évaluons aussi deux autres éditeurs.
nomatch: Nos concurrents s'équipent tous.

autre solution
autre éditeur
autre fournisseur
solution actuelle
fournisseur actuel
utilisons déjà
utilise déjà
en parallèle
comparaison avec
comparer avec
comparatif
unless: abandonné
unless: résilié
concurrent ~4 utilis*
déjà un outil
déjà une solution
déjà sous contrat
autre prestataire
appel d'offres ~4 concurrent*
offre concurrente
proposition concurrente
comparer ~3 offres
moins cher chez
unless: prochaine étape
# --- list your competitors here (user-editable) ---
# --- généralisation, 2e passe : offres concurrentes reçues, choix d'un autre, pilote en cours
nous a proposé
offre ~3 reçue
devis ~3 concurrent
leur offre
choisi ~3 autre
retenu ~3 autre
partons sur ~3 autre
pilote ~3 avec
déjà en place
unless: vous avons choisi
unless: vous avons retenu
quotaview
dealcraft
pipeharbor
corvane
nimbrella
# --- end of the competitor list ---
# --- 3e passe : engagés avec un autre éditeur
engagés avec
sous contrat avec
lié* par contrat
prestataire actuel
pour rester
match: Nous sommes engagés avec un autre éditeur jusqu'en mars.
travaille déjà avec
travaillons déjà avec
déjà ~3 prestataire
# --- round 5 (lexgen): already testing another tool
match: Par contre déjà en test avec un autre éditeur.
en test avec
en essai avec
testons aussi
restons ~3 sur
match: Nous restons pour l'instant sur notre logiciel actuel.
# --- round 11 (lexgen7o): a rival the customer left
nomatch: On a quitté Corvane il y a deux ans.
unless: "quitté"

[status_quo] Statu quo
description: La façon actuelle fonctionne ou le changement est trop dur : Excel suffit, on fait comme ça depuis des années, on le développe en interne.
match: Excel nous suffit largement.
match: On le fait comme ça depuis des années et ça marche.
match: Nous allons le développer en interne.
nomatch: Nous sommes les derniers sur Excel, il faut changer.

suffit
nous suffit
ça marche
ça fonctionne
depuis des années
développé en interne
développer nous-mêmes
satisfaits de
pas changer
rien changer
résistance au changement
fonctionne bien
marche bien
ça nous convient
on a toujours fait
habitudes
changer ~3 difficile
résistance
sur excel ~4 suffit
outil maison
fait maison
unless: prochaine étape
# --- généralisation, 2e passe : pas prêts à changer, le cabinet comptable gère, tout fonctionne
pas prêts à changer
tout fonctionne
tout marche
cabinet comptable
expert-comptable
"notre comptable"
gère la paie ~3 depuis
gère ~4 depuis des années
on garde ~3 actuel*
garder ~3 notre outil
rester sur
restons sur
unless: personne en interne
unless: n'avons personne
match: Notre cabinet comptable s'en occupe depuis des années et tout fonctionne.
nomatch: Nous n'avons personne en interne pour la reprise des données.
habitué* à
outil actuel
logiciel actuel
# --- 3e passe
pas question de tout changer
pas envie de changer
fait en interne
géré en interne
actuel* ~4 nous convient
fait l'affaire
fait très bien l'affaire
fait bien l'affaire
# --- 4e passe : habitudes, ça marche comme ça, on a un système qui fonctionne
match: Nos commerciaux ne changeront pas leurs habitudes pour un nouvel outil.
changer ~3 habitudes {negation: off}
leurs habitudes
marche très bien comme ça
fonctionne très bien comme ça
un système qui fonctionne
ça nous suffit
attaché* à leur
leur façon de faire
notre façon de faire
ce qu'on a ~3 fonctionne
pourquoi changer
# --- passe BB : garder notre organisation actuelle
préfère* garder
organisation actuelle
# --- round 5 (lexgen, probe round 12): what they have is enough
match: Nos formations internes suffisent pour l'instant.
suffisent
# --- round 11 (lexgen7o): no reason to change
match: Je ne vois aucune raison de changer.
aucune raison de changer
pas de raison de changer

[risk] Risque / sécurité
description: Doute ou blocage sur la sécurité, la conformité, la confidentialité, la localisation des données ou la solidité de l'éditeur. La sécurité citée en bien relève de trust_risk.
match: Hébergement hors UE, c'est non.
match: Tant que les données ne restent pas dans l'UE, il bloque le dossier.
match: Le RGPD nous inquiète.
nomatch: La certification ISO 27001 est rassurante.

rgpd
hors ue
hors de l'ue
dans l'ue
hébergement ~4 ue
hébergement ~4 france
données ~4 ue
données ~4 europe
données ~4 hébergées
confidentialité
sécurité ~3 inquiét*
sécurité ~3 doute*
inquiète
inquiètent
conformité
dpia
bloque le dossier
bloque* ~3 dossier
unless: rassurant
données ~4 sensibles
données ~4 hors
hébergement ~3 hors
hébergé ~3 états-unis
états-unis
cloud act
cnil
sécurité ~4 préoccup*
préoccup* ~4 sécurité
préoccup* ~4 données
pas conforme
non conforme
fuite*
faille*
startup ~4 risque
trop jeune
pérennité
unless: prochaine étape
# --- généralisation, 2e passe : pérennité de l'éditeur, données hébergées où, vie privée
disparaître
du jour au lendemain
vous êtes combien
taille de ~2 éditeur
taille de ~2 société
santé financière
solidité financière
être encore là
exige ~4 france
exige ~4 ue
hébergement des données
données ~4 france
vie privée
géolocalisation
pas à l'aise
mal à l'aise
match: Un éditeur de votre taille peut disparaître du jour au lendemain.
pas sortir de
rester en france
hébergées en france
si vous êtes rachet*
rachat

# --- 7e passe : l'hébergement doit être certifié ou en France
match: L'hébergement doit être certifié HDS.
hébergement doit
unless: @merci ~>4 @docfr
unless: @regle

[implementation] Effort de mise en œuvre
description: L'effort de déploiement est l'obstacle : intégration, migration, paramétrage, pas de ressources ni de disponibilité IT, formation.
match: Notre DSI n'a aucune disponibilité pour une intégration.
match: La migration des données nous fait peur.
nomatch: La mise en place a été rapide.
match: La migration occupe toute l'équipe IT jusqu'en mars.
match: On refond tout notre ERP cette année.
nomatch: L'équipe commerciale est ravie.

migration
intégration ~4 charge
intégration ~4 effort
intégration ~4 lourde
aucune disponibilité
pas de disponibilité
pas de ressources
aucune ressource
"pas le temps"
débordés
surchargé*
charge de travail
trop de travail
formation ~3 lourde
projet lourd
chantier
mise en œuvre ~4 lourde
mise en place ~4 lourde
déploiement ~4 lourd
manque de ressources
manque de temps
équipe ~4 débordée
dsi ~4 débordée
pas de développeur
développement spécifique
reprise des données
formation ~3 équipes
"former" ~3 équipes
charge ~3 projet
unless: toute seule
unless: prochaine étape
# --- généralisation, 2e passe : reprise de l'historique, paramétrage, personne en interne
reprise de l'historique
reprise de ~2 historique
reprise ~3 données
paramétrage
personne en interne
n'avons personne
pas de ressource en interne
personne pour ça
former ~4 encadrants
former ~4 managers
match: La reprise de l'historique de paie nous fait peur, nous n'avons personne pour ça.
pas les ressources
ampleur
bande passante
pas la bande passante
pas de bande passante
personne chez nous
ne sait ~2 coder
# --- 4e passe : équipe débordée, intégration qui demande du temps, brancher sur un outil maison, reprise des données
match: Le raccordement à notre ERP maison va prendre des semaines à une équipe déjà débordée.
nomatch: L'intégration a pris une heure.
débordé*
va demander du temps
demander ~3 du temps ~4 équipe
intégration ~6 maison
brancher ~4 maison
raccorde* ~4 maison
mapper ~3 champs
former ~3 personnes
# --- passe X : aucune bande passante
aucune bande passante
# --- passe Z : un prestataire pour le connecter
faudrait un prestataire
prestataire ~4 connecter
# --- round 8 (lexgen4) : une migration qui occupe toute l'équipe, refonte de l'ERP
occupe toute l'équipe
refond* ~3 erp

# --- 9e passe : l'intégration a mobilisé l'équipe informatique
match: Le raccordement a mobilisé notre équipe informatique pendant deux mois.
nomatch: Toute l'équipe est mobilisée pour le lancement du produit.
mobilisé ~4 équipe informatique
mobilisé ~4 équipe it
mobilisé ~4 informaticiens
unless: @merci ~>4 @docfr
unless: @regle

[product_fit] Adéquation produit
description: Le produit ne convient pas : fonction ou intégration manquante, ne correspond pas au cas d'usage, limites, bugs, plantages.
match: Il manque l'intégration avec notre CRM.
match: L'application plante souvent.
match: Ça ne correspond pas à notre façon de vendre.
nomatch: Aucun bug depuis le lancement.

manque
il manque
manquant*
pas d'intégration
ne correspond pas
correspond pas
pas adapté
inadapté*
ne gère pas
gère pas
ne permet pas
permet pas
plante
plantage*
bug*
bogue*
lent
limité*
limite*
trop basique
unless: aucun bug
fonctionnalité ~3 manque
manque ~3 fonctionnalité
ne fonctionne pas
fonctionne pas
pas compatible
incompatible
pas possible
trop lent
rame
bugue
buggé
pas en français
uniquement en anglais
unless: prochaine étape
# --- généralisation, 2e passe : indispensable mais absent, ne suffit pas, erreurs de calcul
ne suffit pas
suffit pas
obligatoire ~4 manque
calcul ~3 faux
calcule mal
erreur* de calcul
déconnecte
se déconnecte
disparu
disparaissent
après la mise à jour ~4 plus
se bloque
se fige
se ferme tout seul
# --- 3e passe : connexion impossible, mise à jour
impossible de me connecter
impossible de se connecter
depuis la ~2 mise à jour
pleine de bugs
se vide tout seul
arrivent en double
doublon*
agaçant
énervant
inexistant
toujours pas de réponse
aucune réponse
sans réponse
casse nos
casse ~3 à chaque
cassent tout
casse tout
pas de transcription
pas disponible en
# --- round 5 (lexgen): the one regret, a missing export, crashes
match: Seul regret : pas d'export PDF personnalisable.
match: L'application plante sans arrêt.
seul regret
pas d'export
plante ~3 arrêt
plante tout le temps

# --- round 10 (lexgen6o) : traduction incomplète, seulement en anglais
match: La moitié des écrans est encore en anglais.
match: Le support ne répond qu'en anglais.
encore en anglais
qu'en anglais
traduit* ~4 moitié

[contract] Contrat / conditions
description: Les conditions sont l'enjeu : durée d'engagement, reconduction tacite, résiliation, préavis, responsabilité, DPA, revue juridique, prix ferme, conditions de paiement. Pas le contrat d'un concurrent, ni des conditions déjà convenues.
match: Nous voulons un engagement de 12 mois maximum, sans reconduction tacite.
match: Notre service juridique doit relire le contrat.
match: Il nous faut une clause de sortie.
nomatch: Les conditions sont convenues.

durée d'engagement
engagement ~3 mois
engagement ~3 ans
reconduction tacite
sans reconduction
renouvellement automatique
résiliation
préavis
clause*
"responsabilité"
juridique
service juridique
dpa
conditions générales
conditions de paiement
prix ferme
prix fixe
indexation
unless: convenues
unless: "acceptées"
unless: "signé"
durée du contrat
engagement d'un an
sans engagement
tacite reconduction
clause de sortie
clause de résiliation
préavis ~3 jours
préavis ~3 mois
conditions contractuelles
contrat ~4 juriste*
nos juristes
juristes
cgv
facturation ~3 mensuelle
facturation ~3 trimestrielle
paiement ~3 jours
unless: prochaine étape
reconduction automatique
ne signerons pas
plus d'un an
au-delà de douze mois

# --- 7e passe : plafonnement des hausses de prix
match: Nous demandons un plafonnement des hausses de prix.
plafonnement
hausses de prix

# --- 7e passe : paiement trimestriel
match: Nous voulons un paiement trimestriel.
paiement ~2 trimestriel

# --- round 10 (lexgen6o) : pas d'engagement, un engagement maximum
match: Je ne veux pas d'engagement de deux ans.
match: Un engagement d'un an maximum, pas plus.
pas d'engagement
engagement ~4 maximum
nomatch: Merci pour la nouvelle version du contrat, tout est en ordre.
nomatch: Notre juriste a validé les conditions.
unless: @merci ~>4 @docfr
unless: @regle
# --- round 11 (lexgen7o): governing law
match: Le contrat doit être en droit français.
droit français
