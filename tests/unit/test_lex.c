/* Unit tests for voc_lex: the .lex parser (errors with file:line:col,
 * duplicates, dead terms), the version hash, language fallback, import, and
 * the matcher's policies (negation, clauses, questions, unless, longest
 * match, proximity, wildcards, exact forms) on tests/golden/tag/lex. */
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

#include "voc_buf.h"
#include "voc_lex.h"
#include "voc_tag.h"

#define TESTLEX "../golden/tag/lex"

/* ---- helpers ------------------------------------------------------------- */

typedef struct diags {
  char text[8192]; /* "E|W file-basename:line:col msg\n" ... */
  int errors, warnings;
} diags;

static void collect(void *ctx, const voc_lex_diag *d) {
  diags *g = ctx;
  const char *base = strrchr(d->file, '/');
  base = base ? base + 1 : d->file;
  size_t n = strlen(g->text);
  snprintf(g->text + n, sizeof g->text - n, "%c %s:%ld:%ld %s\n",
           d->severity == VOC_LEX_ERROR ? 'E' : 'W', base, d->line, d->col,
           d->msg);
  if (d->severity == VOC_LEX_ERROR)
    g->errors++;
  else
    g->warnings++;
}

/* A lexicon directory with one file <lang>/<name>.lex. */
static char *make_dir(const char *lang, const char *name, const char *content) {
  char *dir = strdup("/tmp/voc-lex-XXXXXX");
  assert_non_null(mkdtemp(dir));
  char p[512];
  snprintf(p, sizeof p, "%s/%s", dir, lang);
  assert_int_equal(mkdir(p, 0700), 0);
  snprintf(p, sizeof p, "%s/%s/%s.lex", dir, lang, name);
  FILE *f = fopen(p, "wb");
  assert_non_null(f);
  fputs(content, f);
  fclose(f);
  return dir;
}

static void add_file(const char *dir, const char *lang, const char *name,
                     const char *content) {
  char p[512];
  snprintf(p, sizeof p, "%s/%s", dir, lang);
  mkdir(p, 0700);
  snprintf(p, sizeof p, "%s/%s/%s.lex", dir, lang, name);
  FILE *f = fopen(p, "wb");
  assert_non_null(f);
  fputs(content, f);
  fclose(f);
}

static void remove_dir(char *dir) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
  free(dir);
}

/* ---- parser -------------------------------------------------------------- */

static void test_errors_have_positions(void **state) {
  (void)state;
  char *dir = make_dir("en", "objection",
                       "orphan term\n"              /* 1 */
                       "[budget] Budget\n"          /* 2 */
                       "too \"expensive\n"          /* 3 */
                       "pr*ce\n"                    /* 4 */
                       "price ~x high\n"            /* 5 */
                       "colour: blue\n"             /* 6 */
                       "cheap {questions: maybe}\n" /* 7 */
                       "negation: sometimes\n"      /* 8 */
                       "[bad id\n"                  /* 9 */
                       "[budget] again\n");         /* 10 */
  voc_lexset *ls = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  voc_error_clear(&err);
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_null(ls);
  assert_non_null(
      strstr(g.text, "E objection.lex:1:1 a term before the first"));
  assert_non_null(strstr(g.text, "E objection.lex:3:5 unterminated quote"));
  assert_non_null(strstr(g.text, "E objection.lex:4:3 * is a wildcard only"));
  assert_non_null(strstr(g.text, "E objection.lex:5:7 proximity needs"));
  assert_non_null(
      strstr(g.text, "E objection.lex:6:1 unknown setting \"colour:\""));
  assert_non_null(
      strstr(g.text, "E objection.lex:7:8 questions is any, skip or only"));
  assert_non_null(strstr(g.text, "E objection.lex:8:11 negation: on or off "
                                 "(or both: post-negators too)"));
  assert_non_null(
      strstr(g.text, "E objection.lex:9:5 a category header reads"));
  assert_non_null(
      strstr(g.text, "E objection.lex:10:2 category [budget] is already"));
  /* the first error is in err, with its position */
  assert_int_equal(err.line, 1);
  assert_int_equal(err.col, 1);
  assert_non_null(strstr(err.file, "objection.lex"));
  /* voc_lexset_load stops on the same error */
  voc_error_clear(&err);
  assert_int_equal(voc_lexset_load(&ls, dir, &err), VOC_EPARSE);
  assert_int_equal(err.line, 1);
  remove_dir(dir);
}

static void test_duplicates_and_dead_terms(void **state) {
  (void)state;
  char *dir = make_dir("en", "objection",
                       "[budget] Budget\n"
                       "too expensive\n"                       /* 2 */
                       "Too Expensive   # again, other case\n" /* 3: dup */
                       "!!!\n"                 /* 4: nothing to match */
                       "price is fine today\n" /* 5: contains unless */
                       "unless: price is fine\n"
                       "[timing] Timing\n"
                       "too expensive\n"); /* other category: fine */
  add_file(dir, "en", "negation", "[negator] n\nnot\n[contrast] c\nbut\n");
  voc_lexset *ls = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), 0);
  assert_int_equal(g.errors, 0);
  assert_int_equal(g.warnings, 3);
  assert_non_null(strstr(
      g.text,
      "W objection.lex:3:1 duplicate term \"Too Expensive\": same as line 2"));
  assert_non_null(strstr(g.text, "W objection.lex:4:1 dead term \"!!!\""));
  assert_non_null(
      strstr(g.text, "W objection.lex:5:1 dead term \"price is fine today\""));
  size_t dead = 0;
  for (size_t i = 0; i < voc_lexset_nterms(ls); i++)
    dead += voc_lexset_term(ls, i)->dead;
  assert_int_equal(dead, 3);
  assert_int_equal(voc_lexset_ncategories(ls), 2); /* negation lists are not */
  voc_lexset_free(ls);
  remove_dir(dir);
}

static void test_categories_and_examples(void **state) {
  (void)state;
  voc_lexset *ls = NULL;
  voc_error err;
  assert_int_equal(voc_lexset_load(&ls, TESTLEX, &err), 0);
  const voc_category_info *c = voc_lexset_category(ls, 0);
  assert_string_equal(c->lang, "de");
  assert_string_equal(c->lexicon, "objection");
  assert_string_equal(c->id, "budget");
  assert_string_equal(c->label, "Budget / Preis");
  int found = 0;
  for (size_t i = 0; i < voc_lexset_ncategories(ls); i++) {
    c = voc_lexset_category(ls, i);
    if (!strcmp(c->lang, "en") && !strcmp(c->id, "budget")) {
      found = 1;
      assert_string_equal(c->description, "too expensive, no budget");
      assert_int_equal(c->line, 2);
    }
  }
  assert_true(found);
  assert_true(voc_lexset_nexamples(ls) > 10);
  const voc_lex_example *e = voc_lexset_example(ls, 0);
  assert_true(e->match);
  assert_string_equal(e->text, "Das ist uns zu teuer.");
  /* rule strings name lang/file:line */
  int rules = 0;
  for (size_t i = 0; i < voc_lexset_nterms(ls); i++)
    if (!strcmp(voc_lexset_term(ls, i)->rule, "en/objection.lex:11"))
      rules++;
  assert_int_equal(rules, 1);
  assert_string_equal(voc_lexset_lang(ls, "de-AT"), "de");
  assert_string_equal(voc_lexset_lang(ls, "fr"), "en");
  assert_string_equal(voc_lexset_lang(ls, NULL), "en");
  voc_lexset_free(ls);
}

static void test_version_follows_content(void **state) {
  (void)state;
  char *dir = make_dir("en", "trigger", "[pain] Pain\nstruggling with\n");
  voc_lexset *a = NULL, *b = NULL, *c = NULL;
  voc_error err;
  assert_int_equal(voc_lexset_load(&a, dir, &err), 0);
  assert_int_equal(voc_lexset_load(&b, dir, &err), 0);
  assert_string_equal(voc_lexset_version(a), voc_lexset_version(b));
  assert_int_equal(strlen(voc_lexset_version(a)), 16);
  add_file(dir, "en", "trigger", "[pain] Pain\nstruggling with\nhassle\n");
  assert_int_equal(voc_lexset_load(&c, dir, &err), 0);
  assert_string_not_equal(voc_lexset_version(a), voc_lexset_version(c));
  voc_lexset_free(a);
  voc_lexset_free(b);
  voc_lexset_free(c);
  remove_dir(dir);
}

static void test_missing_dir(void **state) {
  (void)state;
  voc_lexset *ls = NULL;
  voc_error err;
  assert_int_equal(voc_lexset_load(&ls, "/nonexistent/voc", &err),
                   VOC_ENOTFOUND);
  assert_null(ls);
}

static void test_import(void **state) {
  (void)state;
  FILE *in = tmpfile(), *out = tmpfile();
  assert_non_null(in);
  assert_non_null(out);
  fputs("# a term list\nreturn on investment\n\nROI\nroi\nnote: this\n"
        "[draft]\nC# shop\nwe #1\n",
        in);
  rewind(in);
  long n = 0;
  voc_error err;
  assert_int_equal(voc_lex_import_terms(in, "terms.txt", out, "gain", "roi",
                                        "ROI", &n, &err),
                   0);
  assert_int_equal(n, 6);
  rewind(out);
  char buf[1024];
  size_t len = fread(buf, 1, sizeof buf - 1, out);
  buf[len] = '\0';
  assert_string_equal(buf, "# gain.lex: imported from terms.txt by voc-lex "
                           "import\n\n[roi] ROI\nreturn on investment\nROI\n"
                           "\"note: this\"\n\"[draft]\"\nC# shop\n\"we #1\"\n");
  fclose(in);
  fclose(out);
}

/* ---- matching ------------------------------------------------------------ */

#include "tag_fixture.h"

/* "category:fate[:q]" for every non-dropped match, space separated. */
static const char *run(fixture *f, const char *text, const char *lang) {
  static char out[1024];
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *ll;
  voc_error err;
  int n = voc_tagger_match(f->tg, text, strlen(text), lang, VOC_LEX_TEXT, &in,
                           &m, &ll, &err);
  assert_true(n >= 0);
  static const char *fates[] = {"counts", "negated", "excluded",
                                "qskip",  "qonly",   "dropped"};
  out[0] = '\0';
  for (int i = 0; i < n; i++) {
    if (m[i].fate == VOC_LEX_DROPPED)
      continue;
    size_t len = strlen(out);
    snprintf(out + len, sizeof out - len, "%s%s:%s:%.*s", len ? " " : "",
             m[i].cat->id, fates[m[i].fate], (int)(m[i].end - m[i].start),
             text + m[i].start);
  }
  return out;
}

/* Chains: `a ~N b ~M c` in the written order, each gap within its N, in
 * one sentence. */
static void test_chains(void **state) {
  (void)state;
  char *dir = make_dir("en", "objection",
                       "[authority] Authority\n"
                       "budget ~2 approval ~3 board\n"
                       "budget ~2 approval ~3 board   # the same again\n"
                       "a ~1 b ~1 c ~1 d ~1 e ~1 f ~1 g ~1 h ~1 i\n");
  voc_lexset *ls = NULL;
  voc_tagger *tg = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_non_null(strstr(g.text, "W objection.lex:3:1 duplicate term"));
  assert_non_null(
      strstr(g.text, "E objection.lex:4:38 at most 7 ~N in a term"));
  add_file(dir, "en", "objection",
           "[authority] Authority\nbudget ~2 approval ~3 board\n");
  assert_int_equal(voc_lexset_load(&ls, dir, &err), 0);
  assert_int_equal(voc_tagger_new(&tg, ls, NULL, &err), 0);
  fixture f = {ls, tg};
  assert_string_equal(
      run(&f, "The budget needs approval from the board.", "en"),
      "authority:counts:budget needs approval from the board");
  assert_string_equal(run(&f, "Budget approval by board.", "en"),
                      "authority:counts:Budget approval by board");
  /* order matters, gaps are limits, and a sentence is the reach */
  assert_string_equal(run(&f, "Board approval for the budget.", "en"), "");
  assert_string_equal(
      run(&f, "The budget needs approval from all of the board.", "en"), "");
  assert_string_equal(run(&f, "Budget approval. The board.", "en"), "");
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  remove_dir(dir);
}

/* unless: with proximity (two sides, either order; chains in order): the
 * exclusion fires when the pattern occurs anywhere in the sentence, and the
 * unless pattern itself never becomes a tag. */
static void test_unless_proximity(void **state) {
  (void)state;
  char *dir = make_dir("en", "objection",
                       "[budget] Budget\n"
                       "cheap*\n"
                       "too expensive\n"
                       "unless: pric* ~2 fine\n"
                       "unless: cheaper ~2 but\n"
                       "unless: worth ~1 it ~3 money\n"
                       "unless: ~2 fine\n");
  voc_lexset *ls = NULL;
  voc_tagger *tg = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_non_null(
      strstr(g.text, "E objection.lex:7:9 ~2 needs words on its left"));
  assert_int_equal(g.errors, 1);
  add_file(dir, "en", "objection",
           "[budget] Budget\n"
           "cheap*\n"
           "too expensive\n"
           "unless: pric* ~2 fine\n"
           "unless: cheaper ~2 but\n"
           "unless: worth ~1 it ~3 money\n");
  assert_int_equal(voc_lexset_load(&ls, dir, &err), 0);
  assert_int_equal(voc_tagger_new(&tg, ls, NULL, &err), 0);
  fixture f = {ls, tg};
  /* across the comma, which a plain phrase cannot span */
  assert_string_equal(
      run(&f, "Quotaview came in cheaper, but we stay with you.", "en"),
      "budget:excluded:cheaper");
  assert_string_equal(run(&f, "Quotaview came in cheaper.", "en"),
                      "budget:counts:cheaper");
  /* either order, within 2 words, in the same sentence only */
  assert_string_equal(run(&f, "Too expensive, though the price is fine.", "en"),
                      "budget:excluded:Too expensive");
  assert_string_equal(run(&f, "Fine on price, too expensive elsewhere.", "en"),
                      "budget:excluded:too expensive");
  assert_string_equal(
      run(&f, "The price went up and nobody is fine, too expensive.", "en"),
      "budget:counts:too expensive");
  assert_string_equal(run(&f, "Too expensive. The price is fine.", "en"),
                      "budget:counts:Too expensive");
  /* a chain: in order, each gap within its limit */
  assert_string_equal(
      run(&f, "Too expensive but worth it for the money.", "en"),
      "budget:excluded:Too expensive");
  assert_string_equal(
      run(&f, "Too expensive for the money but worth it.", "en"),
      "budget:counts:Too expensive");
  /* the unless pattern alone gives no tag */
  assert_string_equal(run(&f, "The price is fine.", "en"), "");
  /* explain names the proximity unless */
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *ll;
  const char *t = "Cheaper, but fine.";
  int n = voc_tagger_match(tg, t, strlen(t), "en", VOC_LEX_TEXT, &in, &m, &ll,
                           &err);
  assert_int_equal(n, 1);
  assert_int_equal(m[0].fate, VOC_LEX_EXCLUDED);
  assert_string_equal(m[0].by->text, "cheaper ~2 but");
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  remove_dir(dir);
}

/* A negator between the two sides of a proximity pair negates it ("price
 * isn't the issue"), unless a clause break or contrast word stands between
 * it and the second side, or the term turns negation off (conditionals). */
static void test_negator_inside_proximity(void **state) {
  (void)state;
  char *dir = make_dir("en", "negation",
                       "[negator] n\nnot\n\"isnt\"\nnever\n[contrast] c\nbut\n");
  add_file(dir, "en", "objection",
           "[budget] Budget\n"
           "pric* ~3 issue\n"
           "cost* ~3 concern\n"
           "[risk] Risk\n"
           "if ~4 by then {negation: off}\n");
  voc_lexset *ls = NULL;
  voc_tagger *tg = NULL;
  voc_error err;
  assert_int_equal(voc_lexset_load(&ls, dir, &err), 0);
  assert_int_equal(voc_tagger_new(&tg, ls, NULL, &err), 0);
  fixture f = {ls, tg};
  assert_string_equal(run(&f, "Said price isnt the issue.", "en"),
                      "budget:negated:price isnt the issue");
  assert_string_equal(run(&f, "The cost was never a concern.", "en"),
                      "budget:negated:cost was never a concern");
  assert_string_equal(run(&f, "Pricing is the real issue.", "en"),
                      "budget:counts:Pricing is the real issue");
  /* the negator's reach ends at a contrast word before the second side */
  assert_string_equal(run(&f, "Price not low but issue enough.", "en"),
                      "budget:counts:Price not low but issue");
  /* a conditional term keeps the negator inside its condition */
  assert_string_equal(run(&f, "If it isnt live by then we lose them.", "en"),
                      "risk:counts:If it isnt live by then");
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  remove_dir(dir);
}

/* Among overlapping matches of one category the longest that counts wins;
 * a longer negated match is kept (as evidence) only when none counts, and
 * a shorter match that starts after the longer one's negator stays under
 * that negator. */
static void test_longest_that_counts(void **state) {
  (void)state;
  char *dir = make_dir("en", "negation",
                       "[negator] Negators\nnot\nno\n\n"
                       "[contrast] Contrast\nbut\n");
  add_file(dir, "en", "objection",
           "[risk] Risk\n"
           "fund ~3 next round\n"
           "won't fund\n"
           "[budget] Budget\n"
           "too expensive\n"
           "expensive\n"
           "no budget\n"
           "budget ~1 cut\n"
           "[status_quo] Status quo\n"
           "odd ones out\n"
           "odd ~1 out {negation: off}\n");
  add_file(dir, "fr", "negation",
           "[negator] Négations\nne\npas\n\n[contrast] Contraste\nmais\n");
  add_file(dir, "fr", "objection",
           "[need] Besoin\nvois pas ~3 intérêt\nne vois pas\n");
  voc_lexset *ls = NULL;
  voc_tagger *tg = NULL;
  voc_error err;
  assert_int_equal(voc_lexset_load(&ls, dir, &err), 0);
  assert_int_equal(voc_tagger_new(&tg, ls, NULL, &err), 0);
  fixture f = {ls, tg};
  /* as long as a negated match, one with negation off counts: no negator
   * governs it (the negated one won this tie before) */
  assert_string_equal(run(&f, "Glad we are not the odd ones out.", "en"),
                      "status_quo:counts:odd ones out");
  /* the shorter "won't fund" counts; the longer one was negated by its n't */
  assert_string_equal(run(&f, "Investors won't fund the next round.", "en"),
                      "risk:counts:won't fund");
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *ll;
  const char *t = "Investors won't fund the next round.";
  int n = voc_tagger_match(tg, t, strlen(t), "en", VOC_LEX_TEXT, &in, &m, &ll,
                           &err);
  assert_int_equal(n, 2);
  assert_string_equal(m[0].term->text, "won't fund");
  assert_int_equal(m[0].fate, VOC_LEX_COUNTS);
  assert_string_equal(m[1].term->text, "fund ~3 next round");
  assert_int_equal(m[1].fate, VOC_LEX_DROPPED);
  assert_int_equal(m[1].was, VOC_LEX_NEGATED);
  assert_false(m[1].negated);
  assert_string_equal(m[1].by->text, "won't fund");
  assert_string_equal(m[1].negator->text, "not");
  voc_buf o = VOC_BUF_INIT(0);
  assert_int_equal(voc_tagger_explain(tg, t, "en", false, &o, &err), 0);
  assert_non_null(strstr(o.data,
                         "DROPPED: it is negated by \"n't\" (en/negation.lex:2), "
                         "and the overlapping \"won't fund\" "
                         "(en/objection.lex:3) counts for risk instead."));
  voc_buf_dispose(&o);
  /* nothing shorter counts: the longest negated match is the evidence */
  assert_string_equal(run(&f, "They will not fund the next round.", "en"),
                      "risk:negated:fund the next round");
  /* a shorter match after the negator stays under it, even beyond the
   * negator's reach of three words */
  assert_string_equal(run(&f, "Not in any way too expensive.", "en"),
                      "budget:negated:too expensive");
  t = "Not in any way too expensive.";
  n = voc_tagger_match(tg, t, strlen(t), "en", VOC_LEX_TEXT, &in, &m, &ll,
                       &err);
  assert_int_equal(n, 2);
  assert_int_equal(m[1].fate, VOC_LEX_DROPPED);
  assert_int_equal(m[1].was, VOC_LEX_COUNTS);
  /* a negator that starts a term still belongs to it */
  assert_string_equal(run(&f, "No budget cut.", "en"), "budget:counts:No budget");
  assert_string_equal(run(&f, "We have no budget.", "en"),
                      "budget:counts:no budget");
  assert_string_equal(run(&f, "Not a budget cut.", "en"),
                      "budget:negated:budget cut");
  /* French: the longer "vois pas ~3 intérêt" holds its own negator "pas",
   * which the "ne" before it goes with: it is not negated, and wins */
  assert_string_equal(run(&f, "Je ne vois pas l'intérêt.", "fr"),
                      "need:counts:vois pas l'intérêt");
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  remove_dir(dir);
}

/* `a ~>N b`: b within N words after a, never before it. */
static void test_ordered_proximity(void **state) {
  (void)state;
  char *dir = make_dir("en", "trigger",
                       "[fear_of_loss] Fear of loss\n"
                       "losing ~>3 people\n"
                       "losing ~3 people   # either order: not a duplicate\n"
                       "risk ~> churn\n"
                       "~>2 churn\n");
  voc_lexset *ls = NULL;
  voc_tagger *tg = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_null(strstr(g.text, "duplicate"));
  assert_non_null(strstr(g.text, "E trigger.lex:4:6 proximity needs"));
  assert_non_null(
      strstr(g.text, "E trigger.lex:5:1 ~2 needs words on its left"));
  assert_int_equal(g.errors, 2);
  add_file(dir, "en", "trigger",
           "[fear_of_loss] Fear of loss\n"
           "losing ~>3 people\n"
           "[churn] Churn\n"
           "churn ~>1 risk ~>2 grow*\n");
  assert_int_equal(voc_lexset_load(&ls, dir, &err), 0);
  assert_int_equal(voc_tagger_new(&tg, ls, NULL, &err), 0);
  fixture f = {ls, tg};
  assert_string_equal(run(&f, "We keep losing our best people.", "en"),
                      "fear_of_loss:counts:losing our best people");
  assert_string_equal(run(&f, "Lose people.", "en"),
                      "fear_of_loss:counts:Lose people");
  /* the other order, and too far */
  assert_string_equal(run(&f, "People lose track of tasks.", "en"), "");
  assert_string_equal(run(&f, "Our people keep losing deals.", "en"), "");
  assert_string_equal(
      run(&f, "We are losing all of the good people.", "en"), "");
  /* ~> in a chain means what ~ means there: in order */
  assert_string_equal(run(&f, "Churn risk keeps growing.", "en"),
                      "churn:counts:Churn risk keeps growing");
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  remove_dir(dir);
}

static void test_negation(void **state) {
  fixture *f = *state;
  assert_string_equal(run(f, "It is too expensive.", "en"),
                      "budget:counts:too expensive");
  assert_string_equal(run(f, "It is not too expensive.", "en"),
                      "budget:negated:too expensive");
  assert_string_equal(run(f, "It isn't too expensive.", "en"),
                      "budget:negated:too expensive");
  /* three words between negator and term is the reach; four is beyond */
  assert_string_equal(run(f, "Not one bit too expensive.", "en"),
                      "budget:negated:too expensive");
  assert_string_equal(run(f, "Not in any way really expensive.", "en"),
                      "budget:counts:expensive");
  /* clause ends: punctuation and contrast words */
  assert_string_equal(run(f, "Not sure, too expensive.", "en"),
                      "budget:counts:too expensive");
  assert_string_equal(run(f, "Never mind but too expensive.", "en"),
                      "budget:counts:too expensive");
  /* a negator that starts the term is part of it */
  assert_string_equal(run(f, "We have no budget.", "en"),
                      "budget:counts:no budget");
  assert_string_equal(run(f, "I am not the decision maker.", "en"),
                      "authority:counts:not the decision maker");
  /* ... and it does not negate what follows it */
  assert_string_equal(run(f, "No budget, struggling with reports.", "en"),
                      "budget:counts:No budget pain:counts:struggling with");
  assert_string_equal(run(f, "No budget so struggling with it.", "en"),
                      "budget:counts:No budget pain:counts:struggling with");
  /* ... but it still negates a match that shares words with its term */
  assert_string_equal(run(f, "No budget issue at all.", "en"),
                      "budget:counts:No budget overlap:negated:budget issue");
  /* negation: off per term */
  assert_string_equal(run(f, "It is not cheap.", "en"), "budget:counts:cheap");
  /* German negators */
  assert_string_equal(run(f, "Das ist nicht zu teuer.", "de"),
                      "budget:negated:zu teuer");
  assert_string_equal(run(f, "Kein Budget.", "de"),
                      "budget:counts:Kein Budget");
}

static void test_unless_and_questions(void **state) {
  fixture *f = *state;
  assert_string_equal(run(f, "Not cheap, but worth every penny.", "en"),
                      "budget:excluded:cheap");
  assert_string_equal(run(f, "Not cheap. But worth every penny.", "en"),
                      "budget:counts:cheap");
  assert_string_equal(run(f, "Let's revisit next quarter.", "en"),
                      "timing:counts:revisit next quarter");
  assert_string_equal(run(f, "Could we revisit next quarter?", "en"),
                      "timing:qskip:revisit next quarter");
  assert_string_equal(run(f, "Is it easy?", "en"), "convenience:counts:easy");
  assert_string_equal(run(f, "It is easy.", "en"), "convenience:qonly:easy");
}

static void test_longest_match_and_proximity(void **state) {
  fixture *f = *state;
  /* "too expensive" wins over "expensive" in budget */
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *ll;
  voc_error err;
  const char *t = "Way too expensive.";
  int n = voc_tagger_match(f->tg, t, strlen(t), "en", VOC_LEX_TEXT, &in, &m,
                           &ll, &err);
  assert_int_equal(n, 2);
  assert_int_equal(m[0].fate, VOC_LEX_COUNTS);
  assert_string_equal(m[0].term->text, "too expensive");
  assert_int_equal(m[1].fate, VOC_LEX_DROPPED);
  assert_string_equal(m[1].by->text, "too expensive");
  /* proximity, either order, within 3 words, same sentence */
  assert_string_equal(run(f, "The pricing is way too high.", "en"),
                      "budget:counts:pricing is way too high");
  assert_string_equal(run(f, "High, the price.", "en"),
                      "budget:counts:High, the price");
  assert_string_equal(run(f, "The price is not in any way high.", "en"), "");
  assert_string_equal(run(f, "The price. High.", "en"), "");
  /* prefix wildcard, stems, exact forms */
  assert_string_equal(run(f, "Constant firefighting.", "en"),
                      "pain:counts:firefighting");
  assert_string_equal(run(f, "He struggled with it.", "en"),
                      "pain:counts:struggled with");
  assert_string_equal(run(f, "The CFO must approve.", "en"),
                      "authority:counts:CFO must approve");
  assert_string_equal(run(f, "The CFOs must approve.", "en"), "");
  /* terms do not cross punctuation */
  assert_string_equal(run(f, "Too. Expensive.", "en"),
                      "budget:counts:Expensive");
}

/* Thousands of matches in one sentence (no quadratic paths): every one is
 * found, the shorter overlaps dropped, negation decided per match. */
static void test_many_matches_one_sentence(void **state) {
  fixture *f = *state;
  const char *unit = "not too expensive, and too expensive and ";
  size_t n = 3000, ul = strlen(unit);
  char *text = malloc(n * ul + 1);
  assert_non_null(text);
  for (size_t i = 0; i < n; i++)
    memcpy(text + i * ul, unit, ul);
  text[n * ul] = '\0';
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *ll;
  voc_error err;
  int k = voc_tagger_match(f->tg, text, n * ul, "en", VOC_LEX_TEXT, &in, &m,
                           &ll, &err);
  assert_int_equal(k, (int)(4 * n));
  size_t counts = 0, negated = 0, dropped = 0;
  for (int i = 0; i < k; i++) {
    counts += m[i].fate == VOC_LEX_COUNTS;
    negated += m[i].fate == VOC_LEX_NEGATED;
    dropped += m[i].fate == VOC_LEX_DROPPED;
  }
  assert_int_equal(counts, n);
  assert_int_equal(negated, n);
  assert_int_equal(dropped, 2 * n);
  free(text);
}

static void test_title_mode(void **state) {
  fixture *f = *state;
  const char *id;
  voc_error err;
  assert_int_equal(voc_tagger_persona(f->tg, "Executive Assistant to the CEO",
                                      "en", &id, &err),
                   0);
  assert_string_equal(id, "end_user");
  assert_int_equal(
      voc_tagger_persona(f->tg, "CEO & Co-Founder", NULL, &id, &err), 0);
  assert_string_equal(id, "executive");
  assert_int_equal(
      voc_tagger_persona(f->tg, "Head of Security", "de", &id, &err), 0);
  assert_string_equal(id, "security"); /* de has no persona.lex: en */
  assert_int_equal(voc_tagger_persona(f->tg, "Gardener", "en", &id, &err), 0);
  assert_string_equal(id, "unknown");
  assert_int_equal(voc_tagger_persona(f->tg, NULL, "en", &id, &err), 0);
  assert_string_equal(id, "unknown");
  /* persona terms never fire on text */
  assert_string_equal(run(f, "Our CEO is an analyst.", "en"), "");
}

/* Opens dir as a lexset and a tagger over it, into *f. */
static void open_fixture(fixture *f, const char *dir) {
  voc_error err;
  assert_int_equal(voc_lexset_load(&f->ls, dir, &err), 0);
  assert_int_equal(voc_tagger_new(&f->tg, f->ls, NULL, &err), 0);
}

static void close_fixture(fixture *f) {
  voc_tagger_free(f->tg);
  voc_lexset_free(f->ls);
}

/* A negator that starts a hyphenated word ("no-show", "zero-touch") is part
 * of a compound and negates nothing; spaced, it still negates. */
static void test_compound_negator(void **state) {
  (void)state;
  /* a [post-negator] that no category asks for (negation: both) is inert */
  char *dir = make_dir("en", "negation",
                       "[negator] N\nno\nzero\n[post-negator] P\nnot\n"
                       "[contrast] C\nbut\n");
  add_file(dir, "en", "objection",
           "[risk] Risk\nshow rate\ntouch setup\nfee\n");
  fixture f;
  open_fixture(&f, dir);
  assert_string_equal(run(&f, "The no-show rate fell to 6%.", "en"),
                      "risk:counts:show rate");
  assert_string_equal(run(&f, "The no show rate fell.", "en"),
                      "risk:negated:show rate");
  assert_string_equal(run(&f, "A zero-touch setup.", "en"),
                      "risk:counts:touch setup");
  assert_string_equal(run(&f, "A zero - touch setup.", "en"),
                      "risk:counts:touch setup");
  assert_string_equal(run(&f, "The fee is not high.", "en"),
                      "risk:counts:fee");
  assert_string_equal(run(&f, "Zero touch setup fee.", "en"),
                      "risk:negated:touch setup risk:negated:fee");
  /* the reason is kept for explain */
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *ll, *t = "No-shows: show rate up";
  voc_error err;
  int n = voc_tagger_match(f.tg, "a no-show rate", 14, "en", VOC_LEX_TEXT,
                           &in, &m, &ll, &err);
  assert_int_equal(n, 1);
  assert_int_equal(m[0].unneg, VOC_LEX_UNNEG_COMPOUND);
  assert_int_equal(m[0].unneg_start, 2);
  assert_int_equal(m[0].unneg_end, 4);
  n = voc_tagger_match(f.tg, t, strlen(t), "en", VOC_LEX_TEXT, &in, &m, &ll,
                       &err);
  assert_int_equal(n, 1);
  assert_int_equal(m[0].unneg, VOC_LEX_UNNEG_NONE);
  close_fixture(&f);
  remove_dir(dir);
}

/* [post-negator]: with negation: both, negates a match before it in its
 * clause, within three words; not across a clause break or contrast word; one inside a kept
 * match belongs to it. [restriction]: fr "ne ... que" negates nothing. */
static void test_post_negator_and_restriction(void **state) {
  (void)state;
  char *dir = make_dir("de", "negation",
                       "[negator] N\nnicht\nkein\n[post-negator] P\nnicht\n"
                       "[contrast] C\naber\n");
  add_file(dir, "de", "objection",
           "[need] Bedarf\nnegation: both\nMehrwert\nBudget reicht nicht\n"
           "[budget] Budget\nnegation: both\nBudget\n"
           "[authority] Entscheider\nBetriebsrat\nGF {negation: both}\n");
  add_file(dir, "fr", "negation",
           "[negator] N\nne\nn'\npas\n[post-negator] P\nne\nn'\n"
           "[restriction] R\nque\nqu'\n[contrast] C\nmais\n");
  add_file(dir, "fr", "objection",
           "[budget] Budget\nnegation: both\nbudget\nprix\nvoté\n");
  fixture f;
  open_fixture(&f, dir);
  assert_string_equal(run(&f, "Wir sehen den Mehrwert nicht.", "de"),
                      "need:negated:Mehrwert");
  assert_string_equal(run(&f, "Das Budget ist nicht das Problem.", "de"),
                      "budget:negated:Budget");
  /* beyond three words, across a comma or a contrast word: not negated */
  assert_string_equal(
      run(&f, "Das Budget ist in diesem Jahr leider nicht da.", "de"),
      "budget:counts:Budget");
  assert_string_equal(run(&f, "Das Budget, nicht schlimm.", "de"),
                      "budget:counts:Budget");
  assert_string_equal(run(&f, "Mehrwert aber nicht.", "de"),
                      "need:counts:Mehrwert");
  /* only categories and terms with negation: both look after the match */
  assert_string_equal(run(&f, "Der Betriebsrat macht nicht mit.", "de"),
                      "authority:counts:Betriebsrat");
  assert_string_equal(run(&f, "Der GF macht nicht mit.", "de"),
                      "authority:negated:GF");
  /* owned by the longer term: negates nothing before it */
  assert_string_equal(run(&f, "Das Budget reicht nicht.", "de"),
                      "need:counts:Budget reicht nicht budget:counts:Budget");
  /* the elided n' as written in negation.lex, both apostrophes */
  assert_string_equal(run(&f, "Le prix n'est pas un problème.", "fr"),
                      "budget:negated:prix");
  assert_string_equal(run(&f, "Le prix n\xE2\x80\x99" "est pas un souci.", "fr"),
                      "budget:negated:prix");
  /* ne ... que: a restriction, forwards and backwards */
  assert_string_equal(
      run(&f, "Le budget ne sera voté qu'en décembre.", "fr"),
      "budget:counts:budget budget:counts:voté");
  assert_string_equal(run(&f, "Le budget ne sera pas voté.", "fr"),
                      "budget:negated:budget budget:negated:voté");
  /* a contrast word ends the restriction's reach */
  assert_string_equal(run(&f, "Le budget ne passe, mais que faire.", "fr"),
                      "budget:negated:budget");
  close_fixture(&f);
  remove_dir(dir);
}

/* unless(next): and unless(doc): reach the next sentence / the document;
 * a bad scope is an error with its column. */
static void test_unless_scope(void **state) {
  (void)state;
  char *dir = make_dir("en", "objection",
                       "[authority] Authority\nsign off\n"
                       "unless(week): board approved\n"
                       "unless(doc) board approved\n"
                       "unless(next):\n");
  voc_lexset *ls = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_non_null(strstr(g.text, "E objection.lex:3:8 unknown scope \"week\""));
  assert_non_null(strstr(g.text, "E objection.lex:4:11 a scoped exclusion"));
  assert_non_null(strstr(g.text, "E objection.lex:5:14 empty unless:"));
  assert_int_equal(g.errors, 3);
  add_file(dir, "en", "objection",
           "[authority] Authority\nsign off\n"
           "unless(doc): board approved\n"
           "unless(next): already signed\n"
           "[budget] Budget\ntoo expensive\nunless(sentence): worth it\n");
  fixture f;
  open_fixture(&f, dir);
  assert_string_equal(
      run(&f, "We need a sign off. Later the board approved it.", "en"),
      "authority:excluded:sign off");
  assert_string_equal(run(&f, "We need a sign off. Then a sign off.", "en"),
                      "authority:counts:sign off authority:counts:sign off");
  assert_string_equal(
      run(&f, "They already signed. A sign off. Another sign off.", "en"),
      "authority:excluded:sign off authority:counts:sign off");
  assert_string_equal(
      run(&f, "A sign off. They already signed.", "en"),
      "authority:counts:sign off");
  /* only its own category */
  assert_string_equal(
      run(&f, "The board approved. Too expensive. Worth it.", "en"),
      "budget:counts:Too expensive");
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *ll, *t = "Sign off. Board approved.";
  int n = voc_tagger_match(f.tg, t, strlen(t), "en", VOC_LEX_TEXT, &in, &m,
                           &ll, &err);
  assert_int_equal(n, 1);
  assert_int_equal(m[0].by->scope, VOC_UNLESS_DOC);
  close_fixture(&f);
  remove_dir(dir);
}

/* check warns when an unless: word is stemmed to a stem that a term of its
 * category writes as another word (so it cancels that term too), and keeps
 * quiet for words the stemmer leaves alone, exact forms, other categories. */
static void test_unless_stem_warning(void **state) {
  (void)state;
  char *dir = make_dir("en", "objection",
                       "[authority] Authority\n"
                       "a formal RFP\n"
                       "approve the budget\n"
                       "price is fine\n"
                       "unless: a formality\n"
                       "unless: price is fine today\n"
                       "unless: \"approved\" the\n"
                       "unless(doc): approved the\n"
                       "unless: formal approval\n"
                       "[budget] Budget\n"
                       "too expensive\n"
                       "unless: formality\n");
  add_file(dir, "en", "negation", "[negator] N\nnot\n");
  voc_lexset *ls = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), 0);
  assert_non_null(strstr(
      g.text, "W objection.lex:5:1 \"unless: a formality\": \"formality\" is "
              "stemmed to \"formal\", so it also cancels \"formal\" in the "
              "term \"a formal RFP\" (line 2), which can never count; to "
              "cancel only the written form, put it in quotes: "
              "\"formality\"\n"));
  assert_non_null(strstr(g.text, "W objection.lex:8:1 \"unless: approved the\": "
                                 "\"approved\" is stemmed to \"approv\", so it "
                                 "also cancels \"approve\" in the term"));
  /* a dead term the unless covers word for word keeps the old warning */
  assert_null(strstr(g.text, "dead term"));
  assert_int_equal(g.warnings, 2);
  voc_lexset_free(ls);
  remove_dir(dir);
}

/* `<Name>`: a capitalised word inside a sentence (not the first word, not
 * after a colon or a quotation mark, not "I"), for vendors nobody listed. */
static void test_name_slot(void **state) {
  (void)state;
  char *dir = make_dir("en", "negation", "[negator] N\nnot\n");
  add_file(dir, "en", "objection",
           "[competitor] Competitor\n<Name> quoted us\non <Name> until\n");
  add_file(dir, "de", "negation", "[negator] N\nnicht\n");
  add_file(dir, "de", "objection", "[competitor] Wettbewerb\nbei <Name> bis\n");
  fixture f;
  open_fixture(&f, dir);
  assert_string_equal(run(&f, "Honestly, Hirewell quoted us less.", "en"),
                      "competitor:counts:Hirewell quoted us");
  assert_string_equal(run(&f, "We are on Quotaview until March.", "en"),
                      "competitor:counts:on Quotaview until");
  assert_string_equal(run(&f, "We are on SAP until 2027.", "en"),
                      "competitor:counts:on SAP until");
  assert_string_equal(run(&f, "We are on hold until March.", "en"), "");
  assert_string_equal(run(&f, "They quoted us more. I quoted us.", "en"), "");
  assert_string_equal(run(&f, "Note: Zoho quoted us.", "en"), "");
  assert_string_equal(run(&f, "Wir sind bei Änderungsdienst bis Mai.", "de"),
                      "competitor:counts:bei Änderungsdienst bis");
  assert_string_equal(run(&f, "Wir sind bei ihnen bis Mai.", "de"), "");
  close_fixture(&f);
  remove_dir(dir);
}

/* Word lists: `@name = a | b` stands for each alternative in the terms
 * below it in the same file; every combination is a term with the line's
 * rule; alternatives that analyse alike are one term, not a duplicate. */
static void test_word_lists(void **state) {
  (void)state;
  char *dir = make_dir("en", "negation", "[negator] N\nnot\n");
  add_file(dir, "en", "trigger",
           "@lose = lose | losing | lost   # losing stems like lose\n"  /* 1 */
           "@biz = deal* | client* | \"big buyers\"\n"                  /* 2 */
           "[fear_of_loss] Fear of loss\n"                             /* 3 */
           "@lose ~>4 @biz\n"                                          /* 4 */
           "unless: @lose ~2 interest\n");                             /* 5 */
  add_file(dir, "en", "objection", "[budget] Budget\n@biz too pricey\n");
  voc_lexset *ls = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  /* lists belong to the file that defines them */
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_non_null(strstr(g.text, "E objection.lex:2:1 unknown word list @biz"));
  add_file(dir, "en", "objection", "[budget] Budget\ntoo pricey\n");
  memset(&g, 0, sizeof g);
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), 0);
  assert_int_equal(g.errors + g.warnings, 0);
  /* 2 distinct verbs x 3 objects + the budget term, and 2 unless phrases */
  size_t nterms = 0, nunless = 0;
  for (size_t i = 0; i < voc_lexset_nterms(ls); i++) {
    const voc_term_info *t = voc_lexset_term(ls, i);
    if (t->role == VOC_TERM_UNLESS)
      nunless++;
    else if (t->role == VOC_TERM_TERM)
      nterms++;
  }
  assert_int_equal(nterms, 7);
  assert_int_equal(nunless, 2);
  voc_tagger *tg = NULL;
  assert_int_equal(voc_tagger_new(&tg, ls, NULL, &err), 0);
  fixture f = {ls, tg};
  assert_string_equal(run(&f, "We lost two clients last month.", "en"),
                      "fear_of_loss:counts:lost two clients");
  assert_string_equal(run(&f, "They keep losing big buyers to rivals.", "en"),
                      "fear_of_loss:counts:losing big buyers");
  assert_string_equal(run(&f, "We will not lose deals.", "en"),
                      "fear_of_loss:negated:lose deals");
  assert_string_equal(run(&f, "The client lost interest.", "en"), "");
  assert_string_equal(run(&f, "Clients lose patience.", "en"), "");
  /* the tag names the combination that matched and the line written */
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *ll;
  const char *text = "Lost deals again.";
  assert_int_equal(voc_tagger_match(tg, text, strlen(text), "en", VOC_LEX_TEXT,
                                    &in, &m, &ll, &err),
                   1);
  assert_string_equal(m[0].term->text, "lost ~>4 deal*");
  assert_string_equal(m[0].term->rule, "en/trigger.lex:4");
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  /* definitions and uses are checked, with positions */
  add_file(dir, "en", "trigger",
           "@a = x | | y\n"                                 /* 1 */
           "@b = \"open | z\n"                              /* 2 */
           "@c = p ~2 q\n"                                  /* 3 */
           "@d = one | two\n"                               /* 4 */
           "@d = three\n"                                   /* 5 */
           "[pain] Pain\n"                                  /* 6 */
           "@d* bar\n"                                      /* 7 */
           "@e = a | b | c | d | e | f | g | h | i | j\n"   /* 8 */
           "@e @e @e ~1 @e\n"                               /* 9 */
           "big @d {negation: off}\n");                     /* 10 */
  memset(&g, 0, sizeof g);
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_non_null(
      strstr(g.text, "E trigger.lex:1:10 empty alternative in word list @a"));
  assert_non_null(strstr(g.text, "E trigger.lex:2:6 unterminated quote"));
  assert_non_null(strstr(g.text, "E trigger.lex:3:6 an alternative of a word "
                                 "list is words"));
  assert_non_null(strstr(g.text, "E trigger.lex:5:1 word list @d is defined "
                                 "twice (first on line 4)"));
  assert_non_null(strstr(g.text, "E trigger.lex:7:1 a word list is used as "
                                 "@name"));
  assert_non_null(strstr(g.text, "E trigger.lex:9:13 this term stands for "
                                 "more than 1000 terms"));
  assert_int_equal(g.errors, 6);
  /* a | in a term is no alternative: a warning says how to write one */
  add_file(dir, "en", "trigger", "[pain] Pain\nlost | missed deals\n\"a|b\"\n");
  memset(&g, 0, sizeof g);
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), 0);
  assert_non_null(strstr(g.text, "W trigger.lex:2:1 \"|\" in a term is no alternative"));
  assert_int_equal(g.warnings, 1);
  voc_lexset_free(ls);
  remove_dir(dir);
}

/* `^ words`: a term or an unless: that counts only where a sentence starts
 * (its first word, after a line break, or after a label of up to 3 words
 * and a colon), for the rep's own lines in call notes ("Sent them ..."). */
static void test_anchor(void **state) {
  (void)state;
  char *dir = make_dir("en", "negation", "[negator] N\nnot\n");
  add_file(dir, "en", "objection",
           "[budget] Budget\n"
           "discount*\n"
           "^ too pricey\n"
           "^ cost ~2 high\n"
           "unless: ^ got them\n"
           "unless: ^ offered ~3 discount*\n"
           "[contract] Contract\n"
           "escrow\n"
           "unless: ^ sent\n");
  fixture f;
  open_fixture(&f, dir);
  assert_string_equal(run(&f, "They want a discount.", "en"),
                      "budget:counts:discount");
  assert_string_equal(run(&f, "Got them a 30% discount.", "en"),
                      "budget:excluded:discount");
  assert_string_equal(run(&f, "Hugo: got them a discount.", "en"),
                      "budget:excluded:discount");
  assert_string_equal(run(&f, "Next steps:\ngot them a discount.", "en"),
                      "budget:excluded:discount");
  assert_string_equal(run(&f, "We got them nothing, they want a discount.", "en"),
                      "budget:counts:discount");
  assert_string_equal(
      run(&f, "Call with the whole finance team: got them a discount.", "en"),
      "budget:counts:discount");
  assert_string_equal(run(&f, "Offered a discount.", "en"),
                      "budget:excluded:discount");
  assert_string_equal(run(&f, "They offered us a discount elsewhere.", "en"),
                      "budget:counts:discount");
  assert_string_equal(run(&f, "Too pricey. It is too pricey.", "en"),
                      "budget:counts:Too pricey");
  /* an anchored proximity pair away from the start is no candidate (its
   * negation gap was once written into the candidate before it) */
  assert_string_equal(run(&f, "Cost is high.", "en"), "budget:counts:Cost is high");
  assert_string_equal(run(&f, "Our cost is high.", "en"), "");
  assert_string_equal(run(&f, "A discount, but our cost is not high.", "en"),
                      "budget:counts:discount");
  assert_string_equal(run(&f, "Sent escrow terms. Escrow is a must.", "en"),
                      "contract:excluded:escrow contract:counts:Escrow");
  close_fixture(&f);
  /* ^ only first and alone; an anchored unless makes no term dead */
  add_file(dir, "en", "objection",
           "[budget] Budget\n"
           "got them\n"
           "unless: ^ got them\n"
           "too ^ pricey\n"
           "^pricey\n");
  voc_lexset *ls = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_non_null(strstr(g.text, "E objection.lex:4:5 ^ anchors a term"));
  assert_non_null(strstr(g.text, "E objection.lex:5:1 ^ anchors a term"));
  assert_null(strstr(g.text, "dead term"));
  assert_int_equal(g.errors, 2);
  remove_dir(dir);
}

/* unless(term): excludes only the term line above it (every term a word
 * list line stands for), in its sentence; other terms of the category in
 * that sentence still count. */
static void test_unless_term(void **state) {
  (void)state;
  char *dir = make_dir("en", "negation", "[negator] N\nnot\n");
  add_file(dir, "en", "trigger",
           "@love = love | loved\n"
           "[emotional_resonance] Emotional resonance\n"
           "@love ~3 it\n"
           "unless(term): @love ~1 idea\n"
           "gets us\n"
           "feels like family\n"
           "unless(term): @love ~1 idea   # the same words for another term\n");
  fixture f;
  open_fixture(&f, dir);
  assert_string_equal(run(&f, "We love it.", "en"),
                      "emotional_resonance:counts:love it");
  assert_string_equal(run(&f, "Loved the idea of it.", "en"),
                      "emotional_resonance:excluded:Loved the idea of it");
  /* a category-wide unless: would cancel "gets us" too; this one does not */
  assert_string_equal(
      run(&f, "Loved the idea of it, finally someone who gets us.", "en"),
      "emotional_resonance:excluded:Loved the idea of it "
      "emotional_resonance:counts:gets us");
  assert_string_equal(run(&f, "Loved the idea. We love it.", "en"),
                      "emotional_resonance:counts:love it");
  /* the same unless(term) words under another term are no duplicate */
  assert_string_equal(run(&f, "Loved the idea, feels like family.", "en"),
                      "emotional_resonance:excluded:feels like family");
  close_fixture(&f);
  /* it needs a term line above it, in its category */
  add_file(dir, "en", "trigger",
           "[pain] Pain\nunless(term): idea\n"
           "[convenience] C\neasy\n[trust_risk] T\nunless(term): idea\n");
  voc_lexset *ls = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_non_null(strstr(g.text, "E trigger.lex:2:1 unless(term): excludes the "
                                 "term on the line above it; there is no term "
                                 "line above it in [pain]"));
  assert_non_null(strstr(g.text, "E trigger.lex:6:1 unless(term):"));
  assert_int_equal(g.errors, 2);
  remove_dir(dir);
}

/* `<N>`: a word that starts with a digit (3, 40k, 2026), for families with a
 * number in them ("north of 40 grand", "only 3 people"). */
static void test_number_slot(void **state) {
  (void)state;
  char *dir = make_dir("en", "negation", "[negator] N\nnot\n");
  add_file(dir, "en", "objection",
           "@few = <N> | two | three\n"
           "[budget] Budget\nnorth of <N>\n"
           "[need] Need\nonly @few people\n");
  fixture f;
  open_fixture(&f, dir);
  assert_string_equal(run(&f, "Anything north of 40k is out.", "en"),
                      "budget:counts:north of 40k");
  assert_string_equal(run(&f, "North of $40,000 a year.", "en"),
                      "budget:counts:North of $40,000");
  assert_string_equal(run(&f, "We are north of Boston.", "en"), "");
  assert_string_equal(run(&f, "We are only 3 people.", "en"),
                      "need:counts:only 3 people");
  assert_string_equal(run(&f, "We are only three people.", "en"),
                      "need:counts:only three people");
  assert_string_equal(run(&f, "We are only some people.", "en"), "");
  close_fixture(&f);
  remove_dir(dir);
}

/* <lang>/lists.lex: word lists every file of the language can use (it is
 * read first); it holds nothing else; a file may not define one again. */
static void test_shared_lists(void **state) {
  (void)state;
  char *dir = make_dir("en", "negation", "[negator] N\nnot\n");
  add_file(dir, "en", "lists", "# shared\n@month = march | april\n");
  add_file(dir, "en", "objection", "[timing] Timing\nnothing before @month\n");
  add_file(dir, "en", "trigger", "[pain] Pain\n@month ~2 chaos\n");
  fixture f;
  open_fixture(&f, dir);
  assert_string_equal(run(&f, "Nothing before April.", "en"),
                      "timing:counts:Nothing before April");
  assert_string_equal(run(&f, "March was chaos.", "en"),
                      "pain:counts:March was chaos");
  close_fixture(&f);
  add_file(dir, "en", "lists", "@month = march\n[timing] T\nsoon\n");
  add_file(dir, "en", "trigger", "@month = may\n[pain] Pain\n@month ~2 chaos\n");
  voc_lexset *ls = NULL;
  voc_error err;
  diags g = {{0}, 0, 0};
  assert_int_equal(voc_lexset_open(&ls, dir, collect, &g, &err), VOC_EPARSE);
  assert_non_null(strstr(g.text, "E lists.lex:2:1 lists.lex holds only word lists"));
  assert_non_null(strstr(g.text, "E lists.lex:3:1 lists.lex holds only word lists"));
  assert_non_null(strstr(g.text, "E trigger.lex:1:1 word list @month is defined "
                                 "twice (first on line 1 of lists.lex)"));
  remove_dir(dir);
}

/* unless(clause): cancels its category in its own clause only: up to a
 * comma, a full stop or a contrast word. */
static void test_unless_clause(void **state) {
  (void)state;
  char *dir = make_dir("en", "negation", "[negator] N\nnot\n[contrast] C\nbut\n");
  add_file(dir, "en", "objection",
           "[budget] Budget\nover budget\nunless(clause): thanks for the quote\n"
           "[timing] Timing\nnext quarter\nunless: thanks for the quote\n");
  fixture f;
  open_fixture(&f, dir);
  /* another clause: the budget objection stays; the plain unless: of timing
   * still reaches the whole sentence */
  assert_string_equal(
      run(&f, "Thanks for the quote, but it is over budget until next quarter.",
          "en"),
      "budget:counts:over budget timing:excluded:next quarter");
  assert_string_equal(run(&f, "Thanks for the quote but over budget.", "en"),
                      "budget:counts:over budget");
  assert_string_equal(run(&f, "Over budget thanks for the quote.", "en"),
                      "budget:excluded:Over budget");
  close_fixture(&f);
  remove_dir(dir);
}

static void test_examples_pass(void **state) {
  fixture *f = *state;
  long nfail = -1, ntotal = -1;
  voc_error err;
  FILE *out = tmpfile();
  assert_int_equal(voc_tagger_run_examples(f->tg, out, &nfail, &ntotal, &err),
                   0);
  assert_int_equal(nfail, 0);
  assert_int_equal(ntotal, 23);
  fclose(out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_errors_have_positions),
      cmocka_unit_test(test_duplicates_and_dead_terms),
      cmocka_unit_test(test_categories_and_examples),
      cmocka_unit_test(test_version_follows_content),
      cmocka_unit_test(test_chains),
      cmocka_unit_test(test_missing_dir),
      cmocka_unit_test(test_import),
      cmocka_unit_test_setup_teardown(test_negation, setup, teardown),
      cmocka_unit_test(test_unless_proximity),
      cmocka_unit_test(test_negator_inside_proximity),
      cmocka_unit_test(test_longest_that_counts),
      cmocka_unit_test(test_ordered_proximity),
      cmocka_unit_test(test_compound_negator),
      cmocka_unit_test(test_post_negator_and_restriction),
      cmocka_unit_test(test_unless_scope),
      cmocka_unit_test(test_unless_stem_warning),
      cmocka_unit_test(test_name_slot),
      cmocka_unit_test(test_word_lists),
      cmocka_unit_test(test_anchor),
      cmocka_unit_test(test_unless_term),
      cmocka_unit_test(test_number_slot),
      cmocka_unit_test(test_shared_lists),
      cmocka_unit_test(test_unless_clause),
      cmocka_unit_test_setup_teardown(test_unless_and_questions, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_longest_match_and_proximity, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_many_matches_one_sentence, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_title_mode, setup, teardown),
      cmocka_unit_test_setup_teardown(test_examples_pass, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
