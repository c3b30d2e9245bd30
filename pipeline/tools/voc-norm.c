/* voc-norm: records in, records with lang, tokens and sentences out.
 * All logic is in voc_norm.c. */
#include <stdio.h>
#include <string.h>

#include "voc_cli.h"
#include "voc_norm.h"

enum { OPT_LANG = 'l' };

static const voc_cli_opt opts[] = {
    {"lang", 1, OPT_LANG, "L",
     "language of records without a \"lang\" field (BCP 47: en, de, fr, "
     "es, ...); default: detect"},
    {0, 0, 0, 0, 0}};

typedef struct norm_ctx {
  voc_normalizer *n;
  const char *lang; /* --lang or NULL */
} norm_ctx;

static int norm_one(voc_cli *cli, voc_record *rec, void *ctx, voc_error *err) {
  norm_ctx *c = ctx;
  int rc = voc_norm_annotate(c->n, rec, c->lang, err);
  if (rc < 0)
    return rc;
  if ((rc = voc_record_write(rec, stdout, err)) < 0)
    return rc;
  cli->nwritten++;
  return 0;
}

/* A plausible BCP 47 tag: 2-8 letters, then "-" or "_" subtags. */
static int valid_lang(const char *s) {
  size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (n < 2 || n > 8)
    return 0;
  for (s += n; *s; s++)
    if (!strchr("-_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789",
                *s))
      return 0;
  return 1;
}

int main(int argc, char **argv) {
  voc_cli cli;
  voc_error err;
  norm_ctx ctx = {NULL, NULL};
  const char *arg;
  int c, first = 0;

  voc_cli_init(&cli, "voc-norm", "[OPTION]... [FILE]...",
               "Add lang, tokens ([start, end, \"stem\"], byte offsets into "
               "text) and sentences\n([start, end]) to each record. FILE '-' "
               "or none reads stdin. Records without\ntext are rejected.",
               opts);
  cli.epilog = "Language: the record's \"lang\", else --lang, else detected "
               "among the Snowball\nlanguages (see docs/norm.md).\n";
  while ((c = voc_cli_getopt(&cli, argc, argv, &arg, &first)) != -1) {
    switch (c) {
    case -2:
      return cli.status;
    case OPT_LANG:
      if (!valid_lang(arg))
        return voc_cli_usage_error(&cli, "invalid language '%s'", arg);
      ctx.lang = arg;
      break;
    default:
      break;
    }
  }
  voc_error_clear(&err);
  if (voc_normalizer_new(&ctx.n, &err) < 0) {
    voc_cli_warn(&cli, &err);
    return VOC_EX_SOFTWARE;
  }
  voc_cli_each_record(&cli, argc - first, argv + first, norm_one, &ctx);
  voc_normalizer_free(ctx.n);
  return voc_cli_finish(&cli);
}
