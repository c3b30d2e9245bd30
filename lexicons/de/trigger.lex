# trigger.lex (Deutsch): die sieben Kaufmotive. Boundaries as in en/trigger.lex.
# Jede Kategorie endet mit `unless: nächste schritte`: solche Sätze in CRM-Notizen sind
# der Plan des Vertriebs, nicht die Worte des Kunden (labeling.md, Regel 1).

[pain] Schmerz
description: Ein Problem im eigenen Ablauf tut heute weh: verlorene Stunden, Handarbeit, Fehler, Chaos, Frust mit dem jetzigen Vorgehen. Frust mit dem Produkt des Anbieters ist product_fit.
match: Wir verlieren jede Woche Stunden mit Copy-Paste zwischen Excel und CRM.
match: Unsere Prognose ist ein einziges Chaos.
nomatch: Die Einführung war schmerzlos.

verlieren ~3 stunden
verlieren ~4 zeit
stunden ~4 verschwendet
zeit ~3 verschwendet
zeitfresser
handarbeit
manuell*
copy-paste
abtippen
chaos
chaotisch
mühsam
nervig
frust*
albtraum
alptraum
kopfschmerzen
fehleranfällig
niemand ~3 vertraut
zeitaufwendig
aufwendig ~3 excel
fehler ~3 excel
excel-chaos
doppelt erfassen
doppelpflege
keinen überblick
intransparent
verlieren den überblick
ärger*
unless: nächste schritte

[fear_of_loss] Verlustangst
description: Angst, zurückzufallen oder etwas zu verlieren: Wettbewerber ziehen vorbei, Kunden oder Aufträge gehen verloren, Fristen mit Folgen.
match: Unsere Wettbewerber sind da schon viel weiter, wir dürfen nicht den Anschluss verlieren.
match: Jede Woche ohne Lösung verlieren wir Aufträge.
nomatch: Wir sind dem Plan voraus.

anschluss ~3 verlieren
den anschluss
abgehängt
zurückfallen
ins hintertreffen
wettbewerber ~5 weiter
wettbewerber ~5 schon
konkurrenz ~5 weiter
konkurrenz ~5 schon
verlieren ~3 kunden
verlieren ~3 aufträge
kunden ~3 verlieren
aufträge ~3 verlieren
abwander*
zu spät
frist
strafe*
vertragsstrafe*
jede woche ohne
jeden tag ohne
jeden monat ohne
nicht abhängen lassen
hinterher
hinken hinterher
verlieren ~3 marktanteile
kunden abspringen
bevor es zu spät
unless: nächste schritte

[desire_for_gain] Gewinnstreben
description: Mehr erreichen: Umsatz, mehr Abschlüsse, Wachstum, ROI, Einsparungen, Zeitgewinn und Produktivität, Genauigkeit.
match: Wenn wir damit zwei Stunden pro Woche sparen, rechnet sich das sofort.
match: Mehr Abschlüsse und ein klarer ROI, das zählt.
nomatch: Wir haben über den Preis gesprochen.

roi
rendite
amortis*
rechnet sich
lohnt sich
sparen ~3 stunden
spart ~3 stunden
zeit ~3 sparen
zeitersparnis
einsparung*
mehr umsatz
umsatz ~3 steiger*
mehr abschlüsse
mehr aufträge
produktivität
effizien*
jeden cent wert
genauer
mehr zeit ~3 verkauf*
zeit gewinnen
gewinnen ~3 zeit
schneller ~3 abschl*
abschlussquote
umsatzplus
wachstum
wachsen
unless: nächste schritte

[social_status] Ansehen und Status
description: Wie es sie aussehen lässt: Eindruck beim Vorstand oder Chef, modern und vorn dabei, Vergleichsunternehmen setzen es ein.
match: Damit stehe ich vor dem Vorstand endlich gut da.
match: Zwei Schwesterfirmen nutzen das schon.
nomatch: Die Einrichtung hat mein Team beeindruckt.

gut dastehen
gut da
vor dem vorstand
vor der geschäftsführung
eindruck ~4 vorstand
modern*
innovativ*
vorreiter
als erste
aushängeschild
vorzeigen
schwesterfirmen
vorzeigeprojekt
vorbild
andere unternehmen ~4 nutzen
branche ~4 nutzt
unless: nächste schritte

[convenience] Bequemlichkeit
description: Einfach und schnell: einfache Bedienung, schnelle Einrichtung, alles an einem Ort, keine Schulung nötig, funktioniert sofort.
match: Die Einrichtung ging schnell und ohne IT.
match: Super einfach zu bedienen, keine Schulung nötig.
nomatch: Die Einrichtung war kompliziert.

einfach
leicht zu bedienen
benutzerfreundlich
intuitiv
übersichtlich
unkompliziert
schnell eingerichtet
einrichtung ~3 schnell
in minuten
an einem ort
alles an einem
keine schulung
ohne schulung
ohne it
sofort einsatzbereit
funktioniert sofort
bequem
unless: nicht einfach
unless: nicht so einfach
in wenigen minuten
ohne aufwand
ohne programmier*
spart ~3 klicks
alles in einem
selbsterklärend
unless: nächste schritte

[trust_risk] Vertrauen und Sicherheit
description: Beweise und Sicherheit suchen oder schätzen: Referenzen, Fallstudien, Zertifizierungen (ISO 27001, SOC 2), Prüfberichte, SLA, Garantien, Zuverlässigkeit.
match: Können Sie uns zwei Referenzkunden nennen?
match: Die ISO-Zertifizierung hat uns überzeugt.
match: Seit Monaten kein einziger Ausfall.
nomatch: Wir haben Bedenken beim Datenschutz.

referenz*
fallstudie*
zertifiz*
zertifikat*
iso 27001
soc 2
prüfbericht*
pentest*
sla
garantie*
zuverlässig*
ausfallsicher*
kein ausfall
kein einziger ausfall
bewährt
nachweis*
vertrauenswürdig
überzeugt
referenzkunde*
bewährt*
sicherheit ~3 überzeugt
garantiert
läuft stabil
stabil
ausfallfrei
unless: nächste schritte

[emotional_resonance] Emotionale Resonanz
description: Gefühle und Werte: Begeisterung, Freude, Stolz, ein gutes Gefühl, gemeinsame Werte ("die verstehen uns").
match: Das Team ist total begeistert.
match: Es macht richtig Spaß, damit zu arbeiten.
nomatch: Ganz okay, nichts Besonderes.

begeistert
begeisterung
macht spaß
freude
freuen uns
stolz
liebe*
gutes gefühl
beruhigend
verstehen uns
versteht uns
unsere werte
macht ~2 spaß
freuen uns ~3 zusammenarbeit
toll
großartig
herzblut
leidenschaft
unless: nächste schritte
