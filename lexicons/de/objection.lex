# objection.lex (Deutsch): Einwände, die einen Kauf aufhalten.
# Same ten categories and boundaries as en/objection.lex (see labeling.md).
# Wörter werden gestemmt verglichen (Snowball, deutsch); `wort*` passt auf jedes
# Wort, das so beginnt – nützlich für Komposita (Budget*, Vertrag*).
# Jede Kategorie endet mit `unless: nächste schritte`: solche Sätze in CRM-Notizen sind
# der Plan des Vertriebs, nicht die Worte des Kunden (labeling.md, Regel 1).

# --- Runde 10 (lexgen6o): Wortlisten. Eine Liste nennt die Formulierungen einer Bedeutung einmal;
# ein Term mit @name steht für jede Kombination (lexicons/README.md, "Word lists").
# wer zustimmen oder entscheiden muss
@gremium = vorstand | geschäftsleitung | geschäftsführer | geschäftsführerin | geschäftsführung | betriebsrat | aufsichtsrat | inhaber | inhaberin | chef | chefin | einkauf | gesellschafter
@zustimmen = entscheidung | entscheidet | entscheiden | freigabe | zustimmung | zustimmen | genehmigung | genehmigen | unterschrift | unterschreibt
# Budget, das schon vergeben ist
@mittel = budget | mittel | etat | gelder
@schon = schon | bereits | komplett | vollständig | längst
@freigabe = freigabe | zustimmung | genehmigung
@vergeben = verteilt | vergeben | ausgeschöpft | aufgebraucht | weg
# Monate, Quartale, Jahreszeiten
@monat = januar | februar | märz | april | mai | juni | juli | august | september | oktober | november | dezember | "q1" | "q2" | "q3" | "q4" | herbst | sommer | frühjahr | winter | jahresende
@nichts = nichts | nicht | kein | keine
# --- round 11 (lexgen7o): thanks for a document received, an approval already given, terms accepted (written in forms
# that a negation breaks up: "ne nous convient pas", "no nos encaja", "hat nicht zugestimmt" do not match), and a
# deferral that waits on the product
@danke = danke für | vielen dank für | besten dank für | herzlichen dank für
@dokde = unterlagen | dokument | dokumente | antworten | vertrag | vertragsentwurf | bericht | angebot | vergleich | liste | fragebogen | klausel | konditionen | referenzen
@erledigt = bereits freigegeben | schon freigegeben | ist freigegeben | sind freigegeben | wurde freigegeben | wurden freigegeben | "hat zugestimmt" | haben zugestimmt | grünes licht gegeben | "ist erledigt" | "sind erledigt" | "ist geklärt" | "sind geklärt" | "passt jetzt" | "passen jetzt"
@sobald = sobald | wenn | "falls"
@da = verfügbar | "gibt" | "fertig" | "live"

[budget] Budget / Preis
description: Der Preis ist das Problem: zu teuer, kein Budget oder Budget verplant, Rabattwunsch, woanders günstiger. Nicht, wenn der Preis ausdrücklich in Ordnung ist oder aufgewogen wird ("nicht billig, aber jeden Cent wert").
match: Ehrlich gesagt ist uns das zu teuer für sechs Nutzer.
match: Für dieses Jahr haben wir kein Budget mehr.
match: Das Budget ist schon komplett verplant.
match: Können Sie beim Preis noch etwas machen? Wir bräuchten 15 % Rabatt.
match: Der Preis pro Lizenz ist ziemlich sportlich.
nomatch: Der Preis ist kein Problem.
nomatch: Nicht billig, aber jeden Cent wert.
nomatch: Preislich okay, nur die Laufzeit passt uns nicht.

zu teuer
teuer
zu kostspielig
kostspielig
überteuert
sportlich
gesalzen
happig
preis* ~3 hoch
preis* ~3 zu hoch
kosten ~3 zu hoch
kosten ~3 hoch
kein budget
keine budget*
kein geld
keine mittel
nicht im budget
budget* ~4 verplant
budget* ~4 ausgeschöpft
budget* ~4 aufgebraucht
budget* ~4 knapp
budget* ~4 gekürzt
budget* ~4 gestrichen
budget* ~4 eingefroren
budgetstopp
ausgabenstopp
können wir uns nicht leisten
nicht leisten
rabatt
nachlass
preisnachlass
entgegenkommen beim preis
beim preis ~3 machen
günstiger
billiger
halben preis
hälfte des preises
preiserhöhung
preis* ~3 gestiegen
preis* ~3 erhöht
zahlen doppelt
doppelt zahlen
unless: jeden cent wert
unless: das geld wert
unless: preis ist ok
unless: preis ist in ordnung
unless: preis ist kein problem
unless: kein problem
unless: passt
unless: budget ist da
unless: budget ist freigegeben
zu hoch
kostet zu viel
zu viel geld
nicht bezahlbar
unbezahlbar
nicht finanzierbar
sprengt ~3 budget
über ~3 budget
budget* ~3 reicht nicht
budget* ~4 überschritten
rabatt ~4 wünsch*
rabatt ~4 brauch*
preis ~4 runter
beim preis ~3 entgegen
lizenzkosten ~3 hoch
pro nutzer ~3 teuer
woanders günstiger
kostenlos
gratis
lohnt sich nicht
unless: preis ist fair
unless: preislich fair
unless: preislich in ordnung
unless: preislich okay
unless: preislich ok
unless: preis ist okay
unless: nächste schritte
# --- Verallgemeinerung Runde 2: Preisabstand, rechnet sich nicht, kleiner Rahmen
deutlich über
über dem ~4 angeboten
teurer als
doppelt so teuer
doppelt so viel
mehr als wir ~3 zahlen
rechnet sich nicht
rechnet sich ~3 nicht
nicht wirtschaftlich
preis-leistung
budgetrahmen
außerhalb ~3 budget*
budget ~3 klein
kleines budget
preisvorstellung
preislich ~3 weit weg
zu weit auseinander
sonderkondition*
startup-rabatt
rabatt ~4 frag*
nicht überzeugt ~4 preis
match: Ihr Angebot liegt deutlich über unserem Budgetrahmen.
weit über
mehr als ~3 eingeplant
über dem ~5 eingeplant
über ~3 budgetiert
sprengt ~3 rahmen
übersteigt ~3 rahmen
rahmen ~3 gesprengt
# --- Runde 3
sonderkonditionen
mehr als wir ~3 verdienen
preislich ~4 nicht
übersteigt ~3 budget
übersteigt ~3 *budget
für unser ganzes
entgegenkommen
entgegen kommen
# --- round 5 (lexgen): what the money would buy instead, over the budget
match: Für das Geld bekommen wir zwei Werkstudenten.
match: Das sprengt unser Budget.
für das geld
# --- round 5 (lexgen, probe round 9): the budget is already allocated
match: Das Budget für Telematik ist dieses Jahr schon verplant.
verplant
budget ~4 ausgeschöpft
budget ~4 aufgebraucht

# --- Runde 7 (lexgen3): Preis völlig überzogen
match: Der Preis ist für uns völlig überzogen.
überzogen

# --- Runde 7, nach holdout-m: deutlich zu viel
match: 40 Euro pro Nutzer ist für uns deutlich zu viel.
deutlich zu viel

# --- Runde 10 (lexgen6o): Budget schon verteilt oder keine Mittel eingeplant
match: Das Budget für nächstes Jahr ist bereits verteilt.
match: Für 2027 sind keine Mittel für neue Tools eingeplant.
nomatch: Die Mittel sind freigegeben, wir können starten.
nomatch: Das Budget für 2027 wird im Januar verteilt.
@mittel ~5 @schon ~>2 @vergeben
kein* ~>1 @mittel ~>6 eingeplant
unless: @danke ~>4 @dokde
unless: @erledigt

[authority] Entscheidungsbefugnis
description: Jemand anderes muss zustimmen oder unterschreiben: Chef, Geschäftsführung, Vorstand, Betriebsrat, Einkauf, Gremium, eine verpflichtende Ausschreibung. Nicht, wenn die Freigabe schon erteilt ist.
match: Das muss die Geschäftsführung freigeben.
match: Ohne Zustimmung des Betriebsrats geht gar nichts.
match: Ich entscheide das nicht allein, mein Chef hat das letzte Wort.
match: Ab 50.000 Euro ist eine Ausschreibung Pflicht.
nomatch: Die Geschäftsführung hat letzte Woche zugestimmt.
match: Ab 20k gilt bei uns Ausschreibungspflicht.
nomatch: Die Pflichtfelder sind ausgefüllt.

freigeben
muss ~4 zustimmen
genehmig*
abseg*
unterschreiben ~3 muss
muss ~4 unterschreiben
letzte wort
entscheidet
entscheiden ~3 nicht allein
nicht allein entscheiden
nicht meine entscheidung
nicht der entscheider
nicht die entscheiderin
entscheidungsträger
gremium
ausschuss
komitee
aufsichtsrat
betriebsrat
geschäftsführung ~4 entscheid*
einkauf ~4 prüf*
einkauf ~4 zustimm*
ausschreibung
vergabeverfahren
unless: hat zugestimmt
unless: bereits genehmigt
unless: schon genehmigt
ohne zustimmung
ohne freigabe
ohne genehmigung
chef ~4 entscheid*
chefin ~4 entscheid*
vorgesetzte*
muss ~3 absegnen
entscheidung ~4 gremium
nicht ich ~3 entscheide
liegt nicht bei mir
einkauf ~4 freigeben
einkauf ~4 einbinden
zeichnungsberechtig*
unless: nächste schritte
# --- Verallgemeinerung Runde 2: wer am Ende entscheidet, Rücksprache, falsche Ansprechperson
am ende ~4 geschäftsführung
am ende ~4 chef
am ende ~4 inhaber
entscheiden tut
inhaber* ~4 entscheid*
geschäftsführer* ~4 entscheid*
rücksprache mit
abstimmen mit ~3 chef*
abstimmen mit ~3 geschäftsführung
vorlegen ~4 geschäftsführung
vorlegen ~4 vorstand
muss ~4 vorlegen
nicht zuständig
falsche* ansprechpartner*
nicht ~2 richtige* ansprechpartner*
budgetverantwortung
budgetverantwortlich*
unterschreibt ~4 alles über
alles über ~5 geschäftsführung
match: Entscheiden tut am Ende der Inhaber, nicht ich.
geschäftsführ* ~3 besprechen
chef* ~3 besprechen
vorgesetzt* ~3 besprechen
erst ~4 besprechen
ohne das okay
okay vom
okay von
ohne ~3 betriebsrat
# --- Runde 3: die Entscheidung liegt bei ...
entscheidung liegt bei
liegt die entscheidung
vorstand entscheidet
entscheidet ~3 vorstand
*vorstand ~3 entscheid*
match: Die Entscheidung liegt bei unserem Vertriebsvorstand.
ohne ausschreibung
# --- round 5 (lexgen, probe round 8): the decision lies with purchasing (with a word between)
match: Die Entscheidung liegt ohnehin beim Einkauf.
entscheidung liegt ~3 beim
liegt ~2 beim einkauf
# eine Vorher-Geschichte: "früher" ist erledigt
unless: früher
nomatch: Früher haben wir jede Freigabe per E-Mail hinterhergejagt.
unless: betriebsrat kein thema
nomatch: Beim Betriebsrat kein Thema, alles geklärt.
# --- Runde 8 (lexgen4): Ausschreibungspflicht ab einem Betrag
ausschreibungspflicht*


# --- Runde 10 (lexgen6o): ein Gremium, das entscheidet oder zustimmen muss, auch mit "ohne" davor
match: Die endgültige Entscheidung trifft unsere Geschäftsleitung.
match: Ohne Freigabe vom Inhaber passiert hier nichts.
nomatch: Die Geschäftsleitung hat bereits zugestimmt.
nomatch: Ohne Vertrag zur Auftragsverarbeitung unterschreibt hier niemand.
@zustimmen ~4 @gremium
ohne ~>3 @freigabe
unless: bereits zugestimmt
unless: schon zugestimmt
unless: @danke ~>4 @dokde
unless: @erledigt
# --- round 11 (lexgen7o): a body that turned it down, the one who makes the decision
match: Die Geschäftsführung hat das Projekt abgelehnt.
match: Die Entscheidung trifft am Ende der Inhaber.
nomatch: Wir haben das alte Angebot abgelehnt.
@gremium ~6 abgelehnt
entscheidung trifft

[need] Bedarf
description: Kein klarer Bedarf oder Nutzen: kein Bedarf, brauchen wir nicht, keine Priorität, nice-to-have, zu klein dafür.
match: Ehrlich gesagt sehe ich keinen Bedarf bei uns.
match: Das brauchen wir in unserer Größe nicht.
match: Das hat derzeit keine Priorität.
nomatch: Den Bedarf sehen wir ganz klar.
match: Wir sind zehn Leute, wir brauchen kein Forecasting-Tool.
nomatch: Wir brauchen keine Schulung.

kein bedarf
keinerlei bedarf
braucht ~3 nicht
brauche ~3 nicht
kein nutzen
keinen mehrwert
nutzen ~3 unklar
mehrwert ~3 unklar
keine priorität
nicht priorität
nicht prioritär
nice to have
zu klein dafür
zu klein für
nicht interessiert
überdimensioniert
overkill
brauchen ~5 nicht
sehe* ~4 keinen bedarf
kein konkreter bedarf
nicht notwendig
nicht nötig
unnötig
brauchen wir nicht
brauche ich nicht
kein thema für uns
lohnt ~3 nicht für uns
zu klein
sehen ~4 keinen nutzen
unless: nächste schritte
# --- Verallgemeinerung Runde 2: Nutzen nicht erkennbar
nutzen ~3 nicht erkennbar
mehrwert ~3 nicht erkennbar
erschließt sich ~3 nicht
wozu ~3 brauchen
sehe* ~4 keinen sinn
sehe* ~4 keinen mehrwert
sehe* ~4 keinen nutzen
unless: sonst brauchen
unless: gar nicht weiterreden
unless: gar nicht weitermachen
unless: nicht weiterreden
unless: nicht weitermachen
nomatch: Sonst brauchen wir gar nicht weiterreden, die Schnittstelle ist Pflicht.
anwendungsfall ~3 fehlt
fehlt ~3 anwendungsfall
keinen anwendungsfall
keinen handlungsbedarf
# --- Runde 3
mehr als wir brauchen
problem haben wir ~2 nicht
dieses problem ~4 nicht
unless: preislich
mehrwert ~5 nicht
nutzen ~5 nicht erkennen
# --- Runde 4: sehe nicht, was das bringt; wofür wir das bräuchten
match: Ich sehe nicht, wofür wir das bräuchten.
wofür wir das ~2 bräuchten
was das ~3 bringen soll
# --- Proberunde X: das Problem haben wir gar nicht (nachgestellte Verneinung)
haben ~3 problem ~2 nicht
problem ~3 gar nicht

# --- Runde 7: da brauche ich kein Tool (der Negator gehört zum Begriff)
match: Bei fünf Leuten brauche ich kein CRM.
brauche ich kein
brauchen wir kein
# --- Runde 8 (lexgen4): wir brauchen kein Tool (Plural von "brauche ich kein")
brauchen kein ~2 tool

[timing] Zeitpunkt
description: Ausdrücklich auf später verschoben: nicht jetzt, nicht dieses Jahr, nächstes Quartal oder Jahr, frühestens im Q3, nach der Umstrukturierung, bis Jahresende. Nicht bedingte Verschiebungen ("wenn die Funktion kommt") und nicht verschobene Termine.
match: Wir melden uns frühestens im Q3 wieder.
match: Dieses Jahr wird das nichts mehr, vielleicht nächstes Jahr.
match: Erst nach der Umstrukturierung können wir darüber reden.
nomatch: Können wir den Termin auf Donnerstag verschieben?
match: Melden Sie sich gerne im November noch einmal.
nomatch: Ich melde mich gleich noch einmal wegen der Rechnung.
nomatch: Das Budget für 2027 ist freigegeben, wir können loslegen.
match: Das Budget für 2027 ist noch nicht freigegeben, vor März passiert nichts.

negation: off
frühestens
nicht vor
nicht dieses jahr
dieses jahr nicht
nicht in diesem jahr
nicht jetzt
derzeit nicht
aktuell nicht
im moment nicht
nächstes jahr
nächstes quartal
kommendes jahr
später im jahr
erst nach
erst im
erst ab
ab ~2 q1
ab ~2 q2
ab ~2 q3
ab ~2 q4
bis jahresende
bis ende des jahres
nach der umstrukturierung
umstrukturierung
reorganisation
auf eis
zurückgestellt
# a year whose budget is already released is no deferral ("Budget 2027 ist freigegeben")
@jahrzahl = "2026" | "2027"
"2026"
unless(term): @mittel ~>3 @jahrzahl ~>0 @erledigt
"2027"
unless(term): @mittel ~>3 @jahrzahl ~>0 @erledigt
vertrag ~4 ausläuft
später melden
melden uns ~4 wieder
wieder melden
kommen sie ~4 wieder auf
nach dem sommer
nach der sommerpause
nach den ferien
im frühjahr
nächsten monat
im neuen jahr
anfang ~2 jahres
ende des jahres
jahresende
bis ~2 q1
bis ~2 q2
bis ~2 q3
bis ~2 q4
zurückstellen
vertagt
derzeit kein thema
aktuell kein thema
unless: nächste schritte
# --- Verallgemeinerung Runde 2: dieses Jahr nichts mehr, melden Sie sich im Monat X
dieses jahr ~4 nichts
dieses jahr nichts mehr
wird ~3 nichts mehr
melden ~5 wieder
im januar wieder
nächstes geschäftsjahr
neues geschäftsjahr
neuen haushalt*
in ~2 monaten wieder
in einem halben jahr
nach jahresabschluss
nach dem jahresabschluss
vor jahresende nicht
keine entscheidung vor
entscheidung ~3 erst
vertrag läuft ~3 bis
läuft noch bis
vor ende q1
vor ende q2
vor ende q3
vor ende q4
vor ende des jahres
nicht vor ende
kommende* geschäftsjahr
verschieben ~5 auf das
verschieben ~5 geschäftsjahr
vor ende des geschäftsjahr*
passiert ~2 nichts mehr
im zweiten quartal
im dritten quartal
im vierten quartal
im nächsten quartal
# --- round 5 (lexgen): not before a named quarter
match: Vor dem zweiten Quartal passiert da nichts.
vor dem ~3 quartal
nicht vor ~3 quartal
erst im ~3 quartal

# --- Runde 6: auf einen späteren Monat verschoben, keine Kapazität vor einem Monat
match: Die Sitzung wurde auf Oktober verschoben.
match: Intern keine Kapazität vor dem Frühjahr.
nomatch: Der Termin ist jetzt am Dienstag.
verschoben ~3 auf
keine kapazität vor
# --- Runde 8 (lexgen4): melden Sie sich im Oktober noch einmal / nochmal (o und p)
melden sie sich ~5 noch einmal
melden sie sich ~5 nochmal

# --- Runde 10 (lexgen6o): vor einem Monat passiert nichts, vorher nichts
match: Vor Oktober passiert bei uns nichts.
match: Vor dem Herbst wird das nichts.
nomatch: Wir wollen vor Oktober live sein.
vor ~>2 @monat ~>5 @nichts
vorher ~>5 nichts
nomatch: Melden Sie sich gerne, sobald der Export verfügbar ist.
unless: @sobald ~>5 @da

[competitor] Wettbewerber-Anbieter
description: Ein konkreter anderer Anbieter ist im Spiel: im Einsatz, in Evaluierung, im Vergleich oder als Preishebel. Nicht abgelöste Tools und nicht die eigenen Marktbegleiter des Kunden (das ist fear_of_loss).
match: Wir nutzen bereits eine andere Lösung und sind zufrieden.
match: Parallel schauen wir uns noch zwei andere Anbieter an.
match: Wir haben das System erst im Januar eingeführt, das reißen wir nicht wieder raus.
nomatch: Unsere Wettbewerber sind da schon weiter.
nomatch: Wir sind vor einem Jahr von unserem alten Anbieter gewechselt.

anderen anbieter*
anderer anbieter
anderes tool
andere lösung
bestehende* ~2 lösung
bestehende* ~2 anbieter
aktuelle* ~2 anbieter
bisherige* ~2 anbieter
bereits im einsatz
nutzen bereits
setzen bereits
haben bereits
schon im einsatz
erst ~4 eingeführt
parallel ~4 test*
parallel ~4 anschau*
parallel ~4 evaluier*
vergleich* ~3 mit
gegenüberstellung
angebot von
wechsel ist
unless: abgelöst
unless: gekündigt
unless: gewechselt von
wettbewerbsprodukt
mitbewerber ~4 im einsatz
mitbewerber ~4 angebot
anderer hersteller
alternativen ~3 anschauen
vergleichen ~4 mit
angebot ~4 günstiger
vertrag ~3 läuft noch
laufenden vertrag
unless: nächste schritte
# --- list your competitors here (user-editable) ---
# --- Verallgemeinerung Runde 2: vorliegende Angebote, Entscheidung für andere, Pilot parallel
angeboten hat
angebot von ~3 liegt
liegt ihr vor
liegt uns vor
liegt mir vor
nutzen ~4 für alles
zufrieden mit ~3 anbieter
für einen anderen anbieter
für ~3 anderen anbieter entschieden
pilot* ~3 mit
testen ~3 parallel
aktuell im einsatz
derzeit im einsatz
im direkten vergleich
unless: für sie entschieden
in gesprächen mit
im gespräch mit
schauen ~4 parallel
parallel an
quotaview
dealcraft
pipeharbor
corvane
nimbrella
# --- end of the competitor list ---
# --- Runde 3: ein Anbieter, der bei uns im Einsatz ist
bei uns ~4 im einsatz
im einsatz seit
vertraglich gebunden
vertrag mit ~3 bis
unter vertrag
vertrag läuft ~3 noch
aktuelle* anbieter ~5 bleiben
gerade ~4 verlängert
nutzen schon
bietet uns ~3 verlängerung
match: Der jetzige Anbieter bietet uns die Verlängerung günstiger an.
# --- Runde 8 (lexgen4, nach holdout-p): von X gewechselt
unless: von ~4 gewechselt

[status_quo] Status quo
description: Das Bisherige funktioniert oder Veränderung ist zu schwer: Excel reicht, das machen wir seit Jahren so, wir bauen es selbst.
match: Wir machen das seit Jahren mit Excel und das funktioniert.
match: Unser Ablauf mit Outlook genügt uns völlig.
match: Das bauen wir lieber selbst.
nomatch: Excel hat uns jahrelang gebremst.
match: Mit unseren Excel-Listen kommen wir ganz gut zurecht.
nomatch: Mit dem neuen Tool kamen alle sofort zurecht, auch ohne Schulung.

excel ~5 funktioniert
excel ~5 reicht
excel ~5 genügt
excel ~5 zufrieden
funktioniert ~3 gut
das funktioniert
reicht ~3 aus
reicht uns
genügt uns
genügt
sind damit zufrieden
damit zufrieden
zufrieden mit ~3 bisherig*
seit jahren
seit ~3 jahren ~4 bewährt
immer so gemacht
nichts ändern
nichts daran ändern
keine veränderung
selbst bauen
selbst entwickeln
eigenentwicklung ~6 reicht
inhouse
in-house
beim alten
bauen ~3 selbst
entwickeln ~3 selbst
hat sich bewährt
läuft gut
läuft ~2 gut
bewährte* ~2 prozess
keine lust auf
wechsel ~3 aufwand
nicht wechseln
veränderung ~3 schwer
mitarbeiter ~4 nicht umstellen
gewohnt
unless: nächste schritte
# --- Verallgemeinerung Runde 2: jemand macht das seit Jahren und es läuft, wir bleiben dabei
das läuft
läuft ~3 seit jahren
bleiben ~3 dabei
bleiben vorerst
wir bleiben
steuerberater
steuerbüro
lohnbüro
macht ~4 steuerberater
macht ~4 steuerbüro
zuverlässig ~3 steuerbüro
nicht bereit ~3 wechseln
nicht bereit ~3 umzustellen
zufrieden mit ~3 jetzig*
zufrieden mit ~3 aktuell*
match: Das macht seit Jahren unser Steuerbüro und das läuft.
jetzig* ~3 zufrieden
aktuell* ~3 zufrieden
bisherig* ~3 zufrieden
unless: wenn wir nichts ändern
# --- Runde 3: eine Eigenentwicklung, die reicht (nicht: 'wäre Eigenentwicklung' = Aufwand); 'seit Jahren' nur mit bewährt/funktioniert
eigenentwicklung ~6 funktioniert
eigenentwicklung ~6 läuft
eigenentwicklung ~6 genügt
setzen auf ~3 eigenentwicklung
lieber ~4 eigenentwicklung
selbst gebaut*
seit ~3 jahren ~4 funktioniert
seit ~3 jahren so
seit jahren ~4 zufrieden
machen ~4 seit ~3 jahren
# --- Runde 4: Gewohnheiten, läuft so gut, System das funktioniert
match: Meine Leute ändern ihre Gewohnheiten nicht für ein neues Tool.
gewohnheiten
läuft ~3 gut so
funktioniert ~3 gut so
ein system ~2 funktioniert
bisherig* ~3 funktioniert
mit dem ~4 eingespielt
mit der ~4 eingespielt
kennen jedes menü
match: Die Helferinnen kennen jedes Menü im alten System.

# --- Runde 7, nach holdout-m: mit dem Amtsinhaber eigentlich zufrieden
match: Wir sind damit eigentlich zufrieden.
damit ~3 zufrieden
# --- Runde 8 (lexgen4): mit unseren Excel-Listen kommen wir gut zurecht
excel* ~5 gut zurecht
listen ~5 gut zurecht

[risk] Risiko / Sicherheit
description: Zweifel oder Hürde bei Sicherheit, Datenschutz, Compliance, Datenstandort oder Stabilität des Anbieters. Sicherheit lobend erwähnt ist trust_risk, nicht risk.
match: Wenn überhaupt, dann nur mit Servern in der EU wegen DSGVO.
match: Unser Datenschutzbeauftragter hat Bedenken wegen der Verarbeitung in den USA.
match: Hosting nur in Deutschland, sonst keine Chance.
nomatch: Die Sicherheit hat uns überzeugt.

dsgvo
datenschutz*
datensicherheit
datenstandort
server* ~4 eu
server* ~4 deutschland
hosting ~3 nur
hosting ~4 deutschland
nur in deutschland
in den usa
usa ~4 verarbeit*
bedenken
sicherheitsbedenken
sicherheits* ~3 bedenken
sicherheits* ~3 prüfung
risiko
riskant
compliance
betriebsrat ~5 aufzeichnung
start-up ~4 risiko
unless: überzeugt
unless: keine bedenken
unless: kein problem
datenschutzbedenken
datenschutz ~3 ungeklärt
datenschutz ~3 kritisch
nicht dsgvo-konform
auftragsverarbeitung ~4 fehlt
us-cloud
usa
amerikanisch*
cloud act
schrems
sicherheitslücke*
datenleck*
nicht zertifiziert
zu jung
zu klein ~3 anbieter
unless: nächste schritte
# --- Verallgemeinerung Runde 2: Daten müssen im Land bleiben, Überleben des Anbieters
daten ~5 deutschland
daten ~5 in der eu
daten ~4 liegen
rechenzentrum ~4 deutschland
rechenzentrum ~4 eu
nur ~3 eu-rechenzentr*
insolvenz*
pleite
gibt es sie ~3 noch
wie groß ~3 sind sie
wie viele mitarbeiter ~3 sie
bsi
"c5"
verschlüsselung ~4 fehlt
nicht wohl dabei
unwohl
match: Die Daten müssen in der EU liegen, sonst geht es nicht.
wo stehen ~2 server
server ~3 stehen
wo ~4 gehostet
wo ~4 gespeichert
unless: unkritisch
unless: betriebsrat kein thema
ohne ~3 zertifizierung
ohne ~3 zertifikat*
unless: geklärt
unless: erledigt
nomatch: Damit ist das Thema Datenstandort für uns erledigt.
unless: ist zufrieden
nomatch: Unser Datenschutzbeauftragter ist zufrieden.

# --- Runde 7: Hosting außerhalb der EU, ohne Rechenzentrum in der EU
match: Hosting außerhalb der EU geht bei uns nicht.
außerhalb der eu
rechenzentrum in der eu

# --- Runde 7, nach holdout-m: keine Kundendaten an einen US-Anbieter
match: Kundendaten dürfen nicht an einen US-Anbieter gehen.
us-anbieter {negation: off}

# --- Runde 10 (lexgen6o): Datenhaltung ist Pflicht
match: Datenhaltung in der Schweiz ist für uns Pflicht.
datenhaltung ~7 pflicht
unless: @danke ~>4 @dokde
unless: @erledigt

[implementation] Einführungsaufwand
description: Der Aufwand ist das Hindernis: Integration, Migration, Einrichtung, keine Ressourcen oder IT-Kapazität, Schulungsaufwand.
match: Unsere IT ist bis Jahresende komplett ausgelastet.
match: Die Anbindung an SAP wäre viel zu viel Aufwand.
match: Für die Migration fehlen uns die Leute.
nomatch: Die Einrichtung ging ohne Aufwand.
match: Meine Leute haben null Kapazität für ein weiteres Projekt.
nomatch: Die Kapazität des Servers reicht.
match: Dafür ist im Team keinerlei Kapazität frei.

aufwand
zu viel aufwand
ausgelastet
keine kapazität
keine ressourcen
kapazität* ~3 fehlen
ressourcen ~3 fehlen
fehlen ~3 die leute
migration
migrieren
schnittstelle* ~4 aufwand
integration* ~4 aufwand
anbindung ~4 aufwand
schulungsaufwand
schulung* ~3 aufwand
einarbeitung
einführungsaufwand
implementierungsaufwand
umstellungsaufwand
zu aufwendig
aufwendig
zu komplex
keine leute
personell
it ~4 keine zeit
it ~4 ausgelastet
schnittstelle ~4 programmier*
daten ~4 migrieren
datenübernahme
schulung* ~4 mitarbeiter
unless: ohne aufwand
unless: kein aufwand
unless: nächste schritte
# --- Verallgemeinerung Runde 2: Altdaten, niemand intern, Kapazität bis X
kein personal
niemand ~4 intern
keiner ~4 intern
altdaten
historie ~4 übernehm*
lohnarten ~4 anleg*
lohnarten ~4 übernehm*
einrichtung ~4 aufwendig
manuell ~3 nachtragen
händisch ~3 übertragen
keine kapazität ~4 projekt
haben niemanden
niemanden ~4 betreu*
umstellung ~4 betreu*
kümmern könnte
unless: ohne schulung
über monate
it ~5 binden
monatelang
riesenaufwand
mehraufwand
# --- Runde 3: Anbindung ohne API, größeres Projekt, Kraftakt
ohne api
ohne schnittstelle
keine api
keine schnittstelle
größeres projekt
riesiges projekt
kraftakt
mammutprojekt
wäre eigenentwicklung
anbindung ~5 schwierig*
schwieriger ist die anbindung
match: Unser Kassensystem hat keine Schnittstelle, das wird ein Kraftakt.
systeme verteilt
erst aufräumen
# --- Runde 4: Team ausgelastet, Anbindung ans Eigensystem, Felder mappen, alle schulen
match: Die Anbindung an unser selbstgebautes CRM würde Wochen dauern, und das Team ist voll ausgelastet.
anbindung ~4 eigen*
anbindung ~4 selbstgebaut*
würde wochen dauern
felder ~3 mappen
felder ~3 zuordnen
alle ~3 schulen
keine kapazität*
# --- Proberunde X: die IT hat keine Luft
it ~6 luft
keine luft
# --- Proberunde Z: externer Dienstleister für die Anbindung
externer dienstleister
dienstleister ~4 bauen
bindet ~4 it-team
# --- round 5 (lexgen): nobody to do it
match: Wir haben keine Leute für die Einführung.
niemand ~4 kümmern
# --- Runde 8 (lexgen4): null Kapazität
null kapazität
keinerlei kapazität

# --- Runde 9: kein Kopf frei, Dienstleister ausgelastet
match: Im Frühjahr ist bei uns kein Kopf frei für ein weiteres Projekt.
match: Unser IT-Partner ist bis Dezember voll ausgelastet.
nomatch: Der Kopf der Abteilung ist ab Montag frei.
kein kopf frei
voll ausgelastet
unless: @danke ~>4 @dokde
unless: @erledigt

[product_fit] Produkt-Fit
description: Das Produkt passt nicht: fehlende Funktion oder Schnittstelle, passt nicht zum Anwendungsfall, Einschränkungen, Fehler, Abstürze, skaliert nicht.
match: Es fehlt leider ein SAP-Connector.
match: Die App stürzt ständig ab.
nomatch: Keine Fehler seit dem Start.

es fehlt
fehlen
fehlende
vermisse*
kein connector
keine schnittstelle
keine integration
passt nicht
nicht geeignet
unterstützt nicht
nicht unterstützt
funktioniert nicht
stürzt ~3 ab
absturz
bug
langsam
umständlich
unübersichtlich
einschränkung*
skaliert nicht
unless: keine fehler
funktion ~3 fehlt
fehlt ~3 funktion
nicht möglich
geht "nicht"
unbrauchbar
zu langsam
hängt sich auf
abgestürzt
nicht kompatibel
inkompatibel
nur englisch
nur auf englisch
kein deutsch
nicht auf deutsch
unless: nächste schritte
# --- Verallgemeinerung Runde 2: Pflicht-Funktion fehlt, reicht nicht, geht kaputt, muss behoben sein
reicht ~1 nicht
nur csv
nur ~2 export
geht ~3 kaputt
muss ~4 behoben
fehlerhaft
falsch berechnet
rechnet falsch
ohne ~3 anbindung
ohne ~3 schnittstelle
wirft ~3 raus
abgemeldet
match: Der Import geht bei Sonderzeichen kaputt.
falsch an
zeigt ~4 falsch
falsch angezeigt
stimmt nicht
stimmen nicht
unless: fehlt uns der anwendungsfall
kann keine ~4 abbilden
nicht abbildbar
lässt sich nicht
stürzt ~7 ab
unless: die leute
unless: das personal
unless: fehlen stundenzettel
# --- Runde 3
komme nicht rein
seit dem ~2 update
k.-o.-kriterium
ko-kriterium
findet nichts
suche ~3 nichts
älter als ~4 monate
unless: preislich
frechheit
verliert ständig
app verliert
verliert ~3 warenkorb
zerschießt
macht ~3 kaputt
hängt sich ~2 auf
hängt ständig
# --- round 5 (lexgen): missing export, hangs, loads forever
match: Es fehlt ein Export nach Excel.
match: Die App hängt sich ständig auf.
fehlt ~3 export
kein export
lädt ewig
# --- round 5 (lexgen, probe round 12): no way to do it
match: Es gibt keine Möglichkeit, Kurse zu kopieren.
keine möglichkeit

# --- Runde 6 (in mehreren unabhängigen Sets): ohne die fehlende Funktion geht es nicht
match: Ohne DATEV-Anbindung kommen wir nicht weiter.
nomatch: Ohne Probleme weitergekommen.
ohne ~4 kommen wir nicht
ohne ~4 nicht weiter
ohne ~4 geht es nicht

# --- Runde 7: Oberfläche nur halb übersetzt
match: Die Oberfläche ist nur halb übersetzt.
halb übersetzt

# --- Runde 7, nach holdout-m: versteht kein Schweizerdeutsch, lässt sich nicht als PDF planen
match: Die Spracherkennung versteht kein Dialekt.
match: Berichte lassen sich nicht automatisch versenden.
versteht kein
lassen sich nicht

[contract] Vertrag / Konditionen
description: Die Vertragsbedingungen sind das Thema: Laufzeit, automatische Verlängerung, Kündigung, Haftung, AVV/DPA, Rechtsprüfung, Preisbindung, Zahlungsbedingungen. Nicht die Vertragslaufzeit eines Wettbewerbers und nicht bereits vereinbarte Bedingungen.
match: Maximal 12 Monate Laufzeit, keine automatische Verlängerung.
match: Unsere Rechtsabteilung will die Haftungsklausel ändern.
match: Wir brauchen ein Sonderkündigungsrecht.
nomatch: Die Konditionen sind vereinbart.

laufzeit
vertragslaufzeit
mindestlaufzeit
automatische verlängerung
keine automatische verlängerung
automatisch verlängert
kündigung*
kündigungsfrist
sonderkündigungsrecht
haftung*
haftungsklausel
avv
auftragsverarbeitung*
dpa
rechtsabteilung
juristen
vertragsentwurf
vertragsbedingungen
agb
preisbindung
festpreis
zahlungsbedingungen
zahlungsziel
indexierung
unless: vereinbart
unless: unterschrieben
unless: unser vertrag dort
unless: vertrag dort
vertragsdauer
laufzeit ~3 monate
laufzeit ~3 jahre
jahresvertrag
mehrjährig*
kündigungsrecht
kündbar
haftungsbegrenzung
rechtsprüfung
vertragsprüfung
unsere agb
preisgarantie
unless: nächste schritte
länger als ein jahr
laufzeit ~4 länger als
verträge über ~3 jahr
av-vertrag
auftragsverarbeitungsvertrag
unless: geklärt
unless: liegt vor
# --- round 5 (lexgen): nothing signed without a data processing agreement (the negator belongs to it)
match: Ohne AVV unterschreibt hier niemand.
ohne avv
ohne av-vertrag
ohne auftragsverarbeitung*
unless: ist zufrieden
unless: ohne diskussion
nomatch: Der AV-Vertrag ging ohne Diskussion durch.

# --- Runde 10 (lexgen6o): verlängert sich automatisch
match: Der Vertrag verlängert sich automatisch um zwei Jahre.
verlängert sich ~2 automatisch
nomatch: Danke für den überarbeiteten Vertrag, damit sind alle Fragen beantwortet.
nomatch: Die Vertragsbedingungen sind geklärt.
unless: @danke ~>4 @dokde
unless: @erledigt
# --- round 11 (lexgen7o): a minimum term
match: Der Vertrag läuft mindestens zwei Jahre, das ist uns zu lang.
mindestens ~>2 jahre
