/* Unit tests for the store and the report options (issue 5). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "voc_jline.h"
#include "voc_record.h"
#include "voc_report.h"
#include "voc_store.h"

typedef struct fixture {
  char dir[64];
  char path[128];
  voc_store *st;
} fixture;

static int setup(void **state) {
  fixture *fx = calloc(1, sizeof *fx);
  voc_error err;
  if (!fx)
    return -1;
  snprintf(fx->dir, sizeof fx->dir, "/tmp/voc-test-store-XXXXXX");
  if (!mkdtemp(fx->dir))
    return -1;
  snprintf(fx->path, sizeof fx->path, "%s/t.db", fx->dir);
  voc_error_clear(&err);
  if (voc_store_open(&fx->st, fx->path, VOC_STORE_CREATE, &err) < 0)
    return -1;
  if (voc_store_run_begin(fx->st, "test", &err) < 0)
    return -1;
  *state = fx;
  return 0;
}

static int teardown(void **state) {
  fixture *fx = *state;
  char p[160];
  voc_store_close(fx->st);
  const char *suffix[] = {"", "-wal", "-shm"};
  for (int i = 0; i < 3; i++) {
    snprintf(p, sizeof p, "%s%s", fx->path, suffix[i]);
    unlink(p);
  }
  rmdir(fx->dir);
  free(fx);
  return 0;
}

static voc_record *rec(const char *json) {
  voc_record *r = NULL;
  voc_error err;
  voc_error_clear(&err);
  assert_int_equal(voc_record_parse(&r, json, strlen(json), NULL, &err), 0);
  return r;
}

static int put(voc_store *st, const char *json) {
  voc_error err;
  voc_error_clear(&err);
  voc_record *r = rec(json);
  int rc = voc_store_put(st, r, &err);
  voc_record_free(r);
  return rc;
}

static long long count(voc_store *st, const char *sql) {
  sqlite3_stmt *s = NULL;
  long long n = -1;
  assert_int_equal(sqlite3_prepare_v2(voc_store_db(st), sql, -1, &s, NULL),
                   SQLITE_OK);
  if (sqlite3_step(s) == SQLITE_ROW)
    n = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  return n;
}

static void iso_weeks(void **state) {
  (void)state;
  static const char *const cases[][2] = {
      {"2025-01-01", "2025-W01"}, {"2024-12-30", "2025-W01"},
      {"2021-01-03", "2020-W53"}, {"2020-12-31", "2020-W53"},
      {"2025-02-03T15:20:00Z", "2025-W06"}, {"2026-12-31", "2026-W53"},
      {"2027-01-01", "2026-W53"}, {"2027-01-04", "2027-W01"},
      {"2024-02-29", "2024-W09"}, {"2023-02-29", ""}, {"2025-13-01", ""},
      {"25-01-01", ""}, {"", ""}, {"2025-01-01x", ""}};
  char w[9];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    voc_store_iso_week(cases[i][0], w);
    assert_string_equal(w, cases[i][1]);
  }
  voc_store_iso_week(NULL, w);
  assert_string_equal(w, "");
}

static void schema_is_current_and_file_private(void **state) {
  fixture *fx = *state;
  struct stat sb;
  assert_int_equal(count(fx->st, "PRAGMA user_version"), VOC_STORE_SCHEMA);
  assert_int_equal(stat(fx->path, &sb), 0);
  assert_int_equal(sb.st_mode & 0777, 0600);
}

static void same_record_twice_is_unchanged(void **state) {
  fixture *fx = *state;
  const char *a = "{\"id\":\"a\",\"kind\":\"email\",\"text\":\"Too pricey.\","
                  "\"tags\":[{\"lexicon\":\"objection\",\"category\":"
                  "\"budget\",\"negated\":false,\"evidence\":\"Too pricey.\"}]}";
  assert_int_equal(put(fx->st, a), 0);
  assert_int_equal(put(fx->st, a), 0);
  const voc_store_counts *n = voc_store_counts_get(fx->st);
  assert_int_equal(n->inserted, 1);
  assert_int_equal(n->unchanged, 1);
  assert_int_equal(n->updated, 0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM tags"), 1);
  /* Missing persona is 'unknown', missing campaign is NULL. */
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM documents WHERE "
                                 "persona = 'unknown' AND campaign IS NULL"),
                   1);
}

static void changed_tags_replace_old_ones(void **state) {
  fixture *fx = *state;
  assert_int_equal(
      put(fx->st, "{\"id\":\"b\",\"text\":\"x\",\"tags\":[{\"lexicon\":"
                  "\"objection\",\"category\":\"budget\"},{\"lexicon\":"
                  "\"objection\",\"category\":\"timing\"}]}"),
      0);
  assert_int_equal(
      put(fx->st, "{\"id\":\"b\",\"text\":\"x\",\"tags\":[{\"lexicon\":"
                  "\"trigger\",\"category\":\"pain\"}]}"),
      0);
  assert_int_equal(voc_store_counts_get(fx->st)->updated, 1);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM tags"), 1);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM doc_categories "
                                 "WHERE category = 'pain'"),
                   1);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM doc_categories"), 1);
  /* The document kept its row (load order) while being replaced. */
  assert_int_equal(count(fx->st, "SELECT MAX(doc) FROM documents"), 1);
}

/* Rows of the summary tables that differ from the documents, recounted. */
static long long summary_drift(voc_store *st) {
  return count(
      st,
      "WITH k AS (SELECT doc, 'persona' AS dim, persona AS grp FROM documents "
      "UNION ALL SELECT doc, 'campaign', COALESCE(campaign, '(no campaign)') "
      "FROM documents UNION ALL SELECT doc, 'persona,campaign', persona || ' "
      "/ ' || COALESCE(campaign, '(no campaign)') FROM documents UNION ALL "
      "SELECT doc, 'kind', kind FROM documents UNION ALL SELECT doc, 'week', "
      "COALESCE(week, '(no date)') FROM documents UNION ALL SELECT doc, 'all', "
      "'(all)' FROM documents),"
      " g AS (SELECT dim, grp, COUNT(*) AS n FROM k GROUP BY 1, 2 UNION ALL "
      "SELECT 'lexicon_version', lexicon_version, COUNT(*) FROM documents "
      "WHERE lexicon_version IS NOT NULL GROUP BY 2),"
      " c AS (SELECT dim, grp, x.cat, COUNT(*) AS n FROM k JOIN doc_cats x "
      "USING (doc) GROUP BY 1, 2, 3),"
      " p AS (SELECT o.cat AS o, t.cat AS t, COUNT(*) AS n FROM doc_cats o "
      "JOIN categories oc ON oc.cat = o.cat AND oc.lexicon = 'objection' JOIN "
      "doc_cats t ON t.doc = o.doc JOIN categories tc ON tc.cat = t.cat AND "
      "tc.lexicon = 'trigger' GROUP BY 1, 2)"
      " SELECT (SELECT COUNT(*) FROM (SELECT * FROM g EXCEPT SELECT * FROM "
      "sum_groups UNION ALL SELECT * FROM sum_groups EXCEPT SELECT * FROM g))"
      " + (SELECT COUNT(*) FROM (SELECT * FROM c EXCEPT SELECT * FROM "
      "sum_cells UNION ALL SELECT * FROM sum_cells EXCEPT SELECT * FROM c))"
      " + (SELECT COUNT(*) FROM (SELECT * FROM p EXCEPT SELECT * FROM "
      "sum_pairs UNION ALL SELECT * FROM sum_pairs EXCEPT SELECT * FROM p))");
}

/* Issue 6: the summary tables follow inserts, updates (a document moving to
 * another persona, campaign, week and categories) and batches, and say the
 * same as the documents recounted. */
static void summaries_follow_the_documents(void **state) {
  fixture *fx = *state;
  voc_error err;
  voc_error_clear(&err);
  voc_store_set_batch(fx->st, 2);
  const char *docs[] = {
      "{\"id\":\"s1\",\"kind\":\"email\",\"date\":\"2025-01-06\",\"persona\":"
      "\"finance\",\"campaign\":\"W\",\"text\":\"a\",\"lexicon_version\":\"v1\","
      "\"tags\":[{\"lexicon\":\"objection\",\"category\":\"budget\"},"
      "{\"lexicon\":\"trigger\",\"category\":\"pain\"}]}",
      "{\"id\":\"s2\",\"text\":\"b\",\"tags\":[{\"lexicon\":\"objection\","
      "\"category\":\"budget\",\"negated\":true}]}",
      "{\"id\":\"s3\",\"date\":\"2025-02-01\",\"text\":\"c\",\"tags\":[{"
      "\"lexicon\":\"objection\",\"category\":\"timing\"},{\"lexicon\":"
      "\"trigger\",\"category\":\"pain\"},{\"lexicon\":\"trigger\","
      "\"category\":\"pain\"}]}",
      /* s1 changes everything it is counted under */
      "{\"id\":\"s1\",\"kind\":\"review\",\"date\":\"2025-03-06\",\"persona\":"
      "\"it_leader\",\"text\":\"a2\",\"lexicon_version\":\"v2\",\"tags\":[{"
      "\"lexicon\":\"objection\",\"category\":\"timing\"}]}",
      "{\"id\":\"s2\",\"text\":\"b\"}"};
  for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
    assert_int_equal(put(fx->st, docs[i]), 0);
    assert_int_equal(voc_store_run_end(fx->st, &err), 0); /* commits */
    assert_int_equal(summary_drift(fx->st), 0);
  }
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM sum_groups WHERE grp "
                                 "IN ('finance', 'W', 'v1', 'email')"),
                   0);
  assert_int_equal(count(fx->st, "SELECT documents FROM sum_cells s JOIN "
                                 "categories c USING (cat) WHERE dim = 'all' "
                                 "AND category = 'timing'"),
                   2);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM sum_cells s JOIN "
                                 "categories c USING (cat) WHERE category = "
                                 "'budget'"),
                   0);
  assert_int_equal(count(fx->st, "SELECT documents FROM sum_pairs"), 1);
}

/* Issue 6: sum_quotes, kept per document as it is loaded, is what ranking
 * every document gives (a rebuild): statements before questions, 30 to 240
 * characters, shorter, newer, by id; one quote per distinct text. */
static void kept_quotes_equal_a_rebuild(void **state) {
  fixture *fx = *state;
  voc_error err;
  voc_error_clear(&err);
  char json[512];
  static const char *const ev[] = {
      "Is the price going up again next year for us?",
      "The price is far too high for a team of our size.",
      "Too expensive.",
      "The price is far too high for a team of our size.",
      "We simply cannot justify this budget before the next quarter.",
      "Budget is gone until the autumn and nobody will sign anything."};
  for (int i = 0; i < 30; i++) {
    const char *e = ev[i % 6];
    snprintf(json, sizeof json,
             "{\"id\":\"q%02d\",\"date\":\"2025-01-%02d\",\"persona\":\"%s\","
             "\"text\":\"x %s\",\"tags\":[{\"lexicon\":\"objection\","
             "\"category\":\"budget\",\"evidence\":\"%s\"%s}]}",
             i, 1 + i % 28, i % 3 ? "finance" : "it_leader", e, e,
             e[strlen(e) - 1] == '?' ? ",\"question\":true" : "");
    assert_int_equal(put(fx->st, json), 0);
  }
  assert_int_equal(voc_store_run_end(fx->st, &err), 0);
  /* the best quote overall: a 49-character statement, the newest of its
   * text (q27 is day 28), and each text once */
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM sum_quotes WHERE dim = "
                                 "'all' AND rank = 0 AND id = 'q27'"),
                   1);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM sum_quotes WHERE dim = "
                                 "'all'"),
                   5);
  assert_int_equal(count(fx->st, "SELECT COUNT(DISTINCT texthash) FROM "
                                 "sum_quotes WHERE dim = 'all'"),
                   5);
  assert_int_equal(count(fx->st, "SELECT question FROM sum_quotes WHERE dim "
                                 "= 'all' AND rank = 4"),
                   1);
  sqlite3 *db = voc_store_db(fx->st);
  assert_int_equal(sqlite3_exec(db,
                                "CREATE TABLE q0 AS SELECT * FROM sum_quotes;"
                                "INSERT INTO sum_meta VALUES('quotes_stale', 1)",
                                NULL, NULL, NULL),
                   SQLITE_OK);
  assert_int_equal(voc_store_run_end(fx->st, &err), 0); /* rebuilds */
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM sum_meta"), 0);
  assert_int_equal(count(fx->st, "SELECT (SELECT COUNT(*) FROM (SELECT * FROM "
                                 "q0 EXCEPT SELECT * FROM sum_quotes)) + "
                                 "(SELECT COUNT(*) FROM (SELECT * FROM "
                                 "sum_quotes EXCEPT SELECT * FROM q0)) + "
                                 "(SELECT COUNT(*) = 0 FROM q0)"),
                   0);
  /* A quote's document changes: marked stale, rebuilt at the run's end. */
  assert_int_equal(put(fx->st, "{\"id\":\"q27\",\"text\":\"changed\"}"), 0);
  assert_int_equal(voc_store_run_end(fx->st, &err), 0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM sum_quotes WHERE id = "
                                 "'q27'"),
                   0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM sum_quotes WHERE dim = "
                                 "'all' AND rank = 0 AND id = 'q25'"),
                   1);
}

static void negated_and_excluded_tags_do_not_count(void **state) {
  fixture *fx = *state;
  assert_int_equal(
      put(fx->st,
          "{\"id\":\"c\",\"text\":\"x\",\"tags\":["
          "{\"lexicon\":\"objection\",\"category\":\"budget\",\"negated\":true},"
          "{\"lexicon\":\"objection\",\"category\":\"risk\",\"excluded\":true},"
          "{\"lexicon\":\"objection\",\"category\":\"timing\",\"negated\":false,"
          "\"question\":true,\"evidence\":\"Next year?\"},"
          "{\"lexicon\":\"objection\",\"category\":\"timing\",\"evidence\":"
          "\"We will revisit this next year.\"}]}"),
      0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM tags"), 4);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM doc_categories"), 1);
  /* The clear statement wins over the question as the document's quote. */
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM doc_categories WHERE "
                                 "evidence = 'We will revisit this next "
                                 "year.' AND question = 0"),
                   1);
}

static void bad_records_are_rejected(void **state) {
  fixture *fx = *state;
  assert_int_equal(put(fx->st, "{\"text\":\"no id\"}"), VOC_EPARSE);
  assert_int_equal(put(fx->st, "{\"id\":\"\",\"text\":\"empty id\"}"),
                   VOC_EPARSE);
  assert_int_equal(put(fx->st, "{\"id\":\"d\",\"tags\":{}}"), VOC_EPARSE);
  assert_int_equal(put(fx->st, "{\"id\":\"d\",\"tags\":[{\"lexicon\":1}]}"),
                   VOC_EPARSE);
  assert_int_equal(put(fx->st, "{\"id\":\"d\",\"text\":7}"), VOC_EPARSE);
  assert_int_equal(voc_store_counts_get(fx->st)->rejected, 5);
  assert_int_equal(voc_store_counts_get(fx->st)->untagged, 0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM documents"), 0);
  /* Numeric ids are kept as integers in text. */
  assert_int_equal(put(fx->st, "{\"id\":42,\"text\":\"n\"}"), 0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM documents WHERE id = "
                                 "'42'"),
                   1);
  /* Not through voc-tag (no tags field) is loaded but counted apart. */
  assert_int_equal(voc_store_counts_get(fx->st)->untagged, 1);
  assert_int_equal(put(fx->st, "{\"id\":43,\"text\":\"n\",\"tags\":[]}"), 0);
  assert_int_equal(voc_store_counts_get(fx->st)->untagged, 1);
}

static void run_end_records_counts(void **state) {
  fixture *fx = *state;
  voc_error err;
  voc_error_clear(&err);
  assert_int_equal(put(fx->st, "{\"id\":\"e\",\"text\":\"x\"}"), 0);
  assert_int_equal(voc_store_run_end(fx->st, &err), 0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM runs WHERE finished "
                                 "IS NOT NULL AND nread = 1 AND inserted = 1"),
                   1);
}

static void dump_gives_records_back(void **state) {
  fixture *fx = *state;
  voc_error err;
  char out[1024] = "";
  voc_error_clear(&err);
  assert_int_equal(
      put(fx->st, "{\"id\":\"f\",\"persona\":\"finance\",\"text\":\"x\","
                  "\"tokens\":[[0,1,\"x\"]],\"tags\":[],\"extra\":1}"),
      0);
  assert_int_equal(put(fx->st, "{\"id\":\"g\",\"text\":\"y\",\"persona\":"
                               "\"unknown\",\"lexicon_version\":\"ab\"}"),
                   0);
  assert_int_equal(voc_store_run_end(fx->st, &err), 0);
  FILE *f = tmpfile();
  assert_non_null(f);
  assert_int_equal(voc_store_dump(fx->st, f, false, &err), 2);
  rewind(f);
  size_t n = fread(out, 1, sizeof out - 1, f);
  out[n] = '\0';
  fclose(f);
  assert_string_equal(out, "{\"id\":\"f\",\"persona\":\"finance\",\"text\":"
                           "\"x\",\"extra\":1}\n{\"id\":\"g\",\"text\":\"y\"}\n");
}

static void newer_schema_is_refused(void **state) {
  fixture *fx = *state;
  voc_error err;
  voc_store *other = NULL;
  voc_error_clear(&err);
  assert_int_equal(sqlite3_exec(voc_store_db(fx->st), "PRAGMA user_version = 99",
                                NULL, NULL, NULL),
                   SQLITE_OK);
  assert_int_equal(voc_store_open(&other, fx->path, 0, &err), VOC_EDB);
  assert_null(other);
  assert_non_null(strstr(err.msg, "newer"));
  assert_int_equal(voc_store_open(&other, fx->path, VOC_STORE_READONLY, &err),
                   VOC_EDB);
}

/* A schema-2 database as voc-load wrote it before issue 6 (the fixture
 * tests/golden/load/v2-db.sql: the report golden input, loaded then dumped)
 * is migrated to schema 3 by the first writer: the same tags, counted
 * categories and evidence through the views, the summaries filled in, the
 * records given back with their text. */
static void older_schema_is_migrated(void **state) {
  fixture *fx = *state;
  voc_error err;
  char path[512];
  const char *src = getenv("VOC_SOURCE_DIR");
  if (!src)
    skip();
  snprintf(path, sizeof path, "%s/tests/golden/load/v2-db.sql", src);
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  static char sql[1 << 16];
  size_t n = fread(sql, 1, sizeof sql - 1, f);
  fclose(f);
  assert_true(n > 0 && n < sizeof sql - 1);
  sql[n] = '\0';
  voc_store_close(fx->st);
  fx->st = NULL;
  unlink(fx->path);
  sqlite3 *db = NULL;
  assert_int_equal(sqlite3_open(fx->path, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
  voc_error_clear(&err);
  /* A reader does not migrate; it asks for a load first. */
  assert_int_equal(voc_store_open(&fx->st, fx->path, VOC_STORE_READONLY, &err),
                   VOC_EDB);
  assert_int_equal(voc_store_open(&fx->st, fx->path, 0, &err), 0);
  assert_int_equal(count(fx->st, "PRAGMA user_version"), VOC_STORE_SCHEMA);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM documents"), 16);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM tags"), 37);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM doc_categories"), 33);
  /* Every evidence of the fixture is a slice of its text. */
  assert_int_equal(count(fx->st, "SELECT COUNT(evidence) FROM doc_tags"), 0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM tags WHERE evidence "
                                 "IS NULL OR evidence = ''"),
                   0);
  assert_int_equal(count(fx->st, "SELECT documents FROM sum_groups WHERE "
                                 "dim = 'all'"),
                   16);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM documents WHERE "
                                 "json_extract(record, '$.text') IS NOT 0"),
                   0);
  assert_int_equal(count(fx->st, "PRAGMA integrity_check"), 0); /* "ok" */
}

static void report_options_are_checked(void **state) {
  (void)state;
  voc_report_opts o;
  voc_report_format fm;
  voc_error err;
  memset(&o, 0, sizeof o);
  voc_error_clear(&err);
  assert_int_equal(voc_report_check_opts(&o, &err), 0);
  o.by = "persona,campaign";
  assert_int_equal(voc_report_check_opts(&o, &err), 0);
  o.by = "region";
  assert_int_equal(voc_report_check_opts(&o, &err), VOC_EINVAL);
  o.by = NULL;
  o.since = "2025-02-29";
  assert_int_equal(voc_report_check_opts(&o, &err), VOC_EINVAL);
  o.since = "2024-02-29";
  o.until = "2024-02-01";
  assert_int_equal(voc_report_check_opts(&o, &err), VOC_EINVAL);
  assert_int_equal(voc_report_parse_format("brief", &fm), 0);
  assert_int_equal(fm, VOC_REPORT_BRIEF);
  assert_int_equal(voc_report_parse_format("pdf", &fm), VOC_EINVAL);
}

static void report_on_empty_store(void **state) {
  fixture *fx = *state;
  voc_report_opts o;
  voc_error err;
  char out[4096] = "";
  memset(&o, 0, sizeof o);
  voc_error_clear(&err);
  o.now = "T";
  for (int fm = VOC_REPORT_TEXT; fm <= VOC_REPORT_HTML; fm++) {
    FILE *f = tmpfile();
    assert_non_null(f);
    o.format = (voc_report_format)fm;
    assert_int_equal(voc_report_write(voc_store_db(fx->st), &o, f, &err), 0);
    rewind(f);
    size_t n = fread(out, 1, sizeof out - 1, f);
    out[n] = '\0';
    fclose(f);
    assert_true(n > 0);
  }
}

/* voc-load's path: a line scanned in place reads as the cJSON tree did,
 * whatever the spacing and escapes (the first of repeated keys counts). */
static int put_line(voc_store *st, const char *line, voc_error *err) {
  voc_jline j;
  voc_jline_init(&j);
  voc_error_clear(err);
  int rc = voc_jline_scan(&j, line, strlen(line), err);
  if (rc >= 0)
    rc = voc_store_put_line(st, &j, err);
  voc_jline_dispose(&j);
  return rc;
}

static char *one_text(voc_store *st, const char *sql) {
  sqlite3_stmt *s = NULL;
  char *v = NULL;
  assert_int_equal(sqlite3_prepare_v2(voc_store_db(st), sql, -1, &s, NULL),
                   SQLITE_OK);
  if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
    v = strdup((const char *)sqlite3_column_text(s, 0));
  sqlite3_finalize(s);
  return v;
}

static void lines_load_as_records(void **state) {
  fixture *fx = *state;
  voc_error err;
  const char *line =
      "{ \"id\" : 7 , \"kind\":\"review\", \"text\" : \"Too \\u0065xpensive, "
      "really.\", \"campaign\": \"\", \"rating\": \"4.5\", \"x\": [1, {\"y\": "
      "\"]\"}], \"tags\" : [ { \"lexicon\" : \"objection\", \"category\" : "
      "\"budget\", \"term\": \"exp\\u0065nsive\", \"start\": 4, \"end\": "
      "13.0, \"negated\": false, \"evidence\": \"Too expensive, really.\", "
      "\"category\": \"ignored\" } ], \"kind\": \"email\" }";
  assert_int_equal(put_line(fx->st, line, &err), 0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM documents WHERE id = "
                                 "'7' AND kind = 'review' AND rating = 4.5 "
                                 "AND campaign IS NULL AND text = 'Too "
                                 "expensive, really.'"),
                   1);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM tags WHERE lexicon = "
                                 "'objection' AND category = 'budget' AND "
                                 "term = 'expensive' AND start = 4 AND \"end\" "
                                 "= 13 AND evidence = 'Too expensive, "
                                 "really.'"),
                   1);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM doc_categories"), 1);
  /* The record without tags and the text; the empty campaign stays. */
  char *r = one_text(fx->st, "SELECT record FROM documents");
  assert_non_null(r);
  assert_string_equal(r, "{\"id\":7,\"kind\":\"review\",\"text\":0,"
                         "\"campaign\":\"\",\"rating\":\"4.5\",\"x\":[1, "
                         "{\"y\": \"]\"}],\"kind\":\"email\"}");
  free(r);
  /* The same record through voc_store_put (cJSON): the same content. */
  assert_int_equal(put(fx->st, "{\"id\":7,\"kind\":\"review\",\"text\":\"Too "
                               "expensive, really.\",\"campaign\":\"\","
                               "\"rating\":\"4.5\",\"x\":[1,{\"y\":\"]\"}],"
                               "\"tags\":[{\"lexicon\":\"objection\","
                               "\"category\":\"budget\",\"term\":"
                               "\"expensive\",\"start\":4,\"end\":13,"
                               "\"negated\":false,\"evidence\":\"Too "
                               "expensive, really.\"}]}"),
                   0);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM tags"), 1);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM documents"), 1);
  /* Rejects, with the reasons voc_store_put gives. */
  assert_int_equal(put_line(fx->st, "{\"id\":\"b\",\"tags\":[{\"lexicon\":"
                                    "\"objection\",\"category\":\"budget\"},"
                                    " {\"lexicon\":\"x\",\"category\":1}]}",
                            &err),
                   VOC_EPARSE);
  assert_string_equal(err.msg, "record b: tag 2 needs lexicon and category");
  assert_int_equal(put_line(fx->st, "{\"id\":\"c\",\"tags\":{}}", &err),
                   VOC_EPARSE);
  assert_string_equal(err.msg, "record c: tags is not an array");
  assert_int_equal(put_line(fx->st, "{\"id\":\"\",\"tags\":[]}", &err),
                   VOC_EPARSE);
  assert_int_equal(put_line(fx->st, "{\"id\":\"d\",\"text\":[]}", &err),
                   VOC_EPARSE);
  assert_int_equal(put_line(fx->st, "{\"id\":\"e\",\"tags\":[3]}", &err),
                   VOC_EPARSE);
  assert_int_equal(voc_store_counts_get(fx->st)->rejected, 5);
  assert_int_equal(count(fx->st, "SELECT COUNT(*) FROM documents"), 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(iso_weeks),
      cmocka_unit_test_setup_teardown(schema_is_current_and_file_private, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(same_record_twice_is_unchanged, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(changed_tags_replace_old_ones, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(summaries_follow_the_documents, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(kept_quotes_equal_a_rebuild, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(negated_and_excluded_tags_do_not_count,
                                      setup, teardown),
      cmocka_unit_test_setup_teardown(bad_records_are_rejected, setup, teardown),
      cmocka_unit_test_setup_teardown(lines_load_as_records, setup, teardown),
      cmocka_unit_test_setup_teardown(run_end_records_counts, setup, teardown),
      cmocka_unit_test_setup_teardown(dump_gives_records_back, setup, teardown),
      cmocka_unit_test_setup_teardown(newer_schema_is_refused, setup, teardown),
      cmocka_unit_test_setup_teardown(older_schema_is_migrated, setup, teardown),
      cmocka_unit_test(report_options_are_checked),
      cmocka_unit_test_setup_teardown(report_on_empty_store, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
