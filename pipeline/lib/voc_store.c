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

static const char *const *const migrations[] = {schema_v1, schema_v2};
#define NMIGRATIONS (sizeof migrations / sizeof migrations[0])
_Static_assert(NMIGRATIONS == VOC_STORE_SCHEMA,
               "one migration per schema version");

enum {
  S_FIND,
  S_INSERT,
  S_UPDATE,
  S_DEL_TAGS,
  S_DEL_CATS,
  S_TAG,
  S_CAT,
  S_RUN_END,
  S_NSTMT
};

static const char *const stmt_sql[S_NSTMT] = {
    [S_FIND] = "SELECT doc, hash FROM documents WHERE id = ?1",
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
    [S_DEL_TAGS] = "DELETE FROM tags WHERE doc = ?1",
    [S_DEL_CATS] = "DELETE FROM doc_categories WHERE doc = ?1",
    [S_TAG] = "INSERT INTO tags(doc, seq, lexicon, category, term, start, "
              "\"end\", negated, excluded, question, evidence, rule) "
              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    [S_CAT] = "INSERT INTO doc_categories(doc, lexicon, category, evidence, "
              "question) VALUES(?1, ?2, ?3, ?4, ?5)",
    [S_RUN_END] = "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ', "
                  "'now'), nread = ?2, inserted = ?3, updated = ?4, unchanged "
                  "= ?5, rejected = ?6 WHERE run = ?1",
};

struct voc_store {
  sqlite3 *db;                  /* the connection; owned */
  sqlite3_stmt *stmt[S_NSTMT];  /* prepared on first use; owned */
  bool in_txn;                  /* a batch transaction is open */
  long batch;                   /* records per transaction */
  long pending;                 /* records in the open transaction */
  sqlite3_int64 run;            /* current run id, 0 if none */
  voc_store_counts counts;      /* of the current run */
  voc_buf scratch;              /* record JSON for hashing */
  char lexver[72];              /* last lexicon_version seen, "" if none */
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
    sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
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
  st->batch = 5000;
  voc_buf_init(&st->scratch, 0);
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
    if ((rc = exec(st, "PRAGMA journal_mode = WAL", err)) < 0 ||
        (rc = exec(st, "PRAGMA synchronous = NORMAL", err)) < 0 ||
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
  return 0;
}

static int txn_commit(voc_store *st, voc_error *err) {
  int rc;
  if (!st->in_txn)
    return 0;
  if ((rc = exec(st, "COMMIT", err)) < 0) {
    exec(st, "ROLLBACK", NULL);
    st->in_txn = false;
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
  if ((rc = txn_begin(st, err)) < 0 || (rc = stmt_get(st, S_RUN_END, &s, err)) < 0)
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

typedef struct tag_view {
  const char *lexicon, *category, *evidence;
  bool counts, question;
} tag_view;

static bool json_true(const cJSON *it) { return cJSON_IsTrue(it); }

static const char *json_str(const cJSON *obj, const char *k) {
  const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, k);
  return cJSON_IsString(it) ? it->valuestring : NULL;
}

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

/* Content hash of a document (record + tags), 128 bits as 32 hex digits.
 * It only has to notice changes between loads of the same id, so a fast
 * non-cryptographic hash does: two independent 64-bit lanes over 8-byte
 * words (multiply, xor-shift), finished with a full avalanche. SHA-256 (as
 * for source files) cost a fifth of the load time here. */
typedef struct hash128 {
  uint64_t a, b; /* the two lanes */
  uint64_t n;    /* bytes hashed */
} hash128;

static uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

static void hash_words(hash128 *h, const void *p, size_t n) {
  const unsigned char *c = p;
  for (; n >= 8; n -= 8, c += 8) {
    uint64_t w;
    memcpy(&w, c, 8);
    h->a = (h->a ^ w) * 0x9e3779b97f4a7c15ULL;
    h->a ^= h->a >> 29;
    h->b = (h->b ^ (w + 0x632be59bd9b4e019ULL)) * 0xc2b2ae3d27d4eb4fULL;
    h->b ^= h->b >> 31;
  }
  if (n > 0) {
    uint64_t w = 0;
    memcpy(&w, c, n);
    w ^= (uint64_t)n << 56; /* so "a\0" and "a" differ */
    h->a = (h->a ^ w) * 0x9e3779b97f4a7c15ULL;
    h->a ^= h->a >> 29;
    h->b = (h->b ^ (w + 0x632be59bd9b4e019ULL)) * 0xc2b2ae3d27d4eb4fULL;
    h->b ^= h->b >> 31;
  }
}

/* Hash p (n bytes), a separator, then p2 (n2 bytes; may be NULL). */
static void content_hash(const void *p, size_t n, const void *p2, size_t n2,
                         char out[33]) {
  hash128 h = {0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL, 0};
  uint64_t len1 = n, len2 = p2 ? n2 + 1 : 0;
  hash_words(&h, p, n);
  hash_words(&h, &len1, sizeof len1); /* where the record ends */
  if (p2)
    hash_words(&h, p2, n2);
  hash_words(&h, &len2, sizeof len2);
  uint64_t x = mix64(h.a ^ mix64(h.b)), y = mix64(h.b + x);
  snprintf(out, 33, "%016llx%016llx", (unsigned long long)x,
           (unsigned long long)y);
}

static int put_tags(voc_store *st, sqlite3_int64 doc, const cJSON *tags,
                    voc_error *err) {
  sqlite3_stmt *s = NULL;
  int rc = 0, n = cJSON_GetArraySize(tags), seq = 0;
  tag_view *views = NULL;
  if (n > 0 && !(views = calloc((size_t)n, sizeof *views)))
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  const cJSON *t;
  cJSON_ArrayForEach(t, tags) {
    tag_view *v = &views[seq];
    const cJSON *start = cJSON_GetObjectItemCaseSensitive(t, "start");
    const cJSON *end = cJSON_GetObjectItemCaseSensitive(t, "end");
    v->lexicon = json_str(t, "lexicon");
    v->category = json_str(t, "category");
    v->evidence = json_str(t, "evidence");
    v->question = json_true(cJSON_GetObjectItemCaseSensitive(t, "question"));
    bool negated = json_true(cJSON_GetObjectItemCaseSensitive(t, "negated"));
    bool excluded = json_true(cJSON_GetObjectItemCaseSensitive(t, "excluded"));
    v->counts = !negated && !excluded;
    if ((rc = stmt_get(st, S_TAG, &s, err)) < 0)
      goto done;
    sqlite3_bind_int64(s, 1, doc);
    sqlite3_bind_int(s, 2, seq);
    bind_text(s, 3, v->lexicon);
    bind_text(s, 4, v->category);
    bind_text(s, 5, json_str(t, "term"));
    /* Offsets outside any sane range are stored as NULL, not cast (UB). */
    if (cJSON_IsNumber(start) && start->valuedouble >= 0 &&
        start->valuedouble < 9e15)
      sqlite3_bind_int64(s, 6, (sqlite3_int64)start->valuedouble);
    if (cJSON_IsNumber(end) && end->valuedouble >= 0 && end->valuedouble < 9e15)
      sqlite3_bind_int64(s, 7, (sqlite3_int64)end->valuedouble);
    sqlite3_bind_int(s, 8, negated);
    sqlite3_bind_int(s, 9, excluded);
    sqlite3_bind_int(s, 10, v->question);
    bind_text(s, 11, v->evidence);
    bind_text(s, 12, json_str(t, "rule"));
    if ((rc = step_done(st, s, err)) < 0)
      goto done;
    seq++;
  }
  /* One doc_categories row per counted category, with its best evidence. */
  for (int i = 0; i < n; i++) {
    if (!views[i].counts)
      continue;
    int best = i;
    bool first = true;
    for (int j = 0; j < n; j++) {
      if (!views[j].counts || strcmp(views[j].lexicon, views[i].lexicon) ||
          strcmp(views[j].category, views[i].category))
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
      goto done;
    sqlite3_bind_int64(s, 1, doc);
    bind_text(s, 2, views[i].lexicon);
    bind_text(s, 3, views[i].category);
    bind_text(s, 4, views[best].evidence);
    sqlite3_bind_int(s, 5, views[best].question);
    if ((rc = step_done(st, s, err)) < 0)
      goto done;
  }
done:
  free(views);
  return rc;
}

/* A record's id as text: strings as they are, integers without decimals. */
static const char *record_id(const cJSON *rec, char *tmp, size_t tmplen) {
  const cJSON *it = cJSON_GetObjectItemCaseSensitive(rec, "id");
  if (cJSON_IsString(it) && it->valuestring[0])
    return it->valuestring;
  if (cJSON_IsNumber(it)) {
    double v = it->valuedouble;
    if (v > -9e15 && v < 9e15 && v == (double)(long long)v)
      snprintf(tmp, tmplen, "%lld", (long long)v);
    else
      snprintf(tmp, tmplen, "%.17g", v);
    return tmp;
  }
  return NULL;
}

int voc_store_put(voc_store *st, const voc_record *rec, voc_error *err) {
  char idbuf[64], hash[33], week[9];
  cJSON *copy = NULL;
  char *tags_json = NULL;
  sqlite3_stmt *s = NULL;
  sqlite3_int64 doc = 0;
  int rc = 0;

  st->counts.read++;
  const char *id = record_id(rec, idbuf, sizeof idbuf);
  if (!id) {
    rc = voc_error_set(err, VOC_EPARSE, "record has no id");
    goto reject;
  }
  const cJSON *tags = cJSON_GetObjectItemCaseSensitive(rec, "tags");
  bool untagged = false;
  if (tags && !cJSON_IsNull(tags)) {
    if (!cJSON_IsArray(tags)) {
      rc = voc_error_set(err, VOC_EPARSE, "record %s: tags is not an array", id);
      goto reject;
    }
    const cJSON *t;
    int i = 0;
    cJSON_ArrayForEach(t, tags) {
      if (!cJSON_IsObject(t) || !json_str(t, "lexicon") ||
          !json_str(t, "category")) {
        rc = voc_error_set(err, VOC_EPARSE,
                           "record %s: tag %d needs lexicon and category", id,
                           i + 1);
        goto reject;
      }
      i++;
    }
  } else {
    untagged = !tags;
    tags = NULL;
  }
  const cJSON *textit = cJSON_GetObjectItemCaseSensitive(rec, "text");
  if (textit && !cJSON_IsString(textit) && !cJSON_IsNull(textit)) {
    rc = voc_error_set(err, VOC_EPARSE, "record %s: text is not a string", id);
    goto reject;
  }

  if (untagged)
    st->counts.untagged++;
  /* The stored original: everything but the bulky derived fields. */
  /* Field by field, so the token arrays are never copied. */
  if (!(copy = cJSON_CreateObject())) {
    rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
    goto done;
  }
  const cJSON *field;
  cJSON_ArrayForEach(field, rec) {
    if (!field->string || !strcmp(field->string, "tags") ||
        !strcmp(field->string, "tokens") || !strcmp(field->string, "sentences"))
      continue;
    cJSON *dup = cJSON_Duplicate(field, 1);
    if (!dup || !cJSON_AddItemToObject(copy, field->string, dup)) {
      cJSON_Delete(dup);
      rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
      goto done;
    }
  }
  if ((rc = voc_record_format(copy, &st->scratch)) < 0 ||
      (tags && !(tags_json = cJSON_PrintUnformatted(tags)))) {
    rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
    goto done;
  }
  content_hash(st->scratch.data, st->scratch.len, tags_json,
               tags_json ? strlen(tags_json) : 0, hash);

  if ((rc = txn_begin(st, err)) < 0 || (rc = stmt_get(st, S_FIND, &s, err)) < 0)
    goto done;
  bind_text(s, 1, id);
  int step = sqlite3_step(s);
  bool exists = step == SQLITE_ROW;
  if (exists) {
    doc = sqlite3_column_int64(s, 0);
    const char *old = (const char *)sqlite3_column_text(s, 1);
    bool same = old && strcmp(old, hash) == 0;
    sqlite3_reset(s);
    if (same) {
      st->counts.unchanged++;
      goto count;
    }
  } else {
    sqlite3_reset(s);
    if (step != SQLITE_DONE) {
      rc = db_error(st, err, "find document");
      goto done;
    }
  }

  const char *lv = json_str(rec, "lexicon_version");
  if (lv && strlen(lv) < sizeof st->lexver)
    snprintf(st->lexver, sizeof st->lexver, "%s", lv);
  const char *kind = json_str(rec, "kind");
  const char *date = json_str(rec, "date");
  const char *campaign = json_str(rec, "campaign");
  const char *persona = json_str(rec, "persona");
  const cJSON *rating = cJSON_GetObjectItemCaseSensitive(rec, "rating");
  char day[11] = "";
  long y;
  int m, d;
  if (parse_day(date, &y, &m, &d))
    memcpy(day, date, 10), day[10] = '\0';
  voc_store_iso_week(date, week);

  if ((rc = stmt_get(st, exists ? S_UPDATE : S_INSERT, &s, err)) < 0)
    goto done;
  bind_text(s, 1, id);
  bind_text(s, 2, kind && *kind ? kind : "other");
  bind_text(s, 3, json_str(rec, "source"));
  bind_text(s, 4, date);
  bind_text(s, 5, day[0] ? day : NULL);
  bind_text(s, 6, week[0] ? week : NULL);
  bind_text(s, 7, campaign && *campaign ? campaign : NULL);
  bind_text(s, 8, json_str(rec, "title"));
  bind_text(s, 9, json_str(rec, "account"));
  bind_text(s, 10, json_str(rec, "author"));
  if (cJSON_IsNumber(rating))
    sqlite3_bind_double(s, 11, rating->valuedouble);
  else if (cJSON_IsString(rating) && rating->valuestring[0]) {
    char *end = NULL;
    double v = strtod(rating->valuestring, &end);
    if (end && *end == '\0')
      sqlite3_bind_double(s, 11, v);
  }
  bind_text(s, 12, persona && *persona ? persona : "unknown");
  bind_text(s, 13, json_str(rec, "lang"));
  bind_text(s, 14, json_str(rec, "lexicon_version"));
  bind_text(s, 15, cJSON_IsString(textit) ? textit->valuestring : NULL);
  bind_text(s, 16, hash);
  sqlite3_bind_text(s, 17, st->scratch.data, (int)st->scratch.len,
                    SQLITE_TRANSIENT);
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
  if (tags && (rc = put_tags(st, doc, tags, err)) < 0)
    goto done;
count:
  if (++st->pending >= st->batch)
    rc = txn_commit(st, err);
  goto done;
reject:
  st->counts.rejected++;
done:
  free(tags_json);
  cJSON_Delete(copy);
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
  if (rc < 0 && st->in_txn) {
    exec(st, "ROLLBACK", NULL);
    st->in_txn = false;
  }
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

const char *voc_store_run_lexicon_version(const voc_store *st) {
  return st->lexver[0] ? st->lexver : NULL;
}

/* ---- dump ------------------------------------------------------------------ */

long voc_store_dump(voc_store *st, FILE *out, bool keep_persona,
                    voc_error *err) {
  sqlite3_stmt *s = NULL;
  long n = 0;
  int rc;
  if (sqlite3_prepare_v2(st->db, "SELECT record FROM documents ORDER BY doc",
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
