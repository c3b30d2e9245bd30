# persona.lex: who the contact is, from their JOB TITLE (the record's `title` field).
#
# This one file serves every language: titles in German, French and Spanish are
# listed here too (feminine and masculine forms, word stems), because a contact's
# title is often in another language than the text, and persona is decided on the
# title only. Categories are tried in file order and the FIRST category with a
# match wins, so the more specific ones come first:
#   security > finance (incl. procurement) > end_user (individual contributors)
#   > marketing_leader > operations > sales_leader > it_leader > executive.
# A title that matches nothing (General Counsel, Director of Development) is `unknown`.

[security] Security, risk and compliance
description: CISO, security officer, engineer or analyst, compliance or privacy officer, risk manager, Chief Risk Officer.
match: CISO
match: Information Security Analyst
match: Chief Risk Officer
match: VP, Compliance
match: Datenschutzbeauftragter
match: Responsable de la Sécurité des Systèmes d'Information
nomatch: Chief Revenue Officer

ciso
cso
rssi
security
secur*
sicherheit*
informationssicherheit*
sécurité
seguridad
compliance
conformité
cumplimiento
privacy
datenschutz*
dpo
data protection
risk
risque*
riesgo*
chief risk officer
cro ~1 risk

[finance] Finance and procurement
description: CFO, controller, finance director, procurement, purchasing, buyer (procurement sense), in any language.
match: CFO
match: Director of Finance
match: Procurement Manager
match: Purchasing Officer
match: Einkäuferin
match: Responsable de Compras
match: Director Financiero
match: Directrice Administrative et Financière
nomatch: Financial Analyst

cfo
chief financial officer
finance director
director of finance
head of finance
vp finance
vp of finance
vice president finance
vice president of finance
svp finance
finance manager
finance lead
financial controller
controller
comptroller
treasurer
procurement
purchasing
buyer
sourcing
strategic sourcing
einkauf*
einkäufer*
leiter einkauf
finanzleiter*
finanzvorstand*
finanzdirektor*
leiter finanzen
leiterin finanzen
kaufmännische*
kaufmännischer*
achat*
acheteur*
acheteuse*
daf
directeur financier
directrice financière
responsable financier
responsable financière
financier*
financièr*
compras
comprador*
director financiero
directora financiera
finanzas

[end_user] Individual contributors
description: People who use the product daily: analyst, engineer, rep, SDR/BDR, account executive, coordinator, specialist, administrator, assistant, developer, even inside sales ops or marketing.
match: Sales Operations Analyst
match: Account Executive
match: Enterprise Account Executive
match: Executive Assistant to the CEO
match: Business Development Representative
match: Senior Software Engineer
match: Marketing Coordinator
match: Vertriebsmitarbeiterin
nomatch: VP Engineering

analyst
analytics engineer
specialist
coordinator
representative
rep
sdr
bdr
ae
account executive
account manager
"engineer"
"engineers"
"developer"
"developers"
administrator
admin
assistant
associate
consultant
scientist
designer
technician
agent
clerk
intern
trainee
sachbearbeiter*
referent
referentin
mitarbeiter
mitarbeiterin
vertriebsmitarbeiter*
außendienst*
innendienst*
entwickler*
ingenieur*
ingeniero*
ingeniera*
analyste*
analista*
especialista*
spécialiste*
chargé*
chargée*
assistante*
asistente*
técnico*
técnica*
développeur*
desarrollador*
commercial sédentaire
comercial de ventas

[marketing_leader] Marketing leaders
description: CMO, VP, head or director of marketing, demand generation, marketing operations, growth lead.
match: VP Marketing
match: Head of Growth
match: Demand Generation Manager
match: Marketing Operations Manager
match: Directora de Marketing
nomatch: Marketing Coordinator

cmo
chief marketing officer
marketing
demand gen*
growth
brand
communications
marketing-leiter*
marketingleiter*
mercadotecnia
mercadeo

[operations] Operations
description: Operations below the exec team: operations manager, RevOps, sales operations, business operations, customer success lead or manager.
match: VP Sales Operations
match: Revenue Operations Manager
match: Customer Success Lead
match: RevOps Manager
match: Operations Manager
nomatch: Chief Operating Officer

revops
rev ops
revenue operations
sales operations
sales ops
sales enablement
business operations
bizops
customer success
operations manager
operations director
director of operations
head of operations
vp operations
vp of operations
ops manager
ops lead
operations lead
"operations"
# fr, de, es
responsable des opérations
directeur des opérations
directrice des opérations
leiter operations
betriebsleiter*
gerente de operaciones
jefe de operaciones

[sales_leader] Sales leaders
description: CRO (Chief Revenue Officer), VP, head or director of sales, sales manager, head of business development, in any language.
match: Chief Revenue Officer
match: SVP Sales
match: Head of Business Development
match: Business Development Director
match: Vertriebsleiter
match: Directrice Commerciale
match: Director de Ventas
match: Directeur des Ventes
nomatch: Sales Rep

cro
chief revenue officer
chief sales officer
chief commercial officer
sales
business development
bd director
head of bd
vertrieb*
verkaufsleiter*
verkauf*
commercial
commerciale
ventes
ventas
comercial

[it_leader] IT and engineering leaders
description: CIO, CTO, VP, head or director of IT or engineering, IT manager, enterprise architect, in any language (DSI, Leiter IT).
match: CTO
match: Director of IT
match: Leiter IT
match: DSI
match: VP Engineering
match: Director, Enterprise Architecture
match: Directora de Sistemas
nomatch: Director of Development

cio
cto
chief information officer
chief technology officer
chief digital officer
cdo
"it"
information technology
technology
engineering
architect*
infrastructure
it-leiter*
it-leiterin
edv
informatik*
dsi
directeur informatique
directrice informatique
responsable informatique
directeur des systèmes
directrice des systèmes
systèmes d'information
sistemas
director de ti
directora de ti
tecnología

[executive] Executives
description: CEO, founder, president, COO, general manager, managing director or partner, owner, in any language.
match: Founder & CEO
match: Managing Partner
match: Geschäftsführerin
match: Présidente
match: COO
match: Directeur Général
match: Consejera Delegada
nomatch: Executive Assistant to the CEO

ceo
chief executive officer
chief executive
coo
chief operating officer
founder
co-founder
cofounder
founding partner
managing partner
senior partner
president
presidente
présidente
pdg
owner
co-owner
proprietor
managing director
general manager
executive director
chairman
chairwoman
chair
geschäftsführ*
geschaftsfuhr*
geschaeftsfuehr*
inhaber*
vorstand*
vorständ*
directeur général
directrice générale
dg
gérant*
fondateur*
fondatrice*
director general
directora general
director ejecutivo
directora ejecutiva
consejero delegado
consejera delegada
fundador*
gerente general
propietari*
dueño*
dueña*
