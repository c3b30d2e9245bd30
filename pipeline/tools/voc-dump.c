/* voc-dump: write the stored documents back out as records (issue 5), so
 * `voc-dump db | voc-tag --lexicons new/ | voc-load db` re-tags them. */
#include "voc_cli.h"
#include "voc_store.h"

enum { OPT_KEEP_PERSONA = 256 };

static const voc_cli_opt opts[] = {
    {"keep-persona", 0, OPT_KEEP_PERSONA, NULL,
     "keep the persona voc-tag guessed from the title (default: drop it so "
     "a re-tag guesses again; a persona given by the source is always kept)"},
    {0, 0, 0, NULL, NULL}};

int main(int argc, char **argv) {
  voc_cli cli;
  voc_error err;
  voc_store *st = NULL;
  const char *arg = NULL;
  bool keep_persona = false;
  int c, first = 0, rc;

  voc_cli_init(&cli, "voc-dump", "[OPTION]... DB",
               "Write every document stored in DB as one JSON record a line "
               "on stdout, in load order: the record as it was loaded, "
               "without tags, tokens, sentences and lexicon_version.",
               opts);
  while ((c = voc_cli_getopt(&cli, argc, argv, &arg, &first)) != -1) {
    switch (c) {
    case -2:
      return cli.status;
    case OPT_KEEP_PERSONA:
      keep_persona = true;
      break;
    default:
      return voc_cli_usage_error(&cli, "unexpected option");
    }
  }
  if (argc - first != 1)
    return voc_cli_usage_error(&cli, argc - first < 1 ? "missing DB"
                                                      : "too many operands");
  voc_error_clear(&err);
  if ((rc = voc_store_open(&st, argv[first], VOC_STORE_READONLY, &err)) < 0) {
    voc_cli_warn(&cli, &err);
    voc_cli_fail(&cli, rc == VOC_EDB ? VOC_EX_DATAERR : voc_error_exit_code(rc));
    return voc_cli_finish(&cli);
  }
  long n = voc_store_dump(st, stdout, keep_persona, &err);
  if (n < 0) {
    voc_cli_warn(&cli, &err);
    voc_cli_fail(&cli, n == VOC_EIO ? VOC_EX_IOERR : VOC_EX_SOFTWARE);
  } else {
    cli.nread = cli.nwritten = (unsigned long long)n;
  }
  voc_store_close(st);
  return voc_cli_finish(&cli);
}
