# trigger.lex (français): les sept déclencheurs d'achat. Boundaries as in en/trigger.lex.
# Chaque catégorie se termine par `unless: prochaine étape` : dans les notes CRM, ces
# phrases sont le plan du commercial, pas les mots du client (labeling.md, règle 1).

[pain] Douleur
description: Un problème dans le processus actuel fait mal : heures perdues, ressaisies, erreurs, chaos, frustration avec la façon de faire actuelle. La frustration avec le produit de l'éditeur relève de product_fit.
match: On perd des heures chaque semaine à ressaisir les données.
match: Nos prévisions sont un vrai casse-tête.
nomatch: La mise en place a été indolore.
match: Je passais mes vendredis à relancer les commerciaux.
match: Pour la première fois je sais où on en est sans passer mes soirées sur Excel.
nomatch: Je passe mes vacances en Bretagne.
match: Avant, on passait le vendredi entier à consolider les chiffres.

perd* ~3 heures
perte de temps
heures perdues
ressaisi*
saisie manuelle
manuellement
à la main
casse-tête
cauchemar
chaos
galère
erreurs
pénible
frustrant*
plus personne ne
"on perdait"
perdons ~3 temps
fichiers excel
tableurs
double saisie
pas de visibilité
aucune visibilité
manque de visibilité
usine à gaz
fastidieux
chronophage
unless: prochaine étape
# --- généralisation, 2e passe : salaires faux ou en retard, papier, relances, réclamations
payé* ~3 en retard
paie ~4 en retard
salaires ~4 en retard
erreur* ~3 paie
erreur* ~4 heures sup*
erreurs chaque mois
chaque mois ~4 erreur*
sur papier
paperasse
courir après
relancer ~3 managers
relancer ~3 salariés
se plaignent
réclamations
y passe ~3 week-end
j'y passe
le soir ~4 paie
passe* des heures
des heures à
corriger ~4 paie
corriger ~3 erreurs
c'est la course
la course pour
unless: fait l'affaire
unless: bien l'affaire
# --- 4e passe : temps perdu, notes à la main, rien à jour, personne ne sait
match: On perd un temps fou à tout ressaisir, et rien n'est à jour.
temps fou
jamais à jour
rien n'est à jour
# --- passe X : le bazar, personne ne suit
bazar
jongl*
épuisant
relancer les commerciaux
nos vendredis
nos soirées
se perdent
se marche dessus
# --- round 5 (lexgen): hours lost per quote, days spent chasing, a week to get something out
match: Nos commerciaux perdent deux heures par devis.
match: On passe nos journées à relancer les clients.
match: Il nous faut une semaine pour sortir un devis.
perdent ~3 heures
perdons ~3 heures
perd ~3 heures
intenable
passe* nos journées
passe* ~3 temps à
il nous faut une semaine
unless: nous suffit
# --- round 5 (lexgen, probe round 9): hours spent waiting
match: Nos chauffeurs attendent des heures au dépôt.
attend* ~3 heures
# --- round 5 (lexgen, probe round 13): the before story
match: Avant, chaque devis demandait trois validations par mail.
validations par mail
avant ~4 demandait

# --- 7e passe : prévisions fausses, soirées passées sur Excel ; gagner un temps fou est un gain
match: Nos prévisions sont fausses chaque mois.
match: Je passe mes soirées sur Excel.
nomatch: L'outil nous ferait gagner un temps fou.
prévisions sont fausses
fausses de
passer mes soirées
unless: gagner un temps fou

# --- 7e passe, après holdout-m : passer tout le vendredi à remplir des tableaux
match: Les commerciaux passaient tout le vendredi à remplir des tableaux.
tout le vendredi
tout le lundi
remplir des tableaux
# --- round 8 (lexgen4) : mes soirées / mes vendredis sur Excel ou à relancer (en "my evenings in Excel")
passais mes vendredis
passais mes lundis
passer mes soirées ~3 excel {negation: off}
mes soirées sur excel {negation: off}
vendredi entier
passait ~3 vendredi

# --- round 10 (lexgen6t): the before story in the imperfect ("Avant, on passait / je passais ...";
# g, and earlier sets), as a list of the verbs of the old routine
match: Avant, je passais mes soirées à recopier les devis.
match: Avant on perdait une demi-journée par semaine sur le reporting.
nomatch: Avant de signer, je voudrais voir le contrat.
@imparfait = passais | passait | passions | perdais | perdait | perdions | ressaisissait | ressaisissions | consolidait | consolidions | recopiait | recopiions | demandait
avant ~>6 @imparfait
# batch 2: nobody follows up or calls back, as a list (s, v, w; replaces "personne ne sait/savait/suit")
match: On perd des dossiers parce que personne ne rappelle les parents.
match: Personne ne savait où en était le pipe.
@suivre = sait | savait | suit | suivait | voit | voyait | rappelle | rappelait | relance | relançait
personne ne ~>1 @suivre
# batch 3: something lost because of how they work ("on perd ... parce que"; s, v, w)
match: On perd des dossiers parce qu'on rappelle trop tard.
nomatch: On perd du temps, mais c'est normal.
@perdre2 = perd | perdons | perdent | perdu | perdait
@perdre2 ~>5 parce
# --- ronde 11 (lexgen7t) : un exercice de devinettes
match: Nos prévisions sont un exercice de devinettes.
devinette*

[fear_of_loss] Peur de perdre
description: Peur de prendre du retard ou de perdre : concurrents qui avancent, clients ou réservations perdus, échéance avec une perte.
match: Nos concurrents s'équipent tous et nous ne voulons pas rester à la traîne.
match: Elle a peur de perdre des clients avant l'été.
nomatch: Nous sommes en avance sur nos objectifs.

à la traîne
prendre du retard
en retard sur
les derniers
derniers sur
concurrents ~5 déjà
concurrents ~5 équip*
concurrents ~5 avance*
peur de perdre
rester à la traîne
perdre des clients
perdre des parts de marché
concurrents ~5 plus rapides
avant qu'il ne soit trop tard
unless: prochaine étape
# --- généralisation, 2e passe : perdre des salariés, des aides, des sanctions
risque* ~3 pénalité*
sinon ~4 pénalité*
perdre ~3 salariés
perdre ~3 collaborateurs
perdre ~3 bons éléments
perdre ~3 talents
perdre ~3 subvention
perdre ~3 aide
partent chez
partent ~3 concurrence
redressement
amende*
contrôle urssaf
match: Si on continue comme ça, on va perdre nos bons éléments.
unless: solution concurrente
unless: offre concurrente
unless: éditeur concurrent
perdre nos meilleurs
perdre ~3 meilleurs
si on ne fait rien
parts de marché
nous prendre ~3 clients
# --- round 5 (lexgen): fear with its negator ("on ne peut pas se permettre de perdre"), tenders lost
match: On ne peut pas se permettre de perdre d'autres clients.
match: On a encore perdu un appel d'offres à cause du délai.
pas se permettre de perdre
pas nous permettre de perdre
pas ~3 prendre du retard
perdre ~3 appels d'offres
perdu ~3 appel d'offres

# --- round 10 (lexgen6t): losing business as lists (a verb of losing x what is lost; s, earlier sets);
# replaces the four single wordings
match: On perd des affaires parce que personne ne relance.
match: On a perdu trois contrats au profit de la concurrence.
nomatch: On perd du temps avec les exports.
@perdre = perdre | perd | perdons | perdent | perdu | perdus
@affaires = clients | réservations | affaires | contrats | deals | marchés | mandats
@perdre ~3 @affaires
# --- ronde 11 (lexgen7t) : les concurrents signent ou répondent plus vite que nous
match: Nos concurrents signent plus vite que nous, c'est rageant.
nomatch: Nous signons plus vite que prévu.
concurrents ~4 plus vite

[desire_for_gain] Désir de gain
description: Vouloir plus : chiffre d'affaires, plus d'affaires signées, croissance, ROI, économies, temps gagné, productivité.
match: Si on gagne deux heures par semaine, c'est rentabilisé.
match: Le ROI est évident.
nomatch: Nous avons parlé du prix.
match: Mes commerciaux gagnent une demi-journée par semaine.
match: On a signé 15 % de contrats en plus.
nomatch: La réunion a lieu chaque semaine.

roi
retour sur investissement
rentab*
gagner ~3 temps
gagne* ~3 heures
économi*
plus de ventes
plus d'affaires
chiffre d'affaires
croissance
productivité
gagner du temps
gain de productivité
plus de chiffre
augmenter ~4 ventes
augmenter ~4 chiffre
taux de conversion
taux de transformation
vaut le coup
vaut son prix
unless: prochaine étape
# --- généralisation, 2e passe : temps récupéré, coûts réduits
récupérer ~3 temps
récupéré ~3 week-end*
réduire ~3 coûts
réduit ~3 coûts
baisse ~3 coûts
moins d'heures sup*
sans embaucher
gagné ~5 par semaine
gagné ~4 demi-journée
gagné ~4 heures
# --- 4e passe : signer plus, plus de rendez-vous, doubler, indicateurs en hausse
match: Je veux que mes commerciaux signent plus de contrats cette année.
match: Nous avons doublé les rendez-vous pris en un trimestre.
signent plus
plus de rendez-vous
plus de rdv
plus de contrats
plus de signatures
plus de pipeline
plus de réponses
doubl* ~3 rendez-vous
doubl* ~3 pipeline
doubl* ~3 ventes
doubl* ~3 réponses
en hausse
heures ~3 gagnées
augmenter ~4 rendez-vous
augmenter le nombre
# --- passe BB : plus d'opportunités, sans augmenter l'équipe, taux qui bondit
plus d'opportunités
sans augmenter l'équipe
bondi
# --- round 5 (lexgen): before/after time, hours won
match: Un devis prend une heure au lieu de trois jours.
match: On a gagné des heures chaque semaine.
au lieu de ~3 jours
au lieu de ~3 semaine*
temps gagné
gagné ~3 heures
# --- round 8 (lexgen4): temps gagné par semaine, plus de contrats
gagn* ~4 par semaine
de contrats en plus
d'affaires en plus

# --- round 10 (lexgen6t): twice as fast, time won by the team (q, t)
match: Les revues de pipeline sont deux fois plus rapides.
match: Nos commerciaux gagnent un temps fou.
nomatch: Le support pourrait être deux fois plus réactif.
@nfois = "deux fois" | "trois fois" | "2x" | "3x"
@rapide = rapides | rapide | "vite"
@nfois plus ~>0 @rapide
@gagnent = gagnent | gagnons | gagne | gagné
@gagnent ~>1 "un temps fou"

[social_status] Image et statut
description: L'image que cela donne : impressionner la direction ou le conseil, paraître moderne ou pionnier, des pairs qui l'adoptent.
match: Avec ça, je serai enfin crédible devant le comité de direction.
match: Nous voulons être les premiers de la région.
nomatch: L'équipe a été impressionnée par la rapidité de l'installation.

crédible
crédibilité
devant le conseil
devant la direction
moderne
innovant*
innovation
pionnier*
les premiers
vitrine
image de marque
impressionn* ~4 direction
impressionn* ~4 conseil
impressionn* ~4 patron
image ~3 moderne
faire bonne impression
montrer ~3 direction
nos pairs
d'autres entreprises ~4 utilisent
à la pointe
unless: prochaine étape
# --- généralisation, 2e passe : ne plus passer pour des amateurs
amateurs
ringard*
dépassés
d'un autre âge
nos confrères
les confrères
nous voient comme
image moderne
grandes marques
comme les grands
# --- 4e passe : être la première entreprise de la région, le conseil doit voir
match: Il aime l'idée d'être la première agence de la ville à l'utiliser.
être la première
être le premier
la première ~4 de la région
le premier ~4 de la région
première ~4 à utiliser
plus professionnel*
comme les meilleurs
dire aux investisseurs

# --- 7e passe : la direction nous cite en exemple
match: Le siège nous cite en exemple.
en exemple

# --- 9e passe : fier de ce qu'on présente à la direction
match: Je suis fier de ce que nous montrons au comité de direction.
nomatch: Le comité de direction se réunit en mars.
fier* ~6 comité de direction
fière* ~6 comité de direction
# --- ronde 11 (lexgen7t) : des prévisions crédibles, c'est le processus (pain levée), pas l'image
nomatch: Des prévisions enfin crédibles, ça change tout.
unless: prévision* ~3 crédible*
# --- 12e passe (lexgen8t) : la direction nous fait (enfin) confiance (ai, aj ; es q)
match: Depuis l'été, la direction nous fait enfin confiance.
nomatch: La confiance de la direction reste à gagner.
direction ~>3 confiance

[convenience] Simplicité
description: Facilité et rapidité : simple, intuitif, installation rapide, tout au même endroit, pas de formation nécessaire, ça marche tout de suite.
match: Très simple, l'équipe s'est formée toute seule.
match: Enfin tout au même endroit.
nomatch: Le paramétrage a été compliqué.
match: Aujourd'hui tout est synchronisé automatiquement.
nomatch: La synchronisation échoue tous les jours.
match: On l'a mis en place en une semaine sans aide externe.
match: Aujourd'hui c'est automatique.
nomatch: La semaine prochaine, on fait le point.

"simple"
"facile"
intuitif
rapide à mettre en place
mise en place rapide
installation rapide
en quelques minutes
tout au même endroit
au même endroit
sans formation
pas de formation
clé en main
prise en main
ergonomique
unless: pas simple
unless: pas facile
formé* ~3 seul*
facile à utiliser
facile à prendre en main
simple à utiliser
en quelques clics
en un clic
sans effort
se fait tout seul
prêt à l'emploi
fluide
unless: prochaine étape
# --- généralisation, 2e passe : en une heure, un seul outil, depuis le téléphone
rapide à
rapidement opérationnel
opérationnel en
en une heure
en ~2 minutes
en dix minutes
un seul outil
un seul logiciel
un seul identifiant
@vueunique = "vue unique" | "tableau unique" | "écran unique" | "un seul endroit"
@vueunique
sans explication
sans problème ~3 installation
match: Tout est dans un seul outil, installé en une heure.
nomatch: La démo était propre et rapide.
se font tout seuls
tourne tout seul
c'est pratique
tout se fait depuis
unless: impossible de
# --- 4e passe : rempli automatiquement, marché du premier coup
rempli* ~4 automatiquement
se fait automatiquement
du premier coup
# --- round 5 (lexgen): no training at all, nothing to install
match: Aucune formation nécessaire pour les commerciaux.
match: Rien à installer, tout passe par le navigateur.
aucune formation
rien à installer
dans le navigateur
# --- round 5 (lexgen, probe round 8): set up in a morning, adopted straight away
match: Installation en une matinée, les agents ont adopté l'outil tout de suite.
en une matinée
en une après-midi
en une journée
adopté ~3 tout de suite

# --- 7e passe : aucune formation nécessaire (éloge par la négation)
match: Aucune formation nécessaire.

# --- 7e passe, après holdout-m : tout se met à jour automatiquement, pratique pour dicter
match: Tout se met à jour automatiquement.
à jour automatiquement
pratique pour
# --- round 8 (lexgen4) : tout se synchronise tout seul
synchronisé automatiquement
se synchronise tout seul
# --- round 8 (lexgen4, after holdout-p) : mis en place en une semaine sans aide externe, c'est automatique (o et p)
sans aide externe
mis en place en ~2 semaine
c'est automatique

# --- round 10 (lexgen6t): setup said with a short span (a setup word x a day, two days, a week; q, s;
# en @setupword ~4 @shortspan)
match: Mise en route en une matinée.
match: La prise en main s'est faite en deux jours.
match: Outil prêt en une semaine, sans intervention.
nomatch: La mise en route a pris six mois.
@miseenroute = "mise en route" | "mise en place" | "prise en main" | installation | installé | déploiement | déployé | prêt
@court = "deux jours" | "une journée" | "un jour" | "une après-midi" | "un après-midi" | "une matinée" | minutes | "une heure" | "une semaine"
@miseenroute ~4 @court
# --- ronde 11 (lexgen7t) : adopté en une semaine
match: L'équipe l'a adopté en une semaine.
adopté ~3 semaine
# --- ronde 11 (lexgen7t) : tout centralisé
match: L'outil a tout centralisé.
tout centralisé

[trust_risk] Confiance et réduction du risque
description: Chercher ou apprécier des preuves et de la sécurité : références clients, études de cas, certifications (ISO 27001, SOC 2), rapports d'audit, SLA, garanties, fiabilité ("aucune coupure").
match: Pouvez-vous nous envoyer deux références clients ?
match: La certification ISO 27001 nous rassure.
match: Aucune coupure depuis six mois.
nomatch: La sécurité nous inquiète.
match: Il veut une copie de votre dernier rapport de test d'intrusion.
nomatch: Le test de la démo s'est bien passé.

référence*
étude de cas
# round 16 (lexgen12t) : remercier pour l'envoi est de la politesse, pas de la preuve recherchée
unless(term): merci ~>4 étude de cas
nomatch: Merci beaucoup pour l'étude de cas envoyée hier.
certifi*
iso 27001
soc 2
audit
sla
garantie*
fiable
rassur*
aucune coupure
aucune panne
sans coupure
sans panne
éprouvé*
qui a fait ses preuves
preuve*
cas client*
témoignage*
hébergement ~4 francfort
conforme au rgpd
certifié*
sécurisé*
stable
sans interruption
zéro panne
unless: prochaine étape
# --- généralisation, 2e passe : réversibilité, aucune erreur, clients comme nous
aucune erreur
sans erreur
zéro erreur
clients comme nous
entreprises comme la nôtre
rapport soc 2
en contact avec ~3 client*
mettre en relation
parler à ~3 client*
parler avec ~3 client*
jamais eu ~3 panne
pas une seule panne

# --- 7e passe, après holdout-m : rapports de pentest demandés
match: Il demande les rapports de pentest.
pentest
# --- round 8 (lexgen4) : rapport de test d'intrusion (en "pen test report")
test d'intrusion

# --- 9e passe : fiabilité : aucune panne, n'a jamais planté
match: Aucune panne depuis le lancement.
match: L'outil n'a jamais planté en six mois.
nomatch: La panne d'hier a duré une heure.
jamais planté
# --- round 11 (lexgen7t): des prévisions enfin fiables, c'est le processus du client (pain levée), pas la fiabilité du fournisseur
unless: prévision* ~3 fiable*
unless: forecast ~3 fiable*
nomatch: Nos prévisions sont enfin fiables.
unless: bien reçu
nomatch: Nous avons bien reçu le rapport d'audit, merci.

[emotional_resonance] Résonance émotionnelle
description: Émotions et valeurs : enthousiasme, plaisir, fierté, tranquillité d'esprit, valeurs partagées ("ils nous comprennent").
match: L'équipe a été très enthousiaste.
match: Elle a adoré la démo.
nomatch: C'est correct, sans plus.
nomatch: Avec plaisir, à jeudi.
match: On sent qu'ils comprennent comment on travaille.
nomatch: Je comprends le tarif.

enthousias*
adoré
adorent
ravi
plaisir
unless: avec plaisir
fier
fière
fierté
tranquillité d'esprit
l'esprit tranquille
nos valeurs
nous comprennent
coup de cœur
super ~3 équipe
formidable
on adore
nous adorons
ils ont adoré
elle a adoré
il a adoré
heureux
partage* ~3 valeurs
unless: prochaine étape
# --- généralisation, 2e passe : soulagement, gratitude, culture partagée
soulagé*
soulagement
reconnaissant*
moins de stress
sans stress
notre culture
culture d'entreprise
ça nous ressemble
prend soin
sent ~3 soutenu*
sent ~3 écouté*

# --- 7e passe, après holdout-m : je suis séduit, ça me plaît énormément, ils comprennent notre métier
match: L'idée me plaît énormément.
match: L'équipe comprend vraiment notre métier.
plaît énormément
comprend ~2 notre métier
# --- round 8 (lexgen4) : comprend comment on travaille
comprennent comment on travaille
comprend comment on travaille
# --- ronde 11 (lexgen7t) : je n'ai plus peur (la peur levée)
match: Je n'ai plus peur des comités de direction.
"n'ai" plus peur {negation: off}
