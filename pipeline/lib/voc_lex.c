/* voc_lex.c: the .lex parser, the compiler (interned ids, token trie) and
 * the matcher. The format is lexicons/README.md; the design docs/tagger.md. */
#include "voc_lex.h"

#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "voc_buf.h"
#include "voc_hash.h"
#include "voc_utf8.h"

/* ---- small containers --------------------------------------------------- */

/* Grow *p (elements of size el) so that it holds at least need elements. */
static int grow(void *pp, size_t *cap, size_t need, size_t el) {
  void **p = pp;
  if (need <= *cap)
    return 0;
  size_t ncap = *cap ? *cap : 16;
  while (ncap < need)
    ncap *= 2;
  void *np = realloc(*p, ncap * el);
  if (!np)
    return VOC_ENOMEM;
  *p = np;
  *cap = ncap;
  return 0;
}

/* Open-addressing map from a 64-bit key to a 32-bit value (trie edges). */
typedef struct u64map {
  uint64_t *keys; /* UINT64_MAX marks an empty slot */
  uint32_t *vals;
  size_t cap, n; /* cap is a power of two */
} u64map;

static uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

static bool u64map_get(const u64map *m, uint64_t key, uint32_t *val) {
  if (!m->cap)
    return false;
  size_t mask = m->cap - 1, i = (size_t)mix64(key) & mask;
  while (m->keys[i] != UINT64_MAX) {
    if (m->keys[i] == key) {
      *val = m->vals[i];
      return true;
    }
    i = (i + 1) & mask;
  }
  return false;
}

static int u64map_put(u64map *m, uint64_t key, uint32_t val) {
  if ((m->n + 1) * 2 > m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 256;
    uint64_t *nk = malloc(ncap * sizeof *nk);
    uint32_t *nv = malloc(ncap * sizeof *nv);
    if (!nk || !nv) {
      free(nk);
      free(nv);
      return VOC_ENOMEM;
    }
    memset(nk, 0xff, ncap * sizeof *nk);
    for (size_t j = 0; j < m->cap; j++) {
      if (m->keys[j] == UINT64_MAX)
        continue;
      size_t i = (size_t)mix64(m->keys[j]) & (ncap - 1);
      while (nk[i] != UINT64_MAX)
        i = (i + 1) & (ncap - 1);
      nk[i] = m->keys[j];
      nv[i] = m->vals[j];
    }
    free(m->keys);
    free(m->vals);
    m->keys = nk;
    m->vals = nv;
    m->cap = ncap;
  }
  size_t mask = m->cap - 1, i = (size_t)mix64(key) & mask;
  while (m->keys[i] != UINT64_MAX && m->keys[i] != key)
    i = (i + 1) & mask;
  if (m->keys[i] == UINT64_MAX)
    m->n++;
  m->keys[i] = key;
  m->vals[i] = val;
  return 0;
}

static void u64map_free(u64map *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

/* String pool: strings live until the lexset is freed. */
typedef struct pool_chunk {
  struct pool_chunk *next;
  size_t used, cap;
  char data[];
} pool_chunk;

static char *pool_strndup(pool_chunk **pool, const char *s, size_t n) {
  pool_chunk *c = *pool;
  if (!c || c->cap - c->used < n + 1) {
    size_t cap = n + 1 > 65536 ? n + 1 : 65536;
    c = malloc(sizeof *c + cap);
    if (!c)
      return NULL;
    c->next = *pool;
    c->used = 0;
    c->cap = cap;
    *pool = c;
  }
  char *p = c->data + c->used;
  if (n)
    memcpy(p, s, n);
  p[n] = '\0';
  c->used += n + 1;
  return p;
}

static void pool_free(pool_chunk *c) {
  while (c) {
    pool_chunk *next = c->next;
    free(c);
    c = next;
  }
}


/* Interned strings (stems and folded forms share one table; the edge kind
 * tells them apart). Ids are dense from 0. */
typedef struct interner {
  voc_buf arena;  /* NUL-separated strings */
  uint32_t *offs; /* id -> offset in arena */
  size_t n, ncap;
  u64map table;    /* hash(string) -> first id with that hash */
  uint32_t *chain; /* id -> next id with the same hash, UINT32_MAX ends */
  size_t chcap;
} interner;

static uint32_t intern_lookup(const interner *in, const char *s, size_t n) {
  uint64_t h = voc_fnv1a(VOC_FNV_OFFSET, s, n) & ~(uint64_t)0 >> 1;
  uint32_t id;
  if (!u64map_get(&in->table, h, &id))
    return UINT32_MAX;
  for (; id != UINT32_MAX; id = in->chain[id]) {
    const char *t = in->arena.data + in->offs[id];
    if (strncmp(t, s, n) == 0 && t[n] == '\0')
      return id;
  }
  return UINT32_MAX;
}

static int intern_add(interner *in, const char *s, size_t n, uint32_t *out) {
  uint32_t id = intern_lookup(in, s, n);
  if (id != UINT32_MAX) {
    *out = id;
    return 0;
  }
  uint64_t h = voc_fnv1a(VOC_FNV_OFFSET, s, n) & ~(uint64_t)0 >> 1;
  int rc;
  if ((rc = grow(&in->offs, &in->ncap, in->n + 1, sizeof *in->offs)) < 0 ||
      (rc = grow(&in->chain, &in->chcap, in->n + 1, sizeof *in->chain)) < 0)
    return rc;
  id = (uint32_t)in->n;
  in->offs[id] = (uint32_t)in->arena.len;
  if ((rc = voc_buf_put(&in->arena, s, n)) < 0 ||
      (rc = voc_buf_putc(&in->arena, '\0')) < 0)
    return rc;
  uint32_t first;
  in->chain[id] = u64map_get(&in->table, h, &first) ? first : UINT32_MAX;
  if ((rc = u64map_put(&in->table, h, id)) < 0)
    return rc;
  in->n++;
  *out = id;
  return 0;
}

static void intern_free(interner *in) {
  voc_buf_dispose(&in->arena);
  free(in->offs);
  free(in->chain);
  u64map_free(&in->table);
}

/* Typographic apostrophes (U+2019, U+02BC) compare as "'": "don’t" is
 * "don't". Returns s itself or buf holding the canonical form. */
static const char *canon(const char *s, size_t n, char *buf, size_t cap,
                         size_t *outn) {
  if (!memchr(s, 0xE2, n) && !memchr(s, 0xCA, n)) {
    *outn = n;
    return s;
  }
  size_t j = 0;
  for (size_t i = 0; i < n; i++) {
    if (j + 1 >= cap) {
      *outn = n;
      return s;
    }
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
        (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99) {
      buf[j++] = '\'';
      i += 2;
    } else if (i + 1 < n && (unsigned char)s[i] == 0xCA &&
               (unsigned char)s[i + 1] == 0xBC) {
      buf[j++] = '\'';
      i += 1;
    } else {
      buf[j++] = s[i];
    }
  }
  buf[j] = '\0';
  *outn = j;
  return buf;
}

/* ---- the compiled lexicon set ------------------------------------------- */

enum { K_STEM = 0, K_EXACT = 1, K_PREFIX = 2, K_SUFFIX = 3 };
#define SYM(id, kind) ((uint32_t)(id)*4u + (uint32_t)(kind))

enum { LEX_NORMAL = 0, LEX_PERSONA = 1, LEX_NEGATION = 2, LEX_LISTS = 3 };
enum {
  P_TERM = 0,
  P_A = 1,
  P_B = 2,
  P_UNLESS = 3,
  P_NEG = 4,
  P_CONTRAST = 5,
  P_SIDE = 6,    /* a side of a chain */
  P_POSTNEG = 7, /* negation.lex [post-negator] */
  P_RESTRICT = 8 /* negation.lex [restriction] */
};
#define MAX_SIDES 8
enum { Q_ANY = 0, Q_SKIP = 1, Q_ONLY = 2 };
#define NEG_BOTH 2 /* negation: both: [post-negator]s after a match too */
#define PROX_ORDERED 0x80000000u /* tprox: `a ~>N b` */

typedef struct lexfile {
  char *name;  /* "objection" */
  char *path;  /* full path */
  char *rel;   /* "en/objection.lex" */
  size_t lang; /* index into langs */
  int kind;    /* LEX_* */
} lexfile;

typedef struct category {
  voc_category_info info;
  size_t lexfile;
  int negation;  /* 1 on, 0 off, NEG_BOTH */
  int questions; /* Q_* */
  bool is_public;
  size_t nterms;
} category;

typedef struct term {
  voc_term_info info;
  size_t cat;
  int negation;    /* -1: the category's */
  int questions;   /* -1: the category's */
  int prox;        /* N of `a ~N b`, -1 for a plain sequence */
  bool ordered;    /* `a ~>N b`: b only after a */
  uint32_t atoms;  /* offset into ls->atoms */
  uint32_t na, nb; /* atoms of side a (the whole term) and side b */
  uint32_t chain;  /* chains `a ~N b ~M c`: offset into ls->chain */
  uint8_t nside;   /* sides of a chain (3..8), 0 otherwise */
  bool duplicate;  /* same as an earlier term of its category */
  bool empty;      /* nothing left after analysis */
  bool anchored;   /* `^ term`: only where a sentence starts */
  uint8_t kinds;   /* {kinds: ...}: VOC_KIND_* it applies in, 0 all */
  uint32_t group;  /* the first term of its line (a line with word lists
                      stands for several): what `unless(term):` excludes */
} term;

typedef struct lang {
  char *code;    /* "en" */
  uint32_t root; /* trie root of this language */
  bool negation; /* has a negation.lex */
  bool postneg;  /* its negation.lex has [post-negator] entries, and some
                    category or term says negation: both */
  bool both;     /* some category or term says negation: both */
  bool restrict_; /* ... and [restriction] entries */
} lang;

typedef struct pattern {
  uint32_t term; /* index into terms */
  uint32_t node; /* the trie node it ends on */
  uint8_t role;  /* P_* */
  uint8_t title; /* 1: persona.lex (titles only), 0: text */
  uint8_t side;  /* P_SIDE: which side of the chain */
} pattern;

typedef struct example {
  voc_lex_example pub;
  size_t cat;
} example;

/* A node of the token trie as the matcher reads it: where its edges
 * (ekids), plain outputs (mout) and side outputs (pout) of each mode begin,
 * and whether it has children. */
typedef struct nodeinfo {
  uint32_t edge, out[2], side[2], inner;
} nodeinfo;

/* An output of a trie node for one mode: the pattern and its role. */
typedef struct mout {
  uint32_t pat;
  uint32_t term;
  uint16_t role; /* P_* */
  uint16_t side; /* P_SIDE: which side of the chain */
} mout;

struct voc_lexset {
  pool_chunk *pool; /* every string */
  lang *langs;
  size_t nlangs, langcap;
  lexfile *files;
  size_t nfiles, filecap;
  category *cats; /* all categories, negation lists included */
  size_t ncats, catcap;
  size_t *pub; /* public category index -> cats index */
  size_t npub;
  term *terms;
  size_t nterms, termcap;
  example *examples;
  size_t nexamples, excap;
  uint32_t *atoms; /* the terms' atoms (SYM values) */
  size_t natoms, atomcap;
  const char **afold; /* per atom: the written word when the stemmer
                         changed it (stem atoms), else NULL; in pool */
  size_t afoldcap;
  uint32_t *chain; /* per chain term: nside side lengths, nside-1 gaps */
  size_t nchain, chaincap;
  interner strings; /* stems and folded forms */
  /* the token trie: node -> outputs; edges (node << 32 | sym) -> child */
  uint32_t *out_head; /* per node: first output, UINT32_MAX none */
  uint32_t *out_tail; /* per node: last output (valid when out_head is) */
  size_t tailcap;
  size_t nnodes, nodecap;
  uint8_t *inner; /* per node: 1 when it has outgoing edges */
  size_t innercap;
  uint32_t *out_pat, *out_next; /* output list cells */
  size_t nouts, outcap, outcap2;
  /* frozen outputs per mode (VOC_LEX_TEXT, VOC_LEX_TITLE): node i's are
   * mout[mode][mfirst[mode][i] .. mfirst[mode][i + 1]), in list order */
  uint32_t *mfirst[2];
  struct mout *mout[2];
  /* ... the same for the sides of proximity terms and chains (P_A, P_B,
   * P_SIDE), which the matcher expands only for terms with two sides in
   * the text */
  uint32_t *pfirst[2];
  struct mout *pout[2];
  /* Which side terms can pair in a text: each such term is checked from
   * the node of one of its first two sides (the one with fewer outputs):
   * node i's are trig[mode][tfirst[mode][i] .. tfirst[mode][i + 1]), each
   * (term << 32 | the other side's node). The nodes of all sides of term t
   * are snode[sfirst[t] .. sfirst[t + 1]). */
  uint32_t *tfirst[2];
  uint64_t *trig[2];
  uint32_t *sfirst, *snode;
  /* what the walk reads of a node, together: node i's ranges above end
   * where node i + 1's begin */
  struct nodeinfo *ni;
  uint8_t *tunless; /* per term: 1 for an `unless:` phrase */
  uint8_t *tanchor; /* per term: 1 for `^ term`; NULL when none is */
  uint8_t *tkinds;  /* per term: its kinds; NULL when no term has any */
  uint32_t *tprox; /* per term: N of a proximity term | PROX_ORDERED */
  uint32_t *tcat;  /* per term: its category */
  /* frozen edges: node i's are ekids[efirst[i] .. efirst[i + 1]), each
   * (sym << 32 | child), sorted: a node's few edges sit together */
  uint32_t *efirst;
  uint64_t *ekids;
  u64map edges;
  pattern *pats;
  size_t npats, patcap;
  /* wildcard byte tries: prefixes forward, suffixes backward */
  u64map wild_edges[2];    /* (node << 8 | byte) -> child, while compiling */
  uint8_t *wild_term[2];   /* per node: 1 when a wildcard ends here */
  uint32_t *wild_first[2]; /* frozen: node -> first child in wild_kids */
  uint8_t *wild_byte[2];   /* frozen: each child's byte */
  uint32_t *wild_kid[2];   /* frozen: each child's node */
  size_t nwild[2], wildcap[2];
  size_t maxdepth; /* longest term in words */
  bool unless_doc; /* some `unless(doc):` exists: matches look it up */
  bool unless_clause; /* some `unless(clause):` exists */
  uint32_t *tgroup; /* per term: its group; NULL when no unless(term):
                       exists, so matches look nothing up */
  uint32_t num_sym;  /* the symbol of `<N>`, UINT32_MAX when no term has it */
  uint32_t name_sym; /* the symbol of `<Name>`, UINT32_MAX when no term has
                        it: then the walk never looks at capitals */
  char version[17];
};

/* ---- loading: diagnostics ------------------------------------------------ */

/* A word list: `@deal = deal* | client* | "big accounts"`, one per line,
 * usable as @deal in the terms below it in the same file. Each alternative
 * is term text without ~N; a term that names lists stands for every
 * combination of their alternatives. */
typedef struct wordlist {
  const char *name; /* without the @ */
  size_t namelen;
  const char **alt; /* alternatives, in the pool */
  size_t *altlen;
  size_t nalt;
  long line;
  bool shared; /* from the language's lists.lex */
} wordlist;

#define MAX_EXPANSION 1000       /* terms one line may stand for */
#define MAX_FILE_EXPANSION 100000 /* and all lines of a file together */

typedef struct loader {
  voc_lexset *ls;
  voc_normalizer *norm;
  voc_lex_diag_fn diag;
  void *ctx;
  voc_error *err;
  long nerrors;
  const char *file; /* current file path */
  size_t fileidx;
  size_t cat;  /* current category, SIZE_MAX before the first header */
  u64map dups; /* hash(cat, atoms) -> term index, per file */
  int scope; /* VOC_UNLESS_* of the unless: line being read */
  wordlist *lists; /* `@name = a | b` word lists: the language's lists.lex
                      ones first (nshared), then the current file's */
  size_t nlists, listcap, nshared;
  size_t expanded; /* terms the file's word lists stood for so far */
  size_t line_first, line_end; /* the terms of the last term line */
  size_t line_cat;             /* its category (SIZE_MAX: none yet) */
  long line_no;
  long fixcol; /* nonzero while a line's word lists are expanded: errors
                  point at the term's column in the written line */
} loader;

static long char_col(const char *line, size_t off) {
  long col = 1;
  for (size_t i = 0; i < off; i++)
    if (((unsigned char)line[i] & 0xC0) != 0x80)
      col++;
  return col;
}

static void report(loader *ld, int sev, long line, long col, const char *fmt,
                   ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

static void report(loader *ld, int sev, long line, long col, const char *fmt,
                   ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (ld->diag) {
    voc_lex_diag d = {sev, ld->file, line, ld->fixcol ? ld->fixcol : col, msg};
    ld->diag(ld->ctx, &d);
  }
  if (sev == VOC_LEX_ERROR) {
    if (ld->nerrors == 0 && ld->err) {
      voc_error_at(ld->err, ld->file, line, ld->fixcol ? ld->fixcol : col);
      voc_error_set(ld->err, VOC_EPARSE, "%s", msg);
    }
    ld->nerrors++;
  }
}

/* ---- loading: term analysis ---------------------------------------------- */

static bool ascii_letters(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!isalpha((unsigned char)s[i]))
      return false;
  return n > 0;
}

/* Append an atom; fold: the written (folded) word of a stem atom when the
 * stemmer changed it, else NULL (kept for check's stem warnings). */
static int push_atom(voc_lexset *ls, uint32_t sym, const char *fold) {
  int rc = grow(&ls->atoms, &ls->atomcap, ls->natoms + 1, sizeof *ls->atoms);
  if (rc < 0 ||
      (rc = grow(&ls->afold, &ls->afoldcap, ls->natoms + 1,
                 sizeof *ls->afold)) < 0)
    return rc;
  ls->afold[ls->natoms] = NULL;
  if (fold && !(ls->afold[ls->natoms] =
                    pool_strndup(&ls->pool, fold, strlen(fold))))
    return VOC_ENOMEM;
  ls->atoms[ls->natoms++] = sym;
  return 0;
}

static int intern_canon(voc_lexset *ls, const char *s, size_t n, uint32_t *id) {
  char buf[256];
  size_t cn;
  const char *c = canon(s, n, buf, sizeof buf, &cn);
  return intern_add(&ls->strings, c, cn, id);
}

/* Add a wildcard (prefix: dir 0, suffix: dir 1) to its byte trie; *id is
 * the node where it ends. */
static int wild_add(voc_lexset *ls, int dir, const char *s, size_t n,
                    uint32_t *id) {
  char buf[256];
  size_t cn;
  const char *c = canon(s, n, buf, sizeof buf, &cn);
  int rc;
  if (ls->nwild[dir] == 0) {
    if ((rc = grow(&ls->wild_term[dir], &ls->wildcap[dir], 1, 1)) < 0)
      return rc;
    ls->wild_term[dir][0] = 0;
    ls->nwild[dir] = 1;
  }
  uint32_t node = 0;
  for (size_t k = 0; k < cn; k++) {
    unsigned char b = (unsigned char)(dir == 0 ? c[k] : c[cn - 1 - k]);
    uint64_t key = (uint64_t)node << 8 | b;
    uint32_t child;
    if (!u64map_get(&ls->wild_edges[dir], key, &child)) {
      if ((rc = grow(&ls->wild_term[dir], &ls->wildcap[dir], ls->nwild[dir] + 1,
                     1)) < 0)
        return rc;
      child = (uint32_t)ls->nwild[dir]++;
      ls->wild_term[dir][child] = 0;
      if ((rc = u64map_put(&ls->wild_edges[dir], key, child)) < 0)
        return rc;
    }
    node = child;
  }
  ls->wild_term[dir][node] = 1;
  *id = node;
  return 0;
}

static bool countable(const voc_token *t) {
  return t->kind == VOC_TOK_WORD || t->kind == VOC_TOK_NUMBER;
}

/* Analyse one chunk of a term and append its atoms. how: 'w' plain words
 * (stems), 'x' exact (folded forms), 'p' prefix wildcard, 's' suffix. */
static int analyse_chunk(loader *ld, const char *lng, const char *s, size_t n,
                         int how, long line, long col) {
  voc_lexset *ls = ld->ls;
  char low[256];
  uint32_t id;
  int rc;
  voc_error e;
  voc_error_clear(&e);
  if (how == 'w' && ascii_letters(s, n) && n < sizeof low) {
    /* fast path: one ASCII word folds to its lower case */
    for (size_t i = 0; i < n; i++)
      low[i] = (char)tolower((unsigned char)s[i]);
    low[n] = '\0';
    const char *st = voc_normalizer_stem(ld->norm, lng, low, n);
    if (!st)
      return VOC_ENOMEM;
    if ((rc = intern_canon(ls, st, strlen(st), &id)) < 0)
      return rc;
    return push_atom(ls, SYM(id, K_STEM), strcmp(low, st) ? low : NULL);
  }
  if (how == 's' && n < sizeof low) {
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
      if ((unsigned char)s[i] >= 0x80)
        ascii = false;
    if (ascii) {
      for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
      if ((rc = wild_add(ls, 1, low, n, &id)) < 0)
        return rc;
      return push_atom(ls, SYM(id, K_SUFFIX), NULL);
    }
  }
  const voc_doc *doc = NULL;
  if ((rc = voc_normalize(ld->norm, s, n, lng, &doc, &e)) < 0) {
    report(ld, VOC_LEX_ERROR, line, col, "cannot analyse \"%.*s\": %s", (int)n,
           s, e.msg);
    return 0;
  }
  size_t nword = 0, last = 0;
  for (size_t i = 0; i < doc->ntokens; i++)
    if (countable(&doc->tokens[i])) {
      nword++;
      last = i;
    }
  if (how == 's' && nword != 1) {
    report(ld, VOC_LEX_ERROR, line, col,
           "a suffix wildcard (*%.*s) must be one word", (int)n, s);
    return 0;
  }
  for (size_t i = 0; i < doc->ntokens; i++) {
    const voc_token *t = &doc->tokens[i];
    if (!countable(t))
      continue;
    const char *st = doc->stems + t->stem, *fo = doc->stems + t->fold;
    /* an elision at the end of a chunk ("n'", "qu'"): alone, the
     * apostrophe is not part of the word, but in text ("n'est") the
     * normalizer keeps it with the word (c' d' j' l' m' n' s' t' qu') */
    char eli[4];
    size_t rest = n - t->end, fl = strlen(fo);
    if (i == last && how != 'p' && how != 's' &&
        ((fl == 1 && strchr("cdjlmnst", fo[0])) || !strcmp(fo, "qu")) &&
        ((rest == 1 && s[t->end] == '\'') ||
         (rest == 3 && !memcmp(s + t->end, "\xE2\x80\x99", 3)))) {
      memcpy(eli, fo, fl);
      memcpy(eli + fl, "'", 2);
      st = fo = eli;
    }
    if (how == 'w') {
      rc = intern_canon(ls, st, strlen(st), &id);
      if (rc == 0)
        rc = push_atom(ls, SYM(id, K_STEM), strcmp(fo, st) ? fo : NULL);
    } else if ((how == 'p' || how == 's') && i == last) {
      int dir = how == 'p' ? 0 : 1;
      rc = wild_add(ls, dir, fo, strlen(fo), &id);
      if (rc == 0)
        rc = push_atom(ls, SYM(id, dir == 0 ? K_PREFIX : K_SUFFIX), NULL);
    } else {
      rc = intern_canon(ls, fo, strlen(fo), &id);
      if (rc == 0)
        rc = push_atom(ls, SYM(id, K_EXACT), NULL);
    }
    if (rc < 0)
      return rc;
  }
  return 0;
}

/* Parse the term syntax in s[0..n) (line offset base for columns) into
 * atoms: words, "exact words", prefix*, *suffix, and one `~N`. */
static int parse_term(loader *ld, const char *lng, const char *line,
                      size_t base, size_t n, long lineno, int *prox,
                      uint32_t *na, uint32_t *nb, bool allow_prox,
                      uint32_t *chain, uint8_t *nside, bool *ordered) {
  voc_lexset *ls = ld->ls;
  const char *s = line + base;
  size_t start_atoms = ls->natoms, split = SIZE_MAX;
  size_t splits[MAX_SIDES];
  int gaps[MAX_SIDES], nsplit = 0;
  size_t i = 0;
  int rc;
  *prox = -1;
  *nside = 0;
  *ordered = false;
  while (i < n) {
    if (isspace((unsigned char)s[i])) {
      i++;
      continue;
    }
    long col = char_col(line, base + i);
    if (s[i] == '"') {
      size_t j = i + 1;
      while (j < n && s[j] != '"')
        j++;
      if (j >= n) {
        report(ld, VOC_LEX_ERROR, lineno, col, "unterminated quote");
        return 1;
      }
      if (j == i + 1) {
        report(ld, VOC_LEX_ERROR, lineno, col, "empty quotes");
        return 1;
      }
      if ((rc = analyse_chunk(ld, lng, s + i + 1, j - i - 1, 'x', lineno,
                              col)) < 0)
        return rc;
      i = j + 1;
      continue;
    }
    size_t j = i;
    while (j < n && !isspace((unsigned char)s[j]) && s[j] != '"')
      j++;
    const char *w = s + i;
    size_t wn = j - i;
    if (w[0] == '~') {
      char *end = NULL;
      size_t d = wn > 1 && w[1] == '>' ? 2 : 1; /* ~>N: in this order */
      long v =
          wn > d && isdigit((unsigned char)w[d]) ? strtol(w + d, &end, 10) : -1;
      if (v < 0 || end != w + wn || v > 50) {
        report(ld, VOC_LEX_ERROR, lineno, col,
               "proximity needs a number of words: `a ~4 b` (0 to 50)");
        return 1;
      }
      if (!allow_prox) {
        report(ld, VOC_LEX_ERROR, lineno, col,
               "proximity (~N) is not allowed here");
        return 1;
      }
      if (nsplit == MAX_SIDES - 1) {
        report(ld, VOC_LEX_ERROR, lineno, col, "at most %d ~N in a term",
               MAX_SIDES - 1);
        return 1;
      }
      if (ls->natoms == (nsplit ? splits[nsplit - 1] : start_atoms)) {
        report(ld, VOC_LEX_ERROR, lineno, col, "~%ld needs words on its left",
               v);
        return 1;
      }
      if (!nsplit) {
        split = ls->natoms;
        *prox = (int)v;
        *ordered = d == 2;
      }
      gaps[nsplit] = (int)v;
      splits[nsplit++] = ls->natoms;
      i = j;
      continue;
    }
    /* slots: <N> a word that starts with a digit (3, 40k, 2026), <Name> a
     * capitalised word inside a sentence; each an id no folded word has */
    bool num = wn == 3 && !memcmp(w, "<N>", 3);
    if (num || (wn == 6 && !memcmp(w, "<Name>", 6))) {
      uint32_t id;
      if ((rc = intern_add(&ls->strings, num ? "\x01num" : "\x01name",
                           num ? 4 : 5, &id)) < 0 ||
          (rc = push_atom(ls, SYM(id, K_EXACT), NULL)) < 0)
        return rc;
      *(num ? &ls->num_sym : &ls->name_sym) = SYM(id, K_EXACT);
      i = j;
      continue;
    }
    int how = 'w';
    const char *star = memchr(w, '*', wn);
    if (star) {
      if (wn == 1) {
        report(ld, VOC_LEX_ERROR, lineno, col, "a lone * matches nothing");
        return 1;
      }
      if (star == w + wn - 1 && !memchr(w, '*', wn - 1)) {
        how = 'p';
        wn--;
      } else if (star == w && !memchr(w + 1, '*', wn - 1)) {
        how = 's';
        w++;
        wn--;
      } else {
        report(ld, VOC_LEX_ERROR, lineno,
               char_col(line, base + (size_t)(star - s)),
               "* is a wildcard only at the end (pric*) or the start (*n't) "
               "of a word");
        return 1;
      }
    }
    if ((rc = analyse_chunk(ld, lng, w, wn, how, lineno, col)) < 0)
      return rc;
    i = j;
  }
  if (nsplit && splits[nsplit - 1] == ls->natoms) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, base + n),
           "~%d needs words on its right", gaps[nsplit - 1]);
    return 1;
  }
  if (nsplit >= 2) {
    /* a chain: side lengths, then the gaps between consecutive sides */
    if ((rc = grow(&ls->chain, &ls->chaincap, ls->nchain + 2 * MAX_SIDES,
                   sizeof *ls->chain)) < 0)
      return rc;
    *chain = (uint32_t)ls->nchain;
    size_t from = start_atoms;
    for (int k = 0; k <= nsplit; k++) {
      size_t to = k < nsplit ? splits[k] : ls->natoms;
      ls->chain[ls->nchain++] = (uint32_t)(to - from);
      from = to;
    }
    for (int k = 0; k < nsplit; k++)
      ls->chain[ls->nchain++] = (uint32_t)gaps[k];
    *nside = (uint8_t)(nsplit + 1);
    *prox = -1;
    *ordered = false; /* chains are always in the written order */
    *na = (uint32_t)(ls->natoms - start_atoms);
    *nb = 0;
    return 0;
  }
  if (split == SIZE_MAX) {
    *na = (uint32_t)(ls->natoms - start_atoms);
    *nb = 0;
  } else {
    *na = (uint32_t)(split - start_atoms);
    *nb = (uint32_t)(ls->natoms - split);
  }
  return 0;
}

/* ---- loading: lines ------------------------------------------------------ */

static const char *trim(const char *s, size_t *n) {
  while (*n && isspace((unsigned char)s[0])) {
    s++;
    (*n)--;
  }
  while (*n && isspace((unsigned char)s[*n - 1]))
    (*n)--;
  return s;
}

/* Length of s[0..n) before a " #" comment that is outside quotes. */
static size_t strip_comment(const char *s, size_t n) {
  bool q = false;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"')
      q = !q;
    else if (s[i] == '#' && !q && i > 0 &&
             (s[i - 1] == ' ' || s[i - 1] == '\t'))
      return i;
  }
  return n;
}

static int new_term(loader *ld, const char *text, size_t tn, long lineno,
                    int role, term **out) {
  voc_lexset *ls = ld->ls;
  int rc = grow(&ls->terms, &ls->termcap, ls->nterms + 1, sizeof *ls->terms);
  if (rc < 0)
    return rc;
  term *t = &ls->terms[ls->nterms];
  memset(t, 0, sizeof *t);
  t->cat = ld->cat;
  t->negation = -1;
  t->questions = -1;
  t->prox = -1;
  t->info.role = role;
  t->info.scope = role == VOC_TERM_UNLESS ? ld->scope : VOC_UNLESS_SENTENCE;
  t->info.line = lineno;
  t->info.file = ls->files[ld->fileidx].path;
  t->group = (uint32_t)ls->nterms;
  if (role == VOC_TERM_UNLESS && ld->scope == VOC_UNLESS_TERM) {
    t->group = (uint32_t)ld->line_first; /* the term line it excludes */
    t->info.target = ld->line_no;
  }
  if (!(t->info.text = pool_strndup(&ls->pool, text, tn)))
    return VOC_ENOMEM;
  const term *prev = ls->nterms ? &ls->terms[ls->nterms - 1] : NULL;
  if (prev && prev->info.line == lineno && prev->info.file == t->info.file) {
    t->info.rule = prev->info.rule; /* a word list line's next term */
  } else {
    char rule[600];
    snprintf(rule, sizeof rule, "%s:%ld", ls->files[ld->fileidx].rel, lineno);
    if (!(t->info.rule = pool_strndup(&ls->pool, rule, strlen(rule))))
      return VOC_ENOMEM;
  }
  ls->nterms++;
  *out = t;
  return 0;
}

/* Options in braces at the end of a term line: {questions: skip, negation:
 * off}. */
static int parse_options(loader *ld, const char *line, size_t ob, size_t cb,
                         long lineno, term *t) {
  size_t i = ob + 1;
  while (i < cb) {
    size_t j = i;
    while (j < cb && line[j] != ',' && line[j] != ';')
      j++;
    size_t n = j - i;
    const char *s = trim(line + i, &n);
    if (n) {
      const char *colon = memchr(s, ':', n);
      long col = char_col(line, (size_t)(s - line));
      if (!colon) {
        report(ld, VOC_LEX_ERROR, lineno, col,
               "an option reads `{questions: skip}` or `{negation: off}`");
        return 0;
      }
      size_t kn = (size_t)(colon - s), vn = n - kn - 1;
      const char *k = trim(s, &kn), *v = trim(colon + 1, &vn);
      if (kn == 8 && !strncmp(k, "negation", 8)) {
        if (vn == 2 && !strncmp(v, "on", 2))
          t->negation = 1;
        else if (vn == 3 && !strncmp(v, "off", 3))
          t->negation = 0;
        else if (vn == 4 && !strncmp(v, "both", 4))
          t->negation = NEG_BOTH;
        else
          report(ld, VOC_LEX_ERROR, lineno, col,
                 "negation is on or off (or both)");
      } else if (kn == 9 && !strncmp(k, "questions", 9)) {
        if (vn == 3 && !strncmp(v, "any", 3))
          t->questions = Q_ANY;
        else if (vn == 4 && !strncmp(v, "skip", 4))
          t->questions = Q_SKIP;
        else if (vn == 4 && !strncmp(v, "only", 4))
          t->questions = Q_ONLY;
        else
          report(ld, VOC_LEX_ERROR, lineno, col,
                 "questions is any, skip or only");
      } else if (kn == 5 && !strncmp(k, "kinds", 5)) {
        unsigned mask = 0;
        bool bad = false;
        for (size_t a = 0; a < vn;) {
          while (a < vn && (v[a] == ' ' || v[a] == '|'))
            a++;
          size_t b = a;
          while (b < vn && v[b] != ' ' && v[b] != '|')
            b++;
          unsigned bit = b > a ? voc_lex_kind(v + a, b - a) : 0;
          bad = bad || (b > a && !bit);
          if (b > a && !bit)
            report(ld, VOC_LEX_ERROR, lineno, col,
                   "unknown kind \"%.*s\" (known: call_note, email, review, "
                   "survey, other)",
                   (int)(b - a), v + a);
          mask |= bit;
          a = b;
        }
        if (!mask && !bad)
          report(ld, VOC_LEX_ERROR, lineno, col,
                 "kinds: names one or more of call_note, email, review, "
                 "survey, other");
        t->kinds = (uint8_t)mask;
      } else {
        report(ld, VOC_LEX_ERROR, lineno, col,
               "unknown option \"%.*s\" (known: questions, negation, kinds)",
               (int)kn, k);
      }
    }
    i = j + 1;
  }
  return 0;
}

/* Hash of a term's compiled form, for duplicate detection. */
static uint64_t term_hash(const voc_lexset *ls, const term *t) {
  uint64_t h = voc_fnv1a(VOC_FNV_OFFSET, &t->cat, sizeof t->cat);
  h = voc_fnv1a(h, &t->prox, sizeof t->prox);
  h = voc_fnv1a(h, &t->ordered, sizeof t->ordered);
  h = voc_fnv1a(h, &t->na, sizeof t->na);
  h = voc_fnv1a(h, &t->info.role, sizeof t->info.role);
  h = voc_fnv1a(h, &t->anchored, sizeof t->anchored);
  h = voc_fnv1a(h, &t->kinds, sizeof t->kinds);
  if (t->info.scope == VOC_UNLESS_TERM) /* the same words for another term */
    h = voc_fnv1a(h, &t->group, sizeof t->group);
  h = voc_fnv1a(h, ls->atoms + t->atoms, (t->na + t->nb) * sizeof(uint32_t));
  if (t->nside)
    h = voc_fnv1a(h, ls->chain + t->chain, (2u * t->nside - 1) * sizeof(uint32_t));
  return h & ~(uint64_t)0 >> 1;
}

static bool same_term(const voc_lexset *ls, const term *a, const term *b) {
  return a->cat == b->cat && a->prox == b->prox &&
         a->ordered == b->ordered && a->na == b->na &&
         a->nb == b->nb && a->info.role == b->info.role &&
         a->anchored == b->anchored && a->kinds == b->kinds &&
         a->info.scope == b->info.scope &&
         (a->info.scope != VOC_UNLESS_TERM || a->group == b->group) &&
         a->nside == b->nside &&
         !memcmp(ls->atoms + a->atoms, ls->atoms + b->atoms,
                 (a->na + a->nb) * sizeof(uint32_t)) &&
         (!a->nside || !memcmp(ls->chain + a->chain, ls->chain + b->chain,
                               (2u * a->nside - 1) * sizeof(uint32_t)));
}

static int term_one(loader *ld, const char *line, size_t off, size_t n,
                    long lineno, int role) {
  voc_lexset *ls = ld->ls;
  const lexfile *lf = &ls->files[ld->fileidx];
  const char *lng = ls->langs[lf->lang].code;
  int rc;
  n = strip_comment(line + off, n);
  size_t tn = n;
  const char *s = trim(line + off, &tn);
  if (!tn)
    return 0;
  size_t base = (size_t)(s - line);
  size_t ob = SIZE_MAX, cb = SIZE_MAX;
  if (s[tn - 1] == '}') {
    cb = base + tn - 1;
    for (size_t k = tn - 1; k-- > 0;)
      if (s[k] == '{') {
        ob = base + k;
        break;
      }
    if (ob == SIZE_MAX) {
      report(ld, VOC_LEX_ERROR, lineno, char_col(line, cb), "} without {");
      return 0;
    }
    tn = ob - base;
    s = trim(s, &tn);
    base = (size_t)(s - line);
  }
  if (!tn) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, base),
           "options without a term");
    return 0;
  }
  term *t;
  if ((rc = new_term(ld, s, tn, lineno, role, &t)) < 0)
    return rc;
  if (ob != SIZE_MAX && (rc = parse_options(ld, line, ob, cb, lineno, t)) < 0)
    return rc;
  /* a | outside quotes is no alternative (those are word lists) */
  bool bar = false;
  for (size_t k = 0, qq = 0; k < tn && !bar; k++) {
    qq ^= s[k] == '"';
    bar = s[k] == '|' && !qq;
  }
  if (bar && !ld->fixcol)
    report(ld, VOC_LEX_WARNING, lineno, char_col(line, base),
           "\"|\" in a term is no alternative: the term is its words in a row; "
           "write alternatives as a word list (`@name = a | b`, then @name)");
  /* `^ words`: only at the start of a sentence */
  bool q = false;
  for (size_t k = 0; k < tn; k++) {
    if (s[k] == '"')
      q = !q;
    if (s[k] != '^' || q)
      continue;
    if (k == 0 && tn > 1 && isspace((unsigned char)s[1]) &&
        (role == VOC_TERM_TERM || role == VOC_TERM_UNLESS)) {
      t->anchored = true;
      continue;
    }
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, base + k),
           "^ anchors a term or an unless: to the start of a sentence: write it "
           "first, alone (`^ sent them`)");
    t->empty = true;
    t->info.dead = true;
    return 0;
  }
  if (t->anchored) { /* the words after it are the term */
    s++;
    tn--;
    s = trim(s, &tn);
    base = (size_t)(s - line);
  }
  size_t tidx = (size_t)(t - ls->terms);
  t->atoms = (uint32_t)ls->natoms;
  int prox;
  uint32_t na, nb, chain = 0;
  uint8_t nside = 0;
  bool ordered = false;
  long before = ld->nerrors;
  rc = parse_term(ld, lng, line, base, tn, lineno, &prox, &na, &nb,
                  role == VOC_TERM_TERM || role == VOC_TERM_UNLESS, &chain,
                  &nside, &ordered);
  if (rc < 0)
    return rc;
  t = &ls->terms[tidx];
  if (rc > 0 || ld->nerrors > before) {
    ls->natoms = t->atoms;
    t->empty = true;
    t->info.dead = true;
    return 0;
  }
  t->prox = prox;
  t->ordered = ordered;
  t->na = na;
  t->nb = nb;
  t->chain = chain;
  t->nside = nside;
  if (na == 0) {
    t->empty = true;
    t->info.dead = true;
    report(ld, VOC_LEX_WARNING, lineno, char_col(line, base),
           "dead term \"%.*s\": no words left after analysis, it can never "
           "match",
           (int)tn, s);
    return 0;
  }
  uint64_t h = term_hash(ls, t);
  uint32_t prev;
  if (u64map_get(&ld->dups, h, &prev) && same_term(ls, &ls->terms[prev], t)) {
    if (ls->terms[prev].info.line == lineno) {
      /* two alternatives of a word list that analyse alike ("lose",
       * "losing"): one term, not a dead one */
      ls->natoms = t->atoms;
      if (t->nside)
        ls->nchain = t->chain;
      ls->nterms--;
      return 0;
    }
    t->duplicate = true;
    t->info.dead = true;
    report(ld, VOC_LEX_WARNING, lineno, char_col(line, base),
           "duplicate term \"%.*s\": same as line %ld (\"%s\")", (int)tn, s,
           ls->terms[prev].info.line, ls->terms[prev].info.text);
    return 0;
  }
  if ((rc = u64map_put(&ld->dups, h, (uint32_t)tidx)) < 0)
    return rc;
  ls->cats[ld->cat].nterms++;
  return 0;
}

/* ---- loading: word lists ------------------------------------------------- */

static bool list_char(char c) {
  return isalnum((unsigned char)c) || c == '_' || c == '-';
}

static const wordlist *find_list(const loader *ld, const char *name,
                                 size_t n) {
  for (size_t i = 0; i < ld->nlists; i++)
    if (ld->lists[i].namelen == n && !memcmp(ld->lists[i].name, name, n))
      return &ld->lists[i];
  return NULL;
}

/* `@name = alternative | alternative ...` at line[off..off+n). */
static int list_line(loader *ld, const char *line, size_t off, size_t n,
                     long lineno) {
  voc_lexset *ls = ld->ls;
  const char *s = line + off;
  n = strip_comment(s, n);
  size_t i = 1;
  while (i < n && list_char(s[i]))
    i++;
  size_t namelen = i - 1;
  while (i < n && isspace((unsigned char)s[i]))
    i++;
  if (!namelen || i >= n || s[i] != '=') {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off + i),
           "a word list reads `@name = word | \"exact words\" | prefix*` "
           "(the name uses letters, digits, _ and -)");
    return 0;
  }
  const wordlist *old = find_list(ld, s + 1, namelen);
  if (old) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off),
           "word list @%.*s is defined twice (first on line %ld%s)",
           (int)namelen, s + 1, old->line,
           old->shared ? " of lists.lex" : "");
    return 0;
  }
  int rc = grow(&ld->lists, &ld->listcap, ld->nlists + 1, sizeof *ld->lists);
  if (rc < 0)
    return rc;
  wordlist *w = &ld->lists[ld->nlists];
  memset(w, 0, sizeof *w);
  w->line = lineno;
  w->shared = ls->files[ld->fileidx].kind == LEX_LISTS;
  w->namelen = namelen;
  if (!(w->name = pool_strndup(&ls->pool, s + 1, namelen)))
    return VOC_ENOMEM;
  size_t cap = 1;
  for (size_t k = i + 1; k < n; k++)
    cap += s[k] == '|';
  w->alt = calloc(cap, sizeof *w->alt);
  w->altlen = calloc(cap, sizeof *w->altlen);
  if (!w->alt || !w->altlen) {
    free(w->alt);
    free(w->altlen);
    return VOC_ENOMEM;
  }
  ld->nlists++; /* owns alt/altlen from here, even if a later check fails */
  long before = ld->nerrors;
  for (size_t a = i + 1; a <= n;) {
    bool q = false;
    size_t b = a;
    while (b < n && (q || s[b] != '|')) {
      if (s[b] == '"')
        q = !q;
      b++;
    }
    size_t an = b - a;
    const char *t = trim(s + a, &an);
    long col = char_col(line, off + (size_t)(t - s));
    if (!an)
      report(ld, VOC_LEX_ERROR, lineno, col,
             "empty alternative in word list @%.*s", (int)namelen, s + 1);
    else if (q)
      report(ld, VOC_LEX_ERROR, lineno, col, "unterminated quote");
    else if (memchr(t, '~', an) || memchr(t, '@', an) || memchr(t, '{', an))
      report(ld, VOC_LEX_ERROR, lineno, col,
             "an alternative of a word list is words, \"exact words\" or a "
             "wildcard: no ~N, @list or {options}");
    else {
      w->alt[w->nalt] = t;
      w->altlen[w->nalt++] = an;
    }
    a = b + 1;
  }
  if (ld->nerrors > before)
    return 0;
  for (size_t k = 0; k < w->nalt; k++) /* the line goes away: keep copies */
    if (!(w->alt[k] = pool_strndup(&ls->pool, w->alt[k], w->altlen[k])))
      return VOC_ENOMEM;
  return 0;
}

/* Forget the word lists from index from on. */
static void free_lists(loader *ld, size_t from) {
  for (size_t i = from; i < ld->nlists; i++) {
    free(ld->lists[i].alt);
    free(ld->lists[i].altlen);
  }
  ld->nlists = from;
}

/* After a term line: its terms [first, nterms) form one group, the target
 * of an `unless(term):` line under it. */
static int line_done(loader *ld, size_t first, long lineno, int role) {
  voc_lexset *ls = ld->ls;
  if (role != VOC_TERM_TERM)
    return 0;
  for (size_t k = first; k < ls->nterms; k++)
    ls->terms[k].group = (uint32_t)first;
  ld->line_first = first;
  ld->line_end = ls->nterms;
  ld->line_cat = ld->cat;
  ld->line_no = lineno;
  return 0;
}

/* A term line: one term, or, when it names word lists, one term for each
 * combination of their alternatives, all with this line's rule. */
static int term_line(loader *ld, const char *line, size_t off, size_t n,
                     long lineno, int role) {
  enum { MAX_SLOTS = 8 };
  size_t at[MAX_SLOTS], end[MAX_SLOTS];
  const wordlist *wl[MAX_SLOTS];
  size_t nslot = 0, total = 1, cn = strip_comment(line + off, n);
  bool q = false;
  int depth = 0;
  for (size_t i = off; i < off + cn; i++) {
    char c = line[i];
    if (c == '"')
      q = !q;
    else if (!q && c == '{')
      depth++;
    else if (!q && c == '}')
      depth--;
    if (q || depth || c != '@' || (i > off && !isspace((unsigned char)line[i - 1])))
      continue;
    size_t j = i + 1;
    while (j < off + cn && list_char(line[j]))
      j++;
    if (j == i + 1 || (j < off + cn && !isspace((unsigned char)line[j]))) {
      report(ld, VOC_LEX_ERROR, lineno, char_col(line, i),
             "a word list is used as @name, a word on its own");
      return 0;
    }
    const wordlist *w = find_list(ld, line + i + 1, j - i - 1);
    if (!w) {
      report(ld, VOC_LEX_ERROR, lineno, char_col(line, i),
             "unknown word list @%.*s (define it above, in this file: "
             "`@%.*s = word | other word`)",
             (int)(j - i - 1), line + i + 1, (int)(j - i - 1), line + i + 1);
      return 0;
    }
    if (nslot == MAX_SLOTS) {
      report(ld, VOC_LEX_ERROR, lineno, char_col(line, i),
             "at most %d word lists in a term", MAX_SLOTS);
      return 0;
    }
    if (!w->nalt)
      return 0; /* its definition had errors, reported there */
    total *= w->nalt;
    if (total > MAX_EXPANSION) {
      report(ld, VOC_LEX_ERROR, lineno, char_col(line, i),
             "this term stands for more than %d terms; use shorter word "
             "lists or split it",
             MAX_EXPANSION);
      return 0;
    }
    at[nslot] = i;
    end[nslot] = j;
    wl[nslot++] = w;
    i = j - 1;
  }
  size_t first = ld->ls->nterms;
  if (!nslot) {
    int rc1 = term_one(ld, line, off, n, lineno, role);
    return rc1 < 0 ? rc1 : line_done(ld, first, lineno, role);
  }
  if ((ld->expanded += total) > MAX_FILE_EXPANSION) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off),
           "the word lists of this file stand for more than %d terms",
           MAX_FILE_EXPANSION);
    return 0;
  }
  size_t pick[MAX_SLOTS] = {0};
  voc_buf b = VOC_BUF_INIT((size_t)1 << 20);
  long before = ld->nerrors;
  int rc = 0;
  ld->fixcol = char_col(line, off);
  for (size_t k = 0; k < total && rc >= 0 && ld->nerrors == before; k++) {
    b.len = 0;
    size_t from = off;
    for (size_t s = 0; s < nslot && rc >= 0; s++) {
      if ((rc = voc_buf_put(&b, line + from, at[s] - from)) >= 0)
        rc = voc_buf_put(&b, wl[s]->alt[pick[s]], wl[s]->altlen[pick[s]]);
      from = end[s];
    }
    if (rc >= 0)
      rc = voc_buf_put(&b, line + from, off + n - from);
    if (rc >= 0)
      rc = term_one(ld, b.data, 0, b.len, lineno, role);
    for (size_t s = nslot; s-- > 0;) /* next combination, last list fastest */
      if (++pick[s] < wl[s]->nalt)
        break;
      else
        pick[s] = 0;
  }
  ld->fixcol = 0;
  voc_buf_dispose(&b);
  return rc < 0 ? rc : line_done(ld, first, lineno, role);
}

static bool is_lang_code(const char *s) {
  size_t n = strlen(s), i = 0;
  while (i < n && islower((unsigned char)s[i]))
    i++;
  if (i < 2 || i > 3)
    return false;
  if (i == n)
    return true;
  if (s[i] != '-' && s[i] != '_')
    return false;
  for (i++; i < n; i++)
    if (!isalnum((unsigned char)s[i]))
      return false;
  return true;
}

static int header_line(loader *ld, const char *line, size_t n, long lineno) {
  voc_lexset *ls = ld->ls;
  const lexfile *lf = &ls->files[ld->fileidx];
  size_t i = 1;
  while (i < n &&
         (isalnum((unsigned char)line[i]) || line[i] == '_' || line[i] == '-'))
    i++;
  if (i >= n || line[i] != ']') {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, i),
           "a category header reads [id] Label; the id uses letters, digits, _ "
           "and -");
    ld->cat = SIZE_MAX;
    return 0;
  }
  if (i == 1) {
    report(ld, VOC_LEX_ERROR, lineno, 2, "empty category id");
    ld->cat = SIZE_MAX;
    return 0;
  }
  size_t idn = i - 1, ln = n - i - 1;
  const char *label = trim(line + i + 1, &ln);
  for (size_t c = 0; c < ls->ncats; c++) {
    const category *o = &ls->cats[c];
    if (o->lexfile == ld->fileidx && strlen(o->info.id) == idn &&
        !strncmp(o->info.id, line + 1, idn)) {
      report(ld, VOC_LEX_ERROR, lineno, 2,
             "category [%.*s] is already defined on line %ld", (int)idn,
             line + 1, o->info.line);
      ld->cat = SIZE_MAX;
      return 0;
    }
  }
  int rc = grow(&ls->cats, &ls->catcap, ls->ncats + 1, sizeof *ls->cats);
  if (rc < 0)
    return rc;
  category *c = &ls->cats[ls->ncats];
  memset(c, 0, sizeof *c);
  c->lexfile = ld->fileidx;
  c->negation = 1;
  c->questions = Q_ANY;
  c->is_public = lf->kind != LEX_NEGATION;
  c->info.lexicon = lf->name;
  c->info.lang = ls->langs[lf->lang].code;
  c->info.file = lf->path;
  c->info.line = lineno;
  c->info.description = "";
  if (!(c->info.id = pool_strndup(&ls->pool, line + 1, idn)) ||
      !(c->info.label = ln ? pool_strndup(&ls->pool, label, ln) : c->info.id))
    return VOC_ENOMEM;
  if (lf->kind == LEX_NEGATION && strcmp(c->info.id, "negator") != 0 &&
      strcmp(c->info.id, "contrast") != 0 &&
      strcmp(c->info.id, "post-negator") != 0 &&
      strcmp(c->info.id, "restriction") != 0)
    report(ld, VOC_LEX_WARNING, lineno, 2,
           "negation.lex knows only [negator], [post-negator], [restriction] "
           "and [contrast]; [%s] is ignored",
           c->info.id);
  ld->cat = ls->ncats++;
  return 0;
}

static const char *const KEYS[] = {"description", "match",     "nomatch",
                                   "negation",    "questions", "unless"};

static int setting_line(loader *ld, const char *line, size_t n, size_t kn,
                        const char *kind, size_t kindn, long lineno) {
  voc_lexset *ls = ld->ls;
  size_t k;
  for (k = 0; k < sizeof KEYS / sizeof *KEYS; k++)
    if (strlen(KEYS[k]) == kn && !strncmp(KEYS[k], line, kn))
      break;
  if (k == sizeof KEYS / sizeof *KEYS) {
    report(ld, VOC_LEX_ERROR, lineno, 1,
           "unknown setting \"%.*s:\" (known: description, match, nomatch, "
           "negation, questions, unless; put a term with a colon in quotes)",
           (int)kn, line);
    return 0;
  }
  if (ld->cat == SIZE_MAX) {
    report(ld, VOC_LEX_ERROR, lineno, 1,
           "\"%.*s:\" before the first [category] header", (int)kn, line);
    return 0;
  }
  if (kind && k != 1 && k != 2) {
    report(ld, VOC_LEX_ERROR, lineno, (long)kn + 1,
           "only match: and nomatch: take a kind of record, as match[review]:");
    return 0;
  }
  if (kind && !voc_lex_kind(kind, kindn)) {
    report(ld, VOC_LEX_ERROR, lineno, (long)kn + 2,
           "unknown kind \"%.*s\" (known: call_note, email, review, survey, "
           "other)",
           (int)kindn, kind);
    return 0;
  }
  category *c = &ls->cats[ld->cat];
  size_t vn = n - kn - 1 - (kind ? kindn + 2 : 0);
  const char *v = trim(line + n - vn, &vn);
  long vcol = char_col(line, (size_t)(v - line));
  int rc;
  switch (k) {
  case 0:
    if (!(c->info.description = pool_strndup(&ls->pool, v, vn)))
      return VOC_ENOMEM;
    return 0;
  case 1:
  case 2: {
    if (!vn) {
      report(ld, VOC_LEX_ERROR, lineno, vcol, "empty example");
      return 0;
    }
    if ((rc = grow(&ls->examples, &ls->excap, ls->nexamples + 1,
                   sizeof *ls->examples)) < 0)
      return rc;
    example *e = &ls->examples[ls->nexamples];
    memset(e, 0, sizeof *e);
    e->cat = ld->cat;
    e->pub.file = ls->files[ld->fileidx].path;
    e->pub.line = lineno;
    e->pub.match = k == 1;
    if (!(e->pub.text = pool_strndup(&ls->pool, v, vn)) ||
        (kind && !(e->pub.kind = pool_strndup(&ls->pool, kind, kindn))))
      return VOC_ENOMEM;
    ls->nexamples++;
    return 0;
  }
  case 3:
    vn = strip_comment(v, vn);
    v = trim(v, &vn);
    if (vn == 2 && !strncmp(v, "on", 2))
      c->negation = 1;
    else if (vn == 3 && !strncmp(v, "off", 3))
      c->negation = 0;
    else if (vn == 4 && !strncmp(v, "both", 4))
      c->negation = NEG_BOTH;
    else
      report(ld, VOC_LEX_ERROR, lineno, vcol,
             "negation: on or off (or both: post-negators too)");
    return 0;
  case 4:
    vn = strip_comment(v, vn);
    v = trim(v, &vn);
    if (vn == 3 && !strncmp(v, "any", 3))
      c->questions = Q_ANY;
    else if (vn == 4 && !strncmp(v, "skip", 4))
      c->questions = Q_SKIP;
    else if (vn == 4 && !strncmp(v, "only", 4))
      c->questions = Q_ONLY;
    else
      report(ld, VOC_LEX_ERROR, lineno, vcol, "questions: any, skip or only");
    return 0;
  default:
    if (!vn) {
      report(ld, VOC_LEX_ERROR, lineno, vcol, "empty unless:");
      return 0;
    }
    return term_line(ld, line, (size_t)(v - line), vn, lineno, VOC_TERM_UNLESS);
  }
}

/* `unless(doc): phrase` / `unless(next): phrase` / `unless(sentence): ...`:
 * an unless: with a wider reach. s[0..n) starts with "unless(" at line +
 * off. */
static int scoped_unless(loader *ld, const char *line, size_t off, size_t n,
                         long lineno) {
  const char *s = line + off;
  size_t i = 7, a = 7;
  while (i < n && s[i] != ')' && s[i] != ':' && !isspace((unsigned char)s[i]))
    i++;
  if (i >= n || s[i] != ')' || i + 1 >= n || s[i + 1] != ':' ||
      (i + 2 < n && !isspace((unsigned char)s[i + 2]))) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off + i),
           "a scoped exclusion reads unless(doc): phrase (or next, sentence, "
           "term, clause)");
    return 0;
  }
  static const char *const scopes[] = {"sentence", "next", "doc", "term",
                                       "clause"};
  int scope = -1;
  for (int k = 0; k < 5; k++)
    if (strlen(scopes[k]) == i - a && !strncmp(s + a, scopes[k], i - a))
      scope = k;
  if (scope < 0) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off + a),
           "unknown scope \"%.*s\" in unless(...): (known: sentence, next, "
           "doc, term, clause)",
           (int)(i - a), s + a);
    return 0;
  }
  if (ld->cat == SIZE_MAX) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off),
           "\"unless(%s):\" before the first [category] header",
           scopes[scope]);
    return 0;
  }
  if (ld->ls->files[ld->fileidx].kind == LEX_NEGATION) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off),
           "negation.lex has no exclusions");
    return 0;
  }
  size_t vn = n - i - 2;
  const char *v = trim(s + i + 2, &vn);
  size_t vo = (size_t)(v - line);
  if (!vn || !strip_comment(v, vn)) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, vo), "empty unless:");
    return 0;
  }
  if (scope == VOC_UNLESS_TERM &&
      (ld->line_cat != ld->cat || ld->line_end == ld->line_first)) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off),
           "unless(term): excludes the term on the line above it; there is "
           "no term line above it in [%s]",
           ld->ls->cats[ld->cat].info.id);
    return 0;
  }
  ld->scope = scope;
  int rc = term_line(ld, line, vo, vn, lineno, VOC_TERM_UNLESS);
  ld->scope = VOC_UNLESS_SENTENCE;
  return rc;
}

static int parse_line(loader *ld, const char *line, size_t n, long lineno) {
  voc_lexset *ls = ld->ls;
  if (!voc_utf8_valid(line, n)) {
    size_t i = 0;
    while (i < n && voc_utf8_valid(line, i + 1))
      i++;
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, i), "invalid UTF-8");
    return 0;
  }
  size_t tn = n;
  const char *s = trim(line, &tn);
  if (!tn || s[0] == '#')
    return 0;
  size_t off = (size_t)(s - line);
  if (s[0] == '@') { /* `@name = ...` defines a list, `@name ...` uses one */
    size_t k = 1;
    while (k < tn && list_char(s[k]))
      k++;
    while (k < tn && isspace((unsigned char)s[k]))
      k++;
    if (k < tn && s[k] == '=')
      return list_line(ld, line, off, tn, lineno);
  }
  if (ls->files[ld->fileidx].kind == LEX_LISTS) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off),
           "lists.lex holds only word lists (`@name = word | other word`) "
           "and comments");
    return 0;
  }
  if (s[0] == '[')
    return header_line(ld, s, tn, lineno);
  if (tn > 7 && !strncmp(s, "unless(", 7))
    return scoped_unless(ld, line, off, tn, lineno);
  size_t kn = 0;
  while (kn < tn && (islower((unsigned char)s[kn]) || s[kn] == '_'))
    kn++;
  if (kn > 0 && kn < tn && s[kn] == ':' &&
      (kn + 1 == tn || isspace((unsigned char)s[kn + 1])))
    return setting_line(ld, s, tn, kn, NULL, 0, lineno);
  if (kn > 0 && kn + 3 < tn && s[kn] == '[') { /* match[review]: */
    size_t kb = kn + 1, ke = kb;
    while (ke < tn && (islower((unsigned char)s[ke]) || s[ke] == '_'))
      ke++;
    if (ke > kb && ke + 1 < tn && s[ke] == ']' && s[ke + 1] == ':' &&
        (ke + 2 == tn || isspace((unsigned char)s[ke + 2])))
      return setting_line(ld, s, tn, kn, s + kb, ke - kb, lineno);
  }
  if (ld->cat == SIZE_MAX) {
    report(ld, VOC_LEX_ERROR, lineno, char_col(line, off),
           "a term before the first [category] header");
    return 0;
  }
  int role = VOC_TERM_TERM;
  if (ls->files[ld->fileidx].kind == LEX_NEGATION) {
    const char *id = ls->cats[ld->cat].info.id;
    if (!strcmp(id, "negator"))
      role = VOC_TERM_NEGATOR;
    else if (!strcmp(id, "contrast"))
      role = VOC_TERM_CONTRAST;
    else if (!strcmp(id, "post-negator"))
      role = VOC_TERM_POSTNEG;
    else if (!strcmp(id, "restriction"))
      role = VOC_TERM_RESTRICT;
    else
      return 0;
  }
  return term_line(ld, line, off, tn, lineno, role);
}

/* A term is dead when an unless: of its category is part of it: whenever it
 * matches, the unless matches too. Atoms are compared for equality (a
 * wildcard that would cover a form is not looked into). */
static bool atom_covers(uint32_t u, uint32_t t) { return u == t; }

/* Where nd[0..nn) occurs in hay[0..hn), or SIZE_MAX. */
static size_t find_seq(const uint32_t *hay, size_t hn, const uint32_t *nd,
                       size_t nn) {
  if (!nn || nn > hn)
    return SIZE_MAX;
  for (size_t i = 0; i + nn <= hn; i++) {
    size_t k = 0;
    while (k < nn && atom_covers(nd[k], hay[i + k]))
      k++;
    if (k == nn)
      return i;
  }
  return SIZE_MAX;
}

/* The first word of an unless (atoms u) that the stemmer changed and that
 * the term (atoms t, where u occurs) writes differently: `unless: a
 * formality` ("formal") in "a formal RFP". Its index, or SIZE_MAX. */
static size_t stem_collision(const voc_lexset *ls, uint32_t u, uint32_t t,
                             size_t n) {
  for (size_t k = 0; k < n; k++) {
    const char *uf = ls->afold[u + k], *tf = ls->afold[t + k];
    if (uf && ls->atoms[u + k] % 4u == K_STEM && (!tf || strcmp(uf, tf)))
      return k;
  }
  return SIZE_MAX;
}

static void find_shadowed(loader *ld, size_t first_term) {
  voc_lexset *ls = ld->ls;
  /* a category's terms sit together in its file (it has one header): each
   * unless looks at its own category's range only */
  size_t lo = first_term, hi = first_term;
  for (size_t u = first_term; u < ls->nterms; u++) {
    const term *ut = &ls->terms[u];
    if (u >= hi || ls->terms[lo].cat != ut->cat) {
      for (lo = u; lo > first_term && ls->terms[lo - 1].cat == ut->cat;)
        lo--;
      for (hi = u + 1; hi < ls->nterms && ls->terms[hi].cat == ut->cat;)
        hi++;
    }
    if (ut->info.role != VOC_TERM_UNLESS || ut->empty || ut->duplicate ||
        ut->prox >= 0 || ut->nside || /* proximity: not a plain phrase */
        ut->anchored ||               /* only where a sentence starts */
        ut->info.scope == VOC_UNLESS_TERM) /* one term line's own */
      continue;
    for (size_t i = lo; i < hi; i++) {
      term *t = &ls->terms[i];
      if (t->info.role != VOC_TERM_TERM || t->cat != ut->cat || t->info.dead)
        continue;
      const uint32_t *a = ls->atoms + t->atoms;
      size_t at = SIZE_MAX; /* where the unless occurs in t's atoms */
      if (t->nside) { /* a chain: each side on its own */
        for (uint32_t k = 0, off = 0; k < t->nside && at == SIZE_MAX; k++) {
          uint32_t len = ls->chain[t->chain + k];
          at = find_seq(a + off, len, ls->atoms + ut->atoms, ut->na);
          at = at == SIZE_MAX ? at : at + off;
          off += len;
        }
      } else {
        at = find_seq(a, t->na, ls->atoms + ut->atoms, ut->na);
        if (at == SIZE_MAX &&
            (at = find_seq(a + t->na, t->nb, ls->atoms + ut->atoms, ut->na)) !=
                SIZE_MAX)
          at += t->na;
      }
      if (at == SIZE_MAX)
        continue;
      t->info.dead = true;
      /* written differently, found through the stemmer: say so on the
       * unless line, with the exact form that would not cancel the term */
      size_t k = stem_collision(ls, ut->atoms, t->atoms + (uint32_t)at, ut->na);
      if (k != SIZE_MAX) {
        uint32_t sym = ls->atoms[ut->atoms + k];
        const char *st = ls->strings.arena.data + ls->strings.offs[sym / 4u];
        const char *tf = ls->afold[t->atoms + at + k];
        ld->file = ut->info.file;
        report(ld, VOC_LEX_WARNING, ut->info.line, 1,
               "\"unless: %s\": \"%s\" is stemmed to \"%s\", so it also "
               "cancels \"%s\" in the term \"%s\" (line %ld), which can "
               "never count; to cancel only the written form, put it in "
               "quotes: \"%s\"",
               ut->info.text, ls->afold[ut->atoms + k], st, tf ? tf : st,
               t->info.text, t->info.line, ls->afold[ut->atoms + k]);
        continue;
      }
      ld->file = t->info.file;
      report(ld, VOC_LEX_WARNING, t->info.line, 1,
             "dead term \"%s\": it contains \"unless: %s\" (line %ld), so "
             "it can never count",
             t->info.text, ut->info.text, ut->info.line);
    }
  }
}

static int load_file(loader *ld, const char *path, uint64_t *vh) {
  voc_lexset *ls = ld->ls;
  voc_buf b = VOC_BUF_INIT((size_t)64 << 20);
  FILE *f = fopen(path, "rb");
  int rc;
  if (!f) {
    report(ld, VOC_LEX_ERROR, 0, 0, "cannot open: %s", path);
    return 0;
  }
  voc_error e;
  voc_error_clear(&e);
  rc = voc_buf_slurp(&b, f, &e);
  fclose(f);
  if (rc < 0) {
    report(ld, VOC_LEX_ERROR, 0, 0, "cannot read: %s", e.msg);
    voc_buf_dispose(&b);
    return rc == VOC_ENOMEM ? rc : 0;
  }
  const char *rel = ls->files[ld->fileidx].rel;
  *vh = voc_fnv1a(*vh, rel, strlen(rel) + 1);
  *vh = voc_fnv1a(*vh, b.data ? b.data : "", b.len + 1);
  ld->cat = SIZE_MAX;
  u64map_free(&ld->dups);
  /* word lists belong to the file that defines them, lists.lex's to every
   * file of its language (loaded first) */
  free_lists(ld, ld->nshared);
  ld->expanded = 0;
  ld->line_cat = SIZE_MAX;
  ld->line_first = ld->line_end = 0;
  size_t first_term = ls->nterms;
  long lineno = 0;
  size_t i = 0;
  const char *d = b.data ? b.data : "";
  if (b.len >= 3 && !memcmp(d, "\xEF\xBB\xBF", 3))
    i = 3; /* a BOM from a Windows editor */
  rc = 0;
  while (i < b.len && rc >= 0) {
    const char *nl = memchr(d + i, '\n', b.len - i);
    size_t end = nl ? (size_t)(nl - d) : b.len, n = end - i;
    if (n && d[i + n - 1] == '\r')
      n--;
    lineno++;
    rc = parse_line(ld, d + i, n, lineno);
    i = end + 1;
  }
  if (rc >= 0) {
    find_shadowed(ld, first_term);
    ld->file = path;
    for (size_t c = 0; c < ls->ncats; c++)
      if (ls->cats[c].lexfile == ld->fileidx && ls->cats[c].nterms == 0 &&
          ls->files[ld->fileidx].kind != LEX_NEGATION)
        report(ld, VOC_LEX_WARNING, ls->cats[c].info.line, 1,
               "category [%s] has no terms", ls->cats[c].info.id);
  }
  voc_buf_dispose(&b);
  return rc;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted entries of dir: subdirectories (want_dir) or *.lex files. */
static int list_dir(const char *dir, bool want_dir, char ***out, size_t *n) {
  DIR *d = opendir(dir);
  char **v = NULL;
  size_t cap = 0;
  *n = 0;
  *out = NULL;
  if (!d)
    return VOC_ENOTFOUND;
  struct dirent *de;
  int rc = 0;
  while ((de = readdir(d))) {
    const char *nm = de->d_name;
    if (nm[0] == '.')
      continue;
    size_t len = strlen(nm);
    if (want_dir) {
      if (!is_lang_code(nm))
        continue;
      char p[4096];
      snprintf(p, sizeof p, "%s/%s", dir, nm);
      DIR *sub = opendir(p);
      if (!sub)
        continue;
      closedir(sub);
    } else if (len < 5 || strcmp(nm + len - 4, ".lex") != 0) {
      continue;
    }
    if ((rc = grow(&v, &cap, *n + 1, sizeof *v)) < 0)
      break;
    if (!(v[*n] = strdup(nm))) {
      rc = VOC_ENOMEM;
      break;
    }
    (*n)++;
  }
  closedir(d);
  if (v)
    qsort(v, *n, sizeof *v, cmp_str);
  *out = v;
  return rc;
}

static void free_list(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

/* ---- compiling ----------------------------------------------------------- */

static int new_node(voc_lexset *ls, uint32_t *out) {
  int rc =
      grow(&ls->out_head, &ls->nodecap, ls->nnodes + 1, sizeof *ls->out_head);
  if (rc < 0)
    return rc;
  if ((rc = grow(&ls->inner, &ls->innercap, ls->nnodes + 1, 1)) < 0 ||
      (rc = grow(&ls->out_tail, &ls->tailcap, ls->nnodes + 1,
                 sizeof *ls->out_tail)) < 0)
    return rc;
  ls->out_head[ls->nnodes] = UINT32_MAX;
  ls->inner[ls->nnodes] = 0;
  *out = (uint32_t)ls->nnodes++;
  return 0;
}

static int insert_pattern(voc_lexset *ls, uint32_t root, const uint32_t *at,
                          size_t n, uint32_t termidx, int role, int title) {
  uint32_t node = root;
  int rc;
  for (size_t i = 0; i < n; i++) {
    uint64_t key = (uint64_t)node << 32 | at[i];
    uint32_t child;
    if (!u64map_get(&ls->edges, key, &child)) {
      if ((rc = new_node(ls, &child)) < 0 ||
          (rc = u64map_put(&ls->edges, key, child)) < 0)
        return rc;
      ls->inner[node] = 1;
    }
    node = child;
  }
  if (n > ls->maxdepth)
    ls->maxdepth = n;
  if ((rc = grow(&ls->pats, &ls->patcap, ls->npats + 1, sizeof *ls->pats)) <
          0 ||
      (rc = grow(&ls->out_pat, &ls->outcap, ls->nouts + 1,
                 sizeof *ls->out_pat)) < 0 ||
      (rc = grow(&ls->out_next, &ls->outcap2, ls->nouts + 1,
                 sizeof *ls->out_next)) < 0)
    return rc;
  ls->pats[ls->npats].term = termidx;
  ls->pats[ls->npats].node = node;
  ls->pats[ls->npats].role = (uint8_t)role;
  ls->pats[ls->npats].title = (uint8_t)title;
  ls->pats[ls->npats].side = 0;
  /* outputs keep insertion (file) order */
  uint32_t cell = (uint32_t)ls->nouts++;
  ls->out_pat[cell] = (uint32_t)ls->npats++;
  ls->out_next[cell] = UINT32_MAX;
  if (ls->out_head[node] == UINT32_MAX)
    ls->out_head[node] = cell;
  else
    ls->out_next[ls->out_tail[node]] = cell;
  ls->out_tail[node] = cell;
  return 0;
}

/* Freeze a wildcard byte trie into arrays: node i's children are
 * wild_byte/wild_kid[wild_first[i] .. wild_first[i + 1]). */
static int freeze_wild(voc_lexset *ls, int dir) {
  size_t n = ls->nwild[dir] ? ls->nwild[dir] : 1, ne = ls->wild_edges[dir].n;
  uint32_t *first = calloc(n + 1, sizeof *first);
  uint8_t *byte = malloc(ne + 1);
  uint32_t *kid = malloc((ne + 1) * sizeof *kid);
  if (!first || !byte || !kid) {
    free(first);
    free(byte);
    free(kid);
    return VOC_ENOMEM;
  }
  const u64map *m = &ls->wild_edges[dir];
  for (size_t j = 0; j < m->cap; j++)
    if (m->keys[j] != UINT64_MAX)
      first[(m->keys[j] >> 8) + 1]++;
  for (size_t i = 0; i < n; i++)
    first[i + 1] += first[i];
  for (size_t j = 0; j < m->cap; j++) {
    if (m->keys[j] == UINT64_MAX)
      continue;
    size_t node = (size_t)(m->keys[j] >> 8);
    /* first[node + 1] is the end of node's range: fill downwards */
    uint32_t at = --first[node + 1];
    byte[at] = (uint8_t)(m->keys[j] & 0xff);
    kid[at] = m->vals[j];
  }
  /* first[node + 1] now holds node's start: shift down by one */
  for (size_t i = 0; i < n; i++)
    first[i] = first[i + 1];
  first[n] = (uint32_t)ne;
  ls->wild_first[dir] = first;
  ls->wild_byte[dir] = byte;
  ls->wild_kid[dir] = kid;
  return 0;
}

/* Copy each node's output list into one contiguous array per mode, so the
 * matcher walks only the outputs of its mode, without chasing the list;
 * and the proximity of each term into a small array. */
static int cmp_u64(const void *pa, const void *pb) {
  uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
  return a < b ? -1 : a > b;
}

/* The trie's edges by node (the hash map stays for compiling). */
static int freeze_edges(voc_lexset *ls) {
  const u64map *e = &ls->edges;
  uint32_t *first = calloc(ls->nnodes + 2, sizeof *first);
  uint64_t *kids = malloc((e->n + 1) * sizeof *kids);
  if (!first || !kids) {
    free(first);
    free(kids);
    return VOC_ENOMEM;
  }
  for (size_t j = 0; j < e->cap; j++)
    if (e->keys[j] != UINT64_MAX)
      first[(e->keys[j] >> 32) + 2]++;
  for (size_t i = 0; i < ls->nnodes; i++)
    first[i + 2] += first[i + 1];
  for (size_t j = 0; j < e->cap; j++) /* first[node + 1]: fill position */
    if (e->keys[j] != UINT64_MAX)
      kids[first[(e->keys[j] >> 32) + 1]++] =
          (e->keys[j] & 0xFFFFFFFFu) << 32 | e->vals[j];
  for (size_t i = 0; i < ls->nnodes; i++)
    if (first[i + 1] - first[i] > 1)
      qsort(kids + first[i], first[i + 1] - first[i], sizeof *kids, cmp_u64);
  ls->efirst = first;
  ls->ekids = kids;
  return 0;
}

/* The child of node by sym, or UINT32_MAX. */
static uint32_t child_of(const voc_lexset *ls, uint32_t node, uint32_t sym) {
  uint32_t a = ls->ni[node].edge, b = ls->ni[node + 1].edge;
  while (b - a > 8) { /* the roots: many children; the first >= sym */
    uint32_t mid = a + (b - a) / 2;
    if ((uint32_t)(ls->ekids[mid] >> 32) < sym)
      a = mid + 1;
    else
      b = mid + 1;
  }
  for (; a < b; a++) {
    uint32_t k = (uint32_t)(ls->ekids[a] >> 32);
    if (k >= sym)
      return k == sym ? (uint32_t)ls->ekids[a] : UINT32_MAX;
  }
  return UINT32_MAX;
}

static int freeze_outputs(voc_lexset *ls) {
  if (!(ls->tprox = malloc((ls->nterms + 1) * sizeof *ls->tprox)) ||
      !(ls->tcat = malloc((ls->nterms + 1) * sizeof *ls->tcat)))
    return VOC_ENOMEM;
  for (size_t t = 0; t < ls->nterms; t++) {
    ls->tprox[t] = (ls->terms[t].prox >= 0 ? (uint32_t)ls->terms[t].prox : 0) |
                   (ls->terms[t].ordered ? PROX_ORDERED : 0);
    ls->tcat[t] = (uint32_t)ls->terms[t].cat;
  }
  for (int list = 0; list < 4; list++) { /* plain and sides, per mode */
    int mode = list & 1, sides = list >> 1;
    uint32_t *first = malloc((ls->nnodes + 1) * sizeof *first);
    mout *o = malloc((ls->nouts + 1) * sizeof *o);
    if (!first || !o) {
      free(first);
      free(o);
      return VOC_ENOMEM;
    }
    uint32_t k = 0;
    for (size_t node = 0; node < ls->nnodes; node++) {
      first[node] = k;
      for (uint32_t c = ls->out_head[node]; c != UINT32_MAX;
           c = ls->out_next[c]) {
        const pattern *p = &ls->pats[ls->out_pat[c]];
        bool side = p->role == P_A || p->role == P_B || p->role == P_SIDE;
        if (p->title != mode || side != (sides != 0))
          continue;
        o[k].pat = ls->out_pat[c];
        o[k].term = p->term;
        o[k].role = p->role;
        o[k].side = p->side;
        k++;
      }
    }
    first[ls->nnodes] = k;
    if (sides) {
      ls->pfirst[mode] = first;
      ls->pout[mode] = o;
    } else {
      ls->mfirst[mode] = first;
      ls->mout[mode] = o;
    }
  }
  return 0;
}

/* The side nodes of every term and the trigger lists (see voc_lexset). */
static int freeze_triggers(voc_lexset *ls) {
  size_t nt = ls->nterms;
  uint32_t *n0 = malloc((nt + 1) * sizeof *n0), *n1 = malloc((nt + 1) * sizeof *n1);
  uint32_t *sf = calloc(nt + 2, sizeof *sf), *sn = malloc((ls->npats + 1) * sizeof *sn);
  int rc = VOC_ENOMEM;
  if (!n0 || !n1 || !sf || !sn)
    goto done;
  memset(n0, 0xff, (nt + 1) * sizeof *n0);
  memset(n1, 0xff, (nt + 1) * sizeof *n1);
  for (size_t i = 0; i < ls->npats; i++) { /* sides per term, in order */
    const pattern *p = &ls->pats[i];
    if (p->role != P_A && p->role != P_B && p->role != P_SIDE)
      continue;
    sf[p->term + 2]++;
    if (p->role == P_A || (p->role == P_SIDE && p->side == 0))
      n0[p->term] = p->node;
    else if (p->role == P_B || p->side == 1)
      n1[p->term] = p->node;
  }
  for (size_t t = 0; t < nt; t++)
    sf[t + 2] += sf[t + 1];
  for (size_t i = 0; i < ls->npats; i++) {
    const pattern *p = &ls->pats[i];
    if (p->role == P_A || p->role == P_B || p->role == P_SIDE)
      sn[sf[p->term + 1]++] = p->node;
  }
  ls->sfirst = sf;
  ls->snode = sn;
  sf = NULL;
  sn = NULL;
  for (int mode = 0; mode < 2; mode++) {
    const uint32_t *pf = ls->pfirst[mode];
    uint32_t *first = calloc(ls->nnodes + 2, sizeof *first);
    uint64_t *trig = malloc((nt + 1) * sizeof *trig);
    if (!first || !trig) {
      free(first);
      free(trig);
      goto done;
    }
    /* the trigger node: the side node with fewer outputs */
    for (int pass = 0; pass < 2; pass++) {
      for (size_t t = 0; t < nt; t++) {
        const term *tt = &ls->terms[t];
        const category *c = &ls->cats[tt->cat];
        if (n0[t] == UINT32_MAX || n1[t] == UINT32_MAX ||
            (ls->files[c->lexfile].kind == LEX_PERSONA) != (mode == 1))
          continue;
        bool first0 = pf[n0[t] + 1] - pf[n0[t]] <= pf[n1[t] + 1] - pf[n1[t]];
        uint32_t at = first0 ? n0[t] : n1[t], other = first0 ? n1[t] : n0[t];
        if (pass == 0)
          first[at + 2]++;
        else
          trig[first[at + 1]++] = (uint64_t)t << 32 | other;
      }
      if (pass == 0)
        for (size_t i = 0; i < ls->nnodes; i++)
          first[i + 2] += first[i + 1];
    }
    ls->tfirst[mode] = first;
    ls->trig[mode] = trig;
  }
  rc = 0;
done:
  free(n0);
  free(n1);
  free(sf);
  free(sn);
  return rc;
}

static int compile(voc_lexset *ls) {
  int rc;
  if ((rc = freeze_wild(ls, 0)) < 0 || (rc = freeze_wild(ls, 1)) < 0)
    return rc;
  for (size_t l = 0; l < ls->nlangs; l++)
    if ((rc = new_node(ls, &ls->langs[l].root)) < 0)
      return rc;
  for (size_t i = 0; i < ls->nterms; i++) {
    const term *t = &ls->terms[i];
    if (t->empty || t->duplicate)
      continue;
    const category *c = &ls->cats[t->cat];
    uint32_t root = ls->langs[ls->files[c->lexfile].lang].root;
    const uint32_t *a = ls->atoms + t->atoms;
    /* a proximity unless: is paired like a term; its matches go to the
     * unless map instead of the candidates (see voc_lex_match_run) */
    int role = t->prox >= 0                        ? P_A
               : t->info.role == VOC_TERM_UNLESS   ? P_UNLESS
               : t->info.role == VOC_TERM_NEGATOR  ? P_NEG
               : t->info.role == VOC_TERM_CONTRAST ? P_CONTRAST
               : t->info.role == VOC_TERM_POSTNEG  ? P_POSTNEG
               : t->info.role == VOC_TERM_RESTRICT ? P_RESTRICT
                                                   : P_TERM;
    if (role == P_POSTNEG)
      ls->langs[ls->files[c->lexfile].lang].postneg = true;
    else if (t->negation == NEG_BOTH ||
             (t->negation < 0 && c->negation == NEG_BOTH))
      ls->langs[ls->files[c->lexfile].lang].both = true;
    else if (role == P_RESTRICT)
      ls->langs[ls->files[c->lexfile].lang].restrict_ = true;
    if (t->info.role == VOC_TERM_UNLESS && t->info.scope == VOC_UNLESS_DOC)
      ls->unless_doc = true;
    if (t->info.role == VOC_TERM_UNLESS && t->info.scope == VOC_UNLESS_CLAUSE)
      ls->unless_clause = true;
    int title = ls->files[c->lexfile].kind == LEX_PERSONA;
    if (t->nside) {
      for (uint32_t k = 0, off = 0; k < t->nside; k++) {
        uint32_t len = ls->chain[t->chain + k];
        if ((rc = insert_pattern(ls, root, a + off, len, (uint32_t)i, P_SIDE,
                                 title)) < 0)
          return rc;
        ls->pats[ls->npats - 1].side = (uint8_t)k;
        off += len;
      }
      continue;
    }
    if ((rc = insert_pattern(ls, root, a, t->na, (uint32_t)i, role, title)) < 0)
      return rc;
    if (t->prox >= 0 && (rc = insert_pattern(ls, root, a + t->na, t->nb,
                                             (uint32_t)i, P_B, title)) < 0)
      return rc;
  }
  /* post-negators cost the matcher nothing unless a term asks for them */
  for (size_t l = 0; l < ls->nlangs; l++)
    ls->langs[l].postneg = ls->langs[l].postneg && ls->langs[l].both;
  if ((rc = freeze_edges(ls)) < 0 || (rc = freeze_outputs(ls)) < 0 ||
      (rc = freeze_triggers(ls)) < 0)
    return rc;
  if (!(ls->ni = malloc((ls->nnodes + 1) * sizeof *ls->ni)) ||
      !(ls->tunless = malloc(ls->nterms + 1)))
    return VOC_ENOMEM;
  for (size_t i = 0; i <= ls->nnodes; i++) {
    nodeinfo *n = &ls->ni[i];
    n->edge = ls->efirst[i];
    for (int mode = 0; mode < 2; mode++) {
      n->out[mode] = ls->mfirst[mode][i];
      n->side[mode] = ls->pfirst[mode][i];
    }
    n->inner = i < ls->nnodes ? ls->inner[i] : 0;
  }
  for (size_t t = 0; t < ls->nterms; t++) {
    ls->tunless[t] = ls->terms[t].info.role == VOC_TERM_UNLESS;
    if (ls->terms[t].anchored && !ls->tanchor &&
        !(ls->tanchor = calloc(ls->nterms + 1, 1)))
      return VOC_ENOMEM;
  }
  for (size_t t = 0; ls->tanchor && t < ls->nterms; t++)
    ls->tanchor[t] = ls->terms[t].anchored;
  for (size_t t = 0; t < ls->nterms && !ls->tkinds; t++)
    if (ls->terms[t].kinds && !(ls->tkinds = calloc(ls->nterms + 1, 1)))
      return VOC_ENOMEM;
  for (size_t t = 0; ls->tkinds && t < ls->nterms; t++)
    ls->tkinds[t] = ls->terms[t].kinds;
  for (size_t t = 0; t < ls->nterms && !ls->tgroup; t++)
    if (ls->terms[t].info.role == VOC_TERM_UNLESS &&
        ls->terms[t].info.scope == VOC_UNLESS_TERM &&
        !(ls->tgroup = malloc((ls->nterms + 1) * sizeof *ls->tgroup)))
      return VOC_ENOMEM;
  for (size_t t = 0; ls->tgroup && t < ls->nterms; t++)
    ls->tgroup[t] = ls->terms[t].group;
  return 0;
}

unsigned voc_lex_kind(const char *s, size_t n) {
  static const char *const names[] = {"call_note", "email", "review", "survey",
                                      "other"};
  for (unsigned k = 0; k < 5; k++)
    if (strlen(names[k]) == n && !memcmp(names[k], s, n))
      return 1u << k;
  return 0;
}

/* ---- public: load -------------------------------------------------------- */

int voc_lexset_open(voc_lexset **out, const char *dir, voc_lex_diag_fn diag,
                    void *ctx, voc_error *err) {
  voc_lexset *ls = calloc(1, sizeof *ls);
  if (ls)
    ls->name_sym = ls->num_sym = UINT32_MAX;
  loader ld;
  char **langs = NULL, **files = NULL;
  size_t nlangs = 0, nfiles = 0;
  uint64_t vh = VOC_FNV_OFFSET;
  int rc;
  *out = NULL;
  memset(&ld, 0, sizeof ld);
  if (!ls)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  voc_buf_init(&ls->strings.arena, (size_t)1 << 30);
  ld.ls = ls;
  ld.diag = diag;
  ld.ctx = ctx;
  ld.err = err;
  ld.cat = SIZE_MAX;
  if ((rc = voc_normalizer_new(&ld.norm, err)) < 0)
    goto done;
  if ((rc = list_dir(dir, true, &langs, &nlangs)) < 0) {
    if (rc == VOC_ENOTFOUND) {
      voc_error_at(err, dir, 0, 0);
      voc_error_set(err, VOC_ENOTFOUND, "no lexicon directory");
    }
    goto done;
  }
  for (size_t l = 0; l < nlangs; l++) {
    char p[4096];
    snprintf(p, sizeof p, "%s/%s", dir, langs[l]);
    free_list(files, nfiles);
    if ((rc = list_dir(p, false, &files, &nfiles)) < 0)
      goto done;
    if (!nfiles)
      continue;
    if ((rc = grow(&ls->langs, &ls->langcap, ls->nlangs + 1,
                   sizeof *ls->langs)) < 0)
      goto done;
    lang *lg = &ls->langs[ls->nlangs];
    memset(lg, 0, sizeof *lg);
    if (!(lg->code = pool_strndup(&ls->pool, langs[l], strlen(langs[l])))) {
      rc = VOC_ENOMEM;
      goto done;
    }
    size_t li = ls->nlangs++;
    /* lists.lex first: its word lists serve every file of the language */
    for (size_t f = 1; f < nfiles; f++)
      if (!strcmp(files[f], "lists.lex")) {
        char *t = files[f];
        memmove(files + 1, files, f * sizeof *files);
        files[0] = t;
      }
    free_lists(&ld, 0);
    ld.nshared = 0;
    for (size_t f = 0; f < nfiles; f++) {
      char fp[4096], rel[512];
      if (snprintf(fp, sizeof fp, "%s/%s", p, files[f]) >= (int)sizeof fp ||
          snprintf(rel, sizeof rel, "%s/%s", langs[l], files[f]) >=
              (int)sizeof rel) {
        voc_error_at(err, p, 0, 0);
        rc = voc_error_set(err, VOC_EINVAL, "path too long");
        goto done;
      }
      if ((rc = grow(&ls->files, &ls->filecap, ls->nfiles + 1,
                     sizeof *ls->files)) < 0)
        goto done;
      lexfile *lf = &ls->files[ls->nfiles];
      size_t nm = strlen(files[f]) - 4;
      lf->lang = li;
      if (!(lf->name = pool_strndup(&ls->pool, files[f], nm)) ||
          !(lf->path = pool_strndup(&ls->pool, fp, strlen(fp))) ||
          !(lf->rel = pool_strndup(&ls->pool, rel, strlen(rel)))) {
        rc = VOC_ENOMEM;
        goto done;
      }
      lf->kind = !strcmp(lf->name, "persona")    ? LEX_PERSONA
                 : !strcmp(lf->name, "negation") ? LEX_NEGATION
                 : !strcmp(lf->name, "lists")    ? LEX_LISTS
                                                 : LEX_NORMAL;
      if (lf->kind == LEX_NEGATION)
        ls->langs[li].negation = true;
      ld.fileidx = ls->nfiles++;
      ld.file = lf->path;
      if ((rc = load_file(&ld, fp, &vh)) < 0)
        goto done;
      if (lf->kind == LEX_LISTS)
        ld.nshared = ld.nlists;
    }
  }
  if (ls->nlangs == 0) {
    voc_error_at(err, dir, 0, 0);
    rc = voc_error_set(err, VOC_ENOTFOUND,
                       "no lexicons (expected <lang>/<name>.lex)");
    goto done;
  }
  for (size_t l = 0; l < ls->nlangs; l++)
    if (!ls->langs[l].negation) {
      ld.file = dir;
      report(&ld, VOC_LEX_WARNING, 0, 0,
             "%s has no negation.lex: nothing is negated in %s",
             ls->langs[l].code, ls->langs[l].code);
    }
  if (ld.nerrors) {
    rc = VOC_EPARSE;
    goto done;
  }
  /* pointers into growing arrays are fixed up once everything is read */
  if (!(ls->pub = malloc((ls->ncats + 1) * sizeof *ls->pub))) {
    rc = VOC_ENOMEM;
    goto done;
  }
  for (size_t c = 0; c < ls->ncats; c++)
    if (ls->cats[c].is_public)
      ls->pub[ls->npub++] = c;
  for (size_t t = 0; t < ls->nterms; t++)
    ls->terms[t].info.cat = &ls->cats[ls->terms[t].cat].info;
  for (size_t e = 0; e < ls->nexamples; e++)
    ls->examples[e].pub.cat = &ls->cats[ls->examples[e].cat].info;
  if ((rc = compile(ls)) < 0)
    goto done;
  snprintf(ls->version, sizeof ls->version, "%016llx", (unsigned long long)vh);
  rc = 0;
done:
  free_list(langs, nlangs);
  free_list(files, nfiles);
  u64map_free(&ld.dups);
  free_lists(&ld, 0);
  free(ld.lists);
  voc_normalizer_free(ld.norm);
  if (rc < 0) {
    if (rc == VOC_ENOMEM)
      voc_error_set(err, rc, "out of memory");
    voc_lexset_free(ls);
    return rc;
  }
  *out = ls;
  return 0;
}

int voc_lexset_load(voc_lexset **out, const char *dir, voc_error *err) {
  return voc_lexset_open(out, dir, NULL, NULL, err);
}

void voc_lexset_free(voc_lexset *ls) {
  if (!ls)
    return;
  pool_free(ls->pool);
  free(ls->langs);
  free(ls->files);
  free(ls->cats);
  free(ls->pub);
  free(ls->terms);
  free(ls->examples);
  free(ls->atoms);
  free(ls->afold);
  free(ls->chain);
  intern_free(&ls->strings);
  free(ls->out_head);
  free(ls->out_tail);
  free(ls->inner);
  free(ls->out_pat);
  free(ls->out_next);
  free(ls->tprox);
  free(ls->tcat);
  free(ls->efirst);
  free(ls->ekids);
  for (int mode = 0; mode < 2; mode++) {
    free(ls->mfirst[mode]);
    free(ls->mout[mode]);
    free(ls->pfirst[mode]);
    free(ls->pout[mode]);
    free(ls->tfirst[mode]);
    free(ls->trig[mode]);
  }
  free(ls->sfirst);
  free(ls->snode);
  free(ls->ni);
  free(ls->tunless);
  free(ls->tanchor);
  free(ls->tkinds);
  free(ls->tgroup);
  u64map_free(&ls->edges);
  free(ls->pats);
  for (int d = 0; d < 2; d++) {
    u64map_free(&ls->wild_edges[d]);
    free(ls->wild_term[d]);
    free(ls->wild_first[d]);
    free(ls->wild_byte[d]);
    free(ls->wild_kid[d]);
  }
  free(ls);
}

size_t voc_lexset_ncategories(const voc_lexset *ls) { return ls->npub; }

const voc_category_info *voc_lexset_category(const voc_lexset *ls, size_t i) {
  return i < ls->npub ? &ls->cats[ls->pub[i]].info : NULL;
}

const char *voc_lexset_version(const voc_lexset *ls) { return ls->version; }

size_t voc_lexset_nterms(const voc_lexset *ls) { return ls->nterms; }

const voc_term_info *voc_lexset_term(const voc_lexset *ls, size_t i) {
  return i < ls->nterms ? &ls->terms[i].info : NULL;
}

size_t voc_lexset_term_index(const voc_lexset *ls, const voc_term_info *t) {
  const term *tt = (const term *)(const void *)((const char *)t -
                                                 offsetof(term, info));
  return (size_t)(tt - ls->terms);
}

size_t voc_lexset_nexamples(const voc_lexset *ls) { return ls->nexamples; }

const voc_lex_example *voc_lexset_example(const voc_lexset *ls, size_t i) {
  return i < ls->nexamples ? &ls->examples[i].pub : NULL;
}

static const lang *find_lang(const voc_lexset *ls, const char *code, size_t n) {
  for (size_t l = 0; l < ls->nlangs; l++)
    if (strlen(ls->langs[l].code) == n &&
        !strncasecmp(ls->langs[l].code, code, n))
      return &ls->langs[l];
  return NULL;
}

const char *voc_lexset_lang(const voc_lexset *ls, const char *code) {
  const lang *l = NULL;
  if (code && *code) {
    l = find_lang(ls, code, strlen(code));
    if (!l)
      l = find_lang(ls, code, strcspn(code, "-_"));
  }
  if (!l)
    l = find_lang(ls, "en", 2);
  return l ? l->code : NULL;
}

bool voc_lexset_has_lexicon(const voc_lexset *ls, const char *code,
                            const char *name) {
  for (size_t f = 0; f < ls->nfiles; f++)
    if (!strcmp(ls->langs[ls->files[f].lang].code, code) &&
        !strcmp(ls->files[f].name, name))
      return true;
  return false;
}

/* ---- matching ------------------------------------------------------------ */

#define MAX_ACTIVE 1024 /* active trie states per token: a safety bound */
#define MAX_SYMS 64     /* symbols per token (stem, form, wildcards) */
#define NEG_REACH 3     /* a negator reaches this many words ahead */
#define WMEMO_MAX ((size_t)1 << 22) /* wdata entries before a flush */
#define RESTRICT_REACH 8 /* a restriction word this many words after ne */
/* negend / pneg entries: a hit index, and in the top two bits why that
 * negator is none (VOC_LEX_UNNEG_*) */
#define NEG_IDX(x) ((x)&0x3FFFFFFFu)
#define NEG_WHY(x) ((int)((x) >> 30))
#define PNEG_OWNED 0xFFFFFFFEu

typedef struct mstate {
  uint32_t node, start;
} mstate;

typedef struct hit {
  uint32_t pat, ws, we; /* pattern, words [ws, we) */
  uint32_t term, role;  /* the pattern's term and role (P_*) */
} hit;

typedef struct cand {
  uint32_t cat, sent; /* its category and sentence (the sort groups) */
  uint32_t term, ws, we;
  uint32_t gap; /* proximity: words between the sides */
  uint32_t by;  /* winner (dropped) or UINT32_MAX */
  uint32_t byc; /* the winning candidate's index (first reduction) */
  uint32_t idx; /* its slot in m->out (first reduction order) */
  uint32_t negwe; /* negated: the word after its negator; else 0 */
  uint32_t gws, gwe; /* proximity: the words between its two sides */
  bool dropped;
  bool counts; /* its fate, if kept, would be VOC_LEX_COUNTS */
  bool again;  /* takes part in the second reduction */
  bool yield;  /* dropped there for a shorter match that counts */
} cand;

struct voc_lex_matcher {
  mstate *cur, *nxt;
  size_t curcap, nxtcap;
  hit *hits; /* terms, unless phrases, negators, contrast words */
  size_t nhits, hitcap;
  hit *phits; /* sides of proximity terms and chains (most hits) */
  size_t nphits, phitcap;
  hit *nodeh; /* trie nodes with sides reached, in order (pat: the node) */
  size_t nnodeh, nodehcap;
  uint32_t *tstamp; /* per term, per node: see expand_sides */
  uint32_t *nstamp, *nlive;
  size_t tstampcap, nstampcap, nlivecap, tstampinit, nstampinit, nliveinit;
  uint32_t sstamp;
  uint8_t *brk;   /* per word: a clause break (punctuation) before it */
  uint8_t *cmark; /* per word: a contrast word starts here */
  uint32_t *clause; /* per word: its clause's index (unless(clause):) */
  size_t clausecap;
  uint8_t *nmark; /* per word: a negator starts here (2: owned by a term) */
  size_t wcap, wcap2, wcap3;
  cand *cands;
  size_t ncands, candcap;
  uint32_t *pstamp, *plast; /* per term: stamp and last B side seen */
  size_t pstampcap, plastcap, pstampinit;
  uint32_t stamp; /* current stamp of pstamp */
  uint32_t *pre;  /* per A hit: the closest B before it */
  size_t precap;
  struct chainhit *chainh; /* chain side hits, sorted */
  size_t chainhcap;
  uint32_t *negend; /* per word: a negator hit ending on it, or UINT32_MAX;
                       NEG_WHY(x): VOC_LEX_UNNEG_* when it is no negation */
  size_t negcap;
  uint32_t *pneg; /* per word: a post-negator hit starting on it (as negend;
                     PNEG_OWNED inside a kept match); languages with them */
  size_t pnegcap;
  uint8_t *rmark; /* per word: a [restriction] word starts here */
  size_t rmarkcap;
  uint32_t *ownend; /* per word with an owned negator: end of its terms */
  size_t ownendcap;
  uint32_t *own_g, *own_c; /* per word: group and candidate that took it */
  size_t owngcap, owncap;
  u64map unless; /* (category << 32 | sentence) -> unless term */
  voc_lex_match *out;
  size_t outcap;
  /* words resolved once per input epoch (voc_lex_word.word): word id ->
   * offset in wdata of {language index + 1, n, n symbols, n children of
   * the language's root for those symbols} */
  uint32_t *wdir[256]; /* by the id's top byte (its stem cache), then by
                          the rest: offset + 1 in wdata, 0 not resolved */
  size_t wdircap[256];
  uint32_t *wdata;
  size_t wlen, wdcap;
  const voc_lexset *wls; /* the lexset and epoch wmemo belongs to */
  uint32_t wepoch;
  uint32_t wsym[MAX_SYMS], wkid[MAX_SYMS]; /* a word without an id */
  uint32_t nsym[MAX_SYMS + 1], nkid[MAX_SYMS + 1]; /* ... with `<Name>` */
};


int voc_lex_matcher_new(voc_lex_matcher **out, voc_error *err) {
  *out = calloc(1, sizeof **out);
  if (!*out)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  return 0;
}

void voc_lex_matcher_free(voc_lex_matcher *m) {
  if (!m)
    return;
  free(m->cur);
  free(m->nxt);
  free(m->hits);
  free(m->phits);
  free(m->nodeh);
  free(m->tstamp);
  free(m->nlive);
  free(m->nstamp);
  free(m->brk);
  free(m->cmark);
  free(m->clause);
  free(m->nmark);
  free(m->cands);
  free(m->pstamp);
  free(m->plast);
  free(m->pre);
  free(m->chainh);
  free(m->negend);
  free(m->pneg);
  free(m->rmark);
  free(m->ownend);
  free(m->own_g);
  free(m->own_c);
  u64map_free(&m->unless);
  free(m->out);
  for (int i = 0; i < 256; i++)
    free(m->wdir[i]);
  free(m->wdata);
  free(m);
}

/* The symbols one word offers to the trie: its stem, its folded form, and
 * every prefix / suffix wildcard that covers the folded form. */
static size_t word_syms(const voc_lexset *ls, const voc_lex_word *w,
                        uint32_t *sym) {
  char buf[256];
  size_t n, k = 0;
  const char *c = canon(w->stem, strlen(w->stem), buf, sizeof buf, &n);
  uint32_t id = intern_lookup(&ls->strings, c, n);
  if (id != UINT32_MAX)
    sym[k++] = SYM(id, K_STEM);
  /* most words are their own stem: then the form's id is the stem's */
  bool same = strcmp(w->stem, w->fold) == 0;
  c = canon(w->fold, strlen(w->fold), buf, sizeof buf, &n);
  if (!same)
    id = intern_lookup(&ls->strings, c, n);
  if (id != UINT32_MAX)
    sym[k++] = SYM(id, K_EXACT);
  for (int dir = 0; dir < 2; dir++) {
    if (!ls->nwild[dir])
      continue;
    uint32_t node = 0;
    for (size_t j = 0; j < n && k < MAX_SYMS; j++) {
      unsigned char b = (unsigned char)(dir == 0 ? c[j] : c[n - 1 - j]);
      /* children of a node are few and contiguous: a short scan */
      uint32_t c0 = ls->wild_first[dir][node],
               ce = ls->wild_first[dir][node + 1];
      while (c0 < ce && ls->wild_byte[dir][c0] != b)
        c0++;
      if (c0 == ce)
        break;
      node = ls->wild_kid[dir][c0];
      if (ls->wild_term[dir][node])
        sym[k++] = SYM(node, dir == 0 ? K_PREFIX : K_SUFFIX);
    }
  }
  return k;
}

/* Word w's symbols (*sym) and, for each, the child of the root of language
 * lg (*kid, UINT32_MAX: none). A word with an id is resolved once per
 * lexset and input epoch and kept in m->wmemo; others go to m->wsym/wkid. */
static int resolve_word(voc_lex_matcher *m, const voc_lexset *ls,
                        const lang *lg, const voc_lex_word *w, uint32_t epoch,
                        const uint32_t **sym, const uint32_t **kid,
                        size_t *ns) {
  uint32_t li = (uint32_t)(lg - ls->langs) + 1, off = 0;
  uint32_t hi = w->word >> 24, lo = w->word & 0xFFFFFFu;
  int rc;
  if (w->word && epoch) {
    if (m->wls != ls || m->wepoch != epoch || m->wlen > WMEMO_MAX) {
      for (int i = 0; i < 256; i++)
        if (m->wdir[i])
          memset(m->wdir[i], 0, m->wdircap[i] * sizeof *m->wdir[i]);
      m->wlen = 0;
      m->wls = ls;
      m->wepoch = epoch;
    }
    off = lo < m->wdircap[hi] ? m->wdir[hi][lo] : 0;
    if (off && m->wdata[off - 1] == li) {
      *ns = m->wdata[off];
      *sym = m->wdata + off + 1;
      *kid = *sym + *ns;
      return 0;
    }
  }
  size_t n = word_syms(ls, w, m->wsym);
  for (size_t k = 0; k < n; k++)
    m->wkid[k] = child_of(ls, lg->root, m->wsym[k]);
  *ns = n;
  *sym = m->wsym;
  *kid = m->wkid;
  if (!w->word || !epoch || off)
    return 0; /* no id, or an id seen in another language: not kept */
  size_t had = m->wdircap[hi];
  if ((rc = grow(&m->wdir[hi], &m->wdircap[hi], (size_t)lo + 1,
                 sizeof *m->wdir[hi])) < 0 ||
      (rc = grow(&m->wdata, &m->wdcap, m->wlen + 2 + 2 * n,
                 sizeof *m->wdata)) < 0)
    return rc;
  if (m->wdircap[hi] > had)
    memset(m->wdir[hi] + had, 0, (m->wdircap[hi] - had) * sizeof *m->wdir[hi]);
  m->wdir[hi][lo] = (uint32_t)m->wlen + 1;
  uint32_t *d = m->wdata + m->wlen;
  d[0] = li;
  d[1] = (uint32_t)n;
  memcpy(d + 2, m->wsym, n * sizeof *d);
  memcpy(d + 2 + n, m->wkid, n * sizeof *d);
  m->wlen += 2 + 2 * n;
  return 0;
}

/* Punctuation that ends a clause: , ; : . ! ? … – — and a spaced hyphen;
 * a line break too. */
static bool gap_breaks(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case ',': case ';': case ':': case '.': case '!': case '?': case '\n':
      return true;
    default:
      break;
    }
    if (c == '-' && ((i > 0 && isspace((unsigned char)s[i - 1])) ||
                     (i + 1 < n && isspace((unsigned char)s[i + 1]))))
      return true;
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
      unsigned char d = (unsigned char)s[i + 2];
      if (d == 0x93 || d == 0x94 || d == 0xA6) /* – — … */
        return true;
    }
    if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBC &&
        ((unsigned char)s[i + 2] == 0x9F || (unsigned char)s[i + 2] == 0x8C))
      return true; /* full-width ？ ， */
  }
  return false;
}

static bool sentence_is_question(const voc_lex_input *in, uint32_t si) {
  size_t a = 0, b = in->len;
  if (in->sentences && si < in->nsentences) {
    a = in->sentences[si].start;
    b = in->sentences[si].end;
  }
  if (b > in->len)
    b = in->len;
  const unsigned char *s = (const unsigned char *)in->text;
  while (b > a) {
    unsigned char c = s[b - 1];
    if (isspace(c) || strchr(")]}\"'*", c)) {
      b--;
      continue;
    }
    /* closing quotes » ” ’ */
    if (b - a >= 2 && s[b - 2] == 0xC2 && c == 0xBB) {
      b -= 2;
      continue;
    }
    if (b - a >= 3 && s[b - 3] == 0xE2 && s[b - 2] == 0x80 &&
        (c == 0x9D || c == 0x99)) {
      b -= 3;
      continue;
    }
    break;
  }
  if (b > a && s[b - 1] == '?')
    return true;
  return b - a >= 3 && s[b - 3] == 0xEF && s[b - 2] == 0xBC && s[b - 1] == 0x9F;
}

/* Sort the short arrays of one text: a stable insertion sort up to a few
 * dozen elements (the order glibc's merge sort gives too), qsort beyond. */
#define SORT_SMALL 32
static void sort_small(void *base, size_t n, size_t sz,
                       int (*cmp)(const void *, const void *)) {
  unsigned char tmp[128], *b = base;
  if (n > SORT_SMALL || sz > sizeof tmp) {
    qsort(base, n, sz, cmp);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    size_t j = i;
    if (cmp(b + (j - 1) * sz, b + i * sz) <= 0)
      continue;
    memcpy(tmp, b + i * sz, sz);
    while (j > 0 && cmp(b + (j - 1) * sz, tmp) > 0)
      j--;
    memmove(b + (j + 1) * sz, b + j * sz, (i - j) * sz);
    memcpy(b + j * sz, tmp, sz);
  }
}

/* Per category and sentence: longer first, then earlier, then the closer
 * proximity pair, then file order. */
static int cmp_cand(const void *pa, const void *pb) {
  const cand *a = pa, *b = pb;
  if (a->cat != b->cat)
    return a->cat < b->cat ? -1 : 1;
  if (a->sent != b->sent)
    return a->sent < b->sent ? -1 : 1;
  uint32_t la = a->we - a->ws, lb = b->we - b->ws;
  if (la != lb)
    return la > lb ? -1 : 1;
  if (a->ws != b->ws)
    return a->ws < b->ws ? -1 : 1;
  if (a->gap != b->gap)
    return a->gap < b->gap ? -1 : 1;
  return a->term < b->term ? -1 : a->term > b->term;
}

/* The second reduction: per category and sentence, matches that count come
 * before those that do not, then as cmp_cand. */
static int cmp_cand_counts(const void *pa, const void *pb) {
  const cand *a = pa, *b = pb;
  if (a->cat != b->cat)
    return a->cat < b->cat ? -1 : 1;
  if (a->sent != b->sent)
    return a->sent < b->sent ? -1 : 1;
  if (a->counts != b->counts)
    return a->counts ? -1 : 1;
  return cmp_cand(pa, pb);
}

/* Keep the first of overlapping candidates per (category, sentence) in the
 * order of m->cands. second: only candidates marked `again` take part, the
 * others keep their first result and take no words. */
static void reduce_overlaps(voc_lex_matcher *m, size_t nw, bool second) {
  memset(m->own_g, 0, (nw + 1) * sizeof *m->own_g);
  for (size_t i = 0, g = 0; i < m->ncands; i++) {
    cand *c = &m->cands[i];
    if (c->cat != m->cands[g].cat || c->sent != m->cands[g].sent)
      g = i;
    if (second && !c->again)
      continue;
    c->dropped = false;
    for (uint32_t w = c->ws; w < c->we && !c->dropped; w++)
      if (m->own_g[w] == g + 1) {
        c->dropped = true;
        c->byc = m->own_c[w];
        c->by = m->cands[c->byc].term;
        c->yield = second && !c->counts && m->cands[c->byc].counts;
      }
    for (uint32_t w = c->ws; w < c->we && !c->dropped; w++) {
      m->own_g[w] = (uint32_t)(g + 1);
      m->own_c[w] = (uint32_t)i;
    }
  }
}

/* sort_small for the two hot arrays, with the comparison inlined. */
static void sort_cands(cand *a, size_t n, bool counts) {
  if (n > SORT_SMALL) {
    qsort(a, n, sizeof *a, counts ? cmp_cand_counts : cmp_cand);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    cand t = a[i];
    size_t j = i;
    while (j > 0 && (counts ? cmp_cand_counts(&a[j - 1], &t)
                            : cmp_cand(&a[j - 1], &t)) > 0) {
      a[j] = a[j - 1];
      j--;
    }
    a[j] = t;
  }
}

static int cmp_match(const void *pa, const void *pb);

static void sort_matches(voc_lex_match *a, size_t n) {
  if (n > SORT_SMALL) {
    qsort(a, n, sizeof *a, cmp_match);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    if (cmp_match(&a[i - 1], &a[i]) <= 0)
      continue;
    voc_lex_match t = a[i];
    size_t j = i;
    while (j > 0 && cmp_match(&a[j - 1], &t) > 0) {
      a[j] = a[j - 1];
      j--;
    }
    a[j] = t;
  }
}

static int cmp_match(const void *pa, const void *pb) {
  const voc_lex_match *a = pa, *b = pb;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->cat != b->cat) {
    /* categories live in one array: pointer order is file order */
    return (uintptr_t)a->cat < (uintptr_t)b->cat ? -1 : 1;
  }
  if (a->end != b->end)
    return a->end > b->end ? -1 : 1;
  if (a->term != b->term)
    return (uintptr_t)a->term < (uintptr_t)b->term ? -1 : 1;
  return 0;
}

/* Whether word i starts its sentence, for `^ term`: the first word, one
 * after a line break, or one after a short label that ends in a colon
 * ("Hugo: ...", "Next steps: ..."; at most 3 words). */
static bool at_start(const voc_lex_input *in, uint32_t i) {
  uint32_t sent = in->words[i].sentence, k = i;
  bool colon = false;
  if (i == 0 || in->words[i - 1].sentence != sent)
    return true;
  for (uint32_t g = in->words[i - 1].end; g < in->words[i].start && g < in->len;
       g++) {
    if (in->text[g] == '\n')
      return true;
    colon = colon || in->text[g] == ':';
  }
  if (!colon)
    return false;
  while (k > 0 && in->words[k - 1].sentence == sent && i - k < 4)
    k--;
  return i - k <= 3 && (k == 0 || in->words[k - 1].sentence != sent);
}

/* Whether term t applies to the input's kind of record ({kinds: ...}). */
static bool kind_ok(const voc_lexset *ls, const voc_lex_input *in, uint32_t t) {
  return !ls->tkinds || !ls->tkinds[t] || !in->kind ||
         (ls->tkinds[t] & in->kind) != 0;
}

/* Add a match candidate of term tidx over words [ws, we): 1 when added, 0
 * when the term is anchored (`^`) and ws does not start its sentence or is
 * for other kinds of record, or a negative VOC_E*. */
static int push_cand(voc_lex_matcher *m, const voc_lexset *ls,
                     const voc_lex_input *in, uint32_t tidx, uint32_t ws,
                     uint32_t we, uint32_t gap) {
  if ((ls->tanchor && ls->tanchor[tidx] && !at_start(in, ws)) ||
      !kind_ok(ls, in, tidx))
    return 0; /* nothing pushed */
  int rc = grow(&m->cands, &m->candcap, m->ncands + 1, sizeof *m->cands);
  if (rc < 0)
    return rc;
  cand *c = &m->cands[m->ncands++];
  c->cat = ls->tcat[tidx];
  c->sent = in->words[ws].sentence;
  c->term = tidx;
  c->ws = ws;
  c->we = we;
  c->gap = gap;
  c->by = UINT32_MAX;
  c->byc = UINT32_MAX;
  c->idx = 0;
  c->negwe = 0;
  c->gws = c->gwe = 0;
  c->dropped = false;
  c->counts = false;
  c->again = false;
  c->yield = false;
  return 1;
}

typedef struct chainhit {
  uint32_t term, side, ws, we;
} chainhit;

static int cmp_chainhit(const void *pa, const void *pb) {
  const chainhit *a = pa, *b = pb;
  if (a->term != b->term)
    return a->term < b->term ? -1 : 1;
  if (a->side != b->side)
    return a->side < b->side ? -1 : 1;
  if (a->ws != b->ws)
    return a->ws < b->ws ? -1 : 1;
  return a->we < b->we ? -1 : a->we > b->we;
}

/* Chains `a ~N b ~M c`: from each hit of the first side, the nearest hit of
 * each next side after the previous one, within its gap, in the same
 * sentence (sides in the written order). Side hits are sorted by (term,
 * side, start) and found by binary search. */
static int pair_chains(voc_lex_matcher *m, const voc_lexset *ls,
                       const voc_lex_input *in) {
  size_t nc = 0;
  int rc;
  for (size_t i = 0; i < m->nphits; i++) {
    if (m->phits[i].role != P_SIDE)
      continue;
    const pattern *p = &ls->pats[m->phits[i].pat];
    if ((rc = grow(&m->chainh, &m->chainhcap, nc + 1, sizeof *m->chainh)) < 0)
      return rc;
    chainhit *c = &m->chainh[nc++];
    c->term = p->term;
    c->side = p->side;
    c->ws = m->phits[i].ws;
    c->we = m->phits[i].we;
  }
  if (nc > 1)
    sort_small(m->chainh, nc, sizeof *m->chainh, cmp_chainhit);
  for (size_t i = 0; i < nc; i++) {
    const chainhit *h0 = &m->chainh[i];
    if (h0->side != 0)
      continue;
    const term *t = &ls->terms[h0->term];
    const uint32_t *gap = ls->chain + t->chain + t->nside; /* nside-1 gaps */
    uint32_t sent = in->words[h0->ws].sentence, cur = h0->we, gapsum = 0;
    bool ok = true;
    for (uint32_t k = 1; k < t->nside && ok; k++) {
      chainhit key = {h0->term, k, cur, 0};
      size_t lo = 0, hi = nc;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cmp_chainhit(&m->chainh[mid], &key) < 0)
          lo = mid + 1;
        else
          hi = mid;
      }
      const chainhit *h = lo < nc ? &m->chainh[lo] : NULL;
      ok = h && h->term == h0->term && h->side == k &&
           in->words[h->ws].sentence == sent && h->ws - cur <= gap[k - 1];
      if (ok) {
        gapsum += h->ws - cur;
        cur = h->we;
      }
    }
    if (ok && (rc = push_cand(m, ls, in, h0->term, h0->ws, cur, gapsum)) < 0)
      return rc;
  }
  return 0;
}

/* Grow a stamp array; new slots start unstamped (0). */
static int grow_stamps(uint32_t **p, size_t *cap, size_t *init, size_t need) {
  int rc = grow(p, cap, need, sizeof **p);
  if (rc == 0 && *cap > *init) {
    memset(*p + *init, 0, (*cap - *init) * sizeof **p);
    *init = *cap;
  }
  return rc;
}

/* The hits of side outputs (P_A, P_B, P_SIDE) for m->phits, from the trie
 * nodes reached (m->nodeh): only for terms that can pair, an A side with a
 * B side, or a chain's first two sides. The others (a side on a common
 * word, "for", "to", with its other side absent) could not give a match,
 * and are most side hits. The hits kept are in the order the walk would
 * have made them (node reached, then output order), so pairing sees the
 * same sequence per term as with every hit. */
static int expand_sides(voc_lex_matcher *m, const voc_lexset *ls, int title) {
  int rc;
  if (!m->nnodeh)
    return 0;
  if ((rc = grow_stamps(&m->tstamp, &m->tstampcap, &m->tstampinit,
                        ls->nterms + 1)) < 0 ||
      (rc = grow_stamps(&m->nstamp, &m->nstampcap, &m->nstampinit,
                        ls->nnodes + 1)) < 0 ||
      (rc = grow_stamps(&m->nlive, &m->nlivecap, &m->nliveinit,
                        ls->nnodes + 1)) < 0)
    return rc;
  if (m->sstamp > UINT32_MAX - 4) {
    memset(m->tstamp, 0, m->tstampcap * sizeof *m->tstamp);
    memset(m->nstamp, 0, m->nstampcap * sizeof *m->nstamp);
    memset(m->nlive, 0, m->nlivecap * sizeof *m->nlive);
    m->sstamp = 0;
  }
  /* nstamp: st reached, st + 1 reached and its triggers checked; tstamp
   * and nlive: st for a term that can pair, and for the nodes of its
   * sides */
  uint32_t st = m->sstamp + 1;
  m->sstamp += 2;
  for (size_t i = 0; i < m->nnodeh; i++)
    m->nstamp[m->nodeh[i].pat] = st;
  const uint32_t *tf = ls->tfirst[title];
  const uint64_t *trig = ls->trig[title];
  for (size_t i = 0; i < m->nnodeh; i++) {
    uint32_t node = m->nodeh[i].pat;
    if (m->nstamp[node] != st)
      continue;
    m->nstamp[node] = st + 1;
    for (uint32_t k = tf[node]; k < tf[node + 1]; k++) {
      uint32_t t = (uint32_t)(trig[k] >> 32), other = (uint32_t)trig[k];
      if (m->nstamp[other] - st > 1 || m->tstamp[t] == st)
        continue;
      /* a chain pairs only when every side was reached (word lists make
       * many chains whose first two sides are common words) */
      uint32_t s0 = ls->sfirst[t], se = ls->sfirst[t + 1];
      if (se - s0 > 2) {
        while (s0 < se && m->nstamp[ls->snode[s0]] - st <= 1)
          s0++;
        if (s0 < se)
          continue;
      }
      m->tstamp[t] = st;
      for (uint32_t j = ls->sfirst[t]; j < ls->sfirst[t + 1]; j++)
        m->nlive[ls->snode[j]] = st;
    }
  }
  const uint32_t *first = ls->pfirst[title];
  const mout *out = ls->pout[title];
  for (size_t i = 0; i < m->nnodeh; i++) {
    const hit *nh = &m->nodeh[i];
    if (m->nlive[nh->pat] != st)
      continue;
    for (uint32_t o = first[nh->pat]; o < first[nh->pat + 1]; o++) {
      const mout *mo = &out[o];
      if (m->tstamp[mo->term] != st)
        continue;
      if ((rc = grow(&m->phits, &m->phitcap, m->nphits + 1,
                     sizeof *m->phits)) < 0)
        return rc;
      hit *h = &m->phits[m->nphits++];
      h->pat = mo->pat;
      h->term = mo->term;
      h->role = mo->role;
      h->ws = nh->ws;
      h->we = nh->we;
    }
  }
  return 0;
}

/* Words between hits a and b of one proximity term, or UINT32_MAX when
 * they overlap or lie in different sentences. */
static uint32_t side_gap(const voc_lex_input *in, const hit *a, const hit *b) {
  if (in->words[a->ws].sentence != in->words[b->ws].sentence)
    return UINT32_MAX;
  if (b->ws >= a->we)
    return b->ws - a->we;
  if (a->ws >= b->we)
    return a->ws - b->we;
  return UINT32_MAX;
}

/* Pair the two sides of proximity terms: each A side with the closest B
 * side of its term in the same sentence (the one before it on a tie).
 * Hits come in order of their end word and all B sides of a term have the
 * same length, so the closest B before an A is the last B seen going
 * forward, and the closest after it the last seen going backward: two
 * linear passes with a per-term slot (stamped, so nothing is cleared). */
static int pair_proximity(voc_lex_matcher *m, const voc_lexset *ls,
                          const voc_lex_input *in) {
  int rc;
  if ((rc = grow(&m->pstamp, &m->pstampcap, ls->nterms + 1,
                 sizeof *m->pstamp)) < 0 ||
      (rc = grow(&m->plast, &m->plastcap, ls->nterms + 1, sizeof *m->plast)) <
          0 ||
      (rc = grow(&m->pre, &m->precap, m->nphits + 1, sizeof *m->pre)) < 0)
    return rc;
  if (m->pstampcap > m->pstampinit) { /* new slots start unstamped */
    memset(m->pstamp + m->pstampinit, 0,
           (m->pstampcap - m->pstampinit) * sizeof *m->pstamp);
    m->pstampinit = m->pstampcap;
  }
  if (m->stamp > UINT32_MAX - 4) {
    memset(m->pstamp, 0, m->pstampcap * sizeof *m->pstamp);
    m->stamp = 0;
  }
  uint32_t fwd = ++m->stamp, bwd = ++m->stamp;
  bool any = false;
  for (size_t i = 0; i < m->nphits; i++) {
    const hit *p = &m->phits[i];
    if (p->role == P_B) {
      m->pstamp[p->term] = fwd;
      m->plast[p->term] = (uint32_t)i;
    } else if (p->role == P_A) {
      m->pre[i] = m->pstamp[p->term] == fwd ? m->plast[p->term] : UINT32_MAX;
      any = true;
    }
  }
  if (!any)
    return 0;
  for (size_t i = m->nphits; i-- > 0;) {
    const hit *p = &m->phits[i];
    if (p->role == P_B) {
      m->pstamp[p->term] = bwd;
      m->plast[p->term] = (uint32_t)i;
      continue;
    }
    if (p->role != P_A)
      continue;
    const hit *a = &m->phits[i];
    uint32_t n = ls->tprox[p->term] & ~PROX_ORDERED;
    /* `a ~>N b` takes only a B after the A */
    uint32_t g1 = m->pre[i] != UINT32_MAX && !(ls->tprox[p->term] & PROX_ORDERED)
                      ? side_gap(in, a, &m->phits[m->pre[i]])
                      : UINT32_MAX;
    uint32_t g2 = m->pstamp[p->term] == bwd
                      ? side_gap(in, a, &m->phits[m->plast[p->term]])
                      : UINT32_MAX;
    const hit *b;
    uint32_t gap;
    if (g1 <= g2 && g1 <= n) {
      b = &m->phits[m->pre[i]];
      gap = g1;
    } else if (g2 <= n) {
      b = &m->phits[m->plast[p->term]];
      gap = g2;
    } else {
      continue;
    }
    uint32_t ws = a->ws < b->ws ? a->ws : b->ws,
             we = a->we > b->we ? a->we : b->we;
    if ((rc = push_cand(m, ls, in, p->term, ws, we, gap)) <= 0) {
      if (rc < 0)
        return rc;
      continue; /* `^` and not where a sentence starts: no candidate */
    }
    /* the gap between the sides, where a negator negates the pair
     * ("price isn't the issue", "cost was never a concern") */
    const hit *first = a->ws <= b->ws ? a : b, *second = first == a ? b : a;
    m->cands[m->ncands - 1].gws = first->we;
    m->cands[m->ncands - 1].gwe = second->ws > first->we ? second->ws : first->we;
  }
  return 0;
}

/* `<Name>`: a word written with a capital inside a sentence: not its first
 * word, nor one after a colon, a quotation mark or a line break (a new
 * start), nor "I": a vendor or person the lexicon cannot list. */
static bool is_name(const voc_lex_input *in, size_t i) {
  const voc_lex_word *w = &in->words[i];
  if (i == 0 || in->words[i - 1].sentence != w->sentence ||
      w->start >= in->len || in->words[i - 1].end > w->start)
    return false;
  for (uint32_t k = in->words[i - 1].end; k < w->start; k++) {
    unsigned char g = (unsigned char)in->text[k];
    if (g == ':' || g == '"' || g == '\n' || g == 0xE2 || g == 0xC2)
      return false; /* also curly quotes, guillemets, dashes */
  }
  unsigned char c = (unsigned char)in->text[w->start];
  if (c >= 'A' && c <= 'Z')
    return strcmp(w->fold, "i") != 0 && strncmp(w->fold, "i'", 2) != 0;
  /* non-ASCII: capital when its first bytes are not its folded ones */
  return c >= 0xC0 && w->end - w->start >= 2 &&
         memcmp(in->text + w->start, w->fold, 2) != 0 &&
         (unsigned char)w->fold[0] >= 0xC0;
}

/* A negator joined by a hyphen to the word after it is the first part of a
 * compound ("no-show", "zero-touch", "non-profit"): it negates nothing. */
static bool in_compound(const voc_lex_input *in, uint32_t last) {
  if (last + 1 >= in->nwords)
    return false;
  const voc_lex_word *a = &in->words[last], *b = &in->words[last + 1];
  if (a->sentence != b->sentence || b->start <= a->end || b->start > in->len)
    return false;
  const char *g = in->text + a->end;
  size_t n = b->start - a->end;
  return (n == 1 && g[0] == '-') ||
         (n == 3 && !memcmp(g, "\xE2\x80\x90", 3)); /* U+2010 hyphen */
}

/* A negator followed in its clause by a [restriction] word, with no other
 * negator between them, is a restriction (fr "ne ... que": "only"). */
static bool restricted(const voc_lex_matcher *m, size_t nw, uint32_t we) {
  for (uint32_t w = we; w < nw && w < we + RESTRICT_REACH; w++) {
    if (m->brk[w] || m->cmark[w] || m->nmark[w])
      return false;
    if (m->rmark[w])
      return true;
  }
  return false;
}

/* Record a negator that was not taken as one (for explain), once. */
static void note_unneg(voc_lex_match *r, const voc_lex_input *in,
                       const hit *h, int why) {
  if (r->unneg)
    return;
  r->unneg = why;
  r->unneg_start = in->words[h->ws].start;
  r->unneg_end = in->words[h->we - 1].end;
}

/* Enter an unless hit of category cat in sentence sent into the map, for
 * the sentences its scope reaches (the first unless of each wins). */
/* The unless map's key of unless(term): phrases: their term line's group,
 * kept apart from the (category, sentence) keys by the top bit. */
static uint64_t group_key(uint32_t group, uint32_t sent) {
  return (uint64_t)1 << 63 | (uint64_t)group << 32 | sent;
}

/* The unless map's key of unless(clause): phrases: category and clause,
 * kept apart from sentences by the clause flag. */
#define CLAUSE_KEY(cat, clause) ((uint64_t)(cat) << 32 | 0x80000000u | (clause))

static int put_unless(voc_lex_matcher *m, const voc_lexset *ls, uint32_t t,
                      uint32_t cat, uint32_t sent, uint32_t ws) {
  int scope = ls->terms[t].info.scope, rc;
  uint64_t key = scope == VOC_UNLESS_TERM ? group_key(ls->terms[t].group, sent)
                 : scope == VOC_UNLESS_CLAUSE ? CLAUSE_KEY(cat, m->clause[ws])
                 : (uint64_t)cat << 32 |
                       (scope == VOC_UNLESS_DOC ? UINT32_MAX : sent);
  uint32_t prev;
  if (!u64map_get(&m->unless, key, &prev) &&
      (rc = u64map_put(&m->unless, key, t)) < 0)
    return rc;
  key = (uint64_t)cat << 32 | (sent + 1);
  if (scope == VOC_UNLESS_NEXT && sent + 1 < UINT32_MAX &&
      !u64map_get(&m->unless, key, &prev) &&
      (rc = u64map_put(&m->unless, key, t)) < 0)
    return rc;
  return 0;
}

int voc_lex_match_run(voc_lex_matcher *m, const voc_lexset *ls, const char *lng,
                      int mode, const voc_lex_input *in,
                      const voc_lex_match **out, voc_error *err) {
  const lang *lg = lng ? find_lang(ls, lng, strlen(lng)) : NULL;
  size_t nw = in->nwords;
  const int title = mode == VOC_LEX_TITLE;
  int rc = 0;
  *out = NULL;
  m->nhits = 0;
  m->nphits = 0;
  m->nnodeh = 0;
  m->ncands = 0;
  if (!lg || !nw)
    return 0;
  if ((rc = grow(&m->brk, &m->wcap, nw + 1, 1)) < 0 ||
      (rc = grow(&m->cmark, &m->wcap2, nw + 1, 1)) < 0 ||
      (rc = grow(&m->nmark, &m->wcap3, nw + 1, 1)) < 0 ||
      (rc = grow(&m->cur, &m->curcap, MAX_ACTIVE + 1, sizeof *m->cur)) < 0 ||
      (rc = grow(&m->nxt, &m->nxtcap, MAX_ACTIVE + 1, sizeof *m->nxt)) < 0)
    goto fail;
  memset(m->cmark, 0, nw + 1);
  memset(m->nmark, 0, nw + 1);
  m->brk[nw] = 1;
  for (size_t i = 0; i < nw; i++) {
    const voc_lex_word *a = &in->words[i];
    if (i == 0 || a->sentence != in->words[i - 1].sentence) {
      m->brk[i] = 1;
      continue;
    }
    uint32_t ge = in->words[i - 1].end;
    m->brk[i] = a->start > ge && a->start <= in->len &&
                gap_breaks(in->text + ge, a->start - ge);
  }

  /* the trie walk: every word starts a new state at the root and advances
   * the live ones; a clause break kills them (terms don't cross , . ! ?) */
  size_t ncur = 0;
  for (size_t i = 0; i < nw; i++) {
    if (m->brk[i])
      ncur = 0;
    const uint32_t *sym, *kid;
    size_t ns;
    if ((rc = resolve_word(m, ls, lg, &in->words[i], in->epoch, &sym, &kid,
                           &ns)) < 0)
      goto fail;
    /* `<Name>` and `<N>`: this word offers one more symbol */
    uint32_t slot = ls->name_sym != UINT32_MAX && is_name(in, i) ? ls->name_sym
                    : ls->num_sym != UINT32_MAX && in->words[i].start < in->len &&
                            in->text[in->words[i].start] >= '0' &&
                            in->text[in->words[i].start] <= '9'
                        ? ls->num_sym
                        : UINT32_MAX;
    if (slot != UINT32_MAX && ns < MAX_SYMS) {
      memmove(m->nsym, sym, ns * sizeof *sym);
      memmove(m->nkid, kid, ns * sizeof *kid);
      m->nsym[ns] = slot;
      m->nkid[ns] = child_of(ls, lg->root, slot);
      sym = m->nsym;
      kid = m->nkid;
      ns++;
    }
    if (!ns) { /* a word no term knows ends every live state */
      ncur = 0;
      continue;
    }
    /* the live states, then a new one at the root (s == ncur), whose
     * children the word brought along */
    size_t nnext = 0;
    for (size_t s = 0; s <= ncur; s++) {
      uint32_t start = s < ncur ? m->cur[s].start : (uint32_t)i;
      for (size_t k = 0; k < ns; k++) {
        uint32_t child = s < ncur ? child_of(ls, m->cur[s].node, sym[k]) : kid[k];
        if (child == UINT32_MAX)
          continue;
        /* a leaf cannot go further: no need to keep it alive */
        const nodeinfo *nc = &ls->ni[child];
        if (nc->inner && nnext < MAX_ACTIVE) {
          m->nxt[nnext].node = child;
          m->nxt[nnext].start = start;
          nnext++;
        }
        if (nc->side[title] != nc[1].side[title]) {
          if ((rc = grow(&m->nodeh, &m->nodehcap, m->nnodeh + 1,
                         sizeof *m->nodeh)) < 0)
            goto fail;
          hit *h = &m->nodeh[m->nnodeh++];
          h->pat = child;
          h->ws = start;
          h->we = (uint32_t)i + 1;
        }
        for (uint32_t o = nc->out[title], oe = nc[1].out[title];
             o < oe; o++) {
          const mout *mo = &ls->mout[title][o];
          if ((rc = grow(&m->hits, &m->hitcap, m->nhits + 1,
                         sizeof *m->hits)) < 0)
            goto fail;
          hit *h = &m->hits[m->nhits++];
          h->pat = mo->pat;
          h->term = mo->term;
          h->role = mo->role;
          h->ws = start;
          h->we = (uint32_t)i + 1;
          if (mo->role == P_CONTRAST)
            m->cmark[h->ws] = 1;
          else if (mo->role == P_NEG)
            m->nmark[h->ws] = 1;
        }
      }
    }
    mstate *tmp = m->cur;
    m->cur = m->nxt;
    m->nxt = tmp;
    size_t tc = m->curcap;
    m->curcap = m->nxtcap;
    m->nxtcap = tc;
    ncur = nnext;
  }

  for (size_t i = 0; i < m->nhits; i++) {
    const hit *p = &m->hits[i];
    if (p->role == P_TERM && (rc = push_cand(m, ls, in, p->term, m->hits[i].ws,
                                             m->hits[i].we, 0)) < 0)
      goto fail;
  }
  if ((rc = expand_sides(m, ls, title)) < 0 ||
      (rc = pair_proximity(m, ls, in)) < 0 || (rc = pair_chains(m, ls, in)) < 0)
    goto fail;
  /* negators by the word they end on; unless phrases by (category,
   * sentence): each kept match looks them up in constant time */
  if ((rc = grow(&m->negend, &m->negcap, nw + 1, sizeof *m->negend)) < 0 ||
      (rc = grow(&m->ownend, &m->ownendcap, nw + 1, sizeof *m->ownend)) < 0)
    goto fail;
  memset(m->negend, 0xff, (nw + 1) * sizeof *m->negend);
  if (m->unless.n) {
    memset(m->unless.keys, 0xff, m->unless.cap * sizeof *m->unless.keys);
    m->unless.n = 0;
  }
  /* clauses, for unless(clause): a comma, a full stop or a contrast word
   * starts the next one */
  if (ls->unless_clause) {
    if ((rc = grow(&m->clause, &m->clausecap, nw + 1, sizeof *m->clause)) < 0)
      goto fail;
    for (size_t w = 0, k = 0; w < nw; w++) {
      if (w > 0 && (m->brk[w] || m->cmark[w] ||
                    in->words[w].sentence != in->words[w - 1].sentence))
        k++;
      m->clause[w] = (uint32_t)k;
    }
  }
  /* proximity unless: terms were paired like terms: move them out of the
   * candidates into the unless map */
  size_t nkeep = 0;
  for (size_t i = 0; i < m->ncands; i++) {
    const cand *c = &m->cands[i];
    if (ls->tunless[c->term]) {
      if ((rc = put_unless(m, ls, c->term, c->cat, c->sent, c->ws)) < 0)
        goto fail;
      continue;
    }
    m->cands[nkeep++] = *c;
  }
  m->ncands = nkeep;
  /* post-negators and restriction words: only languages that have them */
  if (lg->postneg) {
    if ((rc = grow(&m->pneg, &m->pnegcap, nw + 1, sizeof *m->pneg)) < 0)
      goto fail;
    memset(m->pneg, 0xff, (nw + 1) * sizeof *m->pneg);
  }
  if (lg->restrict_) {
    if ((rc = grow(&m->rmark, &m->rmarkcap, nw + 1, 1)) < 0)
      goto fail;
    memset(m->rmark, 0, nw + 1);
    for (size_t i = 0; i < m->nhits; i++)
      if (m->hits[i].role == P_RESTRICT)
        m->rmark[m->hits[i].ws] = 1;
  }
  for (size_t i = 0; i < m->nhits; i++) {
    const hit *p = &m->hits[i];
    if (p->role == P_NEG || (p->role == P_POSTNEG && lg->postneg)) {
      uint32_t why = in_compound(in, p->we - 1) ? VOC_LEX_UNNEG_COMPOUND
                     : lg->restrict_ && restricted(m, nw, p->we)
                         ? VOC_LEX_UNNEG_RESTRICT
                         : VOC_LEX_UNNEG_NONE;
      uint32_t v = (uint32_t)i | why << 30, *slot;
      if (i > 0x3FFFFFFFu)
        continue; /* beyond what an entry holds: not a negator */
      slot = p->role == P_NEG ? &m->negend[p->we - 1] : &m->pneg[p->ws];
      /* a real negator wins over one that is none */
      if (*slot == UINT32_MAX || (NEG_WHY(*slot) && !why))
        *slot = v;
    } else if (p->role == P_UNLESS &&
               !(ls->tanchor && ls->tanchor[p->term] && !at_start(in, p->ws)) &&
               kind_ok(ls, in, p->term) &&
               (rc = put_unless(m, ls, p->term, ls->terms[p->term].cat,
                                in->words[p->ws].sentence, p->ws)) < 0) {
      goto fail;
    }
  }

  /* longest match per category, then the earliest; categories independent */
  if (m->ncands > 1)
    sort_cands(m->cands, m->ncands, false);
  /* words taken by a kept match of the current group (category, sentence):
   * own_g says which group took the word, own_c which candidate */
  if ((rc = grow(&m->own_g, &m->owngcap, nw + 1, sizeof *m->own_g)) < 0 ||
      (rc = grow(&m->own_c, &m->owncap, nw + 1, sizeof *m->own_c)) < 0)
    goto fail;
  reduce_overlaps(m, nw, false);

  /* a negator that starts a kept term ("no budget") belongs to that term:
   * it does not negate what follows ("no budget for training"), only what
   * shares words with that term ("no training burden": "training burden"
   * is under the "no" of "no training"). ownend: where the owning terms end */
  for (size_t i = 0; i < m->ncands; i++) {
    const cand *c = &m->cands[i];
    if (c->dropped || !m->nmark[c->ws])
      continue;
    if (m->nmark[c->ws] != 2 || m->ownend[c->ws] < c->we)
      m->ownend[c->ws] = c->we;
    m->nmark[c->ws] = 2;
  }
  /* a post-negator inside a kept match belongs to it ("Budget reicht
   * nicht"): it negates nothing before it */
  if (lg->postneg)
    for (size_t i = 0; i < m->ncands; i++) {
      const cand *c = &m->cands[i];
      for (uint32_t w = c->ws; !c->dropped && w < c->we; w++)
        if (m->pneg[w] != UINT32_MAX)
          m->pneg[w] = PNEG_OWNED;
    }
  if ((rc = grow(&m->out, &m->outcap, m->ncands + 1, sizeof *m->out)) < 0)
    goto fail;
  for (size_t i = 0; i < m->ncands; i++) {
    const cand *c = &m->cands[i];
    const term *t = &ls->terms[c->term];
    const category *cat = &ls->cats[t->cat];
    voc_lex_match *r = &m->out[i];
    memset(r, 0, sizeof *r);
    r->term = &t->info;
    r->cat = &cat->info;
    r->wstart = c->ws;
    r->wend = c->we;
    r->start = in->words[c->ws].start;
    r->end = in->words[c->we - 1].end;
    r->sentence = in->words[c->ws].sentence;
    int negation = t->negation >= 0 ? t->negation : cat->negation;
    int questions = t->questions >= 0 ? t->questions : cat->questions;
    if (mode == VOC_LEX_TITLE) {
      negation = 0;
      questions = Q_ANY;
    } else {
      r->question = sentence_is_question(in, r->sentence);
    }
    uint32_t ut;
    if (u64map_get(&m->unless, (uint64_t)c->cat << 32 | c->sent, &ut) ||
        (ls->unless_doc &&
         u64map_get(&m->unless, (uint64_t)c->cat << 32 | UINT32_MAX, &ut)) ||
        (ls->tgroup &&
         u64map_get(&m->unless, group_key(ls->tgroup[c->term], c->sent), &ut)) ||
        (ls->unless_clause &&
         u64map_get(&m->unless, CLAUSE_KEY(c->cat, m->clause[c->ws]), &ut))) {
      r->excluded = true;
      r->by = &ls->terms[ut].info;
    }
    /* a term that starts with a negator ("no budget") or, written as one
     * phrase or as the first side of a pair, holds one ("vois pas
     * l'intérêt", whose "ne" goes with its "pas") carries its own negation:
     * no other negator negates it. (The words between the sides of a pair
     * are not the term's: a negator there negates it, see below.) */
    r->own_negator = m->nmark[c->ws] != 0;
    uint32_t hold = t->nside ? c->ws : t->prox >= 0 ? c->gws : c->we;
    for (uint32_t w = c->ws + 1; w < hold && !r->own_negator; w++)
      r->own_negator = m->nmark[w] != 0;
    if (negation && !r->own_negator) {
      /* the nearest negator ending 0..NEG_REACH words before the match,
       * with no clause break or contrast word in between */
      const hit *best = NULL;
      for (uint32_t d = 0; d <= NEG_REACH && d < c->ws && !best; d++) {
        uint32_t we = c->ws - d; /* the negator would end here */
        if (m->brk[we] || (d > 0 && m->cmark[we]))
          break;
        uint32_t h = m->negend[we - 1];
        if (h != UINT32_MAX && NEG_WHY(h)) {
          note_unneg(r, in, &m->hits[NEG_IDX(h)], NEG_WHY(h));
          continue;
        }
        if (h != UINT32_MAX &&
            (m->nmark[m->hits[h].ws] != 2 || c->ws < m->ownend[m->hits[h].ws]))
          best = &m->hits[h];
      }
      /* a proximity pair is also negated by a negator between its sides
       * (not one a kept term owns), when no clause break or contrast word
       * stands between that negator and the second side */
      for (uint32_t w = c->gwe; w > c->gws && !best; w--) {
        if (w < c->gwe && (m->brk[w] || m->cmark[w]))
          break;
        uint32_t h = m->negend[w - 1];
        if (h != UINT32_MAX && NEG_WHY(h)) {
          note_unneg(r, in, &m->hits[NEG_IDX(h)], NEG_WHY(h));
          continue;
        }
        if (h != UINT32_MAX && m->hits[h].ws >= c->gws &&
            m->nmark[m->hits[h].ws] != 2)
          best = &m->hits[h];
      }
      /* a post-negator after the match, in its clause, within reach
       * ("sehe den Mehrwert nicht", "la seguridad no nos preocupa") */
      const hit *post = NULL;
      for (uint32_t w = c->we;
           lg->postneg && negation == NEG_BOTH && !best && !post &&
                               w <= c->we + NEG_REACH && w < nw;
           w++) {
        if (m->brk[w] || m->cmark[w])
          break;
        uint32_t h = m->pneg[w];
        if (h == UINT32_MAX || h == PNEG_OWNED)
          continue;
        if (NEG_WHY(h))
          note_unneg(r, in, &m->hits[NEG_IDX(h)], NEG_WHY(h));
        else
          post = &m->hits[h];
      }
      if (post) {
        r->negated = true;
        r->negator = &ls->terms[post->term].info;
        r->neg_start = in->words[post->ws].start;
        r->neg_end = in->words[post->we - 1].end;
      }
      if (best) {
        m->cands[i].negwe = best->we;
        r->negated = true;
        r->negator = &ls->terms[best->term].info;
        r->neg_start = in->words[best->ws].start;
        r->neg_end = in->words[best->we - 1].end;
      }
    }
    if (r->excluded)
      r->fate = VOC_LEX_EXCLUDED;
    else if (r->negated)
      r->fate = VOC_LEX_NEGATED;
    else if (questions == Q_SKIP && r->question)
      r->fate = VOC_LEX_QSKIP;
    else if (questions == Q_ONLY && !r->question)
      r->fate = VOC_LEX_QONLY;
    else
      r->fate = VOC_LEX_COUNTS;
    if (r->fate == VOC_LEX_QSKIP || r->fate == VOC_LEX_QONLY)
      r->excluded = true;
    m->cands[i].counts = r->fate == VOC_LEX_COUNTS;
    m->cands[i].idx = (uint32_t)i;
  }

  /* A longer match that does not count must not hide a shorter overlapping
   * one of its category that does ("won't fund" under a negated "fund ~3
   * next round"): such a shorter match takes part in a second reduction,
   * where matches that count go first, with the matches kept by the first;
   * unless it starts after the longer one's negator, which then governs it
   * too ("not in any way too expensive" keeps "expensive" negated). */
  bool again = false;
  for (size_t i = 0; i < m->ncands; i++) {
    cand *c = &m->cands[i];
    c->again = !c->dropped;
    if (!c->dropped || !c->counts)
      continue;
    const cand *w = &m->cands[c->byc];
    /* (a term with negation off is governed by no negator: "odd ~1 out
     * {negation: off}" beats a negated "odd ones out" of the same words) */
    const term *ct = &ls->terms[c->term];
    int cneg = mode == VOC_LEX_TITLE ? 0
               : ct->negation >= 0  ? ct->negation
                                    : ls->cats[ct->cat].negation;
    if (w->counts || (w->negwe && c->ws >= w->negwe && cneg))
      continue;
    c->again = true;
    again = true;
  }
  if (again) {
    sort_cands(m->cands, m->ncands, true);
    reduce_overlaps(m, nw, true);
  }
  for (size_t i = 0; i < m->ncands; i++) {
    const cand *c = &m->cands[i];
    if (!c->dropped)
      continue;
    voc_lex_match *r = &m->out[c->idx];
    r->was = c->yield ? r->fate : VOC_LEX_COUNTS;
    r->fate = VOC_LEX_DROPPED;
    r->by = &ls->terms[c->by].info;
    r->negated = false;
    r->excluded = false;
    r->question = false;
  }
  if (m->ncands > 1)
    sort_matches(m->out, m->ncands);
  *out = m->out;
  return (int)m->ncands;
fail:
  return voc_error_set(err, rc, "out of memory");
}

/* ---- import -------------------------------------------------------------- */

static bool needs_quotes(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && (islower((unsigned char)s[k]) || s[k] == '_'))
    k++;
  if (k > 0 && k < n && s[k] == ':' &&
      (k + 1 == n || isspace((unsigned char)s[k + 1])))
    return true;
  if (s[0] == '[' || s[0] == '#' || s[n - 1] == '}' || s[0] == '~')
    return true;
  return strip_comment(s, n) != n;
}

int voc_lex_import_terms(FILE *in, const char *inname, FILE *out,
                         const char *lexicon, const char *catid,
                         const char *label, long *nterms, voc_error *err) {
  voc_buf line = VOC_BUF_INIT(1 << 20);
  u64map seen = {0};
  int rc;
  long lineno = 0;
  *nterms = 0;
  fprintf(out, "# %s.lex: imported from %s by voc-lex import\n\n[%s] %s\n",
          lexicon, inname, catid, label && *label ? label : catid);
  while ((rc = voc_buf_getline(&line, in, err)) > 0) {
    lineno++;
    size_t n = line.len;
    const char *s = trim(line.data, &n);
    if (!n || s[0] == '#')
      continue;
    if (!voc_utf8_valid(s, n)) {
      voc_error_at(err, inname, lineno, 0);
      rc = voc_error_set(err, VOC_EPARSE, "invalid UTF-8");
      break;
    }
    uint64_t h = VOC_FNV_OFFSET;
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)tolower((unsigned char)s[i]);
      h = voc_fnv1a(h, &c, 1);
    }
    h &= ~(uint64_t)0 >> 1;
    uint32_t v;
    if (u64map_get(&seen, h, &v))
      continue;
    if ((rc = u64map_put(&seen, h, 1)) < 0) {
      voc_error_set(err, rc, "out of memory");
      break;
    }
    if (needs_quotes(s, n) && !memchr(s, '"', n))
      fprintf(out, "\"%.*s\"\n", (int)n, s);
    else
      fprintf(out, "%.*s\n", (int)n, s);
    (*nterms)++;
  }
  if (rc == VOC_ETOOBIG) {
    voc_error_at(err, inname, lineno + 1, 0);
    voc_error_set(err, rc, "line too long");
  }
  u64map_free(&seen);
  voc_buf_dispose(&line);
  if (rc < 0)
    return rc;
  if (ferror(out))
    return voc_error_set(err, VOC_EIO, "write error");
  return 0;
}
