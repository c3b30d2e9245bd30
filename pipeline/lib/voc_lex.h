/* voc_lex.h: lexicons (the .lex format of lexicons/README.md), compiled.
 *
 * CONTRACT (owned by the tagger work; the store reads category definitions
 * through it). A voc_lexset is every lexicon of every language under one
 * directory (lexicons/<lang>/<name>.lex), compiled once.
 *
 * Compilation: every term is analysed with the normalizer (voc_norm.h) in
 * the language of its folder; stems and folded forms are interned into ids
 * (one hash table) and all terms of a language go into one token-level trie
 * whose edges are (kind, id): a stem, an exact folded form, a prefix
 * wildcard or a suffix wildcard. Prefix and suffix wildcards are found per
 * token by walking a byte trie of all wildcards, so the cost of matching a
 * token depends on the token and on the depth of the trie, never on the
 * number of terms. Proximity terms (`a ~N b`) put both sides in the trie and
 * pair them per sentence; `unless:` phrases, negators and contrast words are
 * trie patterns too. See docs/tagger.md. */
#ifndef VOC_LEX_H
#define VOC_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "voc_error.h"
#include "voc_norm.h"

typedef struct voc_lexset voc_lexset;

typedef struct voc_category_info {
  const char *lexicon;     /* "objection", "trigger", "persona", ... */
  const char *id;          /* "budget" */
  const char *label;       /* "Budget / price" */
  const char *description; /* may be "" */
  const char *lang;        /* "en" */
  const char *file;        /* path of the .lex file */
  long line;               /* line of the [id] header */
} voc_category_info;

/* Load and compile every <dir>/<lang>/<name>.lex. On failure err names
 * file:line:col. */
int voc_lexset_load(voc_lexset **out, const char *dir, voc_error *err);
void voc_lexset_free(voc_lexset *ls);

/* Categories in file order, all languages (same id may repeat per lang).
 * The [negator] and [contrast] lists of negation.lex are not categories. */
size_t voc_lexset_ncategories(const voc_lexset *ls);
const voc_category_info *voc_lexset_category(const voc_lexset *ls, size_t i);

/* A short hash (hex) of everything compiled; changes when any lexicon does. */
const char *voc_lexset_version(const voc_lexset *ls);

/* ---- Diagnostics (voc-lex check) ---------------------------------------- */

enum { VOC_LEX_WARNING = 0, VOC_LEX_ERROR = 1 };

typedef struct voc_lex_diag {
  int severity;     /* VOC_LEX_WARNING or VOC_LEX_ERROR */
  const char *file; /* path of the .lex file */
  long line, col;   /* 1-based; col counts characters, 0 if none */
  const char *msg;  /* one line, no position prefix */
} voc_lex_diag;

typedef void (*voc_lex_diag_fn)(void *ctx, const voc_lex_diag *d);

/* As voc_lexset_load, but every error and warning (duplicate terms, dead
 * terms, unknown settings...) goes to diag (may be NULL) and parsing goes on
 * after an error, so one run reports them all. Returns VOC_EPARSE (and
 * *out = NULL) when there was at least one error; err then holds the first. */
int voc_lexset_open(voc_lexset **out, const char *dir, voc_lex_diag_fn diag,
                    void *ctx, voc_error *err);

/* ---- Terms and examples (stats, test, explain) -------------------------- */

enum {
  VOC_TERM_TERM = 0,    /* a term of a category */
  VOC_TERM_UNLESS = 1,  /* an `unless:` phrase */
  VOC_TERM_NEGATOR = 2, /* negation.lex [negator] */
  VOC_TERM_CONTRAST = 3, /* negation.lex [contrast] */
  VOC_TERM_POSTNEG = 4,  /* negation.lex [post-negator]: reaches backwards */
  VOC_TERM_RESTRICT = 5  /* negation.lex [restriction]: after a negator in
                            its clause, makes it a restriction (fr "ne ...
                            que"), which negates nothing */
};

/* How far an `unless:` phrase reaches (voc_term_info.scope). */
enum {
  VOC_UNLESS_SENTENCE = 0, /* `unless:` its own sentence */
  VOC_UNLESS_NEXT = 1,     /* `unless(next):` its sentence and the next */
  VOC_UNLESS_DOC = 2,      /* `unless(doc):` the whole document */
  VOC_UNLESS_TERM = 3,     /* `unless(term):` its own sentence, and only
                              for the term line above it */
  VOC_UNLESS_CLAUSE = 4    /* `unless(clause):` its own clause: up to a
                              comma, a full stop or a contrast word */
};

typedef struct voc_term_info {
  const char *text;             /* as written, without options/comment */
  const char *rule;             /* "en/objection.lex:42" */
  const char *file;             /* path of the .lex file */
  long line;                    /* line of the term */
  const voc_category_info *cat; /* its category (negation lists too) */
  int role;                     /* VOC_TERM_* */
  bool dead;                    /* can never match (check said why) */
  int scope;                    /* VOC_UNLESS_*: an unless phrase's reach */
  long target;                  /* VOC_UNLESS_TERM: the line of its term */
} voc_term_info;

size_t voc_lexset_nterms(const voc_lexset *ls);
const voc_term_info *voc_lexset_term(const voc_lexset *ls, size_t i);
/* The index i of a term of ls (voc_lexset_term(ls, i) == t). */
size_t voc_lexset_term_index(const voc_lexset *ls, const voc_term_info *t);

typedef struct voc_lex_example {
  const char *text; /* the example sentence (or title) */
  const char *file;
  long line;
  bool match;                   /* match: (true) or nomatch: (false) */
  const voc_category_info *cat; /* the category it belongs to */
  const char *kind; /* match[review]: the kind of record it is, or NULL */
} voc_lex_example;

size_t voc_lexset_nexamples(const voc_lexset *ls);
const voc_lex_example *voc_lexset_example(const voc_lexset *ls, size_t i);

/* The lexicon language used for a document language: lang itself, else its
 * primary subtag ("pt-BR" -> "pt"), else "en"; NULL when none of them has
 * lexicons. lang may be NULL. The result is owned by ls. */
const char *voc_lexset_lang(const voc_lexset *ls, const char *lang);

/* True when the language folder has a lexicon named name. */
bool voc_lexset_has_lexicon(const voc_lexset *ls, const char *lang,
                            const char *name);

/* ---- Matching ------------------------------------------------------------ */

/* One word (or number) of the analysed text, in text order. stem and fold
 * are NUL-terminated and borrowed. */
typedef struct voc_lex_word {
  uint32_t start, end; /* byte offsets into the text */
  const char *stem;    /* Snowball stem */
  const char *fold;    /* NFKC case-folded surface form */
  uint32_t sentence;   /* index into the input's sentences */
  uint32_t word;       /* voc_token.word (0: none): the matcher resolves a
                          word with an id once per input epoch */
} voc_lex_word;

/* Record kinds, for terms limited to some ({kinds: review}). */
enum {
  VOC_KIND_CALL_NOTE = 1,
  VOC_KIND_EMAIL = 2,
  VOC_KIND_REVIEW = 4,
  VOC_KIND_SURVEY = 8,
  VOC_KIND_OTHER = 16
};

/* The VOC_KIND_* of a record's kind s[0..n) ("review"), 0 if none. */
unsigned voc_lex_kind(const char *s, size_t n);

typedef struct voc_lex_input {
  const char *text; /* the text the offsets point into */
  size_t len;
  const voc_lex_word *words;
  size_t nwords;
  const voc_span *sentences; /* may be NULL: then one sentence */
  size_t nsentences;
  uint32_t epoch; /* voc_doc.epoch of the words' ids (0 with no ids) */
  unsigned kind;  /* VOC_KIND_* of the record; 0 unknown: every term applies */
} voc_lex_input;

/* What became of a match. */
enum {
  VOC_LEX_COUNTS = 0,   /* counts for its category */
  VOC_LEX_NEGATED = 1,  /* a negator stands before it in its clause, or
                           between the two sides of a proximity pair, or
                           a post-negator after it in its clause */
  VOC_LEX_EXCLUDED = 2, /* an `unless:` phrase of its category fired */
  VOC_LEX_QSKIP = 3,    /* questions: skip, and it is in a question */
  VOC_LEX_QONLY = 4,    /* questions: only, and it is not in a question */
  VOC_LEX_DROPPED = 5   /* an overlapping match of its category won: the
                           longest that counts, else the longest */
};

typedef struct voc_lex_match {
  const voc_term_info *term;    /* the term that fired */
  const voc_category_info *cat; /* its category */
  uint32_t start, end;          /* byte offsets of the match */
  uint32_t wstart, wend;        /* word indices [wstart, wend) */
  uint32_t sentence;            /* sentence index (as in the input) */
  bool negated;                 /* tag field "negated" */
  bool question;                /* in a sentence ending with "?" */
  bool excluded;                /* tag field "excluded" (unless/questions) */
  int fate;                     /* VOC_LEX_* above */
  uint32_t neg_start, neg_end;  /* byte span of the negator when negated */
  const voc_term_info *negator; /* the negator entry when negated */
  const voc_term_info *by;      /* the unless (EXCLUDED) or the winning
                                   term (DROPPED); else NULL */
  bool own_negator;             /* the term starts with a negator */
  int was;                      /* DROPPED: VOC_LEX_COUNTS when a longer
                                   match won; else it did not count (was:
                                   NEGATED, EXCLUDED, ...) and a shorter
                                   overlapping match that counts (by) took
                                   its place. For NEGATED, negator, neg_start
                                   and neg_end are set. */
  int unneg;                  /* VOC_LEX_UNNEG_*: a negator within reach
                                 that was not taken as one (and why) */
  uint32_t unneg_start, unneg_end; /* its byte span (unneg != 0) */
} voc_lex_match;

/* Why a negator within reach of a match did not negate it. */
enum {
  VOC_LEX_UNNEG_NONE = 0,
  VOC_LEX_UNNEG_COMPOUND = 1, /* it starts a hyphenated word ("no-show",
                                 "zero-touch"): part of a compound */
  VOC_LEX_UNNEG_RESTRICT = 2  /* a [restriction] word follows it in its
                                 clause (fr "ne ... que": "only") */
};

/* Scratch space for matching, reused for every text (one per thread). */
typedef struct voc_lex_matcher voc_lex_matcher;

int voc_lex_matcher_new(voc_lex_matcher **out, voc_error *err);
void voc_lex_matcher_free(voc_lex_matcher *m);

enum {
  VOC_LEX_TEXT = 0, /* a document: every lexicon except persona */
  VOC_LEX_TITLE = 1 /* a job title: persona.lex only, no negation/questions */
};

/* Match the lexicons of language lang (a folder name, see voc_lexset_lang)
 * against in. *out receives every match, dropped ones included, sorted by
 * start, then category file order; it lives in m until the next call.
 * Returns the number of matches or a negative VOC_E*. */
int voc_lex_match_run(voc_lex_matcher *m, const voc_lexset *ls,
                      const char *lang, int mode, const voc_lex_input *in,
                      const voc_lex_match **out, voc_error *err);

/* ---- Import (voc-lex import --from terms) -------------------------------- */

/* Turn a plain term list (one term a line; blank lines and lines starting
 * with "#" are skipped, repeats dropped) into lexicon lines on out: a
 * comment, "[category] label" (label NULL: the category id) and one term a
 * line. A term the .lex syntax would read as something else (a "key:"
 * setting, a "[" header, a " #" comment, "{options}") is written in quotes,
 * which makes it exact. *nterms receives the number of terms written. */
int voc_lex_import_terms(FILE *in, const char *inname, FILE *out,
                         const char *lexicon, const char *category,
                         const char *label, long *nterms, voc_error *err);

#endif
