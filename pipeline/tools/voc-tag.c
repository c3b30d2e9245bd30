/* voc-tag: records in, records with lexicon tags, persona and lexicon
 * version out. The lexicons are compiled once; all logic is in voc_tag.c
 * and voc_lex.c. Lines are scanned in place (voc_jline.h), not parsed into
 * a tree: the fields voc-tag does not own pass through byte for byte.
 * VOC_TAG_TREE=1 in the environment takes the reference path instead
 * (cJSON tree, voc_tagger_apply, voc_record_write): the output of the two
 * is the same on records as voc_record_format writes them, which
 * tests/scripts/test-tag-identity.sh checks. */
#include <stdlib.h>
#include <string.h>

#include "voc_cli.h"
#include "voc_lex.h"
#include "voc_tag.h"

enum { OPT_LEXICONS = 'L', OPT_LEXICON = 'l', OPT_LANG = 2000 };

static const voc_cli_opt opts[] = {
    {"lexicons", 1, OPT_LEXICONS, "DIR",
     "lexicon directory (<lang>/<name>.lex; default $VOC_LEXICONS, else "
     "the installed ones, else the lexicons/ of the source tree this "
     "program was built from)"},
    {"lexicon", 1, OPT_LEXICON, "NAME",
     "tag only with this lexicon (objection, trigger, ...); repeat or "
     "separate with commas"},
    {"lang", 1, OPT_LANG, "LANG",
     "language of records without \"lang\" (default: detected)"},
    {0, 0, 0, 0, 0}};

static int tag_tree(voc_cli *cli, voc_record *rec, void *ctx,
                    voc_error *err) {
  voc_tagger *tg = ctx;
  int rc = voc_tagger_apply(tg, rec, err);
  if (rc < 0)
    return rc;
  if ((rc = voc_record_write(rec, stdout, err)) < 0)
    return rc;
  cli->nwritten++;
  return 0;
}

typedef struct tag_ctx {
  voc_tagger *tg;
  voc_jline line; /* the scanned input line */
  voc_buf out;    /* the tagged line */
} tag_ctx;

static int tag_one(voc_cli *cli, const char *line, size_t len, void *ctx,
                   voc_error *err) {
  tag_ctx *t = ctx;
  int rc = voc_jline_scan(&t->line, line, len, err);
  if (rc < 0)
    return rc;
  cli->nrepaired += (unsigned long long)t->line.repaired;
  if ((rc = voc_tagger_apply_line(t->tg, &t->line, &t->out, err)) < 0)
    return rc;
  if (fwrite(t->out.data, 1, t->out.len, stdout) != t->out.len ||
      putc('\n', stdout) == EOF)
    return voc_error_set(err, VOC_EIO, "write error");
  /* don't keep a huge buffer around after one huge record */
  if (t->out.cap > ((size_t)4 << 20))
    voc_buf_dispose(&t->out);
  cli->nwritten++;
  return 0;
}

int main(int argc, char **argv) {
  voc_cli cli;
  voc_error err;
  const char *arg, *dir = NULL;
  const char **names = calloc((size_t)argc + 1, sizeof *names);
  char **owned = calloc((size_t)argc + 1, sizeof *owned);
  size_t nnames = 0, nowned = 0;
  voc_tag_options to = {0};
  voc_lexset *ls = NULL;
  voc_tagger *tg = NULL;
  tag_ctx tc;
  int c, first = 0, status;

  voc_cli_init(&cli, "voc-tag", "[OPTION]... [FILE]...",
               "Tag records with the objections, triggers and other lexicons "
               "of their language\n(falling back to en), set persona from "
               "title and the lexicon version.\nFILE '-' or none reads stdin.",
               opts);
  voc_error_clear(&err);
  voc_jline_init(&tc.line);
  voc_buf_init(&tc.out, 0);
  /* records go out in large writes (stdio's default is one page) */
  static char obuf[1 << 18];
  setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
  if (!names || !owned) {
    voc_cli_msg(&cli, "out of memory");
    free(names);
    free(owned);
    return VOC_EX_SOFTWARE;
  }
  while ((c = voc_cli_getopt(&cli, argc, argv, &arg, &first)) != -1) {
    switch (c) {
    case -2:
      status = cli.status;
      goto out;
    case OPT_LEXICONS:
      dir = arg;
      break;
    case OPT_LEXICON: {
      char *copy = strdup(arg), *save = NULL;
      if (!copy)
        break;
      owned[nowned++] = copy;
      for (char *t = strtok_r(copy, ",", &save); t;
           t = strtok_r(NULL, ",", &save))
        if (nnames < (size_t)argc)
          names[nnames++] = t;
      break;
    }
    case OPT_LANG:
      to.lang = arg;
      break;
    default:
      break;
    }
  }
  if (!dir)
    dir = voc_cli_default_lexicons();
  if (voc_lexset_load(&ls, dir, &err) < 0) {
    voc_cli_warn(&cli, &err);
    status = voc_error_exit_code(err.code);
    goto out;
  }
  for (size_t i = 0; i < nnames; i++) {
    bool known = false;
    for (size_t k = 0; k < voc_lexset_ncategories(ls); k++)
      if (!strcmp(voc_lexset_category(ls, k)->lexicon, names[i]))
        known = true;
    if (!known) {
      status = voc_cli_usage_error(&cli, "no lexicon named '%s'", names[i]);
      goto out;
    }
  }
  to.lexicons = names;
  to.nlexicons = nnames;
  if (voc_tagger_new(&tg, ls, &to, &err) < 0) {
    voc_cli_warn(&cli, &err);
    status = voc_error_exit_code(err.code);
    goto out;
  }
  tc.tg = tg;
  const char *tree = getenv("VOC_TAG_TREE");
  if (tree && !strcmp(tree, "1"))
    voc_cli_each_record(&cli, argc - first, argv + first, tag_tree, tg);
  else
    voc_cli_each_line(&cli, argc - first, argv + first, tag_one, &tc);
  status = voc_cli_finish(&cli);
out:
  voc_jline_dispose(&tc.line);
  voc_buf_dispose(&tc.out);
  voc_tagger_free(tg);
  voc_lexset_free(ls);
  for (size_t i = 0; i < nowned; i++)
    free(owned[i]);
  free(owned);
  free(names);
  return status;
}
