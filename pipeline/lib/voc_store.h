/* voc_store.h: the SQLite store, the single source of truth (issue 5).
 *
 * One database file holds documents, their tags, the categories that count
 * per document, load runs, loaded sources, campaigns and category
 * definitions, plus summary views per persona, campaign, persona x campaign,
 * kind and ISO week. The schema version lives in PRAGMA user_version and
 * voc_store_open() migrates older files forward. All SQL uses prepared
 * statements with bound parameters; nothing is built from data.
 *
 * Loading is idempotent: each document carries a content hash of its stored
 * record and tags, so the same record twice changes nothing and a changed one
 * replaces the document and its tags. */
#ifndef VOC_STORE_H
#define VOC_STORE_H

#include <stdbool.h>
#include <stdio.h>

#include <sqlite3.h>

#include "voc_error.h"
#include "voc_jline.h"
#include "voc_lex.h"
#include "voc_record.h"

/* Current schema version (PRAGMA user_version after voc_store_open). */
#define VOC_STORE_SCHEMA 3

/* Quotes kept per summary cell in sum_quotes (schema 3): a report with
 * --top up to this many reads them instead of ranking the documents. */
#define VOC_STORE_QUOTES 5

typedef struct voc_store voc_store;

/* SQL for a tag's evidence as voc-tag wrote it, rebuilt from the row of
 * doc_tags aliased t and the row of documents aliased d (schema 3): the
 * bytes [ev_start, ev_end) of the text with the ellipses voc-tag put
 * around a cut sentence, or the evidence kept as text when it was not a
 * slice of the text. */
#define VOC_STORE_EVIDENCE_SQL(t, d)                                           \
  "COALESCE(" t ".evidence, CASE WHEN " t ".ev_start IS NOT NULL THEN "       \
  "IIF(" t ".ev_cut & 1, '\xE2\x80\xA6', '') || CAST(substr(CAST(" d           \
  ".text AS BLOB), " t ".ev_start + 1, " t ".ev_end - " t ".ev_start) AS "    \
  "TEXT) || IIF(" t ".ev_cut & 2, '\xE2\x80\xA6', '') END)"

/* What voc_store_open may do. */
enum {
  VOC_STORE_READONLY = 1 << 0, /* open an existing file read-only, no migration */
  VOC_STORE_CREATE = 1 << 1    /* create the file (mode 0600) if missing */
};

/* Open (or create) the database at path: mode 0600 on creation, WAL, a 30 s
 * busy timeout, foreign keys on, schema migrated to VOC_STORE_SCHEMA. A file
 * whose user_version is newer than this build is refused (VOC_EDB). On
 * success *out belongs to the caller (voc_store_close). */
int voc_store_open(voc_store **out, const char *path, int flags,
                   voc_error *err);
/* Finish pending work (a batch is rolled back unless voc_store_commit was
 * called) and close. NULL is fine. */
void voc_store_close(voc_store *st);
/* The underlying connection (borrowed), for reports and tests. */
sqlite3 *voc_store_db(voc_store *st);

/* Counts of one load run. */
typedef struct voc_store_counts {
  long long read;      /* records offered to voc_store_put */
  long long inserted;  /* new documents */
  long long updated;   /* documents whose content changed */
  long long unchanged; /* same content hash as stored */
  long long rejected;  /* records refused (bad id, bad tags, ...) */
  long long untagged;  /* loaded records without a tags field (not tagged) */
} voc_store_counts;

/* Start a run: a `runs` row (started now, inputs = the given text, e.g. the
 * file names joined by spaces) and the first transaction. */
int voc_store_run_begin(voc_store *st, const char *inputs, voc_error *err);
/* Load one record. Returns 0 with the outcome counted in the run's counts,
 * VOC_EPARSE when the record is unusable (counted as rejected; err says
 * why), VOC_EDB/VOC_ENOMEM on failure. Commits every `batch` records
 * (voc_store_set_batch, default 20000). rec is not modified. */
int voc_store_put(voc_store *st, const voc_record *rec, voc_error *err);
/* As voc_store_put, for a line voc_jline_scan took (voc-load reads lines
 * so, without a cJSON tree): the record is stored as its bytes were (minus
 * tags, tokens, sentences and the column values). j is borrowed. */
int voc_store_put_line(voc_store *st, const voc_jline *j, voc_error *err);
void voc_store_set_batch(voc_store *st, long batch);
/* The counts of the current run so far (borrowed). The caller may add the
 * records it rejected before they reached voc_store_put (bad JSON lines) to
 * read and rejected before voc_store_run_end. */
voc_store_counts *voc_store_counts_get(voc_store *st);
/* Finish the run: stamp `finished` and the counts, commit. */
int voc_store_run_end(voc_store *st, voc_error *err);

/* Sources: files already loaded, for incremental cron runs. A source is
 * known when a row has the same path, size and content hash (SHA-256).
 * voc_store_source_check sets *known and fills hash_out (65 bytes, hex). */
int voc_store_source_check(voc_store *st, const char *path, bool *known,
                           char hash_out[65], voc_error *err);
/* Remember path as loaded in the current run (size, mtime, hash). An
 * unchanged row is left as it is, so loading twice changes nothing. */
int voc_store_source_mark(voc_store *st, const char *path, voc_error *err);

/* Campaigns CSV (RFC 4180, header row): name (or campaign),
 * marketing_owner, sales_owner, start, end, target_persona, segment; other
 * columns are ignored. Rows are upserted by name. A bad file is VOC_EPARSE
 * with err at file:line; VOC_ENOINPUT when it cannot be opened. Returns the
 * number of rows on success. */
int voc_store_load_campaigns(voc_store *st, const char *path, voc_error *err);

/* Replace the `definitions` table with the n categories in cats (lexicon,
 * id, lang, label, description; as voc_lexset_category gives them, in file
 * order) and the lexicon version (voc_lexset_version). The store takes the
 * definitions as plain data so that only voc-load links the lexicon code. */
int voc_store_load_definitions(voc_store *st, const voc_category_info *cats,
                               size_t n, const char *version, voc_error *err);

/* Write every stored document back as a record (JSON Lines, load order),
 * the stored original without tags and lexicon_version; persona is dropped
 * when a later stage (voc-tag) had added it after `text`, unless
 * keep_persona. Returns the number of records written, or VOC_EIO/VOC_EDB. */
long voc_store_dump(voc_store *st, FILE *out, bool keep_persona,
                    voc_error *err);

/* The lexicon version of the stored definitions: 1 with dst filled, 0 when
 * the table is empty, VOC_EDB. */
int voc_store_definitions_version(voc_store *st, char *dst, size_t dstlen,
                                  voc_error *err);
/* The last run (the highest `runs` row: every voc-load that reads records,
 * campaigns or definitions adds one) with its finish time ("" while
 * running or when it died); *run = 0 when there is none. VOC_EDB. */
int voc_store_last_run(voc_store *st, long long *run, char *finished,
                       size_t len, voc_error *err);

/* The last lexicon_version seen by voc_store_put in this run, or NULL
 * (borrowed, valid until the store is closed). */
const char *voc_store_run_lexicon_version(const voc_store *st);

/* ISO 8601 week ("2025-W06") of a date or date-time string; "" when the
 * date is missing or not YYYY-MM-DD... . dst needs 9 bytes. */
void voc_store_iso_week(const char *date, char dst[9]);

#endif
