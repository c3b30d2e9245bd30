/* voc_report.c: gather the numbers from the store, then render them.
 *
 * All queries are constant SQL: the grouping expression comes from a fixed
 * table in this file, every value from the user is a bound parameter. */
#include "voc_report.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "voc_buf.h"
#include "voc_store.h"

/* ---- model ---------------------------------------------------------------- */

typedef struct rcat {
  const char *lexicon;     /* "objection" */
  const char *id;          /* "budget" */
  const char *label;       /* from definitions, else the id */
  const char *description; /* from definitions, else "" */
  long ord;                /* definitions order, else after them */
  long n, prev_n;          /* documents with it, all groups */
} rcat;

typedef struct rquote {
  const char *text; /* the evidence sentence */
  const char *id;   /* document id */
} rquote;

typedef struct rcell {
  long n, prev_n; /* documents of the group with the category */
  rquote *q;      /* up to top quotes */
  int nq;
  long seen;      /* documents looked at while finding the quotes */
} rcell;

typedef struct rgroup {
  const char *key; /* "finance", "(no campaign)", "2025-W06" */
  long n, prev_n;  /* documents in the group, this and the previous period */
  bool has_prev;   /* prev_n and the cells' prev_n are set */
  rcell *cells;    /* one per report category */
} rgroup;

typedef struct rsection {
  int dim;         /* index into dims[] */
  rgroup *groups;  /* sorted for display */
  size_t ngroups;
  rgroup all;      /* every document of the report */
} rsection;

typedef struct rcampaign {
  const char *name, *mkt, *sales, *start, *end, *persona, *segment;
} rcampaign;

typedef struct rcooc {
  int obj, trig; /* category indexes */
  long n;
} rcooc;

enum { DIM_PERSONA, DIM_CAMPAIGN, DIM_PC, DIM_KIND, DIM_WEEK, DIM_ALL, NDIMS };

static const struct {
  const char *name;  /* --by value */
  const char *title; /* column heading */
  const char *expr;  /* SQL expression over documents d */
} dims[NDIMS] = {
    {"persona", "persona", "d.persona"},
    {"campaign", "campaign", "COALESCE(d.campaign, '(no campaign)')"},
    {"persona,campaign", "persona / campaign",
     "d.persona || ' / ' || COALESCE(d.campaign, '(no campaign)')"},
    {"kind", "kind", "d.kind"},
    {"week", "week", "COALESCE(d.week, '(no date)')"},
    {"all", "all", "'(all)'"},
};

typedef struct report {
  sqlite3 *db;
  const voc_report_opts *o;
  voc_error *err;
  int top;
  bool period;                 /* a --since/--until window is active */
  char since[11], until[11];   /* the window ("" when open) */
  char psince[11], puntil[11]; /* the previous window of equal length */
  rcat *cats;
  size_t ncats;
  rsection sec[NDIMS];
  bool have[NDIMS];
  rcampaign *camps;
  size_t ncamps;
  rcooc *cooc;
  size_t ncooc;
  const char *asof;     /* last load's finished time, or NULL */
  const char *versions; /* lexicon versions of the documents, ", " joined */
  long db_docs;         /* documents in the database, unfiltered */
  long base_n;          /* documents of the period, without group filters */
  long *base;           /* per category: base documents with it */
  bool sums;            /* no period nor group filter: the summary tables
                           voc-load keeps have every count */
  sqlite3_stmt *evidence; /* one quote's evidence by doc and seq */
  bool kept_quotes;     /* sums, and sum_quotes is current and deep enough */
  bool oom;             /* an allocation failed somewhere */
  char **strs;          /* every string we own */
  size_t nstrs, capstrs;
} report;

/* Copy s (len bytes, or to its NUL when len < 0) into the report's strings.
 * Out of memory gives "" and marks the report, so no caller ever sees NULL
 * for a string it passed; voc_report_write then fails with VOC_ENOMEM. */
static const char *keep(report *r, const char *s, int len) {
  if (!s)
    return NULL;
  if (r->nstrs == r->capstrs) {
    size_t cap = r->capstrs ? r->capstrs * 2 : 64;
    char **p = realloc(r->strs, cap * sizeof *p);
    if (!p) {
      r->oom = true;
      return "";
    }
    r->strs = p;
    r->capstrs = cap;
  }
  size_t n = len >= 0 ? (size_t)len : strlen(s);
  char *c = malloc(n + 1);
  if (!c) {
    r->oom = true;
    return "";
  }
  memcpy(c, s, n);
  c[n] = '\0';
  r->strs[r->nstrs++] = c;
  return c;
}

static const char *col_text(report *r, sqlite3_stmt *s, int i) {
  const unsigned char *t = sqlite3_column_text(s, i);
  return t ? keep(r, (const char *)t, sqlite3_column_bytes(s, i)) : NULL;
}

static int dberr(report *r, const char *what) {
  return voc_error_set(r->err, VOC_EDB, "%s: %s", what, sqlite3_errmsg(r->db));
}

static int nomem(report *r) {
  return voc_error_set(r->err, VOC_ENOMEM, "out of memory");
}

/* ---- dates --------------------------------------------------------------- */

static long days_from_civil(long y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, char out[11]) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = (int)(doy - (153 * mp + 2) / 5 + 1);
  int m = (int)(mp < 10 ? mp + 3 : mp - 9);
  y += m <= 2;
  if (y < 0 || y > 9999)
    y = 0;
  int yy = (int)y;
  char t[11] = {(char)('0' + yy / 1000), (char)('0' + yy / 100 % 10),
                (char)('0' + yy / 10 % 10), (char)('0' + yy % 10), '-',
                (char)('0' + m / 10), (char)('0' + m % 10), '-',
                (char)('0' + d / 10), (char)('0' + d % 10), '\0'};
  memcpy(out, t, 11);
}

/* YYYY-MM-DD to days; false when malformed. */
static bool day_parse(const char *s, long *days) {
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return false;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
      return false;
  long y = strtol(s, NULL, 10);
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (m < 1 || m > 12 || d < 1 || d > 31)
    return false;
  *days = days_from_civil(y, m, d);
  char back[11];
  civil_from_days(*days, back);
  return strcmp(back, s) == 0; /* rejects 2025-02-30 */
}

/* ---- options ------------------------------------------------------------- */

int voc_report_parse_format(const char *name, voc_report_format *out) {
  static const char *const names[] = {"text", "csv",   "json",
                                      "md",   "brief", "html"};
  for (int i = 0; i < 6; i++)
    if (strcmp(name, names[i]) == 0) {
      *out = (voc_report_format)i;
      return 0;
    }
  if (strcmp(name, "markdown") == 0) {
    *out = VOC_REPORT_MD;
    return 0;
  }
  return VOC_EINVAL;
}

static int dim_of(const char *by) {
  if (!by)
    return -1;
  for (int i = 0; i < DIM_ALL; i++)
    if (strcmp(by, dims[i].name) == 0)
      return i;
  if (strcmp(by, "campaign,persona") == 0)
    return DIM_PC;
  return -2;
}

int voc_report_check_opts(const voc_report_opts *o, voc_error *err) {
  long d;
  if (dim_of(o->by) == -2)
    return voc_error_set(err, VOC_EINVAL,
                         "--by must be persona, campaign, persona,campaign, "
                         "kind or week, not '%s'",
                         o->by);
  if (o->since && !day_parse(o->since, &d))
    return voc_error_set(err, VOC_EINVAL, "--since needs a date YYYY-MM-DD");
  if (o->until && !day_parse(o->until, &d))
    return voc_error_set(err, VOC_EINVAL, "--until needs a date YYYY-MM-DD");
  if (o->since && o->until && strcmp(o->since, o->until) > 0)
    return voc_error_set(err, VOC_EINVAL, "--since is after --until");
  if (o->top < 0)
    return voc_error_set(err, VOC_EINVAL, "--top needs a positive number");
  return 0;
}

/* ---- queries ------------------------------------------------------------- */

#define FILT                                                                   \
  " WHERE (?1 IS NULL OR d.day >= ?1) AND (?2 IS NULL OR d.day <= ?2)"       \
  " AND (?3 IS NULL OR COALESCE(d.campaign, '(no campaign)') = ?3)"          \
  " AND (?4 IS NULL OR d.persona = ?4) AND (?5 IS NULL OR d.kind = ?5)"      \
  " AND (?6 IS NULL OR ?6 = ?6)"
/* The categories that count per document (schema 3). */
#define CATS                                                                   \
  " JOIN doc_cats x ON x.doc = d.doc JOIN categories c ON c.cat = x.cat"
#define LEXF                                                                   \
  " AND (?6 IS NULL OR c.lexicon = ?6)"                                       \
  " AND c.lexicon NOT IN ('persona', 'negation')"

/* sql_tmpl holds one "%s", replaced by expr: a constant from dims[]. */
static int prepare(report *r, sqlite3_stmt **s, const char *sql_tmpl,
                   const char *expr, int prev) {
  char sql[2048];
  const char *hole = strstr(sql_tmpl, "%s");
  if (!hole || strlen(sql_tmpl) + strlen(expr) >= sizeof sql)
    return voc_error_set(r->err, VOC_EINTERNAL, "bad query template");
  size_t pre = (size_t)(hole - sql_tmpl);
  memcpy(sql, sql_tmpl, pre);
  strcpy(sql + pre, expr);
  strcat(sql, hole + 2);
  if (sqlite3_prepare_v2(r->db, sql, -1, s, NULL) != SQLITE_OK)
    return dberr(r, "query");
  /* prev 2: the lift baseline, the current period without --campaign,
   * --persona and --kind. */
  bool base = prev == 2;
  if (base)
    prev = 0;
  const char *a = prev ? r->psince : r->since;
  const char *b = prev ? r->puntil : r->until;
  const voc_report_opts *o = r->o;
  if (a[0])
    sqlite3_bind_text(*s, 1, a, -1, SQLITE_STATIC);
  if (b[0])
    sqlite3_bind_text(*s, 2, b, -1, SQLITE_STATIC);
  if (o->campaign && !base)
    sqlite3_bind_text(*s, 3, o->campaign, -1, SQLITE_STATIC);
  if (o->persona && !base)
    sqlite3_bind_text(*s, 4, o->persona, -1, SQLITE_STATIC);
  if (o->kind && !base)
    sqlite3_bind_text(*s, 5, o->kind, -1, SQLITE_STATIC);
  if (o->lexicon)
    sqlite3_bind_text(*s, 6, o->lexicon, -1, SQLITE_STATIC);
  return 0;
}

static int lex_rank(const char *lex) {
  if (strcmp(lex, "objection") == 0)
    return 0;
  if (strcmp(lex, "trigger") == 0)
    return 1;
  return 2;
}

static int cat_cmp(const void *pa, const void *pb) {
  const rcat *a = pa, *b = pb;
  int ra = lex_rank(a->lexicon), rb = lex_rank(b->lexicon), c;
  if (ra != rb)
    return ra - rb;
  if ((c = strcmp(a->lexicon, b->lexicon)))
    return c;
  if (a->ord != b->ord)
    return a->ord < b->ord ? -1 : 1;
  return strcmp(a->id, b->id);
}

static int cat_find(const report *r, const char *lexicon, const char *id) {
  if (!lexicon || !id) /* sqlite3_column_text is NULL when out of memory */
    return -1;
  for (size_t i = 0; i < r->ncats; i++)
    if (strcmp(r->cats[i].id, id) == 0 &&
        strcmp(r->cats[i].lexicon, lexicon) == 0)
      return (int)i;
  return -1;
}

static int cat_add(report *r, size_t *cap, const char *lexicon, const char *id,
                   const char *label, const char *desc, long ord) {
  if (!lexicon || !id || cat_find(r, lexicon, id) >= 0)
    return 0;
  if (r->ncats == *cap) {
    size_t c = *cap ? *cap * 2 : 32;
    rcat *p = realloc(r->cats, c * sizeof *p);
    if (!p)
      return nomem(r);
    r->cats = p;
    *cap = c;
  }
  rcat *k = &r->cats[r->ncats++];
  memset(k, 0, sizeof *k);
  k->lexicon = lexicon;
  k->id = id;
  k->label = label && *label ? label : id;
  k->description = desc ? desc : "";
  k->ord = ord;
  return 0;
}

/* The report's categories: the definitions of the reported lexicons, plus
 * any category that occurs in the data without a definition. */
static int load_categories(report *r) {
  sqlite3_stmt *s = NULL;
  size_t cap = 0;
  int rc = 0;
  /* One row per (lexicon, category): the English definition when there is
   * one, else the first language's. */
  if (sqlite3_prepare_v2(
          r->db,
          "SELECT lexicon, category, label, description, ord FROM ("
          "SELECT lexicon, category, label, description, ord, ROW_NUMBER() "
          "OVER (PARTITION BY lexicon, category ORDER BY lang <> 'en', lang) "
          "AS pick FROM definitions WHERE lexicon NOT IN ('persona', "
          "'negation') AND (?1 IS NULL OR lexicon = ?1)) WHERE pick = 1 "
          "ORDER BY ord, lexicon, category",
          -1, &s, NULL) != SQLITE_OK)
    return dberr(r, "definitions");
  if (r->o->lexicon)
    sqlite3_bind_text(s, 1, r->o->lexicon, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (cat_add(r, &cap, col_text(r, s, 0), col_text(r, s, 1),
                col_text(r, s, 2), col_text(r, s, 3),
                sqlite3_column_int64(s, 4)) < 0) {
      sqlite3_finalize(s);
      return VOC_ENOMEM;
    }
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE)
    return dberr(r, "definitions");
  if (sqlite3_prepare_v2(r->db,
                         "SELECT lexicon, category FROM categories c WHERE "
                         "(?6 IS NULL OR c.lexicon = ?6) AND c.lexicon NOT IN "
                         "('persona', 'negation') AND EXISTS (SELECT 1 FROM "
                         "sum_cells s WHERE s.dim = 'all' AND s.cat = c.cat) "
                         "ORDER BY 1, 2",
                         -1, &s, NULL) != SQLITE_OK)
    return dberr(r, "categories");
  if (r->o->lexicon)
    sqlite3_bind_text(s, 6, r->o->lexicon, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    const char *lex = col_text(r, s, 0), *id = col_text(r, s, 1);
    if (cat_add(r, &cap, lex, id, id, "", 1L << 30) < 0) {
      sqlite3_finalize(s);
      return VOC_ENOMEM;
    }
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE)
    return dberr(r, "categories");
  if (r->ncats)
    qsort(r->cats, r->ncats, sizeof *r->cats, cat_cmp);
  return 0;
}

static int group_init(report *r, rgroup *g, const char *key) {
  memset(g, 0, sizeof *g);
  g->key = key;
  if (!(g->cells = calloc(r->ncats ? r->ncats : 1, sizeof *g->cells)))
    return nomem(r);
  return 0;
}

static rgroup *group_find(rsection *sec, const char *key) {
  for (size_t i = 0; i < sec->ngroups; i++)
    if (strcmp(sec->groups[i].key, key) == 0)
      return &sec->groups[i];
  return NULL;
}

static bool is_catchall(const char *key) {
  return strcmp(key, "unknown") == 0 || strcmp(key, "(no campaign)") == 0 ||
         strcmp(key, "(no date)") == 0 || strstr(key, " / (no campaign)") ||
         strncmp(key, "unknown / ", 10) == 0;
}

static int sort_dim; /* qsort has no context argument */
static int group_cmp(const void *pa, const void *pb) {
  const rgroup *a = pa, *b = pb;
  bool ca = is_catchall(a->key), cb = is_catchall(b->key);
  if (ca != cb)
    return ca ? 1 : -1;
  if (sort_dim != DIM_WEEK && a->n != b->n)
    return a->n > b->n ? -1 : 1;
  return strcmp(a->key, b->key);
}

/* Quotes: most representative first (statements before questions, clear
 * sentences of quotable size (30 to 240 characters), shortest, newest, then
 * by id), from distinct documents, without repeating a text. One category
 * at a time, along the index doc_cats_quote, which is in that order: the
 * walk stops as soon as every cell of the category has its quotes or has
 * seen all of its documents, so a report does not sort every counted
 * category of the database. */
/* The quote of row s (doc, seq, id in columns 1, 2, 3) into cell, unless
 * the cell is full or has that text. */
static int add_quote(report *r, rcell *cell, sqlite3_stmt *s) {
  sqlite3_stmt *e = r->evidence;
  sqlite3_reset(e);
  sqlite3_bind_int64(e, 1, sqlite3_column_int64(s, 1));
  sqlite3_bind_int64(e, 2, sqlite3_column_int64(s, 2));
  const char *ev =
      sqlite3_step(e) == SQLITE_ROW ? (const char *)sqlite3_column_text(e, 0)
                                    : NULL;
  bool dup = !ev || !*ev || cell->nq >= r->top;
  for (int i = 0; !dup && i < cell->nq; i++)
    dup = strcmp(cell->q[i].text, ev) == 0;
  if (dup)
    return 0;
  if (!cell->q && !(cell->q = calloc((size_t)r->top, sizeof *cell->q)))
    return nomem(r);
  cell->q[cell->nq].text = keep(r, ev, -1);
  cell->q[cell->nq].id = col_text(r, s, 3);
  cell->nq++;
  return 0;
}

/* Without filters: the quotes voc-load keeps per cell (sum_quotes). */
static int load_kept_quotes(report *r, rsection *sec, int dim, bool all) {
  sqlite3_stmt *s = NULL;
  int rc;
  if (sqlite3_prepare_v2(r->db,
                         "SELECT q.grp, q.doc, q.seq, q.id, c.lexicon, "
                         "c.category FROM sum_quotes q JOIN categories c ON "
                         "c.cat = q.cat WHERE q.dim = ?1 AND q.rank < ?2 "
                         "ORDER BY q.grp, q.cat, q.rank",
                         -1, &s, NULL) != SQLITE_OK)
    return dberr(r, "quotes");
  sqlite3_bind_text(s, 1, all ? "all" : dims[dim].name, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 2, r->top);
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    const char *key = (const char *)sqlite3_column_text(s, 0);
    int ci = cat_find(r, (const char *)sqlite3_column_text(s, 4),
                      (const char *)sqlite3_column_text(s, 5));
    rgroup *g = all ? &sec->all : key ? group_find(sec, key) : NULL;
    if (ci < 0 || !g)
      continue;
    if (add_quote(r, &g->cells[ci], s) < 0) {
      sqlite3_finalize(s);
      return VOC_ENOMEM;
    }
  }
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? 0 : dberr(r, "quotes");
}

static int load_quotes(report *r, rsection *sec, const char *expr, bool all) {
  sqlite3_stmt *s = NULL;
  int rc = 0;
  if (r->kept_quotes)
    return load_kept_quotes(r, sec, sec->dim, all);
  for (size_t ci = 0; ci < r->ncats && rc >= 0; ci++) {
    /* Cells still open for this category. */
    long open = 0;
    for (size_t i = 0; i <= sec->ngroups; i++) {
      rgroup *g = i < sec->ngroups ? &sec->groups[i] : &sec->all;
      if ((all == (g == &sec->all)) && g->cells[ci].n > 0)
        open++;
      g->cells[ci].seen = 0;
    }
    if (open == 0)
      continue;
    if ((rc = prepare(r, &s,
                      "SELECT %s AS g, x.doc, x.seq, d.id FROM doc_cats x "
                      "INDEXED BY doc_cats_quote CROSS JOIN documents d ON "
                      "d.doc = x.doc" FILT " AND x.cat = (SELECT cat FROM "
                      "categories WHERE lexicon = ?7 AND category = ?8) AND "
                      "x.evlen > 0 ORDER BY x.question, x.evlen NOT BETWEEN "
                      "30 AND 240, x.evlen, d.day DESC, d.id",
                      expr, 0)) < 0)
      return rc;
    sqlite3_bind_text(s, 7, r->cats[ci].lexicon, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 8, r->cats[ci].id, -1, SQLITE_STATIC);
    while (open > 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
      const char *key = (const char *)sqlite3_column_text(s, 0);
      rgroup *g = all ? &sec->all : key ? group_find(sec, key) : NULL;
      if (!g)
        continue;
      rcell *cell = &g->cells[ci];
      if (cell->nq >= r->top || cell->seen >= cell->n)
        continue; /* done already */
      cell->seen++;
      /* The evidence is rebuilt from the text only for the candidates. */
      if (add_quote(r, cell, s) < 0) {
        sqlite3_finalize(s);
        return VOC_ENOMEM;
      }
      if (cell->nq >= r->top || cell->seen >= cell->n)
        open--;
    }
    sqlite3_finalize(s);
    s = NULL;
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
      rc = 0;
    else
      rc = dberr(r, "quotes");
  }
  return rc;
}

static int load_section(report *r, int dim) {
  rsection *sec = &r->sec[dim];
  sqlite3_stmt *s = NULL;
  size_t cap = 0;
  int rc = 0;
  sec->dim = dim;
  if ((rc = group_init(r, &sec->all, "(all)")) < 0)
    return rc;
  for (int prev = 0; prev <= (r->period ? 1 : 0); prev++) {
    /* Documents per group. */
    if (r->sums) {
      if (sqlite3_prepare_v2(r->db,
                             "SELECT grp, documents FROM sum_groups WHERE "
                             "dim = ?1 ORDER BY grp",
                             -1, &s, NULL) != SQLITE_OK)
        return dberr(r, "groups");
      sqlite3_bind_text(s, 1, dims[dim].name, -1, SQLITE_STATIC);
    } else if ((rc = prepare(r, &s,
                             "SELECT %s AS g, COUNT(*) FROM documents d" FILT
                             " GROUP BY g ORDER BY g",
                             dims[dim].expr, prev)) < 0)
      return rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      const char *key = (const char *)sqlite3_column_text(s, 0);
      long n = (long)sqlite3_column_int64(s, 1);
      if (!key)
        continue;
      rgroup *g = group_find(sec, key);
      if (!g && prev)
        continue; /* only in the previous period: not reported */
      if (!g) {
        if (sec->ngroups == cap) {
          size_t c = cap ? cap * 2 : 16;
          rgroup *p = realloc(sec->groups, c * sizeof *p);
          if (!p) {
            sqlite3_finalize(s);
            return nomem(r);
          }
          sec->groups = p;
          cap = c;
        }
        g = &sec->groups[sec->ngroups];
        if ((rc = group_init(r, g, keep(r, key, -1))) < 0) {
          sqlite3_finalize(s);
          return rc;
        }
        sec->ngroups++;
      }
      if (prev)
        g->prev_n = n, sec->all.prev_n += n;
      else
        g->n = n, sec->all.n += n;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
      return dberr(r, "groups");
    /* Documents per group with each category. */
    if (r->sums) {
      if (sqlite3_prepare_v2(r->db,
                             "SELECT s.grp, c.lexicon, c.category, "
                             "s.documents FROM sum_cells s JOIN categories c "
                             "ON c.cat = s.cat WHERE s.dim = ?1 AND (?6 IS "
                             "NULL OR c.lexicon = ?6) AND c.lexicon NOT IN "
                             "('persona', 'negation')",
                             -1, &s, NULL) != SQLITE_OK)
        return dberr(r, "categories per group");
      sqlite3_bind_text(s, 1, dims[dim].name, -1, SQLITE_STATIC);
      if (r->o->lexicon)
        sqlite3_bind_text(s, 6, r->o->lexicon, -1, SQLITE_STATIC);
    } else if ((rc = prepare(r, &s,
                             "SELECT %s AS g, c.lexicon, c.category, COUNT(*) "
                             "FROM documents d" CATS FILT LEXF
                             " GROUP BY 1, 2, 3",
                             dims[dim].expr, prev)) < 0)
      return rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      const char *key = (const char *)sqlite3_column_text(s, 0);
      int ci = cat_find(r, (const char *)sqlite3_column_text(s, 1),
                        (const char *)sqlite3_column_text(s, 2));
      long n = (long)sqlite3_column_int64(s, 3);
      rgroup *g = key ? group_find(sec, key) : NULL;
      if (ci < 0)
        continue;
      if (prev) {
        if (g)
          g->cells[ci].prev_n = n;
        sec->all.cells[ci].prev_n += n;
      } else {
        if (g)
          g->cells[ci].n = n;
        sec->all.cells[ci].n += n;
      }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
      return dberr(r, "categories per group");
  }
  /* Quotes for each group, then for all documents together. */
  if ((rc = load_quotes(r, sec, dims[dim].expr, false)) < 0 ||
      (rc = load_quotes(r, sec, dims[DIM_ALL].expr, true)) < 0)
    return rc;
  sort_dim = dim;
  if (sec->ngroups)
    qsort(sec->groups, sec->ngroups, sizeof *sec->groups, group_cmp);
  if (r->period && r->psince[0]) {
    for (size_t i = 0; i < sec->ngroups; i++)
      sec->groups[i].has_prev = true;
    sec->all.has_prev = true;
  } else if (dim == DIM_WEEK) {
    /* Without a window, a week compares with the previous week that has
     * documents. */
    for (size_t i = 1; i < sec->ngroups; i++) {
      rgroup *g = &sec->groups[i], *p = &sec->groups[i - 1];
      if (!strcmp(g->key, "(no date)") || !strcmp(p->key, "(no date)"))
        continue;
      g->has_prev = true;
      g->prev_n = p->n;
      for (size_t c = 0; c < r->ncats; c++)
        g->cells[c].prev_n = p->cells[c].n;
    }
  }
  r->have[dim] = true;
  return 0;
}

/* Lift compares a group with all documents of the period: counts for that
 * baseline, which ignores --campaign, --persona and --kind. */
static int load_base(report *r) {
  sqlite3_stmt *s = NULL;
  int rc;
  if (!(r->base = calloc(r->ncats ? r->ncats : 1, sizeof *r->base)))
    return nomem(r);
  /* Without a period the baseline is every document: the summaries. */
  if (!r->period) {
    if (sqlite3_prepare_v2(r->db,
                           "SELECT COALESCE(SUM(documents), 0) FROM "
                           "sum_groups WHERE dim = 'all'",
                           -1, &s, NULL) != SQLITE_OK)
      return dberr(r, "baseline");
  } else if ((rc = prepare(r, &s, "SELECT COUNT(*) FROM documents d" FILT "%s",
                           "", 2)) < 0)
    return rc;
  if (sqlite3_step(s) == SQLITE_ROW)
    r->base_n = (long)sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  if (!r->period) {
    if (sqlite3_prepare_v2(r->db,
                           "SELECT c.lexicon, c.category, s.documents FROM "
                           "sum_cells s JOIN categories c ON c.cat = s.cat "
                           "WHERE s.dim = 'all'",
                           -1, &s, NULL) != SQLITE_OK)
      return dberr(r, "baseline");
  } else if ((rc = prepare(r, &s,
                           "SELECT c.lexicon, c.category, COUNT(*) FROM "
                           "documents d" CATS FILT LEXF " GROUP BY 1, 2%s",
                           "", 2)) < 0)
    return rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    int ci = cat_find(r, (const char *)sqlite3_column_text(s, 0),
                      (const char *)sqlite3_column_text(s, 1));
    if (ci >= 0)
      r->base[ci] = (long)sqlite3_column_int64(s, 2);
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE)
    return dberr(r, "baseline");
  return 0;
}

static int load_meta(report *r) {
  sqlite3_stmt *s = NULL;
  int rc;
  if (sqlite3_prepare_v2(r->db,
                         "SELECT (SELECT finished FROM runs WHERE finished IS "
                         "NOT NULL ORDER BY run DESC LIMIT 1), (SELECT "
                         "group_concat(grp, ', ') FROM (SELECT grp FROM "
                         "sum_groups WHERE dim = 'lexicon_version' ORDER BY "
                         "1)), (SELECT COALESCE(SUM(documents), 0) FROM "
                         "sum_groups WHERE dim = 'all')",
                         -1, &s, NULL) != SQLITE_OK)
    return dberr(r, "runs");
  if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    r->asof = col_text(r, s, 0);
    r->versions = col_text(r, s, 1);
    r->db_docs = (long)sqlite3_column_int64(s, 2);
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW)
    return dberr(r, "runs");
  /* Campaigns as described. */
  if (sqlite3_prepare_v2(r->db,
                         "SELECT name, marketing_owner, sales_owner, start, "
                         "\"end\", target_persona, segment FROM campaigns "
                         "ORDER BY name",
                         -1, &s, NULL) != SQLITE_OK)
    return dberr(r, "campaigns");
  size_t cap = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (r->ncamps == cap) {
      size_t c = cap ? cap * 2 : 16;
      rcampaign *p = realloc(r->camps, c * sizeof *p);
      if (!p) {
        sqlite3_finalize(s);
        return nomem(r);
      }
      r->camps = p;
      cap = c;
    }
    rcampaign *k = &r->camps[r->ncamps++];
    k->name = col_text(r, s, 0);
    k->mkt = col_text(r, s, 1);
    k->sales = col_text(r, s, 2);
    k->start = col_text(r, s, 3);
    k->end = col_text(r, s, 4);
    k->persona = col_text(r, s, 5);
    k->segment = col_text(r, s, 6);
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE)
    return dberr(r, "campaigns");
  /* Objection x trigger co-occurrence in the reported documents. */
  if (r->sums) {
    if (sqlite3_prepare_v2(r->db,
                           "SELECT o.category, t.category, p.documents FROM "
                           "sum_pairs p JOIN categories o ON o.cat = "
                           "p.objection JOIN categories t ON t.cat = p.trigger "
                           "ORDER BY 1, 2",
                           -1, &s, NULL) != SQLITE_OK)
      return dberr(r, "co-occurrence");
  } else if ((rc = prepare(r, &s,
                           "SELECT oc.category, tc.category, COUNT(*) FROM "
                           "documents d JOIN doc_cats o ON o.doc = d.doc JOIN "
                           "categories oc ON oc.cat = o.cat AND oc.lexicon = "
                           "'objection' JOIN doc_cats t ON t.doc = d.doc JOIN "
                           "categories tc ON tc.cat = t.cat AND tc.lexicon = "
                           "'trigger'" FILT " GROUP BY 1, 2%s",
                           "", 0)) < 0)
    return rc;
  cap = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    int oi = cat_find(r, "objection", (const char *)sqlite3_column_text(s, 0));
    int ti = cat_find(r, "trigger", (const char *)sqlite3_column_text(s, 1));
    if (oi < 0 || ti < 0)
      continue;
    if (r->ncooc == cap) {
      size_t c = cap ? cap * 2 : 32;
      rcooc *p = realloc(r->cooc, c * sizeof *p);
      if (!p) {
        sqlite3_finalize(s);
        return nomem(r);
      }
      r->cooc = p;
      cap = c;
    }
    r->cooc[r->ncooc++] =
        (rcooc){oi, ti, (long)sqlite3_column_int64(s, 2)};
  }
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE)
    return dberr(r, "co-occurrence");
  return 0;
}

/* The window and the previous one of equal length. An open end takes the
 * data's first or last day. */
static int resolve_period(report *r) {
  const voc_report_opts *o = r->o;
  r->period = o->since || o->until;
  if (!r->period)
    return 0;
  sqlite3_stmt *s = NULL;
  char lo[11] = "", hi[11] = "";
  if (sqlite3_prepare_v2(r->db, "SELECT MIN(day), MAX(day) FROM documents",
                         -1, &s, NULL) != SQLITE_OK)
    return dberr(r, "dates");
  if (sqlite3_step(s) == SQLITE_ROW) {
    const char *a = (const char *)sqlite3_column_text(s, 0);
    const char *b = (const char *)sqlite3_column_text(s, 1);
    snprintf(lo, sizeof lo, "%s", a ? a : "");
    snprintf(hi, sizeof hi, "%s", b ? b : "");
  }
  sqlite3_finalize(s);
  snprintf(r->since, sizeof r->since, "%s", o->since ? o->since : lo);
  snprintf(r->until, sizeof r->until, "%s", o->until ? o->until : hi);
  long a, b;
  if (!day_parse(r->since, &a) || !day_parse(r->until, &b) || b < a) {
    /* No dated documents: an empty window, no previous one. */
    r->psince[0] = r->puntil[0] = '\0';
    if (!r->since[0])
      snprintf(r->since, sizeof r->since, "%s", "9999-12-31");
    return 0;
  }
  long len = b - a + 1;
  civil_from_days(a - len, r->psince);
  civil_from_days(a - 1, r->puntil);
  return 0;
}

static void report_free(report *r) {
  for (int d = 0; d < NDIMS; d++) {
    rsection *sec = &r->sec[d];
    for (size_t i = 0; i <= sec->ngroups; i++) {
      rgroup *g = i < sec->ngroups ? &sec->groups[i] : &sec->all;
      if (!g->cells)
        continue;
      for (size_t c = 0; c < r->ncats; c++)
        free(g->cells[c].q);
      free(g->cells);
    }
    free(sec->groups);
  }
  for (size_t i = 0; i < r->nstrs; i++)
    free(r->strs[i]);
  free(r->strs);
  free(r->cats);
  free(r->camps);
  free(r->cooc);
  free(r->base);
  sqlite3_finalize(r->evidence);
}

/* ---- shared numbers ---------------------------------------------------- */

static double share_of(long n, long of) { return of > 0 ? (double)n / (double)of : 0.0; }

static bool has_change(const report *r, const rgroup *g) {
  (void)r;
  return g->has_prev && g->prev_n > 0;
}

static double change_of(const rgroup *g, size_t c) {
  return share_of(g->cells[c].n, g->n) - share_of(g->cells[c].prev_n, g->prev_n);
}

/* Lift: the group's share over the share among all documents of the
 * period (whatever --campaign, --persona, --kind select). */
static bool lift_of(const report *r, const rsection *sec, const rgroup *g,
                    size_t c, double *lift) {
  double all = share_of(r->base[c], r->base_n);
  (void)sec;
  if (all <= 0 || g->n <= 0)
    return false;
  *lift = share_of(g->cells[c].n, g->n) / all;
  return true;
}

static long pct(double share) { return lround(share * 100.0); }

/* The group's categories with documents, best first: share, then lift
 * order is the same within a group, then category order. */
static size_t ranked(const report *r, const rgroup *g, const char *lexicon,
                     size_t *out) {
  size_t n = 0;
  for (size_t c = 0; c < r->ncats; c++)
    if (g->cells[c].n > 0 && (!lexicon || !strcmp(r->cats[c].lexicon, lexicon)))
      out[n++] = c;
  /* Insertion sort: few categories, stable. */
  for (size_t i = 1; i < n; i++) {
    size_t v = out[i], j = i;
    while (j > 0 && g->cells[out[j - 1]].n < g->cells[v].n) {
      out[j] = out[j - 1];
      j--;
    }
    out[j] = v;
  }
  return n;
}

/* The lexicons present among the report's categories, in report order. */
static size_t lexicons_of(const report *r, const char **out, size_t max) {
  size_t n = 0;
  for (size_t c = 0; c < r->ncats && n < max; c++)
    if (n == 0 || strcmp(out[n - 1], r->cats[c].lexicon) != 0)
      out[n++] = r->cats[c].lexicon;
  return n;
}

static const char *lex_plural(const char *lex) {
  if (!strcmp(lex, "objection"))
    return "objections";
  if (!strcmp(lex, "trigger"))
    return "triggers";
  return lex;
}

static const rcampaign *campaign_of(const report *r, const char *name) {
  for (size_t i = 0; i < r->ncamps; i++)
    if (strcmp(r->camps[i].name, name) == 0)
      return &r->camps[i];
  return NULL;
}

static void generated_line(const report *r, voc_buf *b) {
  if (r->o->now)
    voc_buf_printf(b, "generated %s", r->o->now);
  else if (r->asof)
    voc_buf_printf(b, "data as of %s", r->asof);
  else
    voc_buf_puts(b, "no load recorded");
}

static void filters_line(const report *r, voc_buf *b) {
  const voc_report_opts *o = r->o;
  size_t start = b->len;
  if (r->period) {
    voc_buf_printf(b, "%s to %s", r->since, r->until);
    if (r->psince[0])
      voc_buf_printf(b, " (change against %s to %s)", r->psince, r->puntil);
  } else
    voc_buf_puts(b, "all dates");
  if (o->campaign)
    voc_buf_printf(b, "; campaign %s", o->campaign);
  if (o->persona)
    voc_buf_printf(b, "; persona %s", o->persona);
  if (o->kind)
    voc_buf_printf(b, "; kind %s", o->kind);
  if (o->lexicon)
    voc_buf_printf(b, "; lexicon %s", o->lexicon);
  (void)start;
}

/* Campaigns seen in the documents but not described in the campaigns table. */
static size_t undescribed(const report *r, const char **out, size_t max) {
  size_t n = 0;
  if (!r->have[DIM_CAMPAIGN])
    return 0;
  const rsection *sec = &r->sec[DIM_CAMPAIGN];
  for (size_t i = 0; i < sec->ngroups && n < max; i++) {
    const char *k = sec->groups[i].key;
    if (strcmp(k, "(no campaign)") != 0 && !campaign_of(r, k))
      out[n++] = k;
  }
  /* Alphabetical, for a stable sentence. */
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0 && strcmp(out[j - 1], out[j]) > 0; j--) {
      const char *t = out[j];
      out[j] = out[j - 1];
      out[j - 1] = t;
    }
  return n;
}

/* ---- text helpers --------------------------------------------------------- */

/* Display width: code points (good enough for the Latin, Greek and Cyrillic
 * text of names and labels; wide CJK would need wcwidth). */
static size_t width_of(const char *s) {
  size_t w = 0;
  for (; *s; s++)
    if (((unsigned char)*s & 0xC0) != 0x80)
      w++;
  return w;
}

static void pad(FILE *f, size_t n) {
  while (n-- > 0)
    fputc(' ', f);
}

typedef struct table {
  size_t ncols;
  const char **cells; /* row-major */
  size_t nrows, cap;
  const bool *right;  /* per column: right-aligned */
} table;

static int table_row(report *r, table *t, const char **row) {
  if (t->nrows == t->cap) {
    size_t c = t->cap ? t->cap * 2 : 16;
    const char **p = realloc(t->cells, c * t->ncols * sizeof *p);
    if (!p)
      return nomem(r);
    t->cells = p;
    t->cap = c;
  }
  for (size_t i = 0; i < t->ncols; i++)
    t->cells[t->nrows * t->ncols + i] = row[i] ? row[i] : "";
  t->nrows++;
  return 0;
}

static void table_print(table *t, FILE *f) {
  size_t w[16] = {0};
  for (size_t i = 0; i < t->nrows; i++)
    for (size_t c = 0; c < t->ncols && c < 16; c++) {
      size_t x = width_of(t->cells[i * t->ncols + c]);
      if (x > w[c])
        w[c] = x;
    }
  for (size_t i = 0; i < t->nrows; i++) {
    /* Trailing empty cells print nothing, so no line ends in blanks. */
    size_t last = t->ncols;
    while (last > 0 && !*t->cells[i * t->ncols + last - 1])
      last--;
    for (size_t c = 0; c < last && c < 16; c++) {
      const char *s = t->cells[i * t->ncols + c];
      size_t x = width_of(s);
      if (c)
        fputs("  ", f);
      if (t->right && t->right[c])
        pad(f, w[c] - x);
      fputs(s, f);
      if (!(t->right && t->right[c]) && c + 1 < last)
        pad(f, w[c] - x);
    }
    fputc('\n', f);
  }
  free(t->cells);
  t->cells = NULL;
  t->nrows = t->cap = 0;
}

static const char *fmt(report *r, const char *f, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static const char *fmt(report *r, const char *f, ...) {
  voc_buf b = VOC_BUF_INIT(0);
  va_list ap;
  va_start(ap, f);
  int rc = voc_buf_vprintf(&b, f, ap);
  va_end(ap);
  const char *s = rc < 0 ? "" : keep(r, b.data ? b.data : "", (int)b.len);
  voc_buf_dispose(&b);
  return s ? s : "";
}

static const char *change_text(report *r, const rgroup *g, size_t c) {
  if (!has_change(r, g))
    return "";
  long ch = lround(change_of(g, c) * 100.0);
  return ch == 0 ? "±0" : fmt(r, "%+ld", ch);
}

/* ---- text ------------------------------------------------------------------ */

static int text_section(report *r, int dim, const char *lex, FILE *f) {
  rsection *sec = &r->sec[dim];
  bool camp = dim == DIM_CAMPAIGN;
  size_t ntop = (size_t)r->top;
  size_t ncols = 1 + (camp ? 2 : 0) + 1 + ntop;
  bool right[16] = {0};
  const char *row[16];
  size_t *rank = calloc(r->ncats ? r->ncats : 1, sizeof *rank);
  table t = {ncols > 16 ? 16 : ncols, NULL, 0, 0, right};
  int rc = 0;
  if (!rank)
    return nomem(r);
  right[1 + (camp ? 2 : 0)] = true;
  fprintf(f, "By %s: %s\n", dims[dim].title, lex_plural(lex));
  size_t k = 0;
  row[k++] = dims[dim].title;
  if (camp) {
    row[k++] = "marketing";
    row[k++] = "sales";
  }
  row[k++] = "docs";
  for (size_t i = 0; i < ntop && k < 16; i++)
    row[k++] = i == 0 ? fmt(r, "top %s", lex_plural(lex)) : "";
  if ((rc = table_row(r, &t, row)) < 0)
    goto done;
  for (size_t gi = 0; gi <= sec->ngroups; gi++) {
    rgroup *g = gi < sec->ngroups ? &sec->groups[gi] : &sec->all;
    k = 0;
    row[k++] = g->key;
    if (camp) {
      const rcampaign *cp = campaign_of(r, g->key);
      if (gi == sec->ngroups || !strcmp(g->key, "(no campaign)"))
        row[k++] = "", row[k++] = "";
      else if (!cp)
        row[k++] = "(not described)", row[k++] = "";
      else
        row[k++] = cp->mkt ? cp->mkt : "-", row[k++] = cp->sales ? cp->sales : "-";
    }
    row[k++] = fmt(r, "%ld", g->n);
    size_t n = ranked(r, g, lex, rank);
    for (size_t i = 0; i < ntop && k < 16; i++) {
      if (i >= n) {
        row[k++] = "";
        continue;
      }
      size_t c = rank[i];
      const char *ch = change_text(r, g, c);
      row[k++] = *ch ? fmt(r, "%s %ld%% (%s)", r->cats[c].id,
                           pct(share_of(g->cells[c].n, g->n)), ch)
                     : fmt(r, "%s %ld%%", r->cats[c].id,
                           pct(share_of(g->cells[c].n, g->n)));
    }
    if ((rc = table_row(r, &t, row)) < 0)
      goto done;
  }
  table_print(&t, f);
  fputc('\n', f);
done:
  free(t.cells);
  free(rank);
  return rc;
}

static int render_text(report *r, const int *secs, size_t nsecs, FILE *f) {
  voc_buf b = VOC_BUF_INIT(0);
  const char *lexs[16];
  size_t nlex = lexicons_of(r, lexs, 16);
  int rc = 0;
  const rgroup *all = &r->sec[secs[0]].all;
  generated_line(r, &b);
  fprintf(f, "voc report: %ld documents; %s\n", all->n, b.data ? b.data : "");
  voc_buf_clear(&b);
  filters_line(r, &b);
  fprintf(f, "Period: %s\n\n", b.data ? b.data : "");
  voc_buf_dispose(&b);
  if (nlex == 0)
    fputs("No categories found: load tagged records first.\n\n", f);
  for (size_t s = 0; s < nsecs; s++)
    for (size_t l = 0; l < nlex; l++)
      if ((rc = text_section(r, secs[s], lexs[l], f)) < 0)
        return rc;
  const char *und[64];
  size_t nund = undescribed(r, und, 64);
  if (nund) {
    fputs("Campaigns not described in the campaigns table:", f);
    for (size_t i = 0; i < nund; i++)
      fprintf(f, "%s %s", i ? "," : "", und[i]);
    fputc('\n', f);
  }
  return 0;
}

/* ---- csv --------------------------------------------------------------------- */

static void csv_put(FILE *f, const char *s) {
  if (!s)
    return;
  if (!strpbrk(s, ",\"\r\n")) {
    fputs(s, f);
    return;
  }
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"')
      fputc('"', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

static int render_csv(report *r, const int *secs, size_t nsecs, FILE *f) {
  fputs("by,group,lexicon,category,label,documents,documents_with,share,lift,"
        "change,quote\r\n", f);
  for (size_t s = 0; s < nsecs; s++) {
    rsection *sec = &r->sec[secs[s]];
    for (size_t gi = 0; gi <= sec->ngroups; gi++) {
      rgroup *g = gi < sec->ngroups ? &sec->groups[gi] : &sec->all;
      for (size_t c = 0; c < r->ncats; c++) {
        double lift;
        csv_put(f, dims[secs[s]].name);
        fputc(',', f);
        csv_put(f, g->key);
        fputc(',', f);
        csv_put(f, r->cats[c].lexicon);
        fputc(',', f);
        csv_put(f, r->cats[c].id);
        fputc(',', f);
        csv_put(f, r->cats[c].label);
        fprintf(f, ",%ld,%ld,%.4f,", g->n, g->cells[c].n,
                share_of(g->cells[c].n, g->n));
        if (lift_of(r, sec, g, c, &lift))
          fprintf(f, "%.2f", lift);
        fputc(',', f);
        if (has_change(r, g))
          fprintf(f, "%+.4f", change_of(g, c));
        fputc(',', f);
        if (g->cells[c].nq)
          csv_put(f, g->cells[c].q[0].text);
        fputs("\r\n", f);
      }
    }
  }
  return 0;
}

/* ---- json ------------------------------------------------------------------ */

static double round_to(double v, double unit) { return round(v / unit) * unit; }

static cJSON *json_group(report *r, rsection *sec, rgroup *g, int dim) {
  cJSON *jg = cJSON_CreateObject();
  cJSON *cats = cJSON_CreateArray();
  size_t *rank = calloc(r->ncats ? r->ncats : 1, sizeof *rank);
  if (!jg || !cats || !rank) {
    cJSON_Delete(jg);
    cJSON_Delete(cats);
    free(rank);
    return NULL;
  }
  cJSON_AddStringToObject(jg, "group", g->key);
  if (dim == DIM_CAMPAIGN && g != &sec->all &&
      strcmp(g->key, "(no campaign)") != 0) {
    const rcampaign *cp = campaign_of(r, g->key);
    cJSON_AddBoolToObject(jg, "described", cp != NULL);
    if (cp) {
      if (cp->mkt)
        cJSON_AddStringToObject(jg, "marketing_owner", cp->mkt);
      if (cp->sales)
        cJSON_AddStringToObject(jg, "sales_owner", cp->sales);
    }
  }
  cJSON_AddNumberToObject(jg, "documents", (double)g->n);
  if (g->has_prev)
    cJSON_AddNumberToObject(jg, "previous_documents", (double)g->prev_n);
  size_t n = 0;
  for (size_t l = 0; l < 2; l++) { /* objections first, then the rest */
    const char *lexs[16];
    size_t nl = lexicons_of(r, lexs, 16);
    for (size_t li = 0; li < nl; li++) {
      if ((l == 0) != (strcmp(lexs[li], "objection") == 0))
        continue;
      n = ranked(r, g, lexs[li], rank);
      for (size_t i = 0; i < n; i++) {
        size_t c = rank[i];
        double lift;
        cJSON *jc = cJSON_CreateObject();
        cJSON_AddItemToArray(cats, jc);
        cJSON_AddStringToObject(jc, "lexicon", r->cats[c].lexicon);
        cJSON_AddStringToObject(jc, "category", r->cats[c].id);
        cJSON_AddNumberToObject(jc, "documents_with", (double)g->cells[c].n);
        cJSON_AddNumberToObject(
            jc, "share", round_to(share_of(g->cells[c].n, g->n), 0.0001));
        if (lift_of(r, sec, g, c, &lift))
          cJSON_AddNumberToObject(jc, "lift", round_to(lift, 0.01));
        if (has_change(r, g))
          cJSON_AddNumberToObject(jc, "change",
                                  round_to(change_of(g, c), 0.0001));
        cJSON *qs = cJSON_AddArrayToObject(jc, "quotes");
        for (int q = 0; q < g->cells[c].nq; q++) {
          cJSON *jq = cJSON_CreateObject();
          cJSON_AddStringToObject(jq, "text", g->cells[c].q[q].text);
          cJSON_AddStringToObject(jq, "id", g->cells[c].q[q].id);
          cJSON_AddItemToArray(qs, jq);
        }
      }
    }
  }
  cJSON_AddItemToObject(jg, "categories", cats);
  free(rank);
  return jg;
}

static int render_json(report *r, const int *secs, size_t nsecs, FILE *f) {
  cJSON *root = cJSON_CreateObject();
  voc_buf b = VOC_BUF_INIT(0);
  int rc = 0;
  if (!root)
    return nomem(r);
  /* With --now the output depends on the options alone (golden tests). */
  if (r->o->now)
    cJSON_AddStringToObject(root, "generated", r->o->now);
  else if (r->asof)
    cJSON_AddStringToObject(root, "last_load", r->asof);
  else
    cJSON_AddNullToObject(root, "last_load");
  cJSON_AddNumberToObject(root, "documents", (double)r->sec[secs[0]].all.n);
  cJSON *jf = cJSON_AddObjectToObject(root, "filters");
  const voc_report_opts *o = r->o;
  if (r->period) {
    cJSON_AddStringToObject(jf, "since", r->since);
    cJSON_AddStringToObject(jf, "until", r->until);
    if (r->psince[0]) {
      cJSON_AddStringToObject(jf, "previous_since", r->psince);
      cJSON_AddStringToObject(jf, "previous_until", r->puntil);
    }
  }
  if (o->campaign)
    cJSON_AddStringToObject(jf, "campaign", o->campaign);
  if (o->persona)
    cJSON_AddStringToObject(jf, "persona", o->persona);
  if (o->kind)
    cJSON_AddStringToObject(jf, "kind", o->kind);
  if (o->lexicon)
    cJSON_AddStringToObject(jf, "lexicon", o->lexicon);
  if (r->versions)
    cJSON_AddStringToObject(root, "lexicon_versions", r->versions);
  cJSON *jcats = cJSON_AddArrayToObject(root, "categories");
  rsection *first = &r->sec[secs[0]];
  for (size_t c = 0; c < r->ncats; c++) {
    cJSON *jc = cJSON_CreateObject();
    cJSON_AddItemToArray(jcats, jc);
    cJSON_AddStringToObject(jc, "lexicon", r->cats[c].lexicon);
    cJSON_AddStringToObject(jc, "category", r->cats[c].id);
    cJSON_AddStringToObject(jc, "label", r->cats[c].label);
    cJSON_AddStringToObject(jc, "description", r->cats[c].description);
    cJSON_AddNumberToObject(jc, "documents_with", (double)first->all.cells[c].n);
    cJSON_AddNumberToObject(
        jc, "share",
        round_to(share_of(first->all.cells[c].n, first->all.n), 0.0001));
  }
  cJSON *jsecs = cJSON_AddArrayToObject(root, "sections");
  for (size_t s = 0; s < nsecs; s++) {
    rsection *sec = &r->sec[secs[s]];
    cJSON *js = cJSON_CreateObject();
    cJSON_AddItemToArray(jsecs, js);
    cJSON_AddStringToObject(js, "by", dims[secs[s]].name);
    cJSON *jg = cJSON_AddArrayToObject(js, "groups");
    for (size_t gi = 0; gi < sec->ngroups; gi++)
      cJSON_AddItemToArray(jg, json_group(r, sec, &sec->groups[gi], secs[s]));
    cJSON_AddItemToObject(js, "all", json_group(r, sec, &sec->all, secs[s]));
  }
  cJSON *jc = cJSON_AddArrayToObject(root, "campaigns");
  for (size_t i = 0; i < r->ncamps; i++) {
    const rcampaign *cp = &r->camps[i];
    cJSON *x = cJSON_CreateObject();
    cJSON_AddItemToArray(jc, x);
    cJSON_AddStringToObject(x, "name", cp->name);
    const char *vals[] = {cp->mkt, cp->sales, cp->start, cp->end, cp->persona,
                          cp->segment};
    const char *keys[] = {"marketing_owner", "sales_owner", "start", "end",
                          "target_persona", "segment"};
    for (int k = 0; k < 6; k++)
      if (vals[k])
        cJSON_AddStringToObject(x, keys[k], vals[k]);
  }
  const char *und[64];
  size_t nund = undescribed(r, und, 64);
  cJSON *ju = cJSON_AddArrayToObject(root, "campaigns_not_described");
  for (size_t i = 0; i < nund; i++)
    cJSON_AddItemToArray(ju, cJSON_CreateString(und[i]));
  cJSON *jco = cJSON_AddArrayToObject(root, "cooccurrence");
  for (size_t i = 0; i < r->ncooc; i++) {
    cJSON *x = cJSON_CreateObject();
    cJSON_AddItemToArray(jco, x);
    cJSON_AddStringToObject(x, "objection", r->cats[r->cooc[i].obj].id);
    cJSON_AddStringToObject(x, "trigger", r->cats[r->cooc[i].trig].id);
    cJSON_AddNumberToObject(x, "documents", (double)r->cooc[i].n);
  }
  char *text = cJSON_Print(root);
  if (!text)
    rc = nomem(r);
  else {
    fputs(text, f);
    fputc('\n', f);
    free(text);
  }
  cJSON_Delete(root);
  voc_buf_dispose(&b);
  return rc;
}

/* ---- markdown ----------------------------------------------------------- */

static void md_put(FILE *f, const char *s) {
  for (; s && *s; s++) {
    if (*s == '|' || *s == '*' || *s == '_' || *s == '`' || *s == '[' ||
        *s == ']' || *s == '<' || *s == '>' || *s == '\\')
      fputc('\\', f);
    fputc(*s == '\n' || *s == '\r' ? ' ' : *s, f);
  }
}

static void lift_text(FILE *f, report *r, rsection *sec, rgroup *g, size_t c) {
  double lift;
  if (lift_of(r, sec, g, c, &lift))
    fprintf(f, "%.1f×", lift);
  else
    fputs("–", f);
}

static int render_md(report *r, const int *secs, size_t nsecs, FILE *f) {
  voc_buf b = VOC_BUF_INIT(0);
  const char *lexs[16];
  size_t nlex = lexicons_of(r, lexs, 16);
  size_t *rank = calloc(r->ncats ? r->ncats : 1, sizeof *rank);
  if (!rank)
    return nomem(r);
  fputs("# Voice of the customer\n\n", f);
  generated_line(r, &b);
  voc_buf_puts(&b, "; ");
  filters_line(r, &b);
  fprintf(f, "%ld documents; ", r->sec[secs[0]].all.n);
  md_put(f, b.data);
  fputs("\n", f);
  for (size_t s = 0; s < nsecs; s++) {
    rsection *sec = &r->sec[secs[s]];
    fprintf(f, "\n## By %s\n", dims[secs[s]].title);
    for (size_t gi = 0; gi <= sec->ngroups; gi++) {
      rgroup *g = gi < sec->ngroups ? &sec->groups[gi] : &sec->all;
      fputs("\n### ", f);
      md_put(f, g->key);
      fprintf(f, " (%ld document%s)\n", g->n, g->n == 1 ? "" : "s");
      if (secs[s] == DIM_CAMPAIGN && gi < sec->ngroups &&
          strcmp(g->key, "(no campaign)") != 0) {
        const rcampaign *cp = campaign_of(r, g->key);
        if (cp) {
          fputs("\nMarketing: ", f);
          md_put(f, cp->mkt ? cp->mkt : "-");
          fputs(" · Sales: ", f);
          md_put(f, cp->sales ? cp->sales : "-");
          if (cp->start || cp->end)
            fprintf(f, " · %s to %s", cp->start ? cp->start : "?",
                    cp->end ? cp->end : "?");
          fputc('\n', f);
        } else
          fputs("\n_Not described in the campaigns table._\n", f);
      }
      for (size_t l = 0; l < nlex; l++) {
        size_t n = ranked(r, g, lexs[l], rank);
        if (n == 0) {
          fprintf(f, "\nNo %s found.\n", lex_plural(lexs[l]));
          continue;
        }
        fprintf(f, "\n| %c%s | Docs | Share | Lift |%s Quote |\n",
                lexs[l][0] >= 'a' && lexs[l][0] <= 'z' ? lexs[l][0] - 32
                                                       : lexs[l][0],
                lexs[l] + 1, has_change(r, g) ? " Change |" : "");
        fprintf(f, "|---|---:|---:|---:|%s---|\n",
                has_change(r, g) ? "---:|" : "");
        for (size_t i = 0; i < n; i++) {
          size_t c = rank[i];
          fputs("| ", f);
          md_put(f, r->cats[c].label);
          fprintf(f, " | %ld | %ld%% | ", g->cells[c].n,
                  pct(share_of(g->cells[c].n, g->n)));
          lift_text(f, r, sec, g, c);
          if (has_change(r, g))
            fprintf(f, " | %s pts", change_text(r, g, c));
          fputs(" | ", f);
          if (g->cells[c].nq) {
            fputs("“", f);
            md_put(f, g->cells[c].q[0].text);
            fputs("”", f);
          }
          fputs(" |\n", f);
        }
      }
    }
  }
  if (r->ncooc) {
    fputs("\n## Objections and the triggers behind them\n\n"
          "| Objection | Trigger | Documents with both |\n|---|---|---:|\n",
          f);
    for (size_t i = 0; i < r->ncooc; i++) {
      fputs("| ", f);
      md_put(f, r->cats[r->cooc[i].obj].label);
      fputs(" | ", f);
      md_put(f, r->cats[r->cooc[i].trig].label);
      fprintf(f, " | %ld |\n", r->cooc[i].n);
    }
  }
  const char *und[64];
  size_t nund = undescribed(r, und, 64);
  if (nund) {
    fputs("\nCampaigns not described in the campaigns table: ", f);
    for (size_t i = 0; i < nund; i++) {
      if (i)
        fputs(", ", f);
      md_put(f, und[i]);
    }
    fputs(".\n", f);
  }
  fputs("\n## Definitions\n\n| Lexicon | Category | Label | Description |\n"
        "|---|---|---|---|\n",
        f);
  for (size_t c = 0; c < r->ncats; c++) {
    fputs("| ", f);
    md_put(f, r->cats[c].lexicon);
    fputs(" | ", f);
    md_put(f, r->cats[c].id);
    fputs(" | ", f);
    md_put(f, r->cats[c].label);
    fputs(" | ", f);
    md_put(f, r->cats[c].description);
    fputs(" |\n", f);
  }
  free(rank);
  voc_buf_dispose(&b);
  return 0;
}

/* ---- brief ------------------------------------------------------------------ */

static int render_brief(report *r, const int *secs, size_t nsecs, FILE *f) {
  voc_buf b = VOC_BUF_INIT(0);
  size_t *rank = calloc(r->ncats ? r->ncats : 1, sizeof *rank);
  if (!rank)
    return nomem(r);
  generated_line(r, &b);
  voc_buf_puts(&b, "; ");
  filters_line(r, &b);
  for (size_t s = 0; s < nsecs; s++) {
    rsection *sec = &r->sec[secs[s]];
    fprintf(f, "%s# Messaging brief by %s\n\n%ld documents; %s\n",
            s ? "\n" : "", dims[secs[s]].title, sec->all.n,
            b.data ? b.data : "");
    for (size_t gi = 0; gi < sec->ngroups; gi++) {
      rgroup *g = &sec->groups[gi];
      fprintf(f, "\n## %s (%ld document%s)\n", g->key, g->n,
              g->n == 1 ? "" : "s");
      if (secs[s] == DIM_CAMPAIGN && strcmp(g->key, "(no campaign)") != 0) {
        const rcampaign *cp = campaign_of(r, g->key);
        if (cp)
          fprintf(f, "Marketing: %s; sales: %s\n", cp->mkt ? cp->mkt : "-",
                  cp->sales ? cp->sales : "-");
        else
          fputs("Not described in the campaigns table.\n", f);
      }
      static const char *const what[2][2] = {
          {"objection", "Objections to answer"},
          {"trigger", "Triggers to lead with"}};
      for (int w = 0; w < 2; w++) {
        if (r->o->lexicon && strcmp(r->o->lexicon, what[w][0]) != 0)
          continue;
        size_t n = ranked(r, g, what[w][0], rank);
        fprintf(f, "\n%s\n", what[w][1]);
        if (n == 0)
          fputs("  (none found)\n", f);
        for (size_t i = 0; i < n && i < (size_t)r->top; i++) {
          size_t c = rank[i];
          double lift;
          fprintf(f, "%zu. %s: %ld%% of documents (%ld of %ld", i + 1,
                  r->cats[c].label, pct(share_of(g->cells[c].n, g->n)),
                  g->cells[c].n, g->n);
          if (lift_of(r, sec, g, c, &lift))
            fprintf(f, ", %.1f× the average", lift);
          if (has_change(r, g))
            fprintf(f, ", %s pts vs previous period", change_text(r, g, c));
          fputs(")\n", f);
          for (int q = 0; q < g->cells[c].nq; q++)
            fprintf(f, "   > “%s”\n", g->cells[c].q[q].text);
        }
      }
    }
  }
  free(rank);
  voc_buf_dispose(&b);
  return 0;
}

/* ---- html ---------------------------------------------------------------- */

static void h(FILE *f, const char *s) {
  for (; s && *s; s++) {
    switch (*s) {
    case '&': fputs("&amp;", f); break;
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '"': fputs("&quot;", f); break;
    case '\'': fputs("&#39;", f); break;
    default: fputc(*s, f);
    }
  }
}

/* At most max code points of s, with an ellipsis when cut. */
static const char *clip(report *r, const char *s, size_t max) {
  size_t w = 0;
  const char *p = s;
  for (; *p; p++)
    if (((unsigned char)*p & 0xC0) != 0x80 && ++w > max)
      break;
  if (!*p)
    return s;
  return fmt(r, "%.*s…", (int)(p - s), s);
}

typedef struct rgb {
  int r, g, b;
} rgb;

/* Heat colour: from a pale tint to the lexicon's colour (objections warm,
 * triggers cool), t in [0, 1]. */
static rgb heat(const char *lex, double t) {
  rgb lo = {255, 247, 240}, hi = {178, 34, 34};
  if (strcmp(lex, "trigger") == 0)
    lo = (rgb){240, 249, 246}, hi = (rgb){0, 109, 91};
  else if (strcmp(lex, "objection") != 0)
    lo = (rgb){243, 244, 250}, hi = (rgb){63, 81, 181};
  if (t < 0)
    t = 0;
  if (t > 1)
    t = 1;
  return (rgb){(int)lround(lo.r + (hi.r - lo.r) * t),
               (int)lround(lo.g + (hi.g - lo.g) * t),
               (int)lround(lo.b + (hi.b - lo.b) * t)};
}

static const char *const palette[] = {"#1f77b4", "#d62728", "#2ca02c",
                                      "#9467bd", "#ff7f0e", "#8c564b"};

static const char css[] =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica "
    "Neue',Arial,sans-serif;color:#222;background:#f6f7f9;margin:0}"
    "main{max-width:1240px;margin:0 auto;padding:24px 32px 48px}"
    "h1{font-size:28px;margin:8px 0 4px}h2{font-size:20px;margin:36px 0 "
    "12px;padding-bottom:6px;border-bottom:2px solid #dde1e6}"
    "h3{font-size:16px;margin:20px 0 8px}h4{font-size:14px;margin:12px 0 4px}"
    ".meta{color:#555;font-size:14px}.card{background:#fff;border:1px solid "
    "#e1e4e8;border-radius:8px;padding:16px 20px;margin:12px 0}"
    ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,"
    "1fr));gap:12px}.grid .card{margin:0}"
    "svg text{font-family:inherit}table{border-collapse:collapse;font-size:"
    "14px;background:#fff}th,td{border:1px solid #e1e4e8;padding:6px 10px;"
    "text-align:left;vertical-align:top}th{background:#f0f2f5}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}"
    "blockquote{margin:4px 0 4px 0;padding:4px 12px;border-left:3px solid "
    "#c8ccd2;color:#333;font-style:italic}.id{color:#888;font-size:12px;"
    "font-style:normal}.owners{color:#555;font-size:13px}"
    ".warn{display:inline-block;background:#fff4d6;color:#7a5b00;border:1px "
    "solid #f0d890;border-radius:4px;padding:1px 6px;font-size:12px}"
    ".legend span{display:inline-block;margin-right:16px;font-size:13px}"
    ".legend i{display:inline-block;width:14px;height:4px;margin-right:6px;"
    "vertical-align:middle}.quotes h3{margin-top:28px}"
    ".lex-objection{color:#b22222;fill:#b22222}.lex-trigger{color:#006d5b;fill:#006d5b}"
    "a{color:inherit}";

static void html_heatmap(report *r, rsection *sec, FILE *f) {
  const int LW = 200, CW = 46, CH = 30, HH = 170, GAP = 14;
  size_t nrows = sec->ngroups + 1;
  int width = LW + (int)r->ncats * CW + GAP + 130; /* room for the slanted labels */
  int height = HH + (int)nrows * CH + 12;
  double maxs[2] = {0, 0};
  for (size_t gi = 0; gi < nrows; gi++) {
    rgroup *g = gi < sec->ngroups ? &sec->groups[gi] : &sec->all;
    for (size_t c = 0; c < r->ncats; c++) {
      int k = strcmp(r->cats[c].lexicon, "objection") != 0;
      double s = share_of(g->cells[c].n, g->n);
      if (s > maxs[k])
        maxs[k] = s;
    }
  }
  fprintf(f, "<svg role=\"img\" aria-label=\"heat map\" width=\"%d\" "
             "height=\"%d\" viewBox=\"0 0 %d %d\">\n",
          width, height, width, height);
  /* Lexicon captions over their blocks of columns. */
  int x = LW;
  for (size_t c = 0; c < r->ncats;) {
    size_t e = c;
    while (e < r->ncats && !strcmp(r->cats[e].lexicon, r->cats[c].lexicon))
      e++;
    int w = (int)(e - c) * CW;
    fprintf(f, "<text class=\"lex-%s\" x=\"%d\" y=\"16\" font-size=\"13\" "
               "font-weight=\"bold\">%c%s</text>\n",
            r->cats[c].lexicon, x, toupper((unsigned char)r->cats[c].lexicon[0]),
            lex_plural(r->cats[c].lexicon) + 1);
    fprintf(f, "<line x1=\"%d\" y1=\"22\" x2=\"%d\" y2=\"22\" "
               "stroke=\"#c8ccd2\"/>\n",
            x, x + w - 4);
    x += w + GAP;
    c = e;
  }
  /* Column headings, rotated; a gap where the lexicon changes. */
  x = LW;
  for (size_t c = 0; c < r->ncats; c++) {
    if (c > 0 && strcmp(r->cats[c].lexicon, r->cats[c - 1].lexicon) != 0)
      x += GAP;
    fprintf(f, "<text class=\"lex-%s\" font-size=\"12\" transform=\"translate(%d,%d) "
               "rotate(-50)\">",
            r->cats[c].lexicon, x + CW / 2 + 4, HH - 8);
    h(f, clip(r, r->cats[c].label, 26));
    fputs("<title>", f);
    h(f, r->cats[c].description);
    fputs("</title></text>\n", f);
    x += CW;
  }
  for (size_t gi = 0; gi < nrows; gi++) {
    rgroup *g = gi < sec->ngroups ? &sec->groups[gi] : &sec->all;
    int y = HH + (int)gi * CH + (gi == sec->ngroups ? 6 : 0);
    fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"end\"%s>",
            LW - 10, y + CH / 2 + 5,
            gi == sec->ngroups ? " font-weight=\"bold\"" : "");
    h(f, clip(r, g->key, 26));
    fprintf(f, " (%ld)</text>\n", g->n);
    x = LW;
    for (size_t c = 0; c < r->ncats; c++) {
      if (c > 0 && strcmp(r->cats[c].lexicon, r->cats[c - 1].lexicon) != 0)
        x += GAP;
      int k = strcmp(r->cats[c].lexicon, "objection") != 0;
      double s = share_of(g->cells[c].n, g->n);
      double t = maxs[k] > 0 ? s / maxs[k] : 0;
      rgb col = g->cells[c].n ? heat(r->cats[c].lexicon, t) : (rgb){246, 246, 246};
      bool link = gi < sec->ngroups && g->cells[c].n > 0;
      if (link)
        fprintf(f, "<a href=\"#q-%zu-%zu\">", gi, c);
      fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                 "fill=\"#%02x%02x%02x\" stroke=\"#fff\" stroke-width=\"2\">"
                 "<title>",
              x, y, CW, CH, col.r, col.g, col.b);
      h(f, g->key);
      fputs(" · ", f);
      h(f, r->cats[c].label);
      fprintf(f, ": %ld of %ld documents (%ld%%)", g->cells[c].n, g->n, pct(s));
      for (int q = 0; q < g->cells[c].nq; q++) {
        fputs("\n“", f);
        h(f, g->cells[c].q[q].text);
        fputs("”", f);
      }
      fputs("</title></rect>", f);
      if (g->cells[c].n)
        fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"12\" "
                   "text-anchor=\"middle\" fill=\"%s\" "
                   "pointer-events=\"none\">%ld%%</text>",
                x + CW / 2, y + CH / 2 + 4, t > 0.55 ? "#fff" : "#222", pct(s));
      if (link)
        fputs("</a>", f);
      fputc('\n', f);
      x += CW;
    }
  }
  fputs("</svg>\n", f);
}

static void html_bars(report *r, rsection *sec, rgroup *g, FILE *f,
                      size_t *rank) {
  const int LW = 190, BW = 280, RH = 22;
  size_t n = ranked(r, g, NULL, rank);
  /* Objections first, then triggers, each by share. */
  size_t order[256], k = 0;
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < n && k < 256; i++)
      if ((strcmp(r->cats[rank[i]].lexicon, "objection") == 0) == (pass == 0))
        order[k++] = rank[i];
  if (k == 0) {
    fputs("<p class=\"meta\">No categories found.</p>\n", f);
    return;
  }
  int height = (int)k * RH + 8;
  fprintf(f, "<svg role=\"img\" aria-label=\"categories\" width=\"%d\" "
             "height=\"%d\" viewBox=\"0 0 %d %d\">\n",
          LW + BW + 90, height, LW + BW + 90, height);
  for (size_t i = 0; i < k; i++) {
    size_t c = order[i];
    double s = share_of(g->cells[c].n, g->n);
    rgb col = heat(r->cats[c].lexicon, 0.8);
    int y = (int)i * RH + 4;
    fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">",
            LW - 8, y + 14);
    h(f, clip(r, r->cats[c].label, 28));
    fprintf(f, "</text><rect x=\"%d\" y=\"%d\" width=\"%ld\" height=\"%d\" "
               "rx=\"2\" fill=\"#%02x%02x%02x\"><title>",
            LW, y + 3, lround(s * BW) > 1 ? lround(s * BW) : 1, RH - 6, col.r,
            col.g, col.b);
    h(f, r->cats[c].label);
    fprintf(f, ": %ld of %ld documents</title></rect>", g->cells[c].n, g->n);
    fprintf(f, "<text x=\"%ld\" y=\"%d\" font-size=\"12\" fill=\"#444\">%ld%% "
               "(%ld)</text>\n",
            LW + lround(s * BW) + 6, y + 14, pct(s), g->cells[c].n);
  }
  fputs("</svg>\n", f);
  (void)sec;
}

static void html_trend(report *r, rsection *weeks, const char *lex, FILE *f) {
  const int L = 48, T = 12, PW = 820, PH = 220, B = 46;
  size_t idx[256], nw = 0;
  for (size_t i = 0; i < weeks->ngroups && nw < 256; i++)
    if (strcmp(weeks->groups[i].key, "(no date)") != 0)
      idx[nw++] = i;
  if (nw < 2) {
    fputs("<p class=\"meta\">Fewer than two weeks with dated documents: no "
          "trend yet.</p>\n",
          f);
    return;
  }
  /* The lines: the lexicon's most frequent categories overall, up to six. */
  size_t lines[6], nl = 0;
  size_t *rank = calloc(r->ncats ? r->ncats : 1, sizeof *rank);
  if (!rank)
    return;
  size_t nr = ranked(r, &weeks->all, lex, rank);
  for (size_t i = 0; i < nr && nl < 6; i++)
    lines[nl++] = rank[i];
  free(rank);
  if (nl == 0)
    return;
  double ymax = 0;
  for (size_t l = 0; l < nl; l++)
    for (size_t w = 0; w < nw; w++) {
      rgroup *g = &weeks->groups[idx[w]];
      double s = share_of(g->cells[lines[l]].n, g->n);
      if (s > ymax)
        ymax = s;
    }
  ymax = ceil(ymax * 5.0 - 1e-9) / 5.0; /* a multiple of 20%: round ticks */
  if (ymax <= 0)
    ymax = 0.2;
  int width = L + PW + 40, height = T + PH + B;
  fprintf(f, "<svg role=\"img\" aria-label=\"weekly trend\" width=\"%d\" "
             "height=\"%d\" viewBox=\"0 0 %d %d\">\n",
          width, height, width, height);
  for (int k = 0; k <= 4; k++) {
    double v = ymax * k / 4.0;
    int y = T + PH - (int)lround(PH * k / 4.0);
    fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>"
               "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" "
               "fill=\"#666\">%ld%%</text>\n",
            L, y, L + PW, y, k ? "#e6e8eb" : "#999", L - 6, y + 4, pct(v));
  }
  double step = (double)PW / (double)(nw - 1);
  size_t every = nw > 16 ? (nw + 15) / 16 : 1;
  for (size_t w = 0; w < nw; w++) {
    if (w % every)
      continue;
    fprintf(f, "<text x=\"%ld\" y=\"%d\" font-size=\"11\" "
               "text-anchor=\"middle\" fill=\"#666\">",
            lround(L + step * (double)w), T + PH + 18);
    h(f, weeks->groups[idx[w]].key);
    fputs("</text>\n", f);
  }
  for (size_t l = 0; l < nl; l++) {
    size_t c = lines[l];
    fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" "
               "points=\"",
            palette[l]);
    for (size_t w = 0; w < nw; w++) {
      rgroup *g = &weeks->groups[idx[w]];
      double s = share_of(g->cells[c].n, g->n);
      fprintf(f, "%s%ld,%ld", w ? " " : "", lround(L + step * (double)w),
              lround(T + PH - PH * s / ymax));
    }
    fputs("\"/>\n", f);
    for (size_t w = 0; w < nw; w++) {
      rgroup *g = &weeks->groups[idx[w]];
      double s = share_of(g->cells[c].n, g->n);
      fprintf(f, "<circle cx=\"%ld\" cy=\"%ld\" r=\"3.5\" fill=\"%s\"><title>",
              lround(L + step * (double)w), lround(T + PH - PH * s / ymax),
              palette[l]);
      h(f, g->key);
      fputs(" · ", f);
      h(f, r->cats[c].label);
      fprintf(f, ": %ld of %ld documents (%ld%%)</title></circle>\n",
              g->cells[c].n, g->n, pct(s));
    }
  }
  fputs("</svg>\n<div class=\"legend\">", f);
  for (size_t l = 0; l < nl; l++) {
    fprintf(f, "<span><i style=\"background:%s\"></i>", palette[l]);
    h(f, r->cats[lines[l]].label);
    fputs("</span>", f);
  }
  fputs("</div>\n", f);
}

static int render_html(report *r, int dim, FILE *f) {
  rsection *sec = &r->sec[dim];
  voc_buf b = VOC_BUF_INIT(0);
  const char *lexs[16];
  size_t nlex = lexicons_of(r, lexs, 16);
  size_t *rank = calloc(r->ncats ? r->ncats : 1, sizeof *rank);
  if (!rank)
    return nomem(r);
  fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>Voice of the customer</title>\n<style>",
        f);
  fputs(css, f);
  fputs("</style>\n</head>\n<body>\n<main>\n<h1>Voice of the customer</h1>\n"
        "<p class=\"meta\">",
        f);
  generated_line(r, &b);
  voc_buf_puts(&b, " · ");
  filters_line(r, &b);
  fprintf(f, "%ld documents · ", sec->all.n);
  h(f, b.data);
  if (r->versions) {
    fputs(" · lexicon version ", f);
    h(f, r->versions);
  }
  fputs("</p>\n", f);

  fprintf(f, "<h2>%s × category</h2>\n<p class=\"meta\">Share of documents "
             "in which each category counts; colour relative to the highest "
             "share of its lexicon. Click a cell for its quotes.</p>\n"
             "<div class=\"card\">\n",
          dim == DIM_PERSONA ? "Persona" : dims[dim].title);
  html_heatmap(r, sec, f);
  fputs("</div>\n", f);

  if (r->have[DIM_CAMPAIGN]) {
    rsection *cs = &r->sec[DIM_CAMPAIGN];
    fputs("<h2>Campaigns</h2>\n<div class=\"grid\">\n", f);
    for (size_t gi = 0; gi < cs->ngroups; gi++) {
      rgroup *g = &cs->groups[gi];
      const rcampaign *cp = campaign_of(r, g->key);
      fputs("<div class=\"card\"><h3>", f);
      h(f, g->key);
      fprintf(f, " <span class=\"meta\">%ld document%s</span></h3>\n", g->n,
              g->n == 1 ? "" : "s");
      if (cp) {
        fputs("<div class=\"owners\">Marketing: <b>", f);
        h(f, cp->mkt ? cp->mkt : "–");
        fputs("</b> · Sales: <b>", f);
        h(f, cp->sales ? cp->sales : "–");
        fputs("</b>", f);
        if (cp->start || cp->end) {
          fputs(" · ", f);
          h(f, cp->start ? cp->start : "?");
          fputs(" to ", f);
          h(f, cp->end ? cp->end : "?");
        }
        if (cp->persona) {
          fputs(" · target ", f);
          h(f, cp->persona);
        }
        if (cp->segment) {
          fputs(" · ", f);
          h(f, cp->segment);
        }
        fputs("</div>\n", f);
      } else if (strcmp(g->key, "(no campaign)") != 0)
        fputs("<span class=\"warn\">not described in the campaigns "
              "table</span>\n",
              f);
      html_bars(r, cs, g, f, rank);
      fputs("</div>\n", f);
    }
    fputs("</div>\n", f);
  }

  if (r->have[DIM_WEEK]) {
    fputs("<h2>Weekly trend</h2>\n", f);
    for (size_t l = 0; l < nlex; l++) {
      fprintf(f, "<div class=\"card\"><h3>%c%s</h3>\n",
              lexs[l][0] >= 'a' && lexs[l][0] <= 'z' ? lexs[l][0] - 32
                                                     : lexs[l][0],
              lex_plural(lexs[l]) + 1);
      html_trend(r, &r->sec[DIM_WEEK], lexs[l], f);
      fputs("</div>\n", f);
    }
  }

  if (r->ncooc) {
    fputs("<h2>Objections and the triggers behind them</h2>\n<p "
          "class=\"meta\">Documents with both.</p>\n<table>\n<tr><th></th>",
          f);
    long maxn = 1;
    for (size_t i = 0; i < r->ncooc; i++)
      if (r->cooc[i].n > maxn)
        maxn = r->cooc[i].n;
    for (size_t t = 0; t < r->ncats; t++)
      if (!strcmp(r->cats[t].lexicon, "trigger")) {
        fputs("<th>", f);
        h(f, r->cats[t].label);
        fputs("</th>", f);
      }
    fputs("</tr>\n", f);
    for (size_t o = 0; o < r->ncats; o++) {
      if (strcmp(r->cats[o].lexicon, "objection") != 0)
        continue;
      fputs("<tr><th>", f);
      h(f, r->cats[o].label);
      fputs("</th>", f);
      for (size_t t = 0; t < r->ncats; t++) {
        if (strcmp(r->cats[t].lexicon, "trigger") != 0)
          continue;
        long n = 0;
        for (size_t i = 0; i < r->ncooc; i++)
          if (r->cooc[i].obj == (int)o && r->cooc[i].trig == (int)t)
            n = r->cooc[i].n;
        rgb col = heat("objection", (double)n / (double)maxn * 0.6);
        if (n)
          fprintf(f, "<td class=\"n\" style=\"background:#%02x%02x%02x\">%ld</td>",
                  col.r, col.g, col.b, n);
        else
          fputs("<td class=\"n\"></td>", f);
      }
      fputs("</tr>\n", f);
    }
    fputs("</table>\n", f);
  }

  fprintf(f, "<h2>Quotes by %s</h2>\n<div class=\"quotes\">\n", dims[dim].title);
  for (size_t gi = 0; gi < sec->ngroups; gi++) {
    rgroup *g = &sec->groups[gi];
    fprintf(f, "<div class=\"card\"><h3>");
    h(f, g->key);
    fprintf(f, " <span class=\"meta\">%ld document%s</span></h3>\n", g->n,
            g->n == 1 ? "" : "s");
    size_t n = ranked(r, g, NULL, rank);
    for (size_t i = 0; i < n; i++) {
      size_t c = rank[i];
      fprintf(f, "<h4 id=\"q-%zu-%zu\" class=\"lex-%s\">", gi, c,
              r->cats[c].lexicon);
      h(f, r->cats[c].label);
      fprintf(f, " · %ld%% (%ld of %ld)</h4>\n",
              pct(share_of(g->cells[c].n, g->n)), g->cells[c].n, g->n);
      for (int q = 0; q < g->cells[c].nq; q++) {
        fputs("<blockquote>", f);
        h(f, g->cells[c].q[q].text);
        fputs(" <span class=\"id\">", f);
        h(f, g->cells[c].q[q].id);
        fputs("</span></blockquote>\n", f);
      }
    }
    fputs("</div>\n", f);
  }
  fputs("</div>\n<h2>Definitions</h2>\n<table>\n<tr><th>Lexicon</th>"
        "<th>Category</th><th>Label</th><th>Description</th></tr>\n",
        f);
  for (size_t c = 0; c < r->ncats; c++) {
    fputs("<tr><td>", f);
    h(f, r->cats[c].lexicon);
    fputs("</td><td>", f);
    h(f, r->cats[c].id);
    fputs("</td><td>", f);
    h(f, r->cats[c].label);
    fputs("</td><td>", f);
    h(f, r->cats[c].description);
    fputs("</td></tr>\n", f);
  }
  fputs("</table>\n</main>\n</body>\n</html>\n", f);
  free(rank);
  voc_buf_dispose(&b);
  return 0;
}

/* ---- entry ------------------------------------------------------------------ */

int voc_report_write(sqlite3 *db, const voc_report_opts *o, FILE *out,
                     voc_error *err) {
  report r;
  int rc, secs[3];
  size_t nsecs = 0;
  memset(&r, 0, sizeof r);
  r.db = db;
  r.o = o;
  r.err = err;
  r.top = o->top > 0 ? o->top : 3;
  if ((rc = voc_report_check_opts(o, err)) < 0)
    return rc;
  int dim = dim_of(o->by);
  if (dim >= 0)
    secs[nsecs++] = dim;
  else if (o->format == VOC_REPORT_HTML)
    secs[nsecs++] = DIM_PERSONA;
  else {
    secs[nsecs++] = DIM_PERSONA;
    secs[nsecs++] = DIM_CAMPAIGN;
  }
  r.sums = !o->since && !o->until && !o->campaign && !o->persona && !o->kind;
  if (sqlite3_prepare_v2(db,
                         "SELECT " VOC_STORE_EVIDENCE_SQL("t", "d")
                         " FROM doc_tags t JOIN documents d ON d.doc = t.doc "
                         "WHERE t.doc = ?1 AND t.seq = ?2",
                         -1, &r.evidence, NULL) != SQLITE_OK) {
    rc = dberr(&r, "evidence");
    goto done;
  }
  if (r.sums && r.top <= VOC_STORE_QUOTES) {
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db,
                           "SELECT 1 FROM sum_meta WHERE key = 'quotes_stale'",
                           -1, &s, NULL) != SQLITE_OK) {
      rc = dberr(&r, "quotes");
      goto done;
    }
    r.kept_quotes = sqlite3_step(s) == SQLITE_DONE;
    sqlite3_finalize(s);
  }
  if ((rc = resolve_period(&r)) < 0 || (rc = load_categories(&r)) < 0 ||
      (rc = load_meta(&r)) < 0 || (rc = load_base(&r)) < 0)
    goto done;
  for (size_t i = 0; i < nsecs; i++)
    if ((rc = load_section(&r, secs[i])) < 0)
      goto done;
  /* Undescribed campaigns are named in every report. */
  if (!r.have[DIM_CAMPAIGN] && (rc = load_section(&r, DIM_CAMPAIGN)) < 0)
    goto done;
  if (o->format == VOC_REPORT_HTML && !r.have[DIM_WEEK] &&
      (rc = load_section(&r, DIM_WEEK)) < 0)
    goto done;
  if (r.oom) {
    rc = nomem(&r);
    goto done;
  }
  switch (o->format) {
  case VOC_REPORT_TEXT:
    rc = render_text(&r, secs, nsecs, out);
    break;
  case VOC_REPORT_CSV:
    rc = render_csv(&r, secs, nsecs, out);
    break;
  case VOC_REPORT_JSON:
    rc = render_json(&r, secs, nsecs, out);
    break;
  case VOC_REPORT_MD:
    rc = render_md(&r, secs, nsecs, out);
    break;
  case VOC_REPORT_BRIEF:
    rc = render_brief(&r, secs, nsecs, out);
    break;
  case VOC_REPORT_HTML:
    rc = render_html(&r, secs[0], out);
    break;
  }
  if (rc >= 0 && r.oom)
    rc = nomem(&r);
  if (rc >= 0 && (fflush(out) != 0 || ferror(out)))
    rc = voc_error_set(err, VOC_EIO, "write error");
done:
  report_free(&r);
  return rc;
}
