/* voc_store.c: the SQLite store (issue 5).
 *
 * Every statement is a constant string prepared once and fed through bound
 * parameters. Derived data (doc_categories, the summary views) is maintained
 * here so reports read one consistent picture. */
#include "voc_store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "voc_buf.h"
#include "voc_csv.h"
#include "voc_jline.h"

/* Schema version 1: tables, indexes and summary views. Each later version
 * appends one entry to `migrations`; voc_store_open applies the missing ones
 * in order, each in its own transaction together with the new user_version. */
static const char *const schema_v1[] = {
    "CREATE TABLE documents(\n"
    "  doc INTEGER PRIMARY KEY,        -- load order\n"
    "  id TEXT NOT NULL UNIQUE,        -- the record's id\n"
    "  kind TEXT NOT NULL,\n"
    "  source TEXT,\n"
    "  date TEXT,                      -- as in the record\n"
    "  day TEXT,                       -- YYYY-MM-DD of date, or NULL\n"
    "  week TEXT,                      -- ISO week 2025-W06, or NULL\n"
    "  campaign TEXT,                  -- NULL: no campaign\n"
    "  title TEXT,\n"
    "  account TEXT,\n"
    "  author TEXT,\n"
    "  rating REAL,\n"
    "  persona TEXT NOT NULL,          -- 'unknown' when missing\n"
    "  lang TEXT,\n"
    "  lexicon_version TEXT,\n"
    "  text TEXT,\n"
    "  hash TEXT NOT NULL,             -- content hash of record + tags\n"
    "  record TEXT NOT NULL,           -- original record minus tags/tokens\n"
    "  run INTEGER NOT NULL            -- run that last changed it\n"
    ");\n",
    "CREATE INDEX documents_day ON documents(day);\n",
    "CREATE INDEX documents_persona ON documents(persona);\n",
    "CREATE INDEX documents_campaign ON documents(campaign);\n",
    "CREATE TABLE tags(\n"
    "  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,           -- position in the record's tags\n"
    "  lexicon TEXT NOT NULL,\n"
    "  category TEXT NOT NULL,\n"
    "  term TEXT,\n"
    "  start INTEGER,\n"
    "  \"end\" INTEGER,\n"
    "  negated INTEGER NOT NULL,\n"
    "  excluded INTEGER NOT NULL,\n"
    "  question INTEGER NOT NULL,\n"
    "  evidence TEXT,\n"
    "  rule TEXT,\n"
    "  PRIMARY KEY(doc, seq)\n"
    ") WITHOUT ROWID;\n",
    "CREATE INDEX tags_category ON tags(lexicon, category);\n",
    "-- A category counts for a document when it has a tag with negated false\n"
    "-- and not excluded; one row per counted category, with its clearest quote.\n"
    "CREATE TABLE doc_categories(\n"
    "  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,\n"
    "  lexicon TEXT NOT NULL,\n"
    "  category TEXT NOT NULL,\n"
    "  evidence TEXT,\n"
    "  question INTEGER NOT NULL,\n"
    "  PRIMARY KEY(doc, lexicon, category)\n"
    ") WITHOUT ROWID;\n",
    "CREATE INDEX doc_categories_category ON doc_categories(lexicon, category);\n",
    "CREATE TABLE runs(\n"
    "  run INTEGER PRIMARY KEY,\n"
    "  started TEXT NOT NULL,          -- UTC, ISO 8601\n"
    "  finished TEXT,                  -- NULL while running or if it died\n"
    "  inputs TEXT,\n"
    "  nread INTEGER NOT NULL DEFAULT 0,\n"
    "  inserted INTEGER NOT NULL DEFAULT 0,\n"
    "  updated INTEGER NOT NULL DEFAULT 0,\n"
    "  unchanged INTEGER NOT NULL DEFAULT 0,\n"
    "  rejected INTEGER NOT NULL DEFAULT 0\n"
    ");\n",
    "CREATE TABLE sources(\n"
    "  path TEXT PRIMARY KEY,\n"
    "  size INTEGER NOT NULL,\n"
    "  mtime TEXT,\n"
    "  hash TEXT NOT NULL,             -- SHA-256 of the file\n"
    "  run INTEGER                     -- run that loaded this content\n"
    ");\n",
    "CREATE INDEX sources_hash ON sources(hash);\n",
    "CREATE TABLE campaigns(\n"
    "  name TEXT PRIMARY KEY,\n"
    "  marketing_owner TEXT,\n"
    "  sales_owner TEXT,\n"
    "  start TEXT,\n"
    "  \"end\" TEXT,\n"
    "  target_persona TEXT,\n"
    "  segment TEXT\n"
    ");\n",
    "CREATE TABLE definitions(\n"
    "  lexicon TEXT NOT NULL,\n"
    "  category TEXT NOT NULL,\n"
    "  lang TEXT NOT NULL,\n"
    "  label TEXT,\n"
    "  description TEXT,\n"
    "  lexicon_version TEXT,\n"
    "  ord INTEGER NOT NULL,           -- file order\n"
    "  PRIMARY KEY(lexicon, category, lang)\n"
    ") WITHOUT ROWID;\n"
    /* Views: always current, so every load 'refreshes' them. */
    "CREATE VIEW doc_keys AS\n"
    "  SELECT doc, 'persona' AS dim, persona AS grp FROM documents\n"
    "  UNION ALL SELECT doc, 'campaign', COALESCE(campaign, '(no campaign)') "
    "FROM documents\n"
    "  UNION ALL SELECT doc, 'persona,campaign', persona || ' / ' || "
    "COALESCE(campaign, '(no campaign)') FROM documents\n"
    "  UNION ALL SELECT doc, 'kind', kind FROM documents\n"
    "  UNION ALL SELECT doc, 'week', week FROM documents WHERE week IS NOT "
    "NULL;\n",
    "CREATE VIEW summary AS\n"
    "  WITH t AS (SELECT COUNT(*) AS n FROM documents),\n"
    "  c AS (SELECT lexicon, category, COUNT(*) AS n FROM doc_categories\n"
    "        GROUP BY lexicon, category),\n"
    "  g AS (SELECT dim, grp, COUNT(*) AS n FROM doc_keys GROUP BY dim, grp),\n"
    "  gc AS (SELECT k.dim, k.grp, d.lexicon, d.category, COUNT(*) AS n\n"
    "         FROM doc_keys k JOIN doc_categories d ON d.doc = k.doc\n"
    "         GROUP BY k.dim, k.grp, d.lexicon, d.category)\n"
    "  SELECT gc.dim, gc.grp, gc.lexicon, gc.category, g.n AS documents,\n"
    "    gc.n AS documents_with, ROUND(1.0 * gc.n / g.n, 4) AS share,\n"
    "    ROUND((1.0 * gc.n / g.n) / (1.0 * c.n / t.n), 3) AS lift\n"
    "  FROM gc JOIN g USING (dim, grp) JOIN c USING (lexicon, category)\n"
    "  CROSS JOIN t;\n",
    "CREATE VIEW summary_persona AS SELECT grp AS persona, lexicon, category,\n"
    "  documents, documents_with, share, lift FROM summary WHERE dim = "
    "'persona';\n",
    "CREATE VIEW summary_campaign AS SELECT grp AS campaign, lexicon, "
    "category,\n"
    "  documents, documents_with, share, lift FROM summary WHERE dim = "
    "'campaign';\n",
    "CREATE VIEW summary_persona_campaign AS SELECT grp AS persona_campaign,\n"
    "  lexicon, category, documents, documents_with, share, lift FROM summary\n"
    "  WHERE dim = 'persona,campaign';\n",
    "CREATE VIEW summary_kind AS SELECT grp AS kind, lexicon, category,\n"
    "  documents, documents_with, share, lift FROM summary WHERE dim = "
    "'kind';\n",
    "-- Every week x category (0 when absent) with the change in share against\n"
    "-- the previous week that has documents.\n"
    "CREATE VIEW summary_week AS\n"
    "  WITH g AS (SELECT grp AS week, COUNT(*) AS n FROM doc_keys\n"
    "             WHERE dim = 'week' GROUP BY grp),\n"
    "  c AS (SELECT DISTINCT lexicon, category FROM doc_categories),\n"
    "  gc AS (SELECT k.grp AS week, d.lexicon, d.category, COUNT(*) AS n\n"
    "         FROM doc_keys k JOIN doc_categories d ON d.doc = k.doc\n"
    "         WHERE k.dim = 'week' GROUP BY 1, 2, 3),\n"
    "  s AS (SELECT g.week, c.lexicon, c.category, g.n AS documents,\n"
    "        COALESCE(gc.n, 0) AS documents_with,\n"
    "        ROUND(1.0 * COALESCE(gc.n, 0) / g.n, 4) AS share\n"
    "        FROM g CROSS JOIN c LEFT JOIN gc ON gc.week = g.week\n"
    "        AND gc.lexicon = c.lexicon AND gc.category = c.category)\n"
    "  SELECT week, lexicon, category, documents, documents_with, share,\n"
    "    ROUND(share - LAG(share) OVER (PARTITION BY lexicon, category\n"
    "      ORDER BY week), 4) AS change\n"
    "  FROM s;\n",
    "-- Which trigger sits behind which objection: documents with both.\n"
    "CREATE VIEW cooccurrence AS\n"
    "  SELECT o.category AS objection, t.category AS trigger,\n"
    "    COUNT(*) AS documents\n"
    "  FROM doc_categories o JOIN doc_categories t\n"
    "    ON t.doc = o.doc AND t.lexicon = 'trigger'\n"
    "  WHERE o.lexicon = 'objection' GROUP BY o.category, t.category;\n",
    "-- The quotes behind each category, most representative first: clear\n"
    "-- statements (not questions, at least 20 bytes), shortest, newest.\n"
    "CREATE VIEW quotes AS\n"
    "  SELECT d.lexicon, d.category, d.evidence, x.id, x.persona,\n"
    "    COALESCE(x.campaign, '(no campaign)') AS campaign, x.kind, x.day,\n"
    "    ROW_NUMBER() OVER (PARTITION BY d.lexicon, d.category ORDER BY\n"
    "      d.question, LENGTH(d.evidence) < 20, LENGTH(d.evidence),\n"
    "      x.day DESC, x.id) AS rank\n"
    "  FROM doc_categories d JOIN documents x ON x.doc = d.doc\n"
    "  WHERE d.evidence IS NOT NULL AND d.evidence <> '';\n",
    "-- Campaigns with their owners next to their numbers; described = 0 for\n"
    "-- campaigns seen in documents but missing from the campaigns table.\n"
    "CREATE VIEW campaign_overview AS\n"
    "  WITH seen AS (SELECT COALESCE(campaign, '(no campaign)') AS name,\n"
    "                COUNT(*) AS n FROM documents GROUP BY 1)\n"
    "  SELECT s.name, s.n AS documents, c.marketing_owner, c.sales_owner,\n"
    "    c.start, c.\"end\", c.target_persona, c.segment,\n"
    "    (c.name IS NOT NULL OR s.name = '(no campaign)') AS described\n"
    "  FROM seen s LEFT JOIN campaigns c ON c.name = s.name\n"
    "  UNION ALL\n"
    "  SELECT c.name, 0, c.marketing_owner, c.sales_owner, c.start, c.\"end\",\n"
    "    c.target_persona, c.segment, 1 FROM campaigns c\n"
    "  WHERE c.name NOT IN (SELECT name FROM seen);\n",
    NULL};

/* Version 2: quotes of quotable size (30 to 240 bytes) rank first. */
static const char *const schema_v2[] = {
    "DROP VIEW quotes;\n",
    "CREATE VIEW quotes AS\n"
    "  SELECT d.lexicon, d.category, d.evidence, x.id, x.persona,\n"
    "    COALESCE(x.campaign, '(no campaign)') AS campaign, x.kind, x.day,\n"
    "    ROW_NUMBER() OVER (PARTITION BY d.lexicon, d.category ORDER BY\n"
    "      d.question, LENGTH(d.evidence) NOT BETWEEN 30 AND 240,\n"
    "      LENGTH(d.evidence), x.day DESC, x.id) AS rank\n"
    "  FROM doc_categories d JOIN documents x ON x.doc = d.doc\n"
    "  WHERE d.evidence IS NOT NULL AND d.evidence <> '';\n",
    NULL};

/* Version 3 (issue 6): a smaller, cheaper store.
 * - Categories and lexicon terms are interned (`categories`, `terms`), so a
 *   tag row holds numbers: `doc_tags` replaces `tags`, which is now a view.
 * - Evidence is stored as byte offsets into documents.text (plus whether
 *   voc-tag cut it with an ellipsis); only evidence that is not a slice of
 *   the text (whitespace collapsed, edited by hand) keeps its own copy.
 * - `doc_cats` replaces `doc_categories` (now a view): the counted category
 *   points at the tag with the clearest evidence instead of copying it.
 * - `record` no longer repeats the text: its "text" is 0, the text is the
 *   column (voc-dump puts it back).
 * - Summary tables that voc-load keeps current in the same transaction as
 *   the documents: documents per group (`sum_groups`), documents with a
 *   category per group (`sum_cells`), objection x trigger pairs
 *   (`sum_pairs`). Reports read them instead of scanning every document.
 * - The persona and campaign indexes go: the reports no longer need them. */
static const char *const schema_v3[] = {
    "CREATE TABLE categories(\n"
    "  cat INTEGER PRIMARY KEY,\n"
    "  lexicon TEXT NOT NULL,\n"
    "  category TEXT NOT NULL,\n"
    "  UNIQUE(lexicon, category)\n"
    ");\n",
    "CREATE TABLE terms(               -- a lexicon term as voc-tag names it\n"
    "  term_id INTEGER PRIMARY KEY,\n"
    "  cat INTEGER NOT NULL REFERENCES categories(cat),\n"
    "  term TEXT,\n"
    "  rule TEXT                       -- file:line of the term\n"
    ");\n",
    "CREATE INDEX terms_key ON terms(cat, term, rule);\n",
    "CREATE TABLE doc_tags(\n"
    "  doc INTEGER NOT NULL,\n"
    "  seq INTEGER NOT NULL,           -- position in the record's tags\n"
    "  term_id INTEGER NOT NULL,\n"
    "  start INTEGER,\n"
    "  \"end\" INTEGER,\n"
    "  negated INTEGER NOT NULL,\n"
    "  excluded INTEGER NOT NULL,\n"
    "  question INTEGER NOT NULL,\n"
    "  ev_start INTEGER,               -- evidence: bytes of documents.text\n"
    "  ev_end INTEGER,\n"
    "  ev_cut INTEGER NOT NULL DEFAULT 0, -- 1: '...' before, 2: after\n"
    "  evidence TEXT,                  -- only when not a slice of the text\n"
    "  PRIMARY KEY(doc, seq)\n"
    ") WITHOUT ROWID;\n",
    "CREATE TABLE doc_cats(            -- categories that count (not negated,\n"
    "  doc INTEGER NOT NULL,           -- not excluded) per document\n"
    "  cat INTEGER NOT NULL,\n"
    "  seq INTEGER NOT NULL,           -- its tag with the clearest evidence\n"
    "  question INTEGER NOT NULL,      -- that evidence is a question\n"
    "  evlen INTEGER,                  -- its length in characters\n"
    "  PRIMARY KEY(doc, cat)\n"
    ") WITHOUT ROWID;\n",
    "-- The quotes of a category in the order the reports rank them.\n"
    "CREATE INDEX doc_cats_quote ON doc_cats(cat, question,\n"
    "  evlen NOT BETWEEN 30 AND 240, evlen) WHERE evlen > 0;\n",
    "CREATE TABLE sum_groups(          -- documents per group\n"
    "  dim TEXT NOT NULL,              -- persona, campaign, persona,campaign,\n"
    "  grp TEXT NOT NULL,              -- kind, week, lexicon_version, all\n"
    "  documents INTEGER NOT NULL,\n"
    "  PRIMARY KEY(dim, grp)\n"
    ") WITHOUT ROWID;\n",
    "CREATE TABLE sum_cells(           -- documents per group with a category\n"
    "  dim TEXT NOT NULL,\n"
    "  grp TEXT NOT NULL,\n"
    "  cat INTEGER NOT NULL,\n"
    "  documents INTEGER NOT NULL,\n"
    "  PRIMARY KEY(dim, grp, cat)\n"
    ") WITHOUT ROWID;\n",
    "CREATE TABLE sum_quotes(          -- the best quotes of a sum_cells row\n"
    "  dim TEXT NOT NULL,\n"
    "  grp TEXT NOT NULL,\n"
    "  cat INTEGER NOT NULL,\n"
    "  rank INTEGER NOT NULL,          -- 0: the best\n"
    "  doc INTEGER NOT NULL,\n"
    "  seq INTEGER NOT NULL,           -- doc_tags.seq of the evidence\n"
    "  question INTEGER NOT NULL,      -- what the rank is made of\n"
    "  evlen INTEGER NOT NULL,\n"
    "  day TEXT,\n"
    "  id TEXT NOT NULL,\n"
    "  texthash INTEGER NOT NULL,      -- one quote per distinct text\n"
    "  PRIMARY KEY(dim, grp, cat, rank)\n"
    ") WITHOUT ROWID;\n",
    "CREATE TABLE sum_meta(            -- quotes_stale: sum_quotes to rebuild\n"
    "  key TEXT PRIMARY KEY,\n"
    "  value\n"
    ");\n",
    "CREATE TABLE sum_pairs(           -- documents with both categories\n"
    "  objection INTEGER NOT NULL,\n"
    "  trigger INTEGER NOT NULL,\n"
    "  documents INTEGER NOT NULL,\n"
    "  PRIMARY KEY(objection, trigger)\n"
    ") WITHOUT ROWID;\n",
    /* The data of version 2, moved. */
    "INSERT INTO categories(lexicon, category) SELECT lexicon, category FROM "
    "tags UNION SELECT lexicon, category FROM doc_categories ORDER BY 1, 2;\n",
    "INSERT INTO terms(cat, term, rule) SELECT DISTINCT c.cat, t.term, t.rule "
    "FROM tags t JOIN categories c USING (lexicon, category);\n",
    /* Evidence found as bytes of the text becomes offsets (any occurrence
     * reads the same); the rest keeps its text. */
    "INSERT INTO doc_tags SELECT doc, seq, (SELECT term_id FROM terms r "
    "WHERE r.cat = c.cat AND r.term IS t.term AND r.rule IS t.rule), start, "
    "\"end\", negated, excluded, question, IIF(p > 0, p - 1, NULL), "
    "IIF(p > 0, p - 1 + LENGTH(CAST(t.evidence AS BLOB)), NULL), 0, "
    "IIF(p > 0, NULL, t.evidence) FROM (SELECT t.*, instr(CAST(d.text AS "
    "BLOB), CAST(t.evidence AS BLOB)) AS p FROM tags t JOIN documents d "
    "USING (doc)) t JOIN categories c USING (lexicon, category);\n",
    "INSERT INTO doc_cats SELECT dc.doc, c.cat, COALESCE((SELECT MIN(seq) FROM tags t "
    "WHERE t.doc = dc.doc AND t.lexicon = dc.lexicon AND t.category = "
    "dc.category AND NOT t.negated AND NOT t.excluded AND t.question = "
    "dc.question AND t.evidence IS dc.evidence), 0), dc.question, "
    "LENGTH(dc.evidence) FROM doc_categories dc JOIN categories c USING "
    "(lexicon, category);\n",
    /* Only the text: the other values the record repeats are elided by
     * the next load of each document (see column_fields). */
    "UPDATE documents SET record = json_set(record, '$.text', 0) WHERE "
    "json_type(record, '$.text') = 'text' AND json_extract(record, '$.text') "
    "IS text;\n",
    "DROP VIEW quotes;\n",
    "DROP VIEW cooccurrence;\n",
    "DROP VIEW summary_week;\n",
    "DROP VIEW summary_kind;\n",
    "DROP VIEW summary_persona_campaign;\n",
    "DROP VIEW summary_campaign;\n",
    "DROP VIEW summary_persona;\n",
    "DROP VIEW summary;\n",
    "DROP VIEW doc_keys;\n",
    "DROP VIEW campaign_overview;\n",
    "DROP TABLE tags;\n",
    "DROP TABLE doc_categories;\n",
    "DROP INDEX documents_persona;\n",
    "DROP INDEX documents_campaign;\n",
    /* The summaries of what is there now; voc-load keeps them current. */
    "INSERT INTO sum_groups SELECT dim, grp, COUNT(*) FROM (\n"
    "  SELECT 'persona' AS dim, persona AS grp FROM documents\n"
    "  UNION ALL SELECT 'campaign', COALESCE(campaign, '(no campaign)') FROM "
    "documents\n"
    "  UNION ALL SELECT 'persona,campaign', persona || ' / ' || "
    "COALESCE(campaign, '(no campaign)') FROM documents\n"
    "  UNION ALL SELECT 'kind', kind FROM documents\n"
    "  UNION ALL SELECT 'week', COALESCE(week, '(no date)') FROM documents\n"
    "  UNION ALL SELECT 'lexicon_version', lexicon_version FROM documents "
    "WHERE lexicon_version IS NOT NULL\n"
    "  UNION ALL SELECT 'all', '(all)' FROM documents) GROUP BY 1, 2;\n",
    "INSERT INTO sum_cells SELECT dim, grp, cat, COUNT(*) FROM (\n"
    "  SELECT 'persona' AS dim, persona AS grp, c.cat FROM documents d JOIN "
    "doc_cats c USING (doc)\n"
    "  UNION ALL SELECT 'campaign', COALESCE(campaign, '(no campaign)'), "
    "c.cat FROM documents d JOIN doc_cats c USING (doc)\n"
    "  UNION ALL SELECT 'persona,campaign', persona || ' / ' || "
    "COALESCE(campaign, '(no campaign)'), c.cat FROM documents d JOIN "
    "doc_cats c USING (doc)\n"
    "  UNION ALL SELECT 'kind', kind, c.cat FROM documents d JOIN doc_cats c "
    "USING (doc)\n"
    "  UNION ALL SELECT 'week', COALESCE(week, '(no date)'), c.cat FROM "
    "documents d JOIN doc_cats c USING (doc)\n"
    "  UNION ALL SELECT 'all', '(all)', c.cat FROM doc_cats c) GROUP BY 1, 2, "
    "3;\n",
    /* sum_quotes is filled by the first voc_store_run_end. */
    "INSERT INTO sum_meta SELECT 'quotes_stale', 1 WHERE EXISTS (SELECT 1 "
    "FROM documents);\n",
    "INSERT INTO sum_pairs SELECT o.cat, t.cat, COUNT(*) FROM doc_cats o "
    "JOIN categories oc ON oc.cat = o.cat AND oc.lexicon = 'objection' JOIN "
    "doc_cats t ON t.doc = o.doc JOIN categories tc ON tc.cat = t.cat AND "
    "tc.lexicon = 'trigger' GROUP BY 1, 2;\n",
    /* What users and scripts query keeps its name and columns. */
    "CREATE VIEW tags AS\n"
    "  SELECT t.doc, t.seq, c.lexicon, c.category, r.term, t.start, t.\"end\",\n"
    "    t.negated, t.excluded, t.question, " VOC_STORE_EVIDENCE_SQL("t", "d") " AS evidence,\n"
    "    r.rule\n"
    "  FROM doc_tags t JOIN terms r ON r.term_id = t.term_id\n"
    "  JOIN categories c ON c.cat = r.cat JOIN documents d ON d.doc = t.doc;\n",
    "CREATE VIEW doc_categories AS\n"
    "  SELECT x.doc, c.lexicon, c.category, " VOC_STORE_EVIDENCE_SQL("t", "d") " AS evidence,\n"
    "    x.question\n"
    "  FROM doc_cats x JOIN categories c ON c.cat = x.cat\n"
    "  JOIN doc_tags t ON t.doc = x.doc AND t.seq = x.seq\n"
    "  JOIN documents d ON d.doc = x.doc;\n",
    "CREATE VIEW summary AS\n"
    "  WITH t AS (SELECT documents AS n FROM sum_groups WHERE dim = 'all'),\n"
    "  c AS (SELECT cat, documents AS n FROM sum_cells WHERE dim = 'all')\n"
    "  SELECT s.dim, s.grp, k.lexicon, k.category, g.documents,\n"
    "    s.documents AS documents_with, ROUND(1.0 * s.documents / g.documents, "
    "4) AS share,\n"
    "    ROUND((1.0 * s.documents / g.documents) / (1.0 * c.n / t.n), 3) AS "
    "lift\n"
    "  FROM sum_cells s JOIN sum_groups g USING (dim, grp)\n"
    "  JOIN categories k ON k.cat = s.cat JOIN c ON c.cat = s.cat CROSS JOIN t\n"
    "  WHERE s.dim IN ('persona', 'campaign', 'persona,campaign', 'kind', "
    "'week')\n"
    "    AND NOT (s.dim = 'week' AND s.grp = '(no date)');\n",
    "CREATE VIEW summary_persona AS SELECT grp AS persona, lexicon, category,\n"
    "  documents, documents_with, share, lift FROM summary WHERE dim = "
    "'persona';\n",
    "CREATE VIEW summary_campaign AS SELECT grp AS campaign, lexicon, "
    "category,\n"
    "  documents, documents_with, share, lift FROM summary WHERE dim = "
    "'campaign';\n",
    "CREATE VIEW summary_persona_campaign AS SELECT grp AS persona_campaign,\n"
    "  lexicon, category, documents, documents_with, share, lift FROM summary\n"
    "  WHERE dim = 'persona,campaign';\n",
    "CREATE VIEW summary_kind AS SELECT grp AS kind, lexicon, category,\n"
    "  documents, documents_with, share, lift FROM summary WHERE dim = "
    "'kind';\n",
    "CREATE VIEW summary_week AS\n"
    "  WITH g AS (SELECT grp AS week, documents AS n FROM sum_groups\n"
    "             WHERE dim = 'week' AND grp <> '(no date)'),\n"
    "  c AS (SELECT k.cat, k.lexicon, k.category FROM sum_cells s JOIN\n"
    "        categories k ON k.cat = s.cat WHERE s.dim = 'all'),\n"
    "  s AS (SELECT g.week, c.lexicon, c.category, g.n AS documents,\n"
    "        COALESCE(x.documents, 0) AS documents_with,\n"
    "        ROUND(1.0 * COALESCE(x.documents, 0) / g.n, 4) AS share\n"
    "        FROM g CROSS JOIN c LEFT JOIN sum_cells x ON x.dim = 'week'\n"
    "        AND x.grp = g.week AND x.cat = c.cat)\n"
    "  SELECT week, lexicon, category, documents, documents_with, share,\n"
    "    ROUND(share - LAG(share) OVER (PARTITION BY lexicon, category\n"
    "      ORDER BY week), 4) AS change\n"
    "  FROM s;\n",
    "CREATE VIEW cooccurrence AS\n"
    "  SELECT o.category AS objection, t.category AS trigger, p.documents\n"
    "  FROM sum_pairs p JOIN categories o ON o.cat = p.objection\n"
    "  JOIN categories t ON t.cat = p.trigger;\n",
    "CREATE VIEW quotes AS\n"
    "  SELECT d.lexicon, d.category, d.evidence, x.id, x.persona,\n"
    "    COALESCE(x.campaign, '(no campaign)') AS campaign, x.kind, x.day,\n"
    "    ROW_NUMBER() OVER (PARTITION BY d.lexicon, d.category ORDER BY\n"
    "      d.question, LENGTH(d.evidence) NOT BETWEEN 30 AND 240,\n"
    "      LENGTH(d.evidence), x.day DESC, x.id) AS rank\n"
    "  FROM doc_categories d JOIN documents x ON x.doc = d.doc\n"
    "  WHERE d.evidence IS NOT NULL AND d.evidence <> '';\n",
    "CREATE VIEW campaign_overview AS\n"
    "  WITH seen AS (SELECT grp AS name, documents AS n FROM sum_groups\n"
    "                WHERE dim = 'campaign')\n"
    "  SELECT s.name, s.n AS documents, c.marketing_owner, c.sales_owner,\n"
    "    c.start, c.\"end\", c.target_persona, c.segment,\n"
    "    (c.name IS NOT NULL OR s.name = '(no campaign)') AS described\n"
    "  FROM seen s LEFT JOIN campaigns c ON c.name = s.name\n"
    "  UNION ALL\n"
    "  SELECT c.name, 0, c.marketing_owner, c.sales_owner, c.start, c.\"end\",\n"
    "    c.target_persona, c.segment, 1 FROM campaigns c\n"
    "  WHERE c.name NOT IN (SELECT name FROM seen);\n",
    NULL};

static const char *const *const migrations[] = {schema_v1, schema_v2,
                                                 schema_v3};
#define NMIGRATIONS (sizeof migrations / sizeof migrations[0])
_Static_assert(NMIGRATIONS == VOC_STORE_SCHEMA,
               "one migration per schema version");

enum {
  S_FIND,
  S_INSERT,
  S_UPDATE,
  S_OLD_CATS,
  S_DEL_TAGS,
  S_DEL_CATS,
  S_TAG,
  S_CAT,
  S_CAT_FIND,
  S_CAT_NEW,
  S_TERM_FIND,
  S_TERM_NEW,
  S_SUM_GROUP,
  S_SUM_CELL,
  S_SUM_PAIR,
  S_QUOTES_GET,
  S_QUOTES_DEL,
  S_QUOTES_PUT,
  S_RUN_END,
  S_NSTMT
};

static const char *const stmt_sql[S_NSTMT] = {
    [S_FIND] = "SELECT doc, hash, persona, campaign, kind, week, "
               "lexicon_version FROM documents WHERE id = ?1",
    [S_INSERT] = "INSERT INTO documents(id, kind, source, date, day, week, "
                 "campaign, title, account, author, rating, persona, lang, "
                 "lexicon_version, text, hash, record, run) VALUES(?1, ?2, "
                 "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                 "?16, ?17, ?18)",
    [S_UPDATE] = "UPDATE documents SET kind = ?2, source = ?3, date = ?4, "
                 "day = ?5, week = ?6, campaign = ?7, title = ?8, account = "
                 "?9, author = ?10, rating = ?11, persona = ?12, lang = ?13, "
                 "lexicon_version = ?14, text = ?15, hash = ?16, record = "
                 "?17, run = ?18 WHERE doc = ?19",
    [S_OLD_CATS] = "SELECT x.cat, c.lexicon FROM doc_cats x JOIN categories c "
                   "ON c.cat = x.cat WHERE x.doc = ?1",
    [S_DEL_TAGS] = "DELETE FROM doc_tags WHERE doc = ?1",
    [S_DEL_CATS] = "DELETE FROM doc_cats WHERE doc = ?1",
    [S_TAG] = "INSERT INTO doc_tags(doc, seq, term_id, start, \"end\", "
              "negated, excluded, question, ev_start, ev_end, ev_cut, "
              "evidence) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
              "?11, ?12)",
    [S_CAT] = "INSERT INTO doc_cats(doc, cat, seq, question, evlen) "
              "VALUES(?1, ?2, ?3, ?4, ?5)",
    [S_CAT_FIND] = "SELECT cat FROM categories WHERE lexicon = ?1 AND "
                   "category = ?2",
    [S_CAT_NEW] = "INSERT INTO categories(lexicon, category) VALUES(?1, ?2)",
    [S_TERM_FIND] = "SELECT term_id FROM terms WHERE cat = ?1 AND term IS ?2 "
                    "AND rule IS ?3",
    [S_TERM_NEW] = "INSERT INTO terms(cat, term, rule) VALUES(?1, ?2, ?3)",
    [S_SUM_GROUP] = "INSERT INTO sum_groups(dim, grp, documents) VALUES(?1, "
                    "?2, ?3) ON CONFLICT(dim, grp) DO UPDATE SET documents = "
                    "documents + excluded.documents",
    [S_SUM_CELL] = "INSERT INTO sum_cells(dim, grp, cat, documents) VALUES(?1, "
                   "?2, ?3, ?4) ON CONFLICT(dim, grp, cat) DO UPDATE SET "
                   "documents = documents + excluded.documents",
    [S_SUM_PAIR] = "INSERT INTO sum_pairs(objection, trigger, documents) "
                   "VALUES(?1, ?2, ?3) ON CONFLICT(objection, trigger) DO "
                   "UPDATE SET documents = documents + excluded.documents",
    [S_QUOTES_GET] = "SELECT doc, seq, question, evlen, day, id, texthash "
                     "FROM sum_quotes WHERE dim = ?1 AND grp = ?2 AND cat = "
                     "?3 ORDER BY rank",
    [S_QUOTES_DEL] = "DELETE FROM sum_quotes WHERE dim = ?1 AND grp = ?2 AND "
                     "cat = ?3",
    [S_QUOTES_PUT] = "INSERT INTO sum_quotes(dim, grp, cat, rank, doc, seq, "
                     "question, evlen, day, id, texthash) VALUES(?1, ?2, ?3, "
                     "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [S_RUN_END] = "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ', "
                  "'now'), nread = ?2, inserted = ?3, updated = ?4, unchanged "
                  "= ?5, rejected = ?6 WHERE run = ?1",
};

/* Pending changes to the summary rows of one group (or one objection x
 * trigger pair), applied before the transaction commits: per batch there
 * are a few hundred distinct groups, so a document costs one hash lookup
 * per group instead of a statement per row. */
typedef struct sum_delta {
  char kind;          /* 'g' a group (sum_groups, sum_cells), 'p' a pair */
  const char *dim;    /* a constant: "persona", ... ('g') */
  const char *grp;    /* points into key ('g') */
  sqlite3_int64 a, b; /* objection, trigger ('p') */
  long n;             /* documents to add (negative: remove) */
  long *cells;        /* per cat id: documents with it to add ('g') */
  size_t ncells;      /* entries in cells */
  char key[];         /* the hash key, then grp */
} sum_delta;

static void sum_delta_free(void *p) {
  sum_delta *d = p;
  if (d)
    free(d->cells);
  free(d);
}

static void quote_group_free(void *p);
static int quotes_flush(voc_store *st, voc_error *err);
static int quotes_rebuild(voc_store *st, voc_error *err);

/* The fields voc_store_put reads from a record, in record_fields order. */
enum {
  F_ID,
  F_TEXT,
  F_SOURCE,
  F_DATE,
  F_CAMPAIGN,
  F_TITLE,
  F_ACCOUNT,
  F_AUTHOR,
  F_LANG,
  F_LEXVER,
  F_KIND,
  F_PERSONA,
  F_RATING,
  F_TAGS,
  F_TOKENS,
  F_SENTENCES,
  NFIELDS
};

struct voc_store {
  sqlite3 *db;                  /* the connection; owned */
  sqlite3_stmt *stmt[S_NSTMT];  /* prepared on first use; owned */
  bool in_txn;                  /* a batch transaction is open */
  long batch;                   /* records per transaction */
  long pending;                 /* records in the open transaction */
  sqlite3_int64 run;            /* current run id, 0 if none */
  voc_store_counts counts;      /* of the current run */
  voc_buf scratch;              /* the record JSON to store */
  voc_buf key;                  /* hash keys being built */
  voc_buf pc;                   /* "persona / campaign" */
  GHashTable *cats;             /* "lexicon\x1f" "category" -> cat id */
  GHashTable *terms;            /* "cat\x1f" "term\x1f" "rule" -> term_id */
  GHashTable *sums;             /* key -> sum_delta, until the commit */
  bool sums_negative;           /* a delta went below zero: prune rows */
  GHashTable *qcells;           /* key -> quote_group, kept between our own
                                   transactions (see txn_begin) */
  sqlite3_int64 data_version;   /* PRAGMA data_version at the last begin */
  bool quotes_stale;            /* a quote left a cell: rebuild at run end */
  bool quotes_rebuilding;       /* sum_quotes is empty: don't read it */
  char lexver[72];              /* last lexicon_version seen, "" if none */
  GHashTable *tagids;           /* lexicon, category, term, rule -> ids */
  voc_jline jl;                 /* voc_store_put: the record as a line */
  voc_buf recline;              /* voc_store_put: its bytes */
  voc_buf fv[NFIELDS];          /* decoded string values of the record */
  voc_buf tagstr;               /* the tags' strings, NUL after each */
  voc_buf tmp;                  /* a decoded key or number */
  struct tag_view *views;       /* the record's tags; grown, never shrunk */
  sqlite3_int64 *vcats;         /* its counted categories (put_tags) */
  bool *vobj, *vtrig;           /* ... of the objection, trigger lexicons */
  size_t vcap;                  /* entries in each of the four above */
};

static int db_error(voc_store *st, voc_error *err, const char *what) {
  return voc_error_set(err, VOC_EDB, "%s: %s", what,
                       st && st->db ? sqlite3_errmsg(st->db) : "no database");
}

static int exec(voc_store *st, const char *sql, voc_error *err) {
  char *msg = NULL;
  if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    voc_error_set(err, VOC_EDB, "%s", msg ? msg : sqlite3_errmsg(st->db));
    sqlite3_free(msg);
    return VOC_EDB;
  }
  return 0;
}

static int stmt_get(voc_store *st, int which, sqlite3_stmt **out,
                    voc_error *err) {
  if (!st->stmt[which] &&
      sqlite3_prepare_v3(st->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                         &st->stmt[which], NULL) != SQLITE_OK)
    return db_error(st, err, "prepare");
  sqlite3_reset(st->stmt[which]);
  sqlite3_clear_bindings(st->stmt[which]);
  *out = st->stmt[which];
  return 0;
}

/* Step a statement that returns no rows. */
static int step_done(voc_store *st, sqlite3_stmt *s, voc_error *err) {
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc != SQLITE_DONE)
    return db_error(st, err, "write");
  return 0;
}

static void bind_text(sqlite3_stmt *s, int i, const char *v) {
  if (v)
    sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC); /* stepped at once */
  else
    sqlite3_bind_null(s, i);
}

/* Create the file with mode 0600 before SQLite sees it, so the database is
 * never readable by others, whatever the umask. */
static int create_private(const char *path, voc_error *err) {
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST)
      return 0;
    if (err)
      err->sys_errno = errno;
    return voc_error_set(err, VOC_ENOINPUT, "cannot create %s: %s", path,
                         strerror(errno));
  }
  close(fd);
  return 0;
}

static int migrate(voc_store *st, voc_error *err) {
  sqlite3_stmt *s = NULL;
  int version = 0, rc;
  if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) !=
      SQLITE_OK)
    return db_error(st, err, "schema version");
  if (sqlite3_step(s) == SQLITE_ROW)
    version = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  if (version > (int)NMIGRATIONS)
    return voc_error_set(err, VOC_EDB,
                         "database schema %d is newer than this program "
                         "(%d): upgrade voc",
                         version, (int)NMIGRATIONS);
  for (int v = version; v < (int)NMIGRATIONS; v++) {
    char pragma[64];
    if ((rc = exec(st, "BEGIN IMMEDIATE", err)) < 0)
      return rc;
    /* Another process may have migrated while we waited for the lock. */
    int now = 0;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) ==
        SQLITE_OK) {
      if (sqlite3_step(s) == SQLITE_ROW)
        now = sqlite3_column_int(s, 0);
      sqlite3_finalize(s);
    }
    if (now > v) {
      exec(st, "COMMIT", NULL);
      v = now - 1;
      continue;
    }
    snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
    for (const char *const *q = migrations[v]; *q && rc >= 0; q++)
      rc = exec(st, *q, err);
    if (rc < 0 || (rc = exec(st, pragma, err)) < 0 ||
        (rc = exec(st, "COMMIT", err)) < 0) {
      exec(st, "ROLLBACK", NULL);
      return rc;
    }
  }
  return 0;
}

int voc_store_open(voc_store **out, const char *path, int flags,
                   voc_error *err) {
  voc_store *st = NULL;
  int rc = 0;
  *out = NULL;
  if (!(flags & VOC_STORE_READONLY) && (flags & VOC_STORE_CREATE) &&
      (rc = create_private(path, err)) < 0)
    return rc;
  if (!(st = calloc(1, sizeof *st)))
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  st->batch = 20000;
  voc_buf_init(&st->scratch, 0);
  voc_buf_init(&st->key, 0);
  voc_buf_init(&st->pc, 0);
  st->cats = g_hash_table_new_full(g_str_hash, g_str_equal, free, NULL);
  st->terms = g_hash_table_new_full(g_str_hash, g_str_equal, free, NULL);
  st->sums =
      g_hash_table_new_full(g_str_hash, g_str_equal, NULL, sum_delta_free);
  st->qcells =
      g_hash_table_new_full(g_str_hash, g_str_equal, NULL, quote_group_free);
  st->tagids = g_hash_table_new_full(g_str_hash, g_str_equal, free, free);
  voc_jline_init(&st->jl);
  voc_buf_init(&st->recline, 0);
  for (int i = 0; i < NFIELDS; i++)
    voc_buf_init(&st->fv[i], 0);
  voc_buf_init(&st->tagstr, 0);
  voc_buf_init(&st->tmp, 0);
  int oflags = (flags & VOC_STORE_READONLY) ? SQLITE_OPEN_READONLY
                                             : SQLITE_OPEN_READWRITE;
  if (sqlite3_open_v2(path, &st->db, oflags, NULL) != SQLITE_OK) {
    rc = voc_error_set(err, VOC_ENOINPUT, "cannot open database %s: %s", path,
                       st->db ? sqlite3_errmsg(st->db) : "out of memory");
    goto done;
  }
  sqlite3_extended_result_codes(st->db, 1);
  /* Two cron jobs on one file wait for each other instead of failing. */
  sqlite3_busy_timeout(st->db, 30000);
  if ((rc = exec(st, "PRAGMA foreign_keys = ON", err)) < 0)
    goto done;
  if (flags & VOC_STORE_READONLY) {
    sqlite3_stmt *s = NULL;
    int version = 0;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) ==
            SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
      version = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    if (version == 0) {
      rc = voc_error_set(err, VOC_EDB, "%s is not a voc database", path);
      goto done;
    }
    if (version > (int)NMIGRATIONS) {
      rc = voc_error_set(err, VOC_EDB, "database schema %d is newer than "
                         "this program (%d)", version, (int)NMIGRATIONS);
      goto done;
    }
    if (version < (int)NMIGRATIONS) {
      rc = voc_error_set(err, VOC_EDB, "database schema %d is old: run "
                         "voc-load on it once to migrate", version);
      goto done;
    }
  } else {
    /* 16 KiB pages for a new file (an existing one keeps its size): a
     * document row with its text fits in one page, and a load splits and
     * writes fewer pages (issue 6: 464,081 documents, about 14.4 -> 12.5
     * CPU-s, a 6% smaller file). */
    if ((rc = exec(st, "PRAGMA page_size = 16384", err)) < 0 ||
        (rc = exec(st, "PRAGMA journal_mode = WAL", err)) < 0 ||
        (rc = exec(st, "PRAGMA synchronous = NORMAL", err)) < 0 ||
        /* 16 MiB of page cache: the hot index pages of a batch stay in
         * memory, and voc-load stays well under 64 MB (issue 6). */
        (rc = exec(st, "PRAGMA cache_size = -16384", err)) < 0 ||
        (rc = migrate(st, err)) < 0) {
      /* SQLite says "unable to open database file" for a read-only folder:
       * name the file and the likely reason. */
      char why[512];
      snprintf(why, sizeof why, "%s", err ? err->msg : "");
      if (err && access(path, W_OK) != 0)
        voc_error_set(err, VOC_EIO, "cannot write database %s (%s): %s", path,
                      strerror(errno), why);
      else if (err && strstr(why, "newer") == NULL)
        voc_error_set(err, rc, "cannot open database %s: %s", path, why);
      goto done;
    }
  }
  *out = st;
  st = NULL;
done:
  voc_store_close(st);
  return rc;
}

void voc_store_close(voc_store *st) {
  if (!st)
    return;
  if (st->in_txn)
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
  for (int i = 0; i < S_NSTMT; i++)
    sqlite3_finalize(st->stmt[i]);
  sqlite3_close(st->db);
  voc_buf_dispose(&st->scratch);
  voc_buf_dispose(&st->key);
  voc_buf_dispose(&st->pc);
  if (st->cats)
    g_hash_table_destroy(st->cats);
  if (st->terms)
    g_hash_table_destroy(st->terms);
  if (st->sums)
    g_hash_table_destroy(st->sums);
  if (st->qcells)
    g_hash_table_destroy(st->qcells);
  if (st->tagids)
    g_hash_table_destroy(st->tagids);
  voc_jline_dispose(&st->jl);
  voc_buf_dispose(&st->recline);
  for (int i = 0; i < NFIELDS; i++)
    voc_buf_dispose(&st->fv[i]);
  voc_buf_dispose(&st->tagstr);
  voc_buf_dispose(&st->tmp);
  free(st->views);
  free(st->vcats);
  free(st->vobj);
  free(st->vtrig);
  free(st);
}

sqlite3 *voc_store_db(voc_store *st) { return st->db; }

void voc_store_set_batch(voc_store *st, long batch) {
  st->batch = batch > 0 ? batch : 1;
}

voc_store_counts *voc_store_counts_get(voc_store *st) { return &st->counts; }

static int txn_begin(voc_store *st, voc_error *err) {
  int rc;
  if (st->in_txn)
    return 0;
  if ((rc = exec(st, "BEGIN IMMEDIATE", err)) < 0)
    return rc;
  st->in_txn = true;
  st->pending = 0;
  /* The quote cells we hold are those of sum_quotes unless another
   * connection committed since our last transaction: then read again. */
  sqlite3_stmt *s = NULL;
  if (sqlite3_prepare_v2(st->db, "PRAGMA data_version", -1, &s, NULL) !=
          SQLITE_OK ||
      sqlite3_step(s) != SQLITE_ROW) {
    sqlite3_finalize(s);
    return db_error(st, err, "data_version");
  }
  sqlite3_int64 dv = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  if (dv != st->data_version)
    g_hash_table_remove_all(st->qcells);
  st->data_version = dv;
  return 0;
}

/* Roll the open transaction back. The ids interned in it and the summary
 * changes it held are gone with it. */
static void txn_rollback(voc_store *st) {
  if (st->in_txn)
    exec(st, "ROLLBACK", NULL);
  st->in_txn = false;
  st->pending = 0;
  g_hash_table_remove_all(st->cats);
  g_hash_table_remove_all(st->terms);
  g_hash_table_remove_all(st->tagids);
  g_hash_table_remove_all(st->sums);
  st->sums_negative = false;
  g_hash_table_remove_all(st->qcells);
  st->quotes_stale = st->quotes_rebuilding = false;
}

/* Apply the pending summary changes (inside the open transaction). */
static int sums_flush(voc_store *st, voc_error *err) {
  GHashTableIter it;
  gpointer k, v;
  sqlite3_stmt *s = NULL;
  int rc = 0;
  g_hash_table_iter_init(&it, st->sums);
  while (rc >= 0 && g_hash_table_iter_next(&it, &k, &v)) {
    const sum_delta *d = v;
    if (d->kind == 'p') {
      if (d->n == 0 || (rc = stmt_get(st, S_SUM_PAIR, &s, err)) < 0)
        continue;
      sqlite3_bind_int64(s, 1, d->a);
      sqlite3_bind_int64(s, 2, d->b);
      sqlite3_bind_int64(s, 3, d->n);
      rc = step_done(st, s, err);
      continue;
    }
    if (d->n != 0 && (rc = stmt_get(st, S_SUM_GROUP, &s, err)) >= 0) {
      bind_text(s, 1, d->dim);
      bind_text(s, 2, d->grp);
      sqlite3_bind_int64(s, 3, d->n);
      rc = step_done(st, s, err);
    }
    for (size_t c = 0; c < d->ncells && rc >= 0; c++) {
      if (d->cells[c] == 0 || (rc = stmt_get(st, S_SUM_CELL, &s, err)) < 0)
        continue;
      bind_text(s, 1, d->dim);
      bind_text(s, 2, d->grp);
      sqlite3_bind_int64(s, 3, (sqlite3_int64)c);
      sqlite3_bind_int64(s, 4, d->cells[c]);
      rc = step_done(st, s, err);
    }
  }
  if (rc >= 0 && st->sums_negative)
    rc = exec(st,
              "DELETE FROM sum_groups WHERE documents <= 0;"
              "DELETE FROM sum_cells WHERE documents <= 0;"
              "DELETE FROM sum_pairs WHERE documents <= 0",
              err);
  g_hash_table_remove_all(st->sums);
  st->sums_negative = false;
  return rc;
}

static int txn_commit(voc_store *st, voc_error *err) {
  int rc;
  if (!st->in_txn)
    return 0;
  if ((rc = sums_flush(st, err)) < 0 || (rc = quotes_flush(st, err)) < 0 ||
      (rc = exec(st, "COMMIT", err)) < 0) {
    txn_rollback(st);
    return rc;
  }
  st->in_txn = false;
  st->pending = 0;
  return 0;
}

int voc_store_run_begin(voc_store *st, const char *inputs, voc_error *err) {
  sqlite3_stmt *s = NULL;
  int rc;
  memset(&st->counts, 0, sizeof st->counts);
  if ((rc = txn_begin(st, err)) < 0)
    return rc;
  if (sqlite3_prepare_v2(st->db,
                         "INSERT INTO runs(started, inputs) VALUES("
                         "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1)",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "runs");
  bind_text(s, 1, inputs);
  rc = sqlite3_step(s);
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE)
    return db_error(st, err, "runs");
  st->run = sqlite3_last_insert_rowid(st->db);
  /* Commit the runs row at once: a load that dies leaves finished NULL. */
  return txn_commit(st, err);
}

int voc_store_run_end(voc_store *st, voc_error *err) {
  sqlite3_stmt *s = NULL;
  int rc;
  /* The last batch first, then sum_quotes if a document left them. */
  if ((rc = txn_commit(st, err)) < 0 || (rc = quotes_rebuild(st, err)) < 0 ||
      (rc = txn_begin(st, err)) < 0 || (rc = stmt_get(st, S_RUN_END, &s, err)) < 0)
    return rc;
  sqlite3_bind_int64(s, 1, st->run);
  sqlite3_bind_int64(s, 2, st->counts.read);
  sqlite3_bind_int64(s, 3, st->counts.inserted);
  sqlite3_bind_int64(s, 4, st->counts.updated);
  sqlite3_bind_int64(s, 5, st->counts.unchanged);
  sqlite3_bind_int64(s, 6, st->counts.rejected);
  if ((rc = step_done(st, s, err)) < 0)
    return rc;
  return txn_commit(st, err);
}

/* ---- dates ------------------------------------------------------------- */

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static long days_from_civil(long y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static bool parse_day(const char *s, long *y, int *m, int *d) {
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!s || strlen(s) < 10)
    return false;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-')
        return false;
    } else if (s[i] < '0' || s[i] > '9')
      return false;
  }
  if (s[10] != '\0' && s[10] != 'T' && s[10] != ' ')
    return false;
  *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  *m = (s[5] - '0') * 10 + (s[6] - '0');
  *d = (s[8] - '0') * 10 + (s[9] - '0');
  if (*m < 1 || *m > 12 || *d < 1 || *d > mdays[*m - 1])
    return false;
  if (*m == 2 && *d == 29 && !((*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0))
    return false;
  return true;
}

void voc_store_iso_week(const char *date, char dst[9]) {
  long y;
  int m, d;
  dst[0] = '\0';
  if (!parse_day(date, &y, &m, &d))
    return;
  long days = days_from_civil(y, m, d);
  int wd = (int)(((days % 7) + 7 + 3) % 7) + 1; /* 1970-01-01 was a Thursday */
  long thu = days + (4 - wd);                   /* Thursday of this ISO week */
  /* The ISO year is the calendar year of that Thursday. */
  long iy = y;
  if (thu < days_from_civil(y, 1, 1))
    iy = y - 1;
  else if (thu >= days_from_civil(y + 1, 1, 1))
    iy = y + 1;
  long week = (thu - days_from_civil(iy, 1, 1)) / 7 + 1;
  if (iy < 0 || iy > 9999 || week < 1 || week > 53)
    return;
  int yy = (int)iy, ww = (int)week;
  char w[9] = {(char)('0' + yy / 1000), (char)('0' + yy / 100 % 10),
               (char)('0' + yy / 10 % 10), (char)('0' + yy % 10), '-', 'W',
               (char)('0' + ww / 10), (char)('0' + ww % 10), '\0'};
  memcpy(dst, w, 9);
}

/* ---- loading records ---------------------------------------------------- */

/* A tag of the record being loaded: its strings are decoded into
 * st->tagstr (offsets while the tags are read, then pointers). */
enum { T_LEXICON, T_CATEGORY, T_TERM, T_RULE, T_EVIDENCE, NTAGSTR };

typedef struct tag_view {
  const char *lexicon, *category, *evidence, *term, *rule;
  size_t off[NTAGSTR];    /* in st->tagstr; SIZE_MAX: not a string */
  bool seen[NTAGSTR + 5]; /* a member already read (the first one counts) */
  long long start, end;   /* -1: absent, not a number or out of range */
  sqlite3_int64 cat;      /* categories.cat */
  bool counts, question, negated, excluded;
} tag_view;

/* The better of two evidences for a document's category: a statement over a
 * question, then a full sentence of quotable size (30 to 240 bytes: not a
 * fragment like "Security call.", not a paragraph) over others, then the
 * shorter; ties keep the earlier tag. */
static bool better_evidence(const tag_view *a, const tag_view *b) {
  if (!b->evidence || !*b->evidence)
    return a->evidence && *a->evidence;
  if (!a->evidence || !*a->evidence)
    return false;
  if (a->question != b->question)
    return !a->question;
  size_t la = strlen(a->evidence), lb = strlen(b->evidence);
  bool qa = la >= 30 && la <= 240, qb = lb >= 30 && lb <= 240;
  if (qa != qb)
    return qa;
  return la < lb;
}

/* Content hash of a document (record, text and tags), 128 bits as 32 hex
 * digits. It only has to notice changes between loads of the same id, so a
 * fast non-cryptographic hash does: two independent 64-bit lanes over 8-byte
 * words (multiply, xor-shift), finished with a full avalanche. SHA-256 (as
 * for source files) cost a fifth of the load time here. */
typedef struct hash128 {
  uint64_t a, b; /* the two lanes */
} hash128;

static uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

static void hash_word(hash128 *h, uint64_t w) {
  h->a = (h->a ^ w) * 0x9e3779b97f4a7c15ULL;
  h->a ^= h->a >> 29;
  h->b = (h->b ^ (w + 0x632be59bd9b4e019ULL)) * 0xc2b2ae3d27d4eb4fULL;
  h->b ^= h->b >> 31;
}

/* n bytes, then n itself, so that concatenations differ. */
static void hash_bytes(hash128 *h, const void *p, size_t n) {
  const unsigned char *c = p;
  size_t left = n;
  for (; left >= 8; left -= 8, c += 8) {
    uint64_t w;
    memcpy(&w, c, 8);
    hash_word(h, w);
  }
  if (left > 0) {
    uint64_t w = 0;
    memcpy(&w, c, left);
    hash_word(h, w);
  }
  hash_word(h, (uint64_t)n);
}

static void hash_hex(const hash128 *h, char out[33]) {
  uint64_t x = mix64(h->a ^ mix64(h->b)), y = mix64(h->b + x);
  snprintf(out, 33, "%016llx%016llx", (unsigned long long)x,
           (unsigned long long)y);
}

/* ---- interned categories and terms ---- */

/* Key parts, without printf: a key is built for every tag and summary
 * cell of every document. A NULL part is "-", a string "=text". */
static bool key_str(voc_buf *k, const char *v) {
  if (!v)
    return voc_buf_putc(k, '-') >= 0 && voc_buf_putc(k, '\x1f') >= 0;
  return voc_buf_putc(k, '=') >= 0 && voc_buf_puts(k, v) >= 0 &&
         voc_buf_putc(k, '\x1f') >= 0;
}

static bool key_num(voc_buf *k, long long v) {
  char d[24];
  int n = 0;
  unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
  do
    d[n++] = (char)('0' + u % 10);
  while ((u /= 10) > 0);
  if (v < 0)
    d[n++] = '-';
  while (n > 0)
    if (voc_buf_putc(k, d[--n]) < 0)
      return false;
  return voc_buf_putc(k, '\x1f') >= 0;
}

/* Look key up in cache, else run find (bound by the caller through bind),
 * else insert with make; the id is cached. */
static int intern(voc_store *st, GHashTable *cache, int find, int make,
                  const char *a, const char *b, const char *c,
                  sqlite3_int64 num, sqlite3_int64 *id, voc_error *err) {
  voc_buf_clear(&st->key);
  bool ok = find == S_TERM_FIND ? key_num(&st->key, num) : key_str(&st->key, a);
  ok = ok && key_str(&st->key, b);
  if (find == S_TERM_FIND)
    ok = ok && key_str(&st->key, c);
  if (!ok || !st->key.data)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  gpointer got;
  if (g_hash_table_lookup_extended(cache, st->key.data, NULL, &got)) {
    *id = (sqlite3_int64)(intptr_t)got;
    return 0;
  }
  sqlite3_stmt *s = NULL;
  int rc;
  for (int pass = 0; pass < 2; pass++) {
    if ((rc = stmt_get(st, pass ? make : find, &s, err)) < 0)
      return rc;
    if (find == S_TERM_FIND) {
      sqlite3_bind_int64(s, 1, num);
      bind_text(s, 2, b);
      bind_text(s, 3, c);
    } else {
      bind_text(s, 1, a);
      bind_text(s, 2, b);
    }
    int step = sqlite3_step(s);
    if (!pass && step == SQLITE_ROW) {
      *id = sqlite3_column_int64(s, 0);
      sqlite3_reset(s);
      break;
    }
    sqlite3_reset(s);
    if (step != SQLITE_DONE)
      return db_error(st, err, "intern");
    if (pass)
      *id = sqlite3_last_insert_rowid(st->db);
  }
  char *k = strdup(st->key.data);
  if (!k)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  g_hash_table_insert(cache, k, (gpointer)(intptr_t)*id);
  return 0;
}

/* ---- summaries ---- */

static int sum_add(voc_store *st, char kind, const char *dim, const char *grp,
                   sqlite3_int64 a, sqlite3_int64 b, long n, sum_delta **out,
                   voc_error *err) {
  voc_buf_clear(&st->key);
  if (voc_buf_putc(&st->key, kind) < 0 || !key_str(&st->key, dim) ||
      !key_str(&st->key, grp) || !key_num(&st->key, a) ||
      !key_num(&st->key, b) || !st->key.data)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  sum_delta *d = g_hash_table_lookup(st->sums, st->key.data);
  if (!d) {
    size_t kl = st->key.len + 1, gl = grp ? strlen(grp) + 1 : 0;
    if (!(d = calloc(1, sizeof *d + kl + gl)))
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    memcpy(d->key, st->key.data, kl);
    d->kind = kind;
    d->dim = dim;
    if (grp)
      d->grp = memcpy(d->key + kl, grp, gl);
    d->a = a;
    d->b = b;
    g_hash_table_insert(st->sums, d->key, d);
  }
  d->n += n;
  if (n < 0)
    st->sums_negative = true;
  if (out)
    *out = d;
  return 0;
}

/* Add n to the group's count of documents with category cat. */
static int sum_cell(sum_delta *d, sqlite3_int64 cat, long n, voc_error *err) {
  if (cat < 0 || cat > (1 << 24))
    return voc_error_set(err, VOC_EDB, "category id %lld out of range",
                         (long long)cat);
  if ((size_t)cat >= d->ncells) {
    size_t want = (size_t)cat + 16;
    long *p = realloc(d->cells, want * sizeof *p);
    if (!p)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    memset(p + d->ncells, 0, (want - d->ncells) * sizeof *p);
    d->cells = p;
    d->ncells = want;
  }
  d->cells[cat] += n;
  return 0;
}

/* The groups a document belongs to, as the reports name them. */
enum { NDIMS_DOC = 7 };
static const char *const doc_dims[NDIMS_DOC] = {
    "persona", "campaign", "persona,campaign", "kind", "week", "all",
    "lexicon_version" /* documents only: no categories */};

typedef struct doc_keys {
  const char *grp[NDIMS_DOC]; /* NULL: not in that dimension */
  const char *id, *day;       /* for quote candidates; day may be NULL */
  struct quote_group *qg[NDIMS_DOC - 1]; /* the document's quote groups,
                                            looked up on first use */
} doc_keys;

static int doc_keys_of(voc_store *st, doc_keys *k, const char *persona,
                       const char *campaign, const char *kind,
                       const char *week, const char *lexver, voc_error *err) {
  const char *camp = campaign ? campaign : "(no campaign)";
  voc_buf_clear(&st->pc);
  if (voc_buf_puts(&st->pc, persona) < 0 || voc_buf_puts(&st->pc, " / ") < 0 ||
      voc_buf_puts(&st->pc, camp) < 0 || !st->pc.data)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  k->grp[0] = persona;
  k->grp[1] = camp;
  k->grp[2] = st->pc.data;
  k->grp[3] = kind;
  k->grp[4] = week ? week : "(no date)";
  k->grp[5] = "(all)";
  k->grp[6] = lexver;
  k->id = k->day = NULL;
  memset(k->qg, 0, sizeof k->qg);
  return 0;
}

/* Count a document (sign 1) or take it back (-1): its groups, its counted
 * categories per group, and its objection x trigger pairs. */
static int sum_doc(voc_store *st, const doc_keys *k, const sqlite3_int64 *cats,
                   const bool *is_obj, const bool *is_trig, size_t ncats,
                   long sign, voc_error *err) {
  int rc = 0;
  for (int d = 0; d < NDIMS_DOC && rc >= 0; d++) {
    sum_delta *g = NULL;
    if (!k->grp[d])
      continue;
    rc = sum_add(st, 'g', doc_dims[d], k->grp[d], 0, 0, sign, &g, err);
    for (size_t c = 0; c < ncats && rc >= 0 && d < NDIMS_DOC - 1; c++)
      rc = sum_cell(g, cats[c], sign, err);
  }
  for (size_t o = 0; o < ncats && rc >= 0; o++)
    for (size_t t = 0; t < ncats && rc >= 0 && is_obj[o]; t++)
      if (is_trig[t])
        rc = sum_add(st, 'p', NULL, NULL, cats[o], cats[t], sign, NULL, err);
  return rc;
}

/* ---- quote candidates ---- */

/* A quote candidate: one document's clearest evidence for a category,
 * with what the reports rank quotes by. */
typedef struct quote_cand {
  sqlite3_int64 doc;  /* documents.doc */
  int seq;            /* doc_tags.seq of the evidence */
  int question;       /* the evidence is a question */
  long evlen;         /* its length in characters */
  char day[11];       /* YYYY-MM-DD, "" when the document has none */
  char *id;           /* documents.id; owned */
  sqlite3_int64 th;   /* hash of the evidence text: same text, same quote */
} quote_cand;

/* The best VOC_STORE_QUOTES distinct evidence texts of one summary cell
 * (dim, grp, cat), best first, while a transaction changes them. */
typedef struct quote_cell {
  sqlite3_int64 cat;
  int n;                             /* entries in c */
  bool changed;                      /* to be written back */
  quote_cand c[VOC_STORE_QUOTES];
} quote_cell;

/* The quote cells of one summary group (dim, grp), by category id: a
 * document looks its groups up once, not once per category. */
typedef struct quote_group {
  const char *dim;                   /* a constant from doc_dims */
  const char *grp;                   /* points into key */
  quote_cell **cells;                /* by cat; NULL: not read yet */
  size_t ncells;                     /* entries in cells */
  char key[];                        /* hash key, then grp */
} quote_group;

static void quote_cell_free(void *p) {
  quote_cell *q = p;
  for (int i = 0; q && i < q->n; i++)
    free(q->c[i].id);
  free(q);
}

static void quote_group_free(void *p) {
  quote_group *g = p;
  for (size_t i = 0; g && i < g->ncells; i++)
    quote_cell_free(g->cells[i]);
  if (g)
    free(g->cells);
  free(g);
}

/* The reports' order: statements first, evidence of 30 to 240 characters,
 * shorter, newer day (none last), then id. */
static int quote_cmp(const quote_cand *a, const quote_cand *b) {
  if (a->question != b->question)
    return a->question - b->question;
  bool ba = a->evlen < 30 || a->evlen > 240, bb = b->evlen < 30 || b->evlen > 240;
  if (ba != bb)
    return ba ? 1 : -1;
  if (a->evlen != b->evlen)
    return a->evlen < b->evlen ? -1 : 1;
  int c = strcmp(b->day, a->day); /* newest first; "" sorts last */
  if (c)
    return c;
  return strcmp(a->id, b->id);
}

static sqlite3_int64 text_hash(const char *s) {
  hash128 h = {0x452821e638d01377ULL, 0xbe5466cf34e90c6cULL};
  hash_bytes(&h, s, strlen(s));
  return (sqlite3_int64)mix64(h.a ^ mix64(h.b));
}

/* The group (dim, grp) of the quote cells, created empty. */
static int quote_group_get(voc_store *st, const char *dim, const char *grp,
                           quote_group **out, voc_error *err) {
  voc_buf_clear(&st->key);
  if (!key_str(&st->key, dim) || !key_str(&st->key, grp) || !st->key.data)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  quote_group *g = g_hash_table_lookup(st->qcells, st->key.data);
  if (!g) {
    size_t kl = st->key.len + 1, gl = strlen(grp) + 1;
    if (!(g = calloc(1, sizeof *g + kl + gl)))
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    memcpy(g->key, st->key.data, kl);
    g->dim = dim;
    g->grp = memcpy(g->key + kl, grp, gl);
    g_hash_table_insert(st->qcells, g->key, g);
  }
  *out = g;
  return 0;
}

/* The cell's candidates, from sum_quotes the first time in a transaction. */
static int quote_cell_get(voc_store *st, doc_keys *k, int d,
                          sqlite3_int64 cat, quote_cell **out,
                          voc_error *err) {
  int rc;
  if (!k->qg[d] &&
      (rc = quote_group_get(st, doc_dims[d], k->grp[d], &k->qg[d], err)) < 0)
    return rc;
  quote_group *g = k->qg[d];
  const char *dim = g->dim, *grp = g->grp;
  if (cat < 0 || cat > (1 << 24))
    return voc_error_set(err, VOC_EDB, "category id %lld out of range",
                         (long long)cat);
  if ((size_t)cat >= g->ncells) {
    size_t want = (size_t)cat + 16;
    quote_cell **p = realloc(g->cells, want * sizeof *p);
    if (!p)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    memset(p + g->ncells, 0, (want - g->ncells) * sizeof *p);
    g->cells = p;
    g->ncells = want;
  }
  quote_cell *q = g->cells[cat];
  if (q) {
    *out = q;
    return 0;
  }
  if (!(q = calloc(1, sizeof *q)))
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  q->cat = cat;
  g->cells[cat] = q;
  sqlite3_stmt *s = NULL;
  int step;
  if (st->quotes_rebuilding) { /* sum_quotes was emptied */
    *out = q;
    return 0;
  }
  if ((rc = stmt_get(st, S_QUOTES_GET, &s, err)) < 0)
    return rc;
  bind_text(s, 1, dim);
  bind_text(s, 2, grp);
  sqlite3_int64 c64 = cat;
  sqlite3_bind_int64(s, 3, c64);
  while ((step = sqlite3_step(s)) == SQLITE_ROW && q->n < VOC_STORE_QUOTES) {
    quote_cand *c = &q->c[q->n];
    const char *day = (const char *)sqlite3_column_text(s, 4);
    const char *id = (const char *)sqlite3_column_text(s, 5);
    c->doc = sqlite3_column_int64(s, 0);
    c->seq = sqlite3_column_int(s, 1);
    c->question = sqlite3_column_int(s, 2);
    c->evlen = (long)sqlite3_column_int64(s, 3);
    snprintf(c->day, sizeof c->day, "%s", day ? day : "");
    c->th = sqlite3_column_int64(s, 6);
    if (!(c->id = strdup(id ? id : ""))) {
      sqlite3_reset(s);
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    }
    q->n++;
  }
  sqlite3_reset(s);
  if (step != SQLITE_DONE && step != SQLITE_ROW)
    return db_error(st, err, "quotes");
  *out = q;
  return 0;
}

/* Offer a document's evidence to a cell. The cell keeps, per distinct text,
 * its best document, and the best VOC_STORE_QUOTES texts: whatever order
 * the documents come in, that is what ranking them all would give. */
static int quote_offer(quote_cell *q, const quote_cand *c, voc_error *err) {
  int at = -1;
  for (int i = 0; i < q->n; i++)
    if (q->c[i].th == c->th) {
      if (quote_cmp(c, &q->c[i]) >= 0)
        return 0; /* that text has a better document already */
      free(q->c[i].id);
      memmove(&q->c[i], &q->c[i + 1], (size_t)(q->n - i - 1) * sizeof *q->c);
      q->n--;
      break;
    }
  for (at = q->n; at > 0 && quote_cmp(c, &q->c[at - 1]) < 0; at--)
    ;
  if (at >= VOC_STORE_QUOTES)
    return 0;
  if (q->n == VOC_STORE_QUOTES) {
    free(q->c[q->n - 1].id);
    q->n--;
  }
  memmove(&q->c[at + 1], &q->c[at], (size_t)(q->n - at) * sizeof *q->c);
  q->c[at] = *c;
  if (!(q->c[at].id = strdup(c->id)))
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  q->n++;
  q->changed = true;
  return 0;
}

/* Offer one counted category of a document to its cell in every
 * dimension. */
static int quotes_add(voc_store *st, doc_keys *k, sqlite3_int64 cat,
                      const quote_cand *c, voc_error *err) {
  int rc = 0;
  for (int d = 0; d < NDIMS_DOC - 1 && rc >= 0; d++) {
    quote_cell *q = NULL;
    if ((rc = quote_cell_get(st, k, d, cat, &q, err)) >= 0)
      rc = quote_offer(q, c, err);
  }
  return rc;
}

/* A document leaves its cells: when it was one of their quotes, what
 * replaces it is not known here, so sum_quotes is marked stale and rebuilt
 * at the end of the run (voc_store_run_end); reports meanwhile rank the
 * quotes themselves. */
static int quotes_remove(voc_store *st, doc_keys *k, sqlite3_int64 cat,
                         sqlite3_int64 doc, voc_error *err) {
  int rc = 0;
  for (int d = 0; d < NDIMS_DOC - 1 && rc >= 0; d++) {
    quote_cell *q = NULL;
    if ((rc = quote_cell_get(st, k, d, cat, &q, err)) < 0)
      break;
    for (int i = 0; i < q->n; i++)
      if (q->c[i].doc == doc) {
        free(q->c[i].id);
        memmove(&q->c[i], &q->c[i + 1], (size_t)(q->n - i - 1) * sizeof *q->c);
        q->n--;
        q->changed = true;
        st->quotes_stale = true;
        break;
      }
  }
  return rc;
}

/* Replace the sum_quotes rows of one changed cell. */
static int quote_cell_write(voc_store *st, const quote_group *g,
                            quote_cell *q, voc_error *err) {
  sqlite3_stmt *s = NULL;
  int rc;
  q->changed = false;
  if ((rc = stmt_get(st, S_QUOTES_DEL, &s, err)) < 0)
    return rc;
  bind_text(s, 1, g->dim);
  bind_text(s, 2, g->grp);
  sqlite3_bind_int64(s, 3, q->cat);
  rc = step_done(st, s, err);
  for (int i = 0; i < q->n && rc >= 0; i++) {
    const quote_cand *c = &q->c[i];
    if ((rc = stmt_get(st, S_QUOTES_PUT, &s, err)) < 0)
      break;
    bind_text(s, 1, g->dim);
    bind_text(s, 2, g->grp);
    sqlite3_bind_int64(s, 3, q->cat);
    sqlite3_bind_int(s, 4, i);
    sqlite3_bind_int64(s, 5, c->doc);
    sqlite3_bind_int(s, 6, c->seq);
    sqlite3_bind_int(s, 7, c->question);
    sqlite3_bind_int64(s, 8, c->evlen);
    bind_text(s, 9, c->day[0] ? c->day : NULL);
    bind_text(s, 10, c->id);
    sqlite3_bind_int64(s, 11, c->th);
    rc = step_done(st, s, err);
  }
  return rc;
}

/* Write the changed cells back (inside the open transaction). */
static int quotes_flush(voc_store *st, voc_error *err) {
  GHashTableIter it;
  gpointer k, v;
  int rc = 0;
  g_hash_table_iter_init(&it, st->qcells);
  while (rc >= 0 && g_hash_table_iter_next(&it, &k, &v)) {
    const quote_group *g = v;
    for (size_t ci = 0; ci < g->ncells && rc >= 0; ci++)
      if (g->cells[ci] && g->cells[ci]->changed)
        rc = quote_cell_write(st, g, g->cells[ci], err);
  }
  if (rc >= 0 && st->quotes_stale)
    rc = exec(st, "INSERT OR REPLACE INTO sum_meta(key, value) "
                  "VALUES('quotes_stale', 1)", err);
  st->quotes_stale = false;
  return rc;
}

/* Rebuild sum_quotes from every counted category when it is marked stale
 * (a quote's document changed, or the database was migrated): one pass in
 * one transaction, offering every candidate to its cells. */
static int quotes_rebuild(voc_store *st, voc_error *err) {
  sqlite3_stmt *s = NULL;
  int rc, step;
  if ((rc = txn_begin(st, err)) < 0)
    return rc;
  if (sqlite3_prepare_v2(st->db,
                         "SELECT 1 FROM sum_meta WHERE key = 'quotes_stale'",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "quotes");
  step = sqlite3_step(s);
  sqlite3_finalize(s);
  if (step != SQLITE_ROW)
    return step == SQLITE_DONE ? txn_commit(st, err) : db_error(st, err, "quotes");
  if ((rc = exec(st, "DELETE FROM sum_quotes; DELETE FROM sum_meta WHERE key "
                     "= 'quotes_stale'",
                 err)) < 0)
    return rc;
  st->quotes_rebuilding = true;
  g_hash_table_remove_all(st->qcells);
  if (sqlite3_prepare_v2(
          st->db,
          "SELECT x.doc, x.seq, x.cat, x.question, x.evlen, d.day, d.id, "
          "d.persona, d.campaign, d.kind, d.week, " VOC_STORE_EVIDENCE_SQL(
              "t", "d") " FROM doc_cats x JOIN documents d ON d.doc = x.doc "
                        "JOIN doc_tags t ON t.doc = x.doc AND t.seq = x.seq "
                        "WHERE x.evlen > 0",
          -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "quotes");
  while ((step = sqlite3_step(s)) == SQLITE_ROW) {
    const char *col[6];
    for (int i = 0; i < 6; i++)
      col[i] = (const char *)sqlite3_column_text(s, 5 + i);
    const char *ev = (const char *)sqlite3_column_text(s, 11);
    doc_keys k;
    if (!col[1] || !col[2] || !col[4] || !ev) {
      rc = voc_error_set(err, VOC_EDB, "quotes: incomplete document");
      break;
    }
    if ((rc = doc_keys_of(st, &k, col[2], col[3], col[4], col[5], NULL,
                          err)) < 0)
      break;
    quote_cand c = {sqlite3_column_int64(s, 0), sqlite3_column_int(s, 1),
                    sqlite3_column_int(s, 3),
                    (long)sqlite3_column_int64(s, 4), "", (char *)col[1],
                    text_hash(ev)};
    snprintf(c.day, sizeof c.day, "%s", col[0] ? col[0] : "");
    if ((rc = quotes_add(st, &k, sqlite3_column_int64(s, 2), &c, err)) < 0)
      break;
  }
  sqlite3_finalize(s);
  if (rc >= 0 && step != SQLITE_DONE)
    rc = db_error(st, err, "quotes");
  if (rc < 0) {
    txn_rollback(st);
    return rc;
  }
  rc = txn_commit(st, err);
  st->quotes_rebuilding = false;
  return rc;
}

/* ---- evidence ---- */

#define ELLIPSIS "\xE2\x80\xA6"

/* First occurrence of needle (n bytes) in hay (len bytes), or NULL. */
static const char *find_bytes(const char *hay, size_t len, const char *needle,
                              size_t n) {
  if (n == 0)
    return hay;
  for (const char *p = hay; len >= n;) {
    const char *q = memchr(p, needle[0], len - n + 1);
    if (!q)
      return NULL;
    if (memcmp(q, needle, n) == 0)
      return q;
    len -= (size_t)(q + 1 - p);
    p = q + 1;
  }
  return NULL;
}

/* Where voc-tag's evidence ev sits in the text: bytes [*s, *e) of text,
 * with an ellipsis before (cut & 1) and/or after (cut & 2), reading exactly
 * as ev. False when it is not such a slice (voc-tag collapsed whitespace,
 * or the evidence came from elsewhere): then the store keeps ev itself. */
static bool evidence_slice(const char *text, size_t tlen, const char *ev,
                           long long near, long long *s, long long *e,
                           int *cut) {
  size_t elen = strlen(ev);
  bool lead = elen >= 3 && memcmp(ev, ELLIPSIS, 3) == 0;
  bool trail = elen >= 3 && memcmp(ev + elen - 3, ELLIPSIS, 3) == 0;
  /* With the detected ellipses first, then as part of the text. */
  for (int try = 0; try < 4; try++) {
    int c = (lead && !(try & 1) ? 1 : 0) | (trail && !(try & 2) ? 2 : 0);
    if ((try & 1 && !lead) || (try & 2 && !trail))
      continue;
    size_t l = (c & 1) ? 3 : 0, r = (c & 2) ? 3 : 0;
    if (l + r > elen)
      continue;
    const char *core = ev + l;
    size_t clen = elen - l - r;
    /* Look from the tag's sentence on first, then anywhere. */
    size_t from = near > 0 && (size_t)near <= tlen
                      ? ((size_t)near > clen ? (size_t)near - clen : 0)
                      : 0;
    const char *p = find_bytes(text + from, tlen - from, core, clen);
    if (!p && from > 0)
      p = find_bytes(text, tlen, core, clen);
    if (p) {
      *s = p - text;
      *e = *s + (long long)clen;
      *cut = c;
      return true;
    }
  }
  return false;
}

/* Characters of UTF-8 text, as SQLite's LENGTH() counts them. */
static long utf8_chars(const char *s) {
  long n = 0;
  for (; *s; s++)
    n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

/* The category and term ids of a tag: one lookup in st->tagids, else
 * interned (cached until a rollback). */
static int tag_ids(voc_store *st, tag_view *v, sqlite3_int64 *term_id,
                   voc_error *err) {
  voc_buf_clear(&st->key);
  if (!key_str(&st->key, v->lexicon) || !key_str(&st->key, v->category) ||
      !key_str(&st->key, v->term) || !key_str(&st->key, v->rule) ||
      !st->key.data)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  const sqlite3_int64 *got = g_hash_table_lookup(st->tagids, st->key.data);
  if (got) {
    v->cat = got[0];
    *term_id = got[1];
    return 0;
  }
  char *k = strdup(st->key.data);
  sqlite3_int64 *ids = malloc(2 * sizeof *ids);
  int rc = 0;
  if (!k || !ids)
    rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
  else if ((rc = intern(st, st->cats, S_CAT_FIND, S_CAT_NEW, v->lexicon,
                        v->category, NULL, 0, &v->cat, err)) >= 0 &&
           (rc = intern(st, st->terms, S_TERM_FIND, S_TERM_NEW, NULL, v->term,
                        v->rule, v->cat, term_id, err)) >= 0) {
    ids[0] = v->cat;
    ids[1] = *term_id;
    g_hash_table_insert(st->tagids, k, ids);
    return 0;
  }
  free(k);
  free(ids);
  return rc;
}

/* Store the n tags in st->views of document doc, its counted categories,
 * their quote candidates and the document's summaries. */
static int put_tags(voc_store *st, sqlite3_int64 doc, size_t n,
                    const char *text, size_t tlen, doc_keys *keys,
                    voc_error *err) {
  sqlite3_stmt *s = NULL;
  tag_view *views = st->views;
  size_t ncats = 0;
  int rc = 0;
  for (size_t seq = 0; seq < n; seq++) {
    tag_view *v = &views[seq];
    sqlite3_int64 term_id = 0;
    if ((rc = tag_ids(st, v, &term_id, err)) < 0 ||
        (rc = stmt_get(st, S_TAG, &s, err)) < 0)
      return rc;
    sqlite3_bind_int64(s, 1, doc);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)seq);
    sqlite3_bind_int64(s, 3, term_id);
    if (v->start >= 0)
      sqlite3_bind_int64(s, 4, v->start);
    if (v->end >= 0)
      sqlite3_bind_int64(s, 5, v->end);
    sqlite3_bind_int(s, 6, v->negated);
    sqlite3_bind_int(s, 7, v->excluded);
    sqlite3_bind_int(s, 8, v->question);
    long long es, ee;
    int cut = 0;
    if (v->evidence && text &&
        evidence_slice(text, tlen, v->evidence, v->start, &es, &ee, &cut)) {
      sqlite3_bind_int64(s, 9, es);
      sqlite3_bind_int64(s, 10, ee);
    } else
      bind_text(s, 12, v->evidence);
    sqlite3_bind_int(s, 11, cut);
    if ((rc = step_done(st, s, err)) < 0)
      return rc;
  }
  /* One doc_cats row per counted category, pointing at its best evidence. */
  for (size_t i = 0; i < n; i++) {
    if (!views[i].counts)
      continue;
    size_t best = i;
    bool first = true;
    for (size_t j = 0; j < n; j++) {
      if (!views[j].counts || views[j].cat != views[i].cat)
        continue;
      if (j < i) {
        first = false; /* already written with the first occurrence */
        break;
      }
      if (better_evidence(&views[j], &views[best]))
        best = j;
    }
    if (!first)
      continue;
    if ((rc = stmt_get(st, S_CAT, &s, err)) < 0)
      return rc;
    sqlite3_bind_int64(s, 1, doc);
    sqlite3_bind_int64(s, 2, views[i].cat);
    sqlite3_bind_int64(s, 3, (sqlite3_int64)best);
    sqlite3_bind_int(s, 4, views[best].question);
    if (views[best].evidence)
      sqlite3_bind_int64(s, 5, utf8_chars(views[best].evidence));
    if ((rc = step_done(st, s, err)) < 0)
      return rc;
    const char *ev = views[best].evidence;
    if (ev && *ev) {
      quote_cand c = {doc, (int)best, views[best].question, utf8_chars(ev), "",
                      (char *)keys->id, text_hash(ev)};
      snprintf(c.day, sizeof c.day, "%s", keys->day ? keys->day : "");
      if ((rc = quotes_add(st, keys, views[i].cat, &c, err)) < 0)
        return rc;
    }
    st->vcats[ncats] = views[i].cat;
    st->vobj[ncats] = strcmp(views[i].lexicon, "objection") == 0;
    st->vtrig[ncats] = strcmp(views[i].lexicon, "trigger") == 0;
    ncats++;
  }
  return sum_doc(st, keys, st->vcats, st->vobj, st->vtrig, ncats, 1, err);
}

/* Take a stored document out of the summaries before it is replaced. */
static int unsum_doc(voc_store *st, sqlite3_int64 doc, doc_keys *k,
                     voc_error *err) {
  sqlite3_stmt *s = NULL;
  sqlite3_int64 cats[256];
  bool is_obj[256], is_trig[256];
  size_t n = 0;
  int rc, step;
  if ((rc = stmt_get(st, S_OLD_CATS, &s, err)) < 0)
    return rc;
  sqlite3_bind_int64(s, 1, doc);
  while ((step = sqlite3_step(s)) == SQLITE_ROW && n < 256) {
    const char *lex = (const char *)sqlite3_column_text(s, 1);
    cats[n] = sqlite3_column_int64(s, 0);
    is_obj[n] = lex && strcmp(lex, "objection") == 0;
    is_trig[n] = lex && strcmp(lex, "trigger") == 0;
    n++;
  }
  sqlite3_reset(s);
  if (step == SQLITE_ROW)
    return voc_error_set(err, VOC_EDB, "document %lld: too many categories",
                         (long long)doc);
  if (step != SQLITE_DONE)
    return db_error(st, err, "old categories");
  for (size_t i = 0; i < n; i++)
    if ((rc = quotes_remove(st, k, cats[i], doc, err)) < 0)
      return rc;
  return sum_doc(st, k, cats, is_obj, is_trig, n, -1, err);
}

/* ---- reading a record line ---- */

/* The names of the fields voc_store_put reads (see the F_ enum). */
static const char *const record_fields[NFIELDS] = {
    "id",     "text",   "source",          "date", "campaign", "title",
    "account", "author", "lang", "lexicon_version", "kind",   "persona",
    "rating", "tags",   "tokens",          "sentences"};

/* Fields of the record that are also columns of documents, verbatim: the
 * stored record says 0 where they were (the column is non-NULL exactly when
 * the record had a string there), voc-dump puts them back. They are
 * F_TEXT..F_LEXVER. */
static const char *const column_fields[] = {
    "text",  "source", "date", "campaign",        "title",
    "account", "author", "lang", "lexicon_version", NULL};
_Static_assert(F_LEXVER - F_TEXT == 8, "column_fields are F_TEXT..F_LEXVER");

static size_t skip_ws(const char *s, size_t i, size_t end) {
  while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  return i;
}

/* The end of the JSON value at s[i]. The line passed voc_jline_scan (strict
 * JSON), so only strings and nesting need care. */
static size_t skip_value(const char *s, size_t i, size_t end) {
  int depth = 0;
  do {
    char c = s[i];
    if (c == '"') { /* to the first quote not escaped */
      const char *open = s + i + 1, *p = open, *e = s + end, *q;
      for (i = end; (q = memchr(p, '"', (size_t)(e - p))) != NULL; p = q + 1) {
        size_t bs = 0;
        while (q - bs > open && q[-1 - (ptrdiff_t)bs] == '\\')
          bs++;
        if (bs % 2 == 0) {
          i = (size_t)(q - s) + 1;
          break;
        }
      }
    } else if (c == '[' || c == '{') {
      depth++;
      i++;
    } else if (c == ']' || c == '}') {
      depth--;
      i++;
    } else if (depth > 0 && (c == ',' || c == ':' || c == ' ' || c == '\t' ||
                             c == '\n' || c == '\r')) {
      i++;
    } else { /* a number, true, false or null */
      while (i < end && s[i] != ',' && s[i] != ']' && s[i] != '}' &&
             s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
        i++;
    }
  } while (depth > 0 && i < end);
  return i;
}

/* A number value s[0..n) as cJSON reads it (strtod). */
static double num_value(voc_store *st, const char *s, size_t n) {
  char small[64];
  const char *z = small;
  if (n < sizeof small) {
    memcpy(small, s, n);
    small[n] = '\0';
  } else {
    voc_buf_clear(&st->tmp);
    if (voc_buf_put(&st->tmp, s, n) < 0 || voc_buf_putc(&st->tmp, 0) < 0)
      return 0;
    z = st->tmp.data;
  }
  return strtod(z, NULL);
}

/* Append the string value at j->text[at..at+n) to st->tagstr, decoded and
 * NUL-terminated; *off is where it starts. */
static int tag_string(voc_store *st, const voc_jline *j, size_t at, size_t n,
                      size_t *off) {
  const char *s = j->text + at + 1;
  size_t len = n - 2;
  *off = st->tagstr.len;
  if (!memchr(s, '\\', len))
    return voc_buf_put(&st->tagstr, s, len) < 0 ||
                   voc_buf_putc(&st->tagstr, 0) < 0
               ? VOC_ENOMEM
               : 0;
  voc_jfield f = {0, 0, at, n, false};
  int rc = voc_jline_str(j, &f, &st->tmp);
  if (rc < 0 || voc_buf_put(&st->tagstr, st->tmp.data, st->tmp.len) < 0 ||
      voc_buf_putc(&st->tagstr, 0) < 0)
    return rc < 0 ? rc : VOC_ENOMEM;
  return 0;
}

static int views_reserve(voc_store *st, size_t n) {
  if (n <= st->vcap)
    return 0;
  size_t want = n < 16 ? 16 : n * 2;
  tag_view *v = realloc(st->views, want * sizeof *v);
  if (v)
    st->views = v;
  sqlite3_int64 *c = realloc(st->vcats, want * sizeof *c);
  if (c)
    st->vcats = c;
  bool *o = realloc(st->vobj, want * sizeof *o);
  if (o)
    st->vobj = o;
  bool *t = realloc(st->vtrig, want * sizeof *t);
  if (t)
    st->vtrig = t;
  if (!v || !c || !o || !t)
    return VOC_ENOMEM;
  st->vcap = want;
  return 0;
}

/* Read the tags array at j->text[f] into st->views (*n of them). A tag
 * that is not an object with string lexicon and category is VOC_EPARSE,
 * as before (cJSON lookups: the first of repeated keys counts; a key
 * written with escapes is never one of these names, as in voc_jline). */
static int read_tags(voc_store *st, const voc_jline *j, const voc_jfield *f,
                     const char *id, size_t *n, voc_error *err) {
  static const char *const names[] = {"lexicon",  "category", "term",
                                      "rule",     "evidence", "start",
                                      "end",      "negated",  "excluded",
                                      "question"};
  const char *s = j->text;
  size_t end = f->val + f->vlen, i = skip_ws(s, f->val + 1, end);
  int rc;
  *n = 0;
  voc_buf_clear(&st->tagstr);
  while (i < end && s[i] != ']') {
    if ((rc = views_reserve(st, *n + 1)) < 0)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    tag_view *v = &st->views[*n];
    memset(v, 0, sizeof *v);
    for (int k = 0; k < NTAGSTR; k++)
      v->off[k] = SIZE_MAX;
    v->start = v->end = -1;
    if (s[i] != '{')
      goto bad;
    i = skip_ws(s, i + 1, end);
    while (i < end && s[i] == '"') {
      size_t key = i + 1, kend = skip_value(s, i, end) - 1;
      size_t klen = kend - key;
      i = skip_ws(s, kend + 1, end);
      i = skip_ws(s, i + 1, end); /* the ':' */
      size_t val = i, vend = skip_value(s, i, end);
      i = skip_ws(s, vend, end);
      if (i < end && s[i] == ',')
        i = skip_ws(s, i + 1, end);
      int k = 0;
      for (; k < (int)(sizeof names / sizeof *names); k++)
        if (strlen(names[k]) == klen && !memcmp(s + key, names[k], klen))
          break;
      if (k == (int)(sizeof names / sizeof *names) || v->seen[k])
        continue;
      v->seen[k] = true;
      char c = s[val];
      if (k < NTAGSTR) {
        if (c == '"' && (rc = tag_string(st, j, val, vend - val, &v->off[k])) < 0)
          return voc_error_set(err, rc, "out of memory");
      } else if (k <= 6) {
        /* Offsets outside any sane range are stored as NULL, not cast (UB). */
        double d = c == '-' || (c >= '0' && c <= '9')
                       ? num_value(st, s + val, vend - val)
                       : -1;
        if (d >= 0 && d < 9e15)
          *(k == 5 ? &v->start : &v->end) = (long long)d;
      } else {
        bool t = c == 't';
        if (k == 7)
          v->negated = t;
        else if (k == 8)
          v->excluded = t;
        else
          v->question = t;
      }
    }
    i = skip_ws(s, i + 1, end); /* past the '}' */
    if (v->off[T_LEXICON] == SIZE_MAX || v->off[T_CATEGORY] == SIZE_MAX)
      goto bad;
    v->counts = !v->negated && !v->excluded;
    (*n)++;
    if (i < end && s[i] == ',')
      i = skip_ws(s, i + 1, end);
  }
  /* tagstr has its final address now. */
  for (size_t t = 0; t < *n; t++) {
    tag_view *v = &st->views[t];
    const char **p[NTAGSTR] = {&v->lexicon, &v->category, &v->term, &v->rule,
                               &v->evidence};
    for (int k = 0; k < NTAGSTR; k++)
      *p[k] = v->off[k] == SIZE_MAX ? NULL : st->tagstr.data + v->off[k];
  }
  return 0;
bad:
  return voc_error_set(err, VOC_EPARSE,
                       "record %s: tag %zu needs lexicon and category", id,
                       *n + 1);
}

/* Which of record_fields the member f is, or -1 (a key with escapes is
 * none of them, as for voc_jline_get). */
static int field_index(const voc_jline *j, const voc_jfield *f) {
  if (f->kesc)
    return -1;
  for (int k = 0; k < NFIELDS; k++)
    if (strlen(record_fields[k]) == f->klen &&
        memcmp(j->text + f->key, record_fields[k], f->klen) == 0)
      return k;
  return -1;
}

/* The record's fields: fld[F_*] the first member of that name (NULL when
 * absent), str[F_*] its decoded value when that is a string (into st->fv),
 * else NULL. */
static int read_fields(voc_store *st, const voc_jline *j,
                       const voc_jfield **fld, const char **str,
                       voc_error *err) {
  for (int k = 0; k < NFIELDS; k++)
    fld[k] = NULL, str[k] = NULL;
  for (size_t i = 0; i < j->nfields; i++) {
    const voc_jfield *f = &j->fields[i];
    int k = field_index(j, f);
    if (k < 0 || fld[k])
      continue;
    fld[k] = f;
    int rc;
    if (k < F_TAGS && j->text[f->val] == '"') {
      if ((rc = voc_jline_str(j, f, &st->fv[k])) < 0)
        return voc_error_set(err, rc, "out of memory");
      str[k] = st->fv[k].data;
    }
  }
  return 0;
}

/* A record's id as text: strings as they are, integers without decimals. */
static const char *record_id(voc_store *st, const voc_jline *j,
                             const voc_jfield *f, const char *s, char *tmp,
                             size_t tmplen) {
  if (s && s[0])
    return s;
  char c = f ? j->text[f->val] : 0;
  if (c == '-' || (c >= '0' && c <= '9')) {
    double v = num_value(st, j->text + f->val, f->vlen);
    if (v > -9e15 && v < 9e15 && v == (double)(long long)v)
      snprintf(tmp, tmplen, "%lld", (long long)v);
    else
      snprintf(tmp, tmplen, "%.17g", v);
    return tmp;
  }
  return NULL;
}

/* The record as stored (into st->scratch): every member but the derived
 * tags, tokens and sentences, as its bytes were, with 0 for the string
 * values the columns hold (the first member of each name of
 * column_fields, see there), which go into the content hash h instead. */
static int stored_record(voc_store *st, const voc_jline *j,
                         const voc_jfield *const *fld, hash128 *h,
                         voc_error *err) {
  voc_buf *o = &st->scratch;
  bool ok = true, first = true;
  voc_buf_clear(o);
  ok = voc_buf_putc(o, '{') >= 0;
  for (size_t i = 0; i < j->nfields && ok; i++) {
    const voc_jfield *f = &j->fields[i];
    int k = field_index(j, f);
    if (k == F_TAGS || k == F_TOKENS || k == F_SENTENCES)
      continue;
    const char *v = j->text + f->val;
    bool elide = k >= F_TEXT && k <= F_LEXVER && fld[k] == f && *v == '"' &&
                 (f->vlen > 2 || k != F_CAMPAIGN);
    ok = (first || voc_buf_putc(o, ',') >= 0) && voc_buf_putc(o, '"') >= 0 &&
         voc_buf_put(o, j->text + f->key, f->klen) >= 0 &&
         voc_buf_puts(o, "\":") >= 0 &&
         (elide ? voc_buf_putc(o, '0') : voc_buf_put(o, v, f->vlen)) >= 0;
    if (elide) {
      hash_bytes(h, j->text + f->key, f->klen);
      hash_bytes(h, v, f->vlen);
    }
    first = false;
  }
  if (!ok || voc_buf_putc(o, '}') < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  hash_bytes(h, o->data, o->len);
  return 0;
}

int voc_store_put(voc_store *st, const voc_record *rec, voc_error *err) {
  int rc = voc_record_format(rec, &st->recline);
  if (rc < 0)
    return voc_error_set(err, rc, "cannot format record");
  if ((rc = voc_jline_scan(&st->jl, st->recline.data, st->recline.len, err)) <
      0) {
    st->counts.read++;
    st->counts.rejected++;
    return rc;
  }
  return voc_store_put_line(st, &st->jl, err);
}

int voc_store_put_line(voc_store *st, const voc_jline *j, voc_error *err) {
  char idbuf[64], hash[33], week[9];
  const voc_jfield *fld[NFIELDS];
  const char *str[NFIELDS];
  sqlite3_stmt *s = NULL;
  sqlite3_int64 doc = 0;
  size_t ntags = 0;
  int rc = 0;

  st->counts.read++;
  if ((rc = read_fields(st, j, fld, str, err)) < 0)
    goto done;
  const char *id = record_id(st, j, fld[F_ID], str[F_ID], idbuf, sizeof idbuf);
  if (!id) {
    rc = voc_error_set(err, VOC_EPARSE, "record has no id");
    goto reject;
  }
  const voc_jfield *tags = fld[F_TAGS];
  int ttype = voc_jline_type(j, tags);
  bool untagged = false;
  if (tags && ttype != 'n') {
    if (ttype != '[') {
      rc = voc_error_set(err, VOC_EPARSE, "record %s: tags is not an array", id);
      goto reject;
    }
    if ((rc = read_tags(st, j, tags, id, &ntags, err)) < 0) {
      if (rc == VOC_EPARSE)
        goto reject;
      goto done;
    }
  } else {
    untagged = !tags;
    tags = NULL;
  }
  int xtype = voc_jline_type(j, fld[F_TEXT]);
  if (fld[F_TEXT] && xtype != '"' && xtype != 'n') {
    rc = voc_error_set(err, VOC_EPARSE, "record %s: text is not a string", id);
    goto reject;
  }
  const char *text = str[F_TEXT];
  size_t tlen = text ? st->fv[F_TEXT].len : 0;

  if (untagged)
    st->counts.untagged++;
  hash128 h = {0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL};
  if ((rc = stored_record(st, j, fld, &h, err)) < 0)
    goto done;
  if (tags)
    hash_bytes(&h, j->text + tags->val, tags->vlen);
  hash_hex(&h, hash);

  if ((rc = txn_begin(st, err)) < 0 || (rc = stmt_get(st, S_FIND, &s, err)) < 0)
    goto done;
  bind_text(s, 1, id);
  int step = sqlite3_step(s);
  bool exists = step == SQLITE_ROW;
  if (exists) {
    doc = sqlite3_column_int64(s, 0);
    const char *old = (const char *)sqlite3_column_text(s, 1);
    if (old && strcmp(old, hash) == 0) {
      sqlite3_reset(s);
      st->counts.unchanged++;
      goto count;
    }
    /* Changed: take the stored version out of the summaries. */
    doc_keys k;
    char *o[5];
    for (int i = 0; i < 5; i++) {
      const char *v = (const char *)sqlite3_column_text(s, 2 + i);
      o[i] = v ? strdup(v) : NULL;
    }
    sqlite3_reset(s);
    if (!o[0] || !o[2])
      rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
    else if ((rc = doc_keys_of(st, &k, o[0], o[1], o[2], o[3], o[4], err)) >= 0)
      rc = unsum_doc(st, doc, &k, err);
    for (int i = 0; i < 5; i++)
      free(o[i]);
    if (rc < 0)
      goto done;
  } else {
    sqlite3_reset(s);
    if (step != SQLITE_DONE) {
      rc = db_error(st, err, "find document");
      goto done;
    }
  }

  const char *lv = str[F_LEXVER];
  if (lv && strlen(lv) < sizeof st->lexver)
    snprintf(st->lexver, sizeof st->lexver, "%s", lv);
  const char *kind = str[F_KIND];
  const char *date = str[F_DATE];
  const char *campaign = str[F_CAMPAIGN];
  const char *persona = str[F_PERSONA];
  char day[11] = "";
  long y;
  int m, d;
  if (parse_day(date, &y, &m, &d))
    memcpy(day, date, 10), day[10] = '\0';
  voc_store_iso_week(date, week);
  kind = kind && *kind ? kind : "other";
  campaign = campaign && *campaign ? campaign : NULL;
  persona = persona && *persona ? persona : "unknown";

  if ((rc = stmt_get(st, exists ? S_UPDATE : S_INSERT, &s, err)) < 0)
    goto done;
  bind_text(s, 1, id);
  bind_text(s, 2, kind);
  bind_text(s, 3, str[F_SOURCE]);
  bind_text(s, 4, date);
  bind_text(s, 5, day[0] ? day : NULL);
  bind_text(s, 6, week[0] ? week : NULL);
  bind_text(s, 7, campaign);
  bind_text(s, 8, str[F_TITLE]);
  bind_text(s, 9, str[F_ACCOUNT]);
  bind_text(s, 10, str[F_AUTHOR]);
  const voc_jfield *rating = fld[F_RATING];
  char rc0 = rating ? j->text[rating->val] : 0;
  if (rc0 == '-' || (rc0 >= '0' && rc0 <= '9'))
    sqlite3_bind_double(s, 11, num_value(st, j->text + rating->val,
                                         rating->vlen));
  else if (str[F_RATING] && str[F_RATING][0]) {
    char *end = NULL;
    double v = strtod(str[F_RATING], &end);
    if (end && *end == '\0')
      sqlite3_bind_double(s, 11, v);
  }
  bind_text(s, 12, persona);
  bind_text(s, 13, str[F_LANG]);
  bind_text(s, 14, lv);
  if (text)
    sqlite3_bind_text(s, 15, text, (int)tlen, SQLITE_STATIC);
  bind_text(s, 16, hash);
  sqlite3_bind_text(s, 17, st->scratch.data, (int)st->scratch.len,
                    SQLITE_STATIC);
  sqlite3_bind_int64(s, 18, st->run);
  if (exists)
    sqlite3_bind_int64(s, 19, doc);
  if ((rc = step_done(st, s, err)) < 0)
    goto done;
  if (exists) {
    if ((rc = stmt_get(st, S_DEL_TAGS, &s, err)) < 0)
      goto done;
    sqlite3_bind_int64(s, 1, doc);
    if ((rc = step_done(st, s, err)) < 0 ||
        (rc = stmt_get(st, S_DEL_CATS, &s, err)) < 0)
      goto done;
    sqlite3_bind_int64(s, 1, doc);
    if ((rc = step_done(st, s, err)) < 0)
      goto done;
    st->counts.updated++;
  } else {
    doc = sqlite3_last_insert_rowid(st->db);
    st->counts.inserted++;
  }
  doc_keys keys;
  if ((rc = doc_keys_of(st, &keys, persona, campaign, kind,
                        week[0] ? week : NULL, lv, err)) < 0)
    goto done;
  keys.id = id;
  keys.day = day[0] ? day : NULL;
  if (tags)
    rc = put_tags(st, doc, ntags, text, tlen, &keys, err);
  else
    rc = sum_doc(st, &keys, NULL, NULL, NULL, 0, 1, err);
  if (rc < 0)
    goto done;
count:
  if (++st->pending >= st->batch)
    rc = txn_commit(st, err);
  goto done;
reject:
  st->counts.rejected++;
done:
  return rc;
}

/* ---- sources ------------------------------------------------------------ */

static int file_sha256(const char *path, char out[65], long long *size,
                       char mtime[32], voc_error *err) {
  struct stat sb;
  unsigned char buf[65536];
  FILE *f = fopen(path, "rb");
  if (!f || fstat(fileno(f), &sb) != 0) {
    if (err)
      err->sys_errno = errno;
    voc_error_set(err, VOC_ENOINPUT, "cannot open %s: %s", path,
                  strerror(errno));
    if (f)
      fclose(f);
    return VOC_ENOINPUT;
  }
  GChecksum *ck = g_checksum_new(G_CHECKSUM_SHA256);
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    g_checksum_update(ck, buf, (gssize)n);
  int bad = ferror(f);
  fclose(f);
  snprintf(out, 65, "%s", g_checksum_get_string(ck));
  g_checksum_free(ck);
  if (bad)
    return voc_error_set(err, VOC_EIO, "cannot read %s", path);
  *size = (long long)sb.st_size;
  struct tm tm;
  time_t t = sb.st_mtime;
  gmtime_r(&t, &tm);
  strftime(mtime, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return 0;
}

int voc_store_source_check(voc_store *st, const char *path, bool *known,
                           char hash_out[65], voc_error *err) {
  char mtime[32];
  long long size = 0;
  sqlite3_stmt *s = NULL;
  int rc;
  *known = false;
  if ((rc = file_sha256(path, hash_out, &size, mtime, err)) < 0)
    return rc;
  if (sqlite3_prepare_v2(st->db,
                         "SELECT 1 FROM sources WHERE hash = ?1 AND size = ?2",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "sources");
  bind_text(s, 1, hash_out);
  sqlite3_bind_int64(s, 2, size);
  rc = sqlite3_step(s);
  sqlite3_finalize(s);
  if (rc == SQLITE_ROW)
    *known = true;
  else if (rc != SQLITE_DONE)
    return db_error(st, err, "sources");
  return 0;
}

int voc_store_source_mark(voc_store *st, const char *path, voc_error *err) {
  char hash[65], mtime[32];
  long long size = 0;
  sqlite3_stmt *s = NULL;
  int rc;
  if ((rc = file_sha256(path, hash, &size, mtime, err)) < 0 ||
      (rc = txn_begin(st, err)) < 0)
    return rc;
  /* Same content under the same path: leave the row alone (idempotent). */
  if (sqlite3_prepare_v2(
          st->db,
          "INSERT INTO sources(path, size, mtime, hash, run) "
          "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(path) DO UPDATE SET "
          "size = excluded.size, mtime = excluded.mtime, hash = excluded.hash, "
          "run = excluded.run WHERE sources.hash <> excluded.hash",
          -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "sources");
  bind_text(s, 1, path);
  sqlite3_bind_int64(s, 2, size);
  bind_text(s, 3, mtime);
  bind_text(s, 4, hash);
  sqlite3_bind_int64(s, 5, st->run);
  rc = sqlite3_step(s);
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE)
    return db_error(st, err, "sources");
  return 0;
}

/* ---- campaigns CSV ------------------------------------------------------- */

/* Copy a field without surrounding blanks into a fresh string. */
static char *trimmed(const char *v) {
  if (!v)
    return NULL;
  while (*v == ' ' || *v == '\t')
    v++;
  size_t n = strlen(v);
  while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'))
    n--;
  char *t = malloc(n + 1);
  if (t) {
    memcpy(t, v, n);
    t[n] = '\0';
  }
  return t;
}

int voc_store_load_campaigns(voc_store *st, const char *path, voc_error *err) {
  static const char *const cols[7][3] = {
      {"name", "campaign", "campaign_name"},
      {"marketing_owner", "marketing", "marketing owner"},
      {"sales_owner", "sales", "sales owner"},
      {"start", "start_date", "starts"},
      {"end", "end_date", "ends"},
      {"target_persona", "persona", "target persona"},
      {"segment", "target_segment", "target segment"}};
  int colidx[7];
  voc_csv *csv = NULL;
  sqlite3_stmt *s = NULL;
  int rc = 0, nrows = 0;
  FILE *f = fopen(path, "rb");
  voc_error_at(err, path, 0, 0);
  if (!f) {
    if (err)
      err->sys_errno = errno;
    return voc_error_set(err, VOC_ENOINPUT, "cannot open: %s", strerror(errno));
  }
  /* The ingest CSV reader: RFC 4180, BOM, CRLF, ',' ';' or tab detected. */
  if ((rc = voc_csv_new(&csv, f, 0, 0)) < 0) {
    voc_error_set(err, rc, "out of memory");
    goto done;
  }
  if ((rc = voc_csv_next(csv, err)) <= 0) {
    voc_error_at(err, path, rc == 0 ? 1 : voc_csv_line(csv), 0);
    if (rc == 0)
      rc = voc_error_set(err, VOC_EPARSE, "empty campaigns file");
    goto done;
  }
  for (int c = 0; c < 7; c++) {
    colidx[c] = -1;
    for (size_t i = 0; i < voc_csv_nfields(csv); i++) {
      char h[64];
      snprintf(h, sizeof h, "%s", voc_csv_field(csv, i, NULL));
      char *t = trimmed(h);
      if (!t) {
        rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
        goto done;
      }
      for (char *q = t; *q; q++)
        if (*q >= 'A' && *q <= 'Z')
          *q = (char)(*q - 'A' + 'a');
      for (int a = 0; a < 3; a++)
        if (strcmp(t, cols[c][a]) == 0 && colidx[c] < 0)
          colidx[c] = (int)i;
      free(t);
    }
  }
  if (colidx[0] < 0) {
    voc_error_at(err, path, 1, 0);
    rc = voc_error_set(err, VOC_EPARSE, "campaigns file needs a name column");
    goto done;
  }
  if ((rc = txn_begin(st, err)) < 0)
    goto done;
  if (sqlite3_prepare_v2(
          st->db,
          /* Columns the file lacks (flag ?8..?13 = 0) keep their value. */
          "INSERT INTO campaigns(name, marketing_owner, sales_owner, start, "
          "\"end\", target_persona, segment) VALUES(?1, ?2, ?3, ?4, ?5, ?6, "
          "?7) ON CONFLICT(name) DO UPDATE SET "
          "marketing_owner = IIF(?8, ?2, marketing_owner), "
          "sales_owner = IIF(?9, ?3, sales_owner), "
          "start = IIF(?10, ?4, start), \"end\" = IIF(?11, ?5, \"end\"), "
          "target_persona = IIF(?12, ?6, target_persona), "
          "segment = IIF(?13, ?7, segment)",
          -1, &s, NULL) != SQLITE_OK) {
    rc = db_error(st, err, "campaigns");
    goto done;
  }
  while ((rc = voc_csv_next(csv, err)) != 0) {
    if (rc < 0) {
      voc_error_at(err, path, voc_csv_line(csv), 0);
      goto done; /* a campaigns file is small: all or nothing */
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    for (int c = 1; c < 7; c++)
      sqlite3_bind_int(s, c + 7, colidx[c] >= 0);
    char *name = NULL;
    for (int c = 0; c < 7; c++) {
      if (colidx[c] < 0 || (size_t)colidx[c] >= voc_csv_nfields(csv))
        continue;
      char *t = trimmed(voc_csv_field(csv, (size_t)colidx[c], NULL));
      if (!t) {
        free(name);
        rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
        goto done;
      }
      if (*t)
        sqlite3_bind_text(s, c + 1, t, -1, SQLITE_TRANSIENT);
      if (c == 0)
        name = t;
      else
        free(t);
    }
    bool unnamed = !name || !*name;
    free(name);
    if (unnamed) {
      voc_error_at(err, path, voc_csv_line(csv), 0);
      rc = voc_error_set(err, VOC_EPARSE, "campaign without a name");
      goto done;
    }
    if (sqlite3_step(s) != SQLITE_DONE) {
      rc = db_error(st, err, "campaigns");
      goto done;
    }
    nrows++;
  }
  rc = txn_commit(st, err);
done:
  if (rc < 0 && st->in_txn)
    txn_rollback(st);
  sqlite3_finalize(s);
  voc_csv_free(csv);
  fclose(f);
  return rc < 0 ? rc : nrows;
}

/* ---- definitions ---------------------------------------------------------- */

int voc_store_load_definitions(voc_store *st, const voc_category_info *cats,
                               size_t n, const char *version, voc_error *err) {
  sqlite3_stmt *s = NULL;
  int rc;
  if ((rc = txn_begin(st, err)) < 0 ||
      (rc = exec(st, "DELETE FROM definitions", err)) < 0)
    return rc;
  if (sqlite3_prepare_v2(st->db,
                         "INSERT OR REPLACE INTO definitions(lexicon, "
                         "category, lang, label, description, "
                         "lexicon_version, ord) VALUES(?1, ?2, ?3, ?4, ?5, "
                         "?6, ?7)",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "definitions");
  for (size_t i = 0; i < n; i++) {
    const voc_category_info *ci = &cats[i];
    sqlite3_reset(s);
    bind_text(s, 1, ci->lexicon);
    bind_text(s, 2, ci->id);
    bind_text(s, 3, ci->lang ? ci->lang : "");
    bind_text(s, 4, ci->label);
    bind_text(s, 5, ci->description);
    bind_text(s, 6, version);
    sqlite3_bind_int64(s, 7, (sqlite3_int64)i);
    if (sqlite3_step(s) != SQLITE_DONE) {
      sqlite3_finalize(s);
      return db_error(st, err, "definitions");
    }
  }
  sqlite3_finalize(s);
  return txn_commit(st, err);
}

int voc_store_definitions_version(voc_store *st, char *dst, size_t dstlen,
                                  voc_error *err) {
  sqlite3_stmt *s = NULL;
  int rc, found = 0;
  if (sqlite3_prepare_v2(st->db,
                         "SELECT COALESCE(MAX(lexicon_version), '') FROM "
                         "definitions HAVING COUNT(*) > 0",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "definitions");
  rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    snprintf(dst, dstlen, "%s", (const char *)sqlite3_column_text(s, 0));
    found = 1;
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error(st, err, "definitions");
  return found;
}

int voc_store_last_run(voc_store *st, long long *run, char *finished,
                       size_t len, voc_error *err) {
  sqlite3_stmt *s = NULL;
  *run = 0;
  finished[0] = '\0';
  if (sqlite3_prepare_v2(st->db,
                         "SELECT run, COALESCE(finished, '') FROM runs ORDER "
                         "BY run DESC LIMIT 1",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "runs");
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    *run = sqlite3_column_int64(s, 0);
    snprintf(finished, len, "%s", (const char *)sqlite3_column_text(s, 1));
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error(st, err, "runs");
  return 0;
}

const char *voc_store_run_lexicon_version(const voc_store *st) {
  return st->lexver[0] ? st->lexver : NULL;
}

/* ---- dump ------------------------------------------------------------------ */

long voc_store_dump(voc_store *st, FILE *out, bool keep_persona,
                    voc_error *err) {
  sqlite3_stmt *s = NULL;
  long n = 0;
  int rc;
  /* The columns in the order of column_fields. */
  if (sqlite3_prepare_v2(st->db,
                         "SELECT record, text, source, date, campaign, title, "
                         "account, author, lang, lexicon_version FROM "
                         "documents ORDER BY doc",
                         -1, &s, NULL) != SQLITE_OK)
    return db_error(st, err, "dump");
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    const char *json = (const char *)sqlite3_column_text(s, 0);
    int len = sqlite3_column_bytes(s, 0);
    voc_record *rec = NULL;
    if (voc_record_parse(&rec, json ? json : "", (size_t)len, NULL, err) < 0) {
      sqlite3_finalize(s);
      return voc_error_set(err, VOC_EDB, "stored record %ld is corrupt", n + 1);
    }
    /* Schema 3 stores these values once, in their columns: 0 marks where
     * they go. (Records migrated from schema 2 hold all but the text.) */
    for (int i = 0; column_fields[i]; i++) {
      cJSON *it = cJSON_GetObjectItemCaseSensitive(rec, column_fields[i]);
      const char *v = (const char *)sqlite3_column_text(s, i + 1);
      if (!v || !cJSON_IsNumber(it) || it->valuedouble != 0)
        continue;
      cJSON *str = cJSON_CreateString(v);
      if (!str || !cJSON_ReplaceItemInObjectCaseSensitive(rec, column_fields[i],
                                                          str)) {
        cJSON_Delete(str);
        voc_record_free(rec);
        sqlite3_finalize(s);
        return voc_error_set(err, VOC_ENOMEM, "out of memory");
      }
    }
    cJSON_DeleteItemFromObjectCaseSensitive(rec, "lexicon_version");
    if (!keep_persona) {
      /* Ingest writes persona before text, voc-tag appends it after: drop
       * only the tagger's guess, so a re-tag can guess again. */
      bool after_text = false;
      const cJSON *it;
      cJSON_ArrayForEach(it, rec) {
        if (it->string && strcmp(it->string, "text") == 0)
          after_text = true;
        else if (after_text && it->string && strcmp(it->string, "persona") == 0)
          break;
      }
      if (it)
        cJSON_DeleteItemFromObjectCaseSensitive(rec, "persona");
    }
    rc = voc_record_write(rec, out, err);
    voc_record_free(rec);
    if (rc < 0) {
      sqlite3_finalize(s);
      return rc;
    }
    n++;
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE)
    return db_error(st, err, "dump");
  return n;
}
