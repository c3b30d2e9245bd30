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
# --- Verallgemeinerung Runde 2: Löhne falsch oder zu spät, Papier, hinterherlaufen, Beschwerden
lohn* ~4 falsch
lohn* ~4 zu spät
zu spät ~3 bezahlt
gehälter ~4 falsch
überstunden ~4 falsch
jeden monat ~4 fehler
fehler in der ~2 abrechnung
fehler ~4 lohnabrechnung
zettelwirtschaft
papierkram
auf papier
stundenzettel ~4 hinterher*
hinterherlaufen
hinterherrennen
beschwer* sich
beschwerden
jedes wochenende
am wochenende ~4 abrechnung
match: Jeden Monat sind die Überstunden falsch abgerechnet.
stundenzettel ~4 zusammen
suchen ~4 zusammen
zettel
händisch
von hand
frisst ~4 zeit
frisst ~4 stunden
hinterhertelefonier*
fehlen stundenzettel
# --- Runde 3: hinterhertelefonieren
den ganzen tag ~5 hinter
telefonier* ~5 hinter
suche ~4 hinterher
renne ~4 hinterher
laufe ~4 hinterher
doppelt pflegen
pflegen ~3 doppelt
doppelte datenpflege
unless: die app
per hand
# --- Runde 4: Notizen von Hand, niemand weiß Bescheid, Daten zusammensuchen, ganze Tage für Berichte
match: Vor jedem Quartalsbericht suche ich zwei Tage lang Zahlen zusammen.
niemand wusste
keiner wusste
niemand weiß
zusammensuchen
zusammenkratzen
zusammen ~3 suchen
ganze tage
zwei tage lang
# --- Proberunde X: halber Tag für Listenpflege, es geht ständig etwas verloren
listenpflege
geht ~3 verloren
keiner ~3 pflegt
ausgedruckt* ~2 listen
ineffizient
untergegangen
geht ~3 unter
doppelt ~2 abtipp*
# --- Proberunde BB: nie wissen, wer wen angerufen hat; Durcheinander
wissen nie
weiß nie wer
keiner weiß wer
durcheinander
# --- round 5 (lexgen): hours lost every week, a week per quote, everyone blaming the others
match: Wir verlieren jede Woche Stunden mit dem Abgleich.
match: Jedes Angebot dauert eine Woche.
verlieren ~4 stunden
dauert ~3 woche
dauert ~3 tage
schieben sich ~3 schuld
# --- round 5 (lexgen, probe round 13): the before story
match: Früher haben wir jede Freigabe per E-Mail hinterhergejagt.
früher ~5 hinterher*
früher ~5 per e-mail

# --- Runde 6: jede Woche Stunden mit Abgleichen, mehr Zeit mit Reporting als mit Kunden
match: Früher haben wir jeden Freitag zwei Stunden Listen abgeglichen.
match: Die Leute verbringen mehr Zeit mit Pflege als mit Verkaufen.
nomatch: Jeden Montag gibt es ein kurzes Meeting.
jeden montag ~4 stunden
jeden freitag ~4 stunden
mehr zeit mit ~4 als mit
hinten und vorne nicht

# --- Runde 7: jeder pflegt seine eigene Excel-Datei, nichts passt zusammen
match: Jeder pflegte seine eigene Excel-Liste.
match: Am Ende hat nichts zusammengepasst.
eigene excel*
nichts zusammengepasst
nichts passt zusammen

# --- Runde 7: niemand fasst nach
match: Angebote gehen raus, aber niemand fasst nach.
niemand fasst nach

# --- Runde 9: die Prognose liegt daneben
match: Unsere Prognose liegt jedes Quartal weit daneben.
nomatch: Die Prognose stimmt jetzt jeden Monat.
forecast ~5 daneben
prognose* ~5 daneben

# --- round 10 (lexgen6t): the before story said as "endlich kein(e) ... mehr" (s, t; en "no more")
match: Endlich keine Excel-Listen mehr am Quartalsende.
match: Endlich kein Nachtelefonieren mehr bei jedem Forecast.
nomatch: Endlich ist der Vertrag unterschrieben.
@kein = kein | keine | keinen
endlich ~>1 @kein ~>3 mehr {negation: off}
# batch 2: days that a routine eats, as lists (a verb x days; u, x; replaces "kostet mich/uns ~4 tage", "frisst ~4 tage")
match: Das kostet meine Teamleiter zwei Tage im Quartal.
match: Zum Monatsende sitzen drei Leute zwei Tage an den Listen.
nomatch: Das spart uns zwei Tage im Monat.
@zeitfresser = kostet | kosten | frisst | fressen | verbringen | verbringt | sitzen | sitzt
@tage = tage | tagen | "einen tag" | "halben tag"
@zeitfresser ~5 @tage
@sparen = spart | sparen | gespart | zurück
unless: @sparen ~6 @tage
# batch 3: forecasting by guesswork said as one word (n, q), hating the Excel list (g; en @hateit ~>3 @chore)
match: Unsere Planung ist reine Kaffeesatzleserei.
match: Die Leute hassen die Excel-Listen.
nomatch: Wir hassen Überraschungen beim Preis nicht.
@raten = blindflug | kaffeesatzleserei | raterei | "im blindflug"
@raten
@hassen = hassen | hasst | hasse
@liste = excel-liste | excel-listen | liste | listen | tabelle | tabellen | excel
@hassen ~3 @liste
# --- Runde 11 (lexgen7t): Angebote bleiben tagelang liegen
match: Anfragen bleiben bei uns tagelang liegen.
nomatch: Die Server liegen in Frankfurt.
tagelang ~3 liegen
wochenlang ~3 liegen

[fear_of_loss] Verlustangst
description: Angst, zurückzufallen oder etwas zu verlieren: Wettbewerber ziehen vorbei, Kunden oder Aufträge gehen verloren, Fristen mit Folgen.
match: Unsere Wettbewerber sind da schon viel weiter, wir dürfen nicht den Anschluss verlieren.
match: Jede Woche ohne Lösung verlieren wir Aufträge.
nomatch: Wir sind dem Plan voraus.
match: Bis Ende Juni muss es laufen, sonst verfällt die Förderung.
nomatch: Der Gutschein ist verfallen, egal.

anschluss ~3 verlieren
den anschluss
abgehängt
zurückfallen
ins hintertreffen
wettbewerber ~5 weiter
wettbewerber ~5 schon
konkurrenz ~5 weiter
konkurrenz ~5 schon
abwander*
zu spät
frist
strafe*
vertragsstrafe*
jede woche ohne
jeden tag ohne
jeden monat ohne
nicht abhängen lassen
hinken ~4 hinterher
hinken hinterher
verlieren ~3 marktanteile
kunden abspringen
bevor es zu spät
unless: nächste schritte
# --- Verallgemeinerung Runde 2: Leute verlieren, Förderungen, Bußgelder, Prüfungen
mitarbeiter* ~3 verlieren
gute leute ~3 verlieren
fachkräfte ~3 verlieren
leute ~3 verlieren
wandern ~3 ab
gehen ~3 zur konkurrenz
bußgeld*
nachzahlung*
betriebsprüfung ~5 ärger
förderung ~3 verlieren
zuschuss ~3 verlieren
laufen ~4 weg
fachkräfte ~3 weg
mitarbeiter ~3 "weg"
wettbewerb* ~5 hinterher
konkurrenz ~5 hinterher
verlieren ~3 umsatz
umsatz verlieren
verlieren ~4 an die konkurrenz
weg vom fenster
nicht nachziehen
hängen ~3 hinterher
# --- round 5 (lexgen): fear said with its negator ("den Anschluss nicht verlieren")
match: Wir dürfen den Anschluss nicht verlieren.
match: Wir können es uns nicht leisten, noch mehr Kunden zu verlieren.
anschluss nicht verlieren
nicht den anschluss
nicht leisten ~5 verlieren
dürfen ~3 nicht zurückfallen
nicht ~3 zurückfallen
match: Wir dürfen nicht noch weiter zurückfallen.

# --- Runde 7: Aufträge verschlafen, Angebote gehen verloren
match: Wir haben zwei Aufträge verschlafen.
verschlafen
angebote ~3 verloren

# --- Runde 7: verliert Kunden an einen Wettbewerber
match: Der Vertrieb verliert gerade Kunden an einen Wettbewerber.
verliert ~4 an einen wettbewerber
verlieren ~4 an einen wettbewerber
# --- Runde 8 (lexgen4): eine Frist, nach der Geld verfällt (en "or we lose the grant")
sonst verfällt
verfällt ~3 zuschuss
verfällt ~3 förderung
förderfrist

# --- round 10 (lexgen6t): losing business as lists, either order (a verb of losing x what is lost;
# t, earlier k, m); replaces the four single wordings
match: Unser Vertrieb verliert Deals an schnellere Wettbewerber.
match: Letztes Jahr haben wir drei Ausschreibungen an die Konkurrenz verloren.
nomatch: Wir verlieren keine Zeit mit Listen.
@verlieren = verlieren | verliert | verloren | verlor
@geschaeft = kunden | aufträge | deals | ausschreibungen | projekte | mandate | vermittler
@verlieren ~3 @geschaeft
nicht abgehängt werden
# --- Runde 11 (lexgen7t): der Wettbewerber ist uns einen Schritt voraus
match: Der Nachbarbetrieb ist uns immer einen Schritt voraus.
schritt voraus

[desire_for_gain] Gewinnstreben
description: Mehr erreichen: Umsatz, mehr Abschlüsse, Wachstum, ROI, Einsparungen, Zeitgewinn und Produktivität, Genauigkeit.
match: Wenn wir damit zwei Stunden pro Woche sparen, rechnet sich das sofort.
match: Mehr Abschlüsse und ein klarer ROI, das zählt.
nomatch: Wir haben über den Preis gesprochen.

roi
rendite
amortis*
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
mehr zeit ~3 verkauf*
zeit gewinnen
gewinnen ~3 zeit
schneller ~3 abschl*
abschlussquote
umsatzplus
wachstum
unless: nächste schritte
# --- Verallgemeinerung Runde 2: Zeit zurück, Kosten gesenkt
zeit zurück
abende zurück
wochenenden zurück
kosten ~3 senken
kosten ~3 gesenkt
spart uns
weniger überstunden
überstunden ~3 reduziert
ohne zusätzliche* ~2 personal
halbe stelle
sparen ~4 stelle
mehr conversion
prozent mehr
genauere ~3 zahlen
stelle einsparen
einsparen
# --- Runde 4: mehr Termine, Deals, Pipeline; verdoppeln; Kennzahlen gestiegen
match: Seit dem Start buchen wir deutlich mehr Termine pro Woche.
match: Wir wollen die Zahl der Erstgespräche verdoppeln, ohne neue Leute einzustellen.
mehr termine
mehr deals
mehr pipeline
mehr gespräche
mehr leads
mehr demos
mehr verkaufen
verdoppel*
ohne ~3 einzustellen
ohne neue ~2 einstellungen
stunden ~3 gespart
abschlussquote ~3 gestiegen
umsatz ~3 gestiegen
pipeline ~3 gestiegen
antwortquote*
quote ~3 gestiegen
# --- Proberunde X: doppelt so viele, Quoten gestiegen
doppelt so viele
*rate ~4 gestiegen
*quote ~4 gestiegen
*rate ~4 verdoppelt
*quote ~4 verdoppelt
termine mehr
abschlüsse mehr
verdreifach*
# --- round 5 (lexgen): "an einem Tag statt in einer Woche", more selling time
match: Angebote gehen jetzt an einem Tag raus statt in einer Woche.
statt ~3 woche
statt ~3 tagen
statt ~3 stunden

# --- Runde 6: gesparte Stunden und Minuten
match: Seitdem sparen die Teamleiter jede Woche mehrere Stunden.
nomatch: Wir sparen uns die Diskussion.
spar* ~6 stunden
spar* ~6 minuten

# --- Runde 7: bringt bares Geld
match: Das bringt uns bares Geld.
bares geld

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
andere unternehmen ~4 nutzen
branche ~4 nutzt
unless: nächste schritte
# --- Verallgemeinerung Runde 2: wie Dinosaurier aussehen, Kollegen schwärmen
dinosaurier
altmodisch
verstaubt
von gestern
nicht mehr zeitgemäß
vor dem aufsichtsrat
vor den gesellschaftern
schwärm*
kollegen ~4 nutzen
moderner auftreten
modernes image
# --- Runde 4: der Vorstand soll sehen, Gleichgesinnte nutzen es schon, als erstes Haus in der Region
match: Die Hälfte der Gründer aus unserem Netzwerk arbeitet schon damit.
die hälfte ~5 nutzt
die hälfte ~5 arbeitet
vorstand ~3 sehen
als erstes ~4 region
professioneller
wirken ~4 professionell*
beneidet
neidisch

# --- Runde 9: ganz vorne mit dabei
match: Als kleiner Betrieb sind wir damit ganz vorne mit dabei.
nomatch: Der Termin steht ganz vorne im Kalender.
vorne mit dabei
# --- Runde 11 (lexgen7t): wenn der Kollege es nutzt, will ich das auch
match: Wenn Meyer das nutzt, will ich das auch.
das nutzt ~>3 will ich das auch

[convenience] Bequemlichkeit
description: Einfach und schnell: einfache Bedienung, schnelle Einrichtung, alles an einem Ort, keine Schulung nötig, funktioniert sofort.
match: Die Einrichtung ging schnell und ohne IT.
match: Super einfach zu bedienen, keine Schulung nötig.
nomatch: Die Einrichtung war kompliziert.
match: Die Einführung war in drei Tagen erledigt.
match: In einem Tag eingerichtet, ohne Hilfe.
nomatch: Die Rechnung war nach zwei Tagen da.

einfach zu bedienen
einfach zu nutzen
einfach zu verstehen
einfach einzurichten
ganz einfach
super einfach
sehr einfach
kinderleicht
leicht zu bedienen
benutzerfreundlich
intuitiv
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
# --- Verallgemeinerung Runde 2: in einer Stunde eingerichtet, problemlos, ein System, vom Handy
keine stunde
in einer stunde
in ~2 minuten
problemlos
in einem system
ein login
ohne erklärung
ohne einweisung
sofort ~3 zurechtgefunden
match: Die Einrichtung hat keine Stunde gedauert.
automatisch
ohne manuell*
ohne nacharbeit*
ruckzuck
im handumdrehen
blitzschnell
ging ~2 schnell
unless: geht nicht
unless: gehen nicht
in sekunden
sekundenschnell
unless: automatische verlängerung
unless: verlängert sich automatisch
funktioniert einfach
ohne ~4 einrichten
# --- Runde 4: in Minuten eingerichtet, lief sofort, auf Anhieb
match: Die Einrichtung hat eine Viertelstunde gedauert, die Anmeldung lief sofort.
minuten gedauert
viertelstunde gedauert
lief sofort
lief auf anhieb
auf anhieb
# --- round 5 (lexgen): "keine zehn Minuten", nothing to install, in the browser
match: Die Einrichtung hat keine zehn Minuten gedauert.
match: Nichts zu installieren, läuft im Browser.
keine ~2 minuten
nicht mal ~3 stunde
weniger als ~3 minuten
nichts zu installieren
ohne installation
im browser
sofort zurecht
match: Die Helferinnen kamen sofort zurecht.

# --- Runde 7: die Einrichtung hat einen Nachmittag gedauert
match: Die Einrichtung hat einen Nachmittag gedauert.
nachmittag gedauert

# --- Runde 7, nach holdout-m: alles auf einen Blick, sofort startklar
match: Wir sehen die ganze Pipeline auf einen Blick.
match: Einfach installiert und sofort startklar.
auf einen blick
startklar
# --- Runde 8 (lexgen4): die Einführung war in zwei Tagen erledigt (en "live in a week", "rollout took two days")
in ~2 tagen erledigt
in ~2 tagen eingerichtet
in einem tag erledigt
in einem tag eingerichtet
einführung ~4 tagen erledigt

# --- round 10 (lexgen6t): setup said with a short span (a setup word x an afternoon, minutes, a day;
# i, m, s, t; en @setupword ~4 @shortspan)
match: Die Einrichtung hat einen Vormittag gedauert.
match: In zwanzig Minuten installiert, danach lief alles.
match: Einfach installiert, sofort startklar.
nomatch: Die Einrichtung hat drei Monate gedauert.
@einrichten = einrichtung | eingerichtet | installiert | installation | umstellung | startklar | "live"
@kurzzeit = nachmittag | vormittag | "einem tag" | "einen tag" | minuten | "einer stunde" | "zwei tagen" | sofort
@einrichten ~5 @kurzzeit
# --- Runde 11 (lexgen7t): ohne großes IT-Projekt
match: Wir wollen einen schnellen Start ohne großes IT-Projekt.
ohne ~2 it-projekt

[trust_risk] Vertrauen und Sicherheit
description: Beweise und Sicherheit suchen oder schätzen: Referenzen, Fallstudien, Zertifizierungen (ISO 27001, SOC 2), Prüfberichte, SLA, Garantien, Zuverlässigkeit.
match: Können Sie uns zwei Referenzkunden nennen?
match: Die ISO-Zertifizierung hat uns überzeugt.
match: Seit Monaten kein einziger Ausfall.
nomatch: Wir haben Bedenken beim Datenschutz.
match: Das Hosting in Frankfurt war für uns ein wichtiges Sicherheitsargument.
match: Die Zertifizierung war für unseren Datenschutz entscheidend.
nomatch: Bedingung: Hosting in Deutschland.
match: Datenschutz war kein Thema, weil alles in Frankfurt liegt.
nomatch: Die Messe ist in Frankfurt.
match: Die Daten liegen in Frankfurt, das hat unseren Datenschutzbeauftragten überzeugt.

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
unless(term): wer garantiert
nomatch: Wer garantiert uns, dass die Backups in der EU bleiben?
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
unless(term): wer garantiert
ausfallfrei
unless: nächste schritte
# --- Verallgemeinerung Runde 2: fehlerfrei, Kunden wie wir, Referenzen aus der Branche
kein einziger fehler
ohne ~2 fehler
fehlerfrei
kunden wie wir
unternehmen wie unseres
referenzen ~3 branche
sicherer hafen
auf nummer sicher
unless: steuerbüro
unless: steuerberater
kunden ~6 sprechen können
mit denen wir sprechen
mit ~3 kunden sprechen
# --- Runde 4: andere Häuser nutzen es ohne Probleme
andere ~4 nutzen es ~3 ohne probleme
wenn es bei ihnen funktioniert
unless: bleiben ~3 bei unserer
# --- round 5 (lexgen): a peer's recommendation
match: Ein Kollege hat uns Ihr Tool sehr empfohlen.
empfohlen
# --- Runde 8 (lexgen4): Hosting oder Zertifikat als Sicherheitsargument (nicht die Bedingung "Hosting in Deutschland", das ist risk)
sicherheitsargument
für unseren datenschutz ~2 entscheidend
# --- Runde 8 (lexgen4): Daten liegen in Frankfurt (als Argument genannt)
in frankfurt liegen
in frankfurt liegt
liegen in frankfurt

# --- Runde 9: Zuverlässigkeit: kein einziger Ausfall, läuft seitdem stabil
match: Seit dem Start gab es keinen einzigen Ausfall.
match: Das System läuft seitdem stabil.
nomatch: Gestern gab es einen Ausfall beim Import.
läuft seitdem stabil

# --- round 10 (lexgen6t): security documents praised (a document x exemplary, thorough; j, and en/fr)
match: Ihr Sicherheitskonzept ist vorbildlich.
match: Die Unterlagen zum Pentest waren sehr gründlich.
nomatch: Die Preisliste ist vorbildlich übersichtlich.
@doku = doku | dokumentation | unterlagen | sicherheitskonzept | pentest | pentest-bericht | nachweise | verschlüsselung
@lob = vorbildlich | gründlich | lückenlos | überzeugend
@doku ~6 @lob
# --- Runde 11 (lexgen7t): ohne einen einzigen Ausfall
match: Läuft seit Monaten ohne einen einzigen Ausfall.
ohne einen einzigen ausfall
ohne ausfall
# --- Runde 11 (lexgen7t): seitdem läuft alles stabil
match: Seitdem läuft alles stabil.
läuft alles stabil

[emotional_resonance] Emotionale Resonanz
description: Gefühle und Werte: Begeisterung, Freude, Stolz, ein gutes Gefühl, gemeinsame Werte ("die verstehen uns").
match: Das Team ist total begeistert.
match: Es macht richtig Spaß, damit zu arbeiten.
nomatch: Ganz okay, nichts Besonderes.
match: Endlich ein Tool, das versteht, wie ein kleiner Betrieb verkauft.
match: Man merkt, dass sie verstehen, wie wir arbeiten.
nomatch: Ich verstehe die Preisliste nicht.

begeistert
begeisterung
macht spaß
freude
freuen uns
stolz
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
# --- Verallgemeinerung Runde 2: Erleichterung, Dankbarkeit, gemeinsame Werte
erleichtert
erleichterung
dankbar
ruhig schlafen
endlich ruhe
passt zu uns
gleichen werte
fühlt sich richtig an
unsere kultur
unternehmenskultur
am herzen
gut aufgehoben
fühlen uns ~4 wohl
# --- Runde 8 (lexgen4): versteht, wie wir arbeiten
versteht ~2 wie ~3 verkauft
versteht ~2 wie wir
verstehen ~2 wie wir
# --- Runde 12 (lexgen8t): "ich freue mich" neben "freuen uns" (de ah; en 'can't wait')
match: Ich freue mich jeden Morgen auf die neue Übersicht.
freue mich
