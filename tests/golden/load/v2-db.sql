-- A schema-2 database made by voc-load at commit 1adc5c3 from tests/golden/report (tagged.jsonl, campaigns.csv, lexicons/): sqlite3 .dump plus its user_version
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE documents(
  doc INTEGER PRIMARY KEY,        -- load order
  id TEXT NOT NULL UNIQUE,        -- the record's id
  kind TEXT NOT NULL,
  source TEXT,
  date TEXT,                      -- as in the record
  day TEXT,                       -- YYYY-MM-DD of date, or NULL
  week TEXT,                      -- ISO week 2025-W06, or NULL
  campaign TEXT,                  -- NULL: no campaign
  title TEXT,
  account TEXT,
  author TEXT,
  rating REAL,
  persona TEXT NOT NULL,          -- 'unknown' when missing
  lang TEXT,
  lexicon_version TEXT,
  text TEXT,
  hash TEXT NOT NULL,             -- content hash of record + tags
  record TEXT NOT NULL,           -- original record minus tags/tokens
  run INTEGER NOT NULL            -- run that last changed it
);
INSERT INTO documents VALUES(1,'n-101','call_note','crm-export.csv','2025-02-03','2025-02-03','2025-W06','Q1 Webinar','CFO',NULL,NULL,NULL,'finance','en','0123abcd','Told us it is too expensive for this year. Needs sign-off from the board.','fe5c94bbfb429cf0fbb4017771f99133','{"id":"n-101","kind":"call_note","source":"crm-export.csv","date":"2025-02-03","campaign":"Q1 Webinar","title":"CFO","text":"Told us it is too expensive for this year. Needs sign-off from the board.","lang":"en","persona":"finance","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(2,'n-102','call_note','crm-export.csv','2025-02-04','2025-02-04','2025-W06','Q1 Webinar','CTO',NULL,NULL,NULL,'it_leader','en','0123abcd','Integration with our ERP worries the team. Manual reconciliation eats two days a month.','06f71f98c6ef86249e3160153c66d6e7','{"id":"n-102","kind":"call_note","source":"crm-export.csv","date":"2025-02-04","campaign":"Q1 Webinar","title":"CTO","text":"Integration with our ERP worries the team. Manual reconciliation eats two days a month.","lang":"en","persona":"it_leader","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(3,'n-103','call_note','crm-export.csv','2025-02-06','2025-02-06','2025-W06','Spring Promo','Managing Director',NULL,NULL,NULL,'executive','en','0123abcd','Competitors already automated this, we cannot fall behind. Price is fine.','95846674fa0aeffbd47b3ce8697b5f9f','{"id":"n-103","kind":"call_note","source":"crm-export.csv","date":"2025-02-06","campaign":"Spring Promo","title":"Managing Director","text":"Competitors already automated this, we cannot fall behind. Price is fine.","lang":"en","persona":"executive","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(4,'n-104','email','replies.mbox','2025-02-11T09:30:00Z','2025-02-11','2025-W07','Spring Promo','Finance Director',NULL,NULL,NULL,'finance','en','0123abcd','Budget is frozen until Q3. What would a two-year term cost?','aef595ad3680510b62f218c08697a001','{"id":"n-104","kind":"email","source":"replies.mbox","date":"2025-02-11T09:30:00Z","campaign":"Spring Promo","title":"Finance Director","text":"Budget is frozen until Q3. What would a two-year term cost?","lang":"en","persona":"finance","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(5,'n-105','email','replies.mbox','2025-02-12T14:00:00Z','2025-02-12','2025-W07',NULL,'Head of IT',NULL,NULL,NULL,'it_leader','en','0123abcd','We need references from a bank before we sign. Setup looked quick and simple.','ec2dc2f4e9437183d1bd5228bb390075','{"id":"n-105","kind":"email","source":"replies.mbox","date":"2025-02-12T14:00:00Z","campaign":null,"title":"Head of IT","text":"We need references from a bank before we sign. Setup looked quick and simple.","lang":"en","persona":"it_leader","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(6,'n-106','review','reviews.jsonl','2025-02-13','2025-02-13','2025-W07',NULL,NULL,NULL,NULL,5.0,'unknown','en','0123abcd','Love how simple it is. No more spreadsheets at month end.','60facca0d9b14e5da9e17a7e4cec872f','{"id":"n-106","kind":"review","source":"reviews.jsonl","date":"2025-02-13","campaign":null,"title":null,"rating":5,"text":"Love how simple it is. No more spreadsheets at month end.","lang":"en","persona":"unknown","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(7,'n-107','call_note','crm-export.csv','2025-02-18','2025-02-18','2025-W08','Partner Push','CEO',NULL,NULL,NULL,'executive','en','0123abcd','Wants to grow revenue 20% with the same team. Not worried about security.','4ab7a04c762c294ab30dd38259a0fe73','{"id":"n-107","kind":"call_note","source":"crm-export.csv","date":"2025-02-18","campaign":"Partner Push","title":"CEO","text":"Wants to grow revenue 20% with the same team. Not worried about security.","lang":"en","persona":"executive","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(8,'n-108','call_note','crm-export.csv','2025-02-19','2025-02-19','2025-W08','Q1 Webinar','Controller',NULL,NULL,NULL,'finance','en','0123abcd','Cheaper tools exist, way too expensive for us. Already using Quotaview.','30e2d65b6a04d14abfe713a661e025d1','{"id":"n-108","kind":"call_note","source":"crm-export.csv","date":"2025-02-19","campaign":"Q1 Webinar","title":"Controller","text":"Cheaper tools exist, way too expensive for us. Already using Quotaview.","lang":"en","persona":"finance","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(9,'n-109','email','replies.mbox','2025-02-25T08:15:00Z','2025-02-25','2025-W09','Spring Promo','IT Manager',NULL,NULL,NULL,'it_leader','en','0123abcd','Security review flagged data residency. Next quarter at the earliest.','2595df188e078bd2f7995f017c776dee','{"id":"n-109","kind":"email","source":"replies.mbox","date":"2025-02-25T08:15:00Z","campaign":"Spring Promo","title":"IT Manager","text":"Security review flagged data residency. Next quarter at the earliest.","lang":"en","persona":"it_leader","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(10,'n-110','review','reviews.jsonl','2025-02-26','2025-02-26','2025-W09','Spring Promo',NULL,NULL,NULL,5.0,'unknown','en','0123abcd','Rock solid for a year, our auditors were impressed.','c7a3f019107b7930511d09c346c2aed0','{"id":"n-110","kind":"review","source":"reviews.jsonl","date":"2025-02-26","campaign":"Spring Promo","title":null,"rating":5,"text":"Rock solid for a year, our auditors were impressed.","lang":"en","persona":"unknown","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(11,'n-111','call_note','crm-export.csv','2025-03-04','2025-03-04','2025-W10','Q1 Webinar','Co-founder',NULL,NULL,NULL,'executive','en','0123abcd','Too pricey right now. Our board wants to see ROI first.','6e8205e25cf75c5d615340d010661f15','{"id":"n-111","kind":"call_note","source":"crm-export.csv","date":"2025-03-04","campaign":"Q1 Webinar","title":"Co-founder","text":"Too pricey right now. Our board wants to see ROI first.","lang":"en","persona":"executive","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(12,'n-112','email','replies.mbox','2025-03-05T10:00:00Z','2025-03-05','2025-W10','Partner Push','Procurement Lead',NULL,NULL,NULL,'finance','en','0123abcd','Procurement must approve any new vendor. Losing deals to faster rivals hurts.','69c72ae79b21bc6728176a0e8f0e84eb','{"id":"n-112","kind":"email","source":"replies.mbox","date":"2025-03-05T10:00:00Z","campaign":"Partner Push","title":"Procurement Lead","text":"Procurement must approve any new vendor. Losing deals to faster rivals hurts.","lang":"en","persona":"finance","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(13,'n-113','call_note','crm-export.csv','2025-03-06','2025-03-06','2025-W10',NULL,'VP Engineering',NULL,NULL,NULL,'it_leader','en','0123abcd','Migration from the old system would take months. Works out of the box, they said.','3520c752e691f4f2ca4c7a77a88b8a89','{"id":"n-113","kind":"call_note","source":"crm-export.csv","date":"2025-03-06","campaign":null,"title":"VP Engineering","text":"Migration from the old system would take months. Works out of the box, they said.","lang":"en","persona":"it_leader","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(14,'n-114','review','reviews.jsonl','2025-03-07','2025-03-07','2025-W10','Q1 Webinar',NULL,NULL,NULL,4.0,'unknown','en','0123abcd','Expensive, but worth every penny. Saves us hours each week.','8a554254da7f5b1615181d3e9e940539','{"id":"n-114","kind":"review","source":"reviews.jsonl","date":"2025-03-07","campaign":"Q1 Webinar","title":null,"rating":4,"text":"Expensive, but worth every penny. Saves us hours each week.","lang":"en","persona":"unknown","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(15,'n-115','email','replies.mbox','2025-03-11T16:45:00Z','2025-03-11','2025-W11','Spring Promo','CFO',NULL,NULL,NULL,'finance','en','0123abcd','No budget left this year, sorry.','5b10f349e7bce96c3ceccfdb8038eef7','{"id":"n-115","kind":"email","source":"replies.mbox","date":"2025-03-11T16:45:00Z","campaign":"Spring Promo","title":"CFO","text":"No budget left this year, sorry.","lang":"en","persona":"finance","lexicon_version":"0123abcd"}',1);
INSERT INTO documents VALUES(16,'n-116','call_note','crm-export.csv',NULL,NULL,NULL,'Q1 Webinar','Sales Manager',NULL,NULL,NULL,'sales_leader','en','0123abcd','Pipeline visibility is a mess today.','647a2e2f655dec384150e7554caf7eb4','{"id":"n-116","kind":"call_note","source":"crm-export.csv","date":null,"campaign":"Q1 Webinar","title":"Sales Manager","text":"Pipeline visibility is a mess today.","lang":"en","persona":"sales_leader","lexicon_version":"0123abcd"}',1);
CREATE TABLE tags(
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  seq INTEGER NOT NULL,           -- position in the record's tags
  lexicon TEXT NOT NULL,
  category TEXT NOT NULL,
  term TEXT,
  start INTEGER,
  "end" INTEGER,
  negated INTEGER NOT NULL,
  excluded INTEGER NOT NULL,
  question INTEGER NOT NULL,
  evidence TEXT,
  rule TEXT,
  PRIMARY KEY(doc, seq)
) WITHOUT ROWID;
INSERT INTO tags VALUES(1,0,'objection','budget','too expensive',14,27,0,0,0,'Told us it is too expensive for this year.','en/objection.lex:1');
INSERT INTO tags VALUES(1,1,'objection','authority','sign-off',49,57,0,0,0,'Needs sign-off from the board.','en/objection.lex:1');
INSERT INTO tags VALUES(2,0,'objection','implementation','integration',0,11,0,0,0,'Integration with our ERP worries the team.','en/objection.lex:1');
INSERT INTO tags VALUES(2,1,'trigger','pain','eats two days',65,78,0,0,0,'Manual reconciliation eats two days a month.','en/trigger.lex:1');
INSERT INTO tags VALUES(3,0,'trigger','fear_of_loss','fall behind',46,57,0,0,0,'Competitors already automated this, we cannot fall behind.','en/trigger.lex:1');
INSERT INTO tags VALUES(3,1,'objection','budget','price',59,64,0,1,0,'Price is fine.','en/objection.lex:1');
INSERT INTO tags VALUES(4,0,'objection','budget','budget is frozen',0,16,0,0,0,'Budget is frozen until Q3.','en/objection.lex:1');
INSERT INTO tags VALUES(4,1,'objection','timing','until Q3',17,25,0,0,0,'Budget is frozen until Q3.','en/objection.lex:1');
INSERT INTO tags VALUES(4,2,'objection','budget','cost',54,58,0,0,1,'What would a two-year term cost?','en/objection.lex:1');
INSERT INTO tags VALUES(4,3,'objection','contract','two-year term',40,53,0,0,1,'What would a two-year term cost?','en/objection.lex:1');
INSERT INTO tags VALUES(5,0,'trigger','trust_risk','references',8,18,0,0,0,'We need references from a bank before we sign.','en/trigger.lex:1');
INSERT INTO tags VALUES(5,1,'trigger','convenience','quick and simple',60,76,0,0,0,'Setup looked quick and simple.','en/trigger.lex:1');
INSERT INTO tags VALUES(6,0,'trigger','convenience','simple',9,15,0,0,0,'Love how simple it is.','en/trigger.lex:1');
INSERT INTO tags VALUES(6,1,'trigger','emotional_resonance','love',0,4,0,0,0,'Love how simple it is.','en/trigger.lex:1');
INSERT INTO tags VALUES(6,2,'trigger','pain','spreadsheets',31,43,0,0,0,'No more spreadsheets at month end.','en/trigger.lex:1');
INSERT INTO tags VALUES(7,0,'trigger','desire_for_gain','grow revenue',9,21,0,0,0,'Wants to grow revenue 20% with the same team.','en/trigger.lex:1');
INSERT INTO tags VALUES(7,1,'objection','risk','security',64,72,1,0,0,'Not worried about security.','en/objection.lex:1');
INSERT INTO tags VALUES(8,0,'objection','budget','too expensive',25,38,0,0,0,'Cheaper tools exist, way too expensive for us.','en/objection.lex:1');
INSERT INTO tags VALUES(8,1,'objection','competitor','already using',47,60,0,0,0,'Already using Quotaview.','en/objection.lex:1');
INSERT INTO tags VALUES(9,0,'objection','risk','data residency',24,38,0,0,0,'Security review flagged data residency.','en/objection.lex:1');
INSERT INTO tags VALUES(9,1,'objection','timing','next quarter',40,52,0,0,0,'Next quarter at the earliest.','en/objection.lex:1');
INSERT INTO tags VALUES(10,0,'trigger','trust_risk','rock solid',0,10,0,0,0,'Rock solid for a year, our auditors were impressed.','en/trigger.lex:1');
INSERT INTO tags VALUES(10,1,'trigger','social_status','auditors were impressed',27,50,0,0,0,'Rock solid for a year, our auditors were impressed.','en/trigger.lex:1');
INSERT INTO tags VALUES(11,0,'objection','budget','pricey',4,10,0,0,0,'Too pricey right now.','en/objection.lex:1');
INSERT INTO tags VALUES(11,1,'trigger','desire_for_gain','ROI',45,48,0,0,0,'Our board wants to see ROI first.','en/trigger.lex:1');
INSERT INTO tags VALUES(11,2,'objection','authority','board',26,31,0,0,0,'Our board wants to see ROI first.','en/objection.lex:1');
INSERT INTO tags VALUES(12,0,'objection','authority','must approve',12,24,0,0,0,'Procurement must approve any new vendor.','en/objection.lex:1');
INSERT INTO tags VALUES(12,1,'trigger','fear_of_loss','losing deals',41,53,0,0,0,'Losing deals to faster rivals hurts.','en/trigger.lex:1');
INSERT INTO tags VALUES(12,2,'trigger','pain','hurts',71,76,0,0,0,'Losing deals to faster rivals hurts.','en/trigger.lex:1');
INSERT INTO tags VALUES(13,0,'objection','implementation','migration',0,9,0,0,0,'Migration from the old system would take months.','en/objection.lex:1');
INSERT INTO tags VALUES(13,1,'trigger','convenience','out of the box',55,69,0,0,0,'Works out of the box, they said.','en/trigger.lex:1');
INSERT INTO tags VALUES(14,0,'objection','budget','expensive',0,9,0,1,0,'Expensive, but worth every penny.','en/objection.lex:1');
INSERT INTO tags VALUES(14,1,'trigger','desire_for_gain','saves us hours',34,48,0,0,0,'Saves us hours each week.','en/trigger.lex:1');
INSERT INTO tags VALUES(14,2,'trigger','convenience','saves us hours',34,48,0,0,0,'Saves us hours each week.','en/trigger.lex:1');
INSERT INTO tags VALUES(15,0,'objection','budget','no budget',0,9,0,0,0,'No budget left this year, sorry.','en/objection.lex:1');
INSERT INTO tags VALUES(15,1,'objection','timing','this year',15,24,0,0,0,'No budget left this year, sorry.','en/objection.lex:1');
INSERT INTO tags VALUES(16,0,'trigger','pain','mess',25,29,0,0,0,'Pipeline visibility is a mess today.','en/trigger.lex:1');
CREATE TABLE doc_categories(
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  lexicon TEXT NOT NULL,
  category TEXT NOT NULL,
  evidence TEXT,
  question INTEGER NOT NULL,
  PRIMARY KEY(doc, lexicon, category)
) WITHOUT ROWID;
INSERT INTO doc_categories VALUES(1,'objection','authority','Needs sign-off from the board.',0);
INSERT INTO doc_categories VALUES(1,'objection','budget','Told us it is too expensive for this year.',0);
INSERT INTO doc_categories VALUES(2,'objection','implementation','Integration with our ERP worries the team.',0);
INSERT INTO doc_categories VALUES(2,'trigger','pain','Manual reconciliation eats two days a month.',0);
INSERT INTO doc_categories VALUES(3,'trigger','fear_of_loss','Competitors already automated this, we cannot fall behind.',0);
INSERT INTO doc_categories VALUES(4,'objection','budget','Budget is frozen until Q3.',0);
INSERT INTO doc_categories VALUES(4,'objection','contract','What would a two-year term cost?',1);
INSERT INTO doc_categories VALUES(4,'objection','timing','Budget is frozen until Q3.',0);
INSERT INTO doc_categories VALUES(5,'trigger','convenience','Setup looked quick and simple.',0);
INSERT INTO doc_categories VALUES(5,'trigger','trust_risk','We need references from a bank before we sign.',0);
INSERT INTO doc_categories VALUES(6,'trigger','convenience','Love how simple it is.',0);
INSERT INTO doc_categories VALUES(6,'trigger','emotional_resonance','Love how simple it is.',0);
INSERT INTO doc_categories VALUES(6,'trigger','pain','No more spreadsheets at month end.',0);
INSERT INTO doc_categories VALUES(7,'trigger','desire_for_gain','Wants to grow revenue 20% with the same team.',0);
INSERT INTO doc_categories VALUES(8,'objection','budget','Cheaper tools exist, way too expensive for us.',0);
INSERT INTO doc_categories VALUES(8,'objection','competitor','Already using Quotaview.',0);
INSERT INTO doc_categories VALUES(9,'objection','risk','Security review flagged data residency.',0);
INSERT INTO doc_categories VALUES(9,'objection','timing','Next quarter at the earliest.',0);
INSERT INTO doc_categories VALUES(10,'trigger','social_status','Rock solid for a year, our auditors were impressed.',0);
INSERT INTO doc_categories VALUES(10,'trigger','trust_risk','Rock solid for a year, our auditors were impressed.',0);
INSERT INTO doc_categories VALUES(11,'objection','authority','Our board wants to see ROI first.',0);
INSERT INTO doc_categories VALUES(11,'objection','budget','Too pricey right now.',0);
INSERT INTO doc_categories VALUES(11,'trigger','desire_for_gain','Our board wants to see ROI first.',0);
INSERT INTO doc_categories VALUES(12,'objection','authority','Procurement must approve any new vendor.',0);
INSERT INTO doc_categories VALUES(12,'trigger','fear_of_loss','Losing deals to faster rivals hurts.',0);
INSERT INTO doc_categories VALUES(12,'trigger','pain','Losing deals to faster rivals hurts.',0);
INSERT INTO doc_categories VALUES(13,'objection','implementation','Migration from the old system would take months.',0);
INSERT INTO doc_categories VALUES(13,'trigger','convenience','Works out of the box, they said.',0);
INSERT INTO doc_categories VALUES(14,'trigger','convenience','Saves us hours each week.',0);
INSERT INTO doc_categories VALUES(14,'trigger','desire_for_gain','Saves us hours each week.',0);
INSERT INTO doc_categories VALUES(15,'objection','budget','No budget left this year, sorry.',0);
INSERT INTO doc_categories VALUES(15,'objection','timing','No budget left this year, sorry.',0);
INSERT INTO doc_categories VALUES(16,'trigger','pain','Pipeline visibility is a mess today.',0);
CREATE TABLE runs(
  run INTEGER PRIMARY KEY,
  started TEXT NOT NULL,          -- UTC, ISO 8601
  finished TEXT,                  -- NULL while running or if it died
  inputs TEXT,
  nread INTEGER NOT NULL DEFAULT 0,
  inserted INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0
);
INSERT INTO runs VALUES(1,'2026-11-22T17:17:24Z','2026-11-22T17:17:24Z','tagged.jsonl --campaigns campaigns.csv --lexicons lexicons',16,16,0,0,0);
CREATE TABLE sources(
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime TEXT,
  hash TEXT NOT NULL,             -- SHA-256 of the file
  run INTEGER                     -- run that loaded this content
);
INSERT INTO sources VALUES('tagged.jsonl',10950,'2026-11-22T14:57:00Z','93af1f71db33cd107159b96007db9e0503ef98531a56b6fb8b60952191129fac',1);
CREATE TABLE campaigns(
  name TEXT PRIMARY KEY,
  marketing_owner TEXT,
  sales_owner TEXT,
  start TEXT,
  "end" TEXT,
  target_persona TEXT,
  segment TEXT
);
INSERT INTO campaigns VALUES('Q1 Webinar','Dana Whitfield','Marco Ruiz','2025-01-15','2025-03-31','finance','Mid-market');
INSERT INTO campaigns VALUES('Spring Promo','Lea Novak','Tom O''Brien, EMEA','2025-02-01','2025-04-30','it_leader','Enterprise');
INSERT INTO campaigns VALUES('Autumn Launch','Dana Whitfield','Marco Ruiz','2025-09-01','2025-10-31','executive','SMB');
CREATE TABLE definitions(
  lexicon TEXT NOT NULL,
  category TEXT NOT NULL,
  lang TEXT NOT NULL,
  label TEXT,
  description TEXT,
  lexicon_version TEXT,
  ord INTEGER NOT NULL,           -- file order
  PRIMARY KEY(lexicon, category, lang)
) WITHOUT ROWID;
INSERT INTO definitions VALUES('objection','authority','de','Entscheidungsbefugnis','Jemand anderes muss zustimmen.','06185f15a60e1ea2',1);
INSERT INTO definitions VALUES('objection','authority','en','Authority','Someone else must approve or sign.','06185f15a60e1ea2',3);
INSERT INTO definitions VALUES('objection','budget','de','Budget / Preis','Der Preis ist ein Problem.','06185f15a60e1ea2',0);
INSERT INTO definitions VALUES('objection','budget','en','Budget / price','The price is a problem: too expensive, no budget, discount asks.','06185f15a60e1ea2',2);
INSERT INTO definitions VALUES('objection','competitor','en','Competitor','A specific vendor in use or under evaluation.','06185f15a60e1ea2',5);
INSERT INTO definitions VALUES('objection','contract','en','Contract / terms','Contract length, renewal, cancellation, legal terms.','06185f15a60e1ea2',8);
INSERT INTO definitions VALUES('objection','implementation','en','Implementation effort','Integration, migration, setup effort, no resources.','06185f15a60e1ea2',7);
INSERT INTO definitions VALUES('objection','risk','en','Risk / security','Doubts about security, compliance, privacy or vendor viability.','06185f15a60e1ea2',6);
INSERT INTO definitions VALUES('objection','timing','en','Timing','An explicit deferral to a later time.','06185f15a60e1ea2',4);
INSERT INTO definitions VALUES('trigger','convenience','en','Convenience','Ease and speed: simple, quick setup, works out of the box.','06185f15a60e1ea2',13);
INSERT INTO definitions VALUES('trigger','desire_for_gain','en','Desire for gain','Wanting more revenue, growth, savings or productivity.','06185f15a60e1ea2',11);
INSERT INTO definitions VALUES('trigger','emotional_resonance','en','Emotional resonance','Feelings and values: love, pride, peace of mind.','06185f15a60e1ea2',15);
INSERT INTO definitions VALUES('trigger','fear_of_loss','en','Fear of loss','Fear of falling behind: competitors moving, deadlines, losing customers.','06185f15a60e1ea2',10);
INSERT INTO definitions VALUES('trigger','pain','en','Pain','A current problem in the customer''s own process hurts.','06185f15a60e1ea2',9);
INSERT INTO definitions VALUES('trigger','social_status','en','Social identity and status','How it makes them look to peers, the board or auditors.','06185f15a60e1ea2',12);
INSERT INTO definitions VALUES('trigger','trust_risk','en','Trust and risk mitigation','Seeking or valuing proof and safety: references, reliability.','06185f15a60e1ea2',14);
CREATE INDEX documents_day ON documents(day);
CREATE INDEX documents_persona ON documents(persona);
CREATE INDEX documents_campaign ON documents(campaign);
CREATE INDEX tags_category ON tags(lexicon, category);
CREATE INDEX doc_categories_category ON doc_categories(lexicon, category);
CREATE INDEX sources_hash ON sources(hash);
CREATE VIEW doc_keys AS
  SELECT doc, 'persona' AS dim, persona AS grp FROM documents
  UNION ALL SELECT doc, 'campaign', COALESCE(campaign, '(no campaign)') FROM documents
  UNION ALL SELECT doc, 'persona,campaign', persona || ' / ' || COALESCE(campaign, '(no campaign)') FROM documents
  UNION ALL SELECT doc, 'kind', kind FROM documents
  UNION ALL SELECT doc, 'week', week FROM documents WHERE week IS NOT NULL;
CREATE VIEW summary AS
  WITH t AS (SELECT COUNT(*) AS n FROM documents),
  c AS (SELECT lexicon, category, COUNT(*) AS n FROM doc_categories
        GROUP BY lexicon, category),
  g AS (SELECT dim, grp, COUNT(*) AS n FROM doc_keys GROUP BY dim, grp),
  gc AS (SELECT k.dim, k.grp, d.lexicon, d.category, COUNT(*) AS n
         FROM doc_keys k JOIN doc_categories d ON d.doc = k.doc
         GROUP BY k.dim, k.grp, d.lexicon, d.category)
  SELECT gc.dim, gc.grp, gc.lexicon, gc.category, g.n AS documents,
    gc.n AS documents_with, ROUND(1.0 * gc.n / g.n, 4) AS share,
    ROUND((1.0 * gc.n / g.n) / (1.0 * c.n / t.n), 3) AS lift
  FROM gc JOIN g USING (dim, grp) JOIN c USING (lexicon, category)
  CROSS JOIN t;
CREATE VIEW summary_persona AS SELECT grp AS persona, lexicon, category,
  documents, documents_with, share, lift FROM summary WHERE dim = 'persona';
CREATE VIEW summary_campaign AS SELECT grp AS campaign, lexicon, category,
  documents, documents_with, share, lift FROM summary WHERE dim = 'campaign';
CREATE VIEW summary_persona_campaign AS SELECT grp AS persona_campaign,
  lexicon, category, documents, documents_with, share, lift FROM summary
  WHERE dim = 'persona,campaign';
CREATE VIEW summary_kind AS SELECT grp AS kind, lexicon, category,
  documents, documents_with, share, lift FROM summary WHERE dim = 'kind';
CREATE VIEW summary_week AS
  WITH g AS (SELECT grp AS week, COUNT(*) AS n FROM doc_keys
             WHERE dim = 'week' GROUP BY grp),
  c AS (SELECT DISTINCT lexicon, category FROM doc_categories),
  gc AS (SELECT k.grp AS week, d.lexicon, d.category, COUNT(*) AS n
         FROM doc_keys k JOIN doc_categories d ON d.doc = k.doc
         WHERE k.dim = 'week' GROUP BY 1, 2, 3),
  s AS (SELECT g.week, c.lexicon, c.category, g.n AS documents,
        COALESCE(gc.n, 0) AS documents_with,
        ROUND(1.0 * COALESCE(gc.n, 0) / g.n, 4) AS share
        FROM g CROSS JOIN c LEFT JOIN gc ON gc.week = g.week
        AND gc.lexicon = c.lexicon AND gc.category = c.category)
  SELECT week, lexicon, category, documents, documents_with, share,
    ROUND(share - LAG(share) OVER (PARTITION BY lexicon, category
      ORDER BY week), 4) AS change
  FROM s;
CREATE VIEW cooccurrence AS
  SELECT o.category AS objection, t.category AS trigger,
    COUNT(*) AS documents
  FROM doc_categories o JOIN doc_categories t
    ON t.doc = o.doc AND t.lexicon = 'trigger'
  WHERE o.lexicon = 'objection' GROUP BY o.category, t.category;
CREATE VIEW campaign_overview AS
  WITH seen AS (SELECT COALESCE(campaign, '(no campaign)') AS name,
                COUNT(*) AS n FROM documents GROUP BY 1)
  SELECT s.name, s.n AS documents, c.marketing_owner, c.sales_owner,
    c.start, c."end", c.target_persona, c.segment,
    (c.name IS NOT NULL OR s.name = '(no campaign)') AS described
  FROM seen s LEFT JOIN campaigns c ON c.name = s.name
  UNION ALL
  SELECT c.name, 0, c.marketing_owner, c.sales_owner, c.start, c."end",
    c.target_persona, c.segment, 1 FROM campaigns c
  WHERE c.name NOT IN (SELECT name FROM seen);
CREATE VIEW quotes AS
  SELECT d.lexicon, d.category, d.evidence, x.id, x.persona,
    COALESCE(x.campaign, '(no campaign)') AS campaign, x.kind, x.day,
    ROW_NUMBER() OVER (PARTITION BY d.lexicon, d.category ORDER BY
      d.question, LENGTH(d.evidence) NOT BETWEEN 30 AND 240,
      LENGTH(d.evidence), x.day DESC, x.id) AS rank
  FROM doc_categories d JOIN documents x ON x.doc = d.doc
  WHERE d.evidence IS NOT NULL AND d.evidence <> '';
COMMIT;
PRAGMA user_version = 2;
