/* voc-lex: check, test, explain, measure and import lexicons. All logic is
 * in voc_lex.c (format), voc_tag.c (explain, examples) and voc_eval.c. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "voc_cli.h"
#include "voc_eval.h"
#include "voc_lex.h"
#include "voc_norm.h"
#include "voc_tag.h"

enum {
  OPT_LEXICONS = 'L',
  OPT_LANG = 2000,
  OPT_TITLE,
  OPT_VERBOSE,
  OPT_FROM,
  OPT_LEXICON,
  OPT_CATEGORY,
  OPT_LABEL,
  OPT_KIND
};

static const voc_cli_opt opts[] = {
    {"lexicons", 1, OPT_LEXICONS, "DIR",
     "lexicon directory (default $VOC_LEXICONS, else the installed ones, "
     "else the lexicons/ of the source tree this program was built from)"},
    {"lang", 1, OPT_LANG, "LANG",
     "explain: language of the text (default: "
     "detected)"},
    {"title", 0, OPT_TITLE, NULL,
     "explain: the text is a job title (persona.lex)"},
    {"kind", 1, OPT_KIND, "KIND",
     "explain: the kind of record (call_note, email, review, survey, other), "
     "for terms limited to some kinds (default: every term applies)"},
    {"verbose", 0, OPT_VERBOSE, NULL,
     "eval: list each document's false positives and misses"},
    {"from", 1, OPT_FROM, "FORMAT", "import: input format (terms)"},
    {"lexicon", 1, OPT_LEXICON, "NAME", "import: lexicon name"},
    {"category", 1, OPT_CATEGORY, "ID", "import: category id"},
    {"label", 1, OPT_LABEL, "TEXT", "import: category label"},
    {0, 0, 0, 0, 0}};

typedef struct args {
  const char *dir, *lang, *from, *lexicon, *category, *label, *kind;
  bool title, verbose;
} args;

typedef struct check_ctx {
  long errors, warnings;
} check_ctx;

static void print_diag(void *ctx, const voc_lex_diag *d) {
  check_ctx *c = ctx;
  if (d->severity == VOC_LEX_ERROR)
    c->errors++;
  else
    c->warnings++;
  const char *sev = d->severity == VOC_LEX_ERROR ? "error" : "warning";
  if (d->line && d->col)
    printf("%s:%ld:%ld: %s: %s\n", d->file, d->line, d->col, sev, d->msg);
  else if (d->line)
    printf("%s:%ld: %s: %s\n", d->file, d->line, sev, d->msg);
  else
    printf("%s: %s: %s\n", d->file, sev, d->msg);
}

static int load(voc_cli *cli, const args *a, voc_lexset **ls) {
  voc_error err;
  voc_error_clear(&err);
  if (voc_lexset_load(ls, a->dir, &err) < 0) {
    voc_cli_warn(cli, &err);
    return voc_error_exit_code(err.code);
  }
  return 0;
}

static int cmd_check(voc_cli *cli, const args *a) {
  voc_lexset *ls = NULL;
  voc_error err;
  check_ctx c = {0, 0};
  voc_error_clear(&err);
  int rc = voc_lexset_open(&ls, a->dir, print_diag, &c, &err);
  if (rc < 0 && rc != VOC_EPARSE) {
    voc_cli_warn(cli, &err);
    return voc_error_exit_code(rc);
  }
  if (ls) {
    size_t nt = 0;
    for (size_t i = 0; i < voc_lexset_nterms(ls); i++)
      nt += voc_lexset_term(ls, i)->role == VOC_TERM_TERM;
    printf("%zu categories, %zu terms: %ld error%s, %ld warning%s\n",
           voc_lexset_ncategories(ls), nt, c.errors, c.errors == 1 ? "" : "s",
           c.warnings, c.warnings == 1 ? "" : "s");
  } else {
    printf("%ld error%s, %ld warning%s\n", c.errors, c.errors == 1 ? "" : "s",
           c.warnings, c.warnings == 1 ? "" : "s");
  }
  voc_lexset_free(ls);
  return c.errors ? VOC_EX_DATAERR : VOC_EX_OK;
}

static int cmd_test(voc_cli *cli, const args *a) {
  voc_lexset *ls = NULL;
  voc_tagger *tg = NULL;
  voc_error err;
  long nfail = 0, ntotal = 0;
  int st;
  voc_error_clear(&err);
  if ((st = load(cli, a, &ls)) != 0)
    return st;
  if (voc_tagger_new(&tg, ls, NULL, &err) < 0 ||
      voc_tagger_run_examples(tg, stdout, &nfail, &ntotal, &err) < 0) {
    voc_cli_warn(cli, &err);
    st = voc_error_exit_code(err.code);
  } else {
    printf("%ld example%s, %ld failed\n", ntotal, ntotal == 1 ? "" : "s",
           nfail);
    st = nfail ? 1 : 0;
  }
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  return st;
}

static int explain_one(voc_cli *cli, voc_tagger *tg, const args *a,
                       const char *text, voc_buf *out) {
  voc_error err;
  voc_error_clear(&err);
  voc_buf_clear(out);
  if (voc_tagger_explain(tg, text, a->lang, a->title, out, &err) < 0) {
    voc_cli_warn(cli, &err);
    return voc_error_exit_code(err.code);
  }
  fwrite(out->data, 1, out->len, stdout);
  return 0;
}

static int cmd_explain(voc_cli *cli, const args *a, int n, char **texts) {
  voc_lexset *ls = NULL;
  voc_tagger *tg = NULL;
  voc_error err;
  voc_buf out = VOC_BUF_INIT(0), line = VOC_BUF_INIT(0);
  int st;
  voc_error_clear(&err);
  if ((st = load(cli, a, &ls)) != 0)
    return st;
  if (voc_tagger_new(&tg, ls, NULL, &err) < 0) {
    voc_cli_warn(cli, &err);
    st = voc_error_exit_code(err.code);
    goto done;
  }
  if (a->kind && !voc_lex_kind(a->kind, strlen(a->kind))) {
    voc_cli_usage_error(cli, "unknown kind '%s' (call_note, email, review, "
                             "survey, other)", a->kind);
    st = VOC_EX_USAGE;
    goto done;
  }
  voc_tagger_set_kind(tg, a->kind);
  if (n > 0) {
    for (int i = 0; i < n && !st; i++) {
      if (i)
        putchar('\n');
      st = explain_one(cli, tg, a, texts[i], &out);
    }
  } else {
    int rc, k = 0;
    while (!st && (rc = voc_buf_getline(&line, stdin, &err)) > 0) {
      if (!line.len)
        continue;
      if (k++)
        putchar('\n');
      st = explain_one(cli, tg, a, line.data, &out);
    }
  }
done:
  voc_buf_dispose(&out);
  voc_buf_dispose(&line);
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  return st;
}

static int cmd_stats(voc_cli *cli, const args *a) {
  voc_lexset *ls = NULL;
  int st;
  if ((st = load(cli, a, &ls)) != 0)
    return st;
  size_t nc = voc_lexset_ncategories(ls), nt = voc_lexset_nterms(ls);
  long *terms = calloc(nc + 1, sizeof *terms),
       *unless = calloc(nc + 1, sizeof *unless),
       *dead = calloc(nc + 1, sizeof *dead), *ex = calloc(nc + 1, sizeof *ex);
  if (!terms || !unless || !dead || !ex) {
    voc_cli_msg(cli, "out of memory");
    st = VOC_EX_SOFTWARE;
    goto done;
  }
  /* categories are visited in order; a term's category is found by pointer */
  for (size_t t = 0; t < nt; t++) {
    const voc_term_info *ti = voc_lexset_term(ls, t);
    for (size_t c = 0; c < nc; c++)
      if (voc_lexset_category(ls, c) == ti->cat) {
        if (ti->role == VOC_TERM_UNLESS)
          unless[c]++;
        else if (ti->dead)
          dead[c]++;
        else
          terms[c]++;
        break;
      }
  }
  for (size_t e = 0; e < voc_lexset_nexamples(ls); e++)
    for (size_t c = 0; c < nc; c++)
      if (voc_lexset_category(ls, c) == voc_lexset_example(ls, e)->cat)
        ex[c]++;
  printf("%-5s %-12s %-22s %6s %6s %8s %5s\n", "lang", "lexicon", "category",
         "terms", "unless", "examples", "dead");
  long tt = 0;
  for (size_t c = 0; c < nc; c++) {
    const voc_category_info *ci = voc_lexset_category(ls, c);
    printf("%-5s %-12s %-22s %6ld %6ld %8ld %5ld\n", ci->lang, ci->lexicon,
           ci->id, terms[c], unless[c], ex[c], dead[c]);
    tt += terms[c];
  }
  printf("%ld terms in %zu categories; lexicon version %s\n", tt, nc,
         voc_lexset_version(ls));
done:
  free(terms);
  free(unless);
  free(dead);
  free(ex);
  voc_lexset_free(ls);
  return st;
}

/* Feed every record of path ("-" stdin) to add. */
static int read_records(voc_cli *cli, voc_eval *ev, const char *path,
                        bool gold) {
  FILE *f = voc_cli_open(cli, path);
  if (!f)
    return VOC_EX_NOINPUT;
  voc_reader r;
  voc_record *rec = NULL;
  voc_error err;
  int rc, st = 0;
  voc_reader_init(&r, f, path);
  for (;;) {
    voc_error_clear(&err);
    rc = voc_reader_next(&r, &rec, &err);
    if (rc == 0)
      break;
    if (rc < 0) {
      voc_cli_warn(cli, &err);
      st = voc_error_exit_code(rc);
      if (rc == VOC_EIO)
        break;
      continue;
    }
    rc = gold ? voc_eval_add_gold(ev, rec, &err)
              : voc_eval_add_tagged(ev, rec, &err);
    voc_record_free(rec);
    if (rc < 0) {
      voc_error_at(&err, r.name, r.lineno, 0);
      voc_cli_warn(cli, &err);
      st = voc_error_exit_code(rc);
    }
  }
  voc_reader_dispose(&r);
  voc_cli_close(cli, f);
  return st;
}

static int cmd_eval(voc_cli *cli, const args *a, int n, char **files) {
  voc_eval *ev = NULL;
  voc_error err;
  int st;
  voc_error_clear(&err);
  if (n < 1 || n > 2)
    return voc_cli_usage_error(cli, "eval needs GOLD.jsonl [TAGGED.jsonl]");
  if (voc_eval_new(&ev, &err) < 0) {
    voc_cli_warn(cli, &err);
    return VOC_EX_SOFTWARE;
  }
  st = read_records(cli, ev, files[0], true);
  if (!st)
    st = read_records(cli, ev, n == 2 ? files[1] : "-", false);
  if (!st && voc_eval_report(ev, stdout, a->verbose) < 0)
    st = VOC_EX_SOFTWARE;
  voc_eval_free(ev);
  return st;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID,
                &ts); /* CPU time: robust on a shared machine */
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* voc-lex bench RECORDS: the CPU cost of matching alone. Pass 1 normalizes
 * every text; pass 2 normalizes and matches; the difference is the
 * matcher (best of 3 each). Texts are held in memory: use a few MB. */
static int cmd_bench(voc_cli *cli, const args *a, int n, char **files) {
  voc_lexset *ls = NULL;
  voc_tagger *tg = NULL;
  voc_normalizer *norm = NULL;
  voc_error err;
  voc_buf all = VOC_BUF_INIT((size_t)1 << 30);
  size_t *offs = NULL, ntext = 0, cap = 0;
  int st;
  voc_error_clear(&err);
  if (n != 1)
    return voc_cli_usage_error(cli, "bench needs one RECORDS.jsonl");
  double t0 = now();
  if ((st = load(cli, a, &ls)) != 0)
    return st;
  double tcompile = now() - t0;
  FILE *f = voc_cli_open(cli, files[0]);
  if (!f) {
    voc_lexset_free(ls);
    return VOC_EX_NOINPUT;
  }
  voc_reader r;
  voc_record *rec;
  voc_reader_init(&r, f, files[0]);
  while (voc_reader_next(&r, &rec, &err) > 0) {
    const char *t = voc_record_str(rec, "text");
    if (t && ntext + 2 >= cap) {
      size_t *o = realloc(offs, (cap * 2 + 1024) * sizeof *o);
      if (o) {
        offs = o;
        cap = cap * 2 + 1024;
      }
    }
    if (t && ntext + 2 < cap && voc_buf_put(&all, t, strlen(t) + 1) == 0)
      offs[ntext++] = all.len - strlen(t) - 1;
    voc_record_free(rec);
  }
  voc_reader_dispose(&r);
  voc_cli_close(cli, f);
  if (!offs) {
    voc_lexset_free(ls);
    return voc_cli_usage_error(cli, "no texts in %s", files[0]);
  }
  offs[ntext] = all.len;
  if (voc_tagger_new(&tg, ls, NULL, &err) < 0 ||
      voc_normalizer_new(&norm, &err) < 0) {
    voc_cli_warn(cli, &err);
    st = VOC_EX_SOFTWARE;
    goto done;
  }
  double best[2] = {1e9, 1e9};
  long matches = 0;
  for (int run = 0; run < 3; run++) {
    for (int pass = 0; pass < 2; pass++) {
      double t = now();
      matches = 0;
      for (size_t i = 0; i < ntext; i++) {
        const char *tx = all.data + offs[i];
        size_t len = offs[i + 1] - offs[i] - 1;
        if (pass == 0) {
          const voc_doc *d;
          voc_normalize(norm, tx, len, "en", &d, &err);
        } else {
          const voc_lex_input *in;
          const voc_lex_match *m;
          const char *ll;
          int k = voc_tagger_match(tg, tx, len, "en", VOC_LEX_TEXT, &in, &m,
                                   &ll, &err);
          matches += k > 0 ? k : 0;
        }
      }
      t = now() - t;
      if (t < best[pass])
        best[pass] = t;
    }
  }
  double mb = (double)all.len / 1e6;
  size_t nterms = 0;
  for (size_t i = 0; i < voc_lexset_nterms(ls); i++)
    nterms += voc_lexset_term(ls, i)->role == VOC_TERM_TERM;
  printf("terms %zu, compile %.3f s, texts %zu (%.1f MB), matches %ld\n"
         "normalize %.3f s (%.1f MB/s), normalize+match %.3f s (%.1f MB/s), "
         "match alone %.3f s (%.1f MB/s)\n",
         nterms, tcompile, ntext, mb, matches, best[0], mb / best[0], best[1],
         mb / best[1], best[1] - best[0],
         best[1] > best[0] ? mb / (best[1] - best[0]) : 0.0);
done:
  free(offs);
  voc_buf_dispose(&all);
  voc_normalizer_free(norm);
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  return st;
}

static int cmd_import(voc_cli *cli, const args *a, int n, char **files) {
  voc_error err;
  long nterms = 0;
  voc_error_clear(&err);
  if (!a->from || strcmp(a->from, "terms") != 0)
    return voc_cli_usage_error(cli, "import needs --from terms");
  if (!a->lexicon || !a->category)
    return voc_cli_usage_error(cli, "import needs --lexicon L --category C");
  if (n > 1)
    return voc_cli_usage_error(cli, "import reads one FILE (or stdin)");
  const char *path = n ? files[0] : "-";
  FILE *f = voc_cli_open(cli, path);
  if (!f)
    return VOC_EX_NOINPUT;
  int rc = voc_lex_import_terms(f, path, stdout, a->lexicon, a->category,
                                a->label, &nterms, &err);
  voc_cli_close(cli, f);
  if (rc < 0) {
    voc_cli_warn(cli, &err);
    return voc_error_exit_code(rc);
  }
  if (!cli->quiet)
    voc_cli_msg(cli, "%ld terms imported", nterms);
  return 0;
}

int main(int argc, char **argv) {
  voc_cli cli;
  args a = {0};
  const char *arg;
  int c, first = 0, st;
  voc_cli_init(
      &cli, "voc-lex", "COMMAND [OPTION]... [ARG]...",
      "Check, test, explain and measure the lexicons.\n"
      "  check [DIR]           syntax errors (file:line:col), duplicate and "
      "dead terms\n"
      "  test [DIR]            run every match:/nomatch: example; exit 1 on "
      "failure\n"
      "  explain TEXT...       which terms fired in TEXT and why they count "
      "or not\n"
      "                        (no TEXT: one text per stdin line)\n"
      "  stats [DIR]           terms per category\n"
      "  eval GOLD [TAGGED]    precision, recall, F1 of voc-tag output "
      "(TAGGED or stdin)\n"
      "  import --from terms FILE --lexicon L --category C\n"
      "                        turn a term list into lexicon lines on stdout\n"
      "  bench RECORDS         time the matcher alone on the records' texts",
      opts);
  cli.epilog = "check exits 65 when a lexicon has errors (warnings alone: 0); "
               "test exits 1 when an\nexample fails.";
  /* options may come before and after the command and its operands (GNU
   * style): voc_cli_getopt moves the operands to argv[first..argc) */
  for (;;) {
    c = voc_cli_getopt(&cli, argc, argv, &arg, &first);
    if (c == -1)
      break;
    switch (c) {
    case -2:
      return cli.status;
    case OPT_LEXICONS:
      a.dir = arg;
      break;
    case OPT_LANG:
      a.lang = arg;
      break;
    case OPT_TITLE:
      a.title = true;
      break;
    case OPT_VERBOSE:
      a.verbose = true;
      break;
    case OPT_FROM:
      a.from = arg;
      break;
    case OPT_LEXICON:
      a.lexicon = arg;
      break;
    case OPT_CATEGORY:
      a.category = arg;
      break;
    case OPT_LABEL:
      a.label = arg;
      break;
    case OPT_KIND:
      a.kind = arg;
      break;
    default:
      break;
    }
  }
  char **ops = argv + first; /* the command and its operands */
  int nops = argc - first;

  if (nops == 0)
    return voc_cli_usage_error(&cli, "a command is needed: check, test, "
                                     "explain, stats, eval or import");
  const char *cmd = ops[0];
  int n = nops - 1;
  char **rest = ops + 1;
  /* check, test and stats take the lexicon directory as an operand too
   * (`voc-lex check lexicons`); anything else there is a mistake */
  if (!strcmp(cmd, "check") || !strcmp(cmd, "test") || !strcmp(cmd, "stats")) {
    if (n > 1 || (n == 1 && a.dir))
      return voc_cli_usage_error(&cli, "%s takes one lexicon directory, as "
                                       "an operand or with --lexicons",
                                 cmd);
    if (n == 1)
      a.dir = rest[0];
  }
  if (!a.dir)
    a.dir = voc_cli_default_lexicons();
  if (!strcmp(cmd, "check"))
    st = cmd_check(&cli, &a);
  else if (!strcmp(cmd, "test"))
    st = cmd_test(&cli, &a);
  else if (!strcmp(cmd, "explain"))
    st = cmd_explain(&cli, &a, n, rest);
  else if (!strcmp(cmd, "stats"))
    st = cmd_stats(&cli, &a);
  else if (!strcmp(cmd, "eval"))
    st = cmd_eval(&cli, &a, n, rest);
  else if (!strcmp(cmd, "import"))
    st = cmd_import(&cli, &a, n, rest);
  else if (!strcmp(cmd, "bench"))
    st = cmd_bench(&cli, &a, n, rest);
  else
    st = voc_cli_usage_error(&cli, "unknown command '%s'", cmd);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    voc_cli_msg(&cli, "write error on stdout");
    return VOC_EX_IOERR;
  }
  return st;
}
