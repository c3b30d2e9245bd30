/* voc-ingest: exports (CSV, email, JSON, XML, transcripts, text) in,
 * canonical records out. All logic is in voc_ingest.c. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "voc_cli.h"
#include "voc_ingest.h"

enum {
  OPT_FORMAT = 'f',
  OPT_KIND = 'k',
  OPT_MAP = 'm',
  OPT_SET = 's',
  OPT_DEDUPE = 2000,
  OPT_VENDOR,
  OPT_VENDOR_DOMAIN,
  OPT_KEEP_VENDOR,
  OPT_KEEP_PII
};

static const voc_cli_opt opts[] = {
    {"format", 1, OPT_FORMAT, "F",
     "input format: csv tsv mbox eml maildir json jsonl xml vtt transcript "
     "text (default: detected)"},
    {"kind", 1, OPT_KIND, "K",
     "record kind: call_note email review survey other (default: by format)"},
    {"map", 1, OPT_MAP, "FIELD=SRC[,SRC...]",
     "take FIELD from column/key/header/XPath SRC; several are joined by a "
     "blank line"},
    {"set", 1, OPT_SET, "FIELD=VALUE", "set FIELD to VALUE in every record"},
    {"dedupe", 0, OPT_DEDUPE, NULL, "drop exact repeats within the run"},
    {"vendor", 1, OPT_VENDOR, "NAMES",
     "transcript speakers on the vendor side (comma separated)"},
    {"vendor-domain", 1, OPT_VENDOR_DOMAIN, "D",
     "transcript speakers with addresses in domain D are vendor side"},
    {"keep-pii", 0, OPT_KEEP_PII, NULL,
     "keep e-mail addresses, phone and card numbers (default: redacted)"},
    {"keep-vendor", 0, OPT_KEEP_VENDOR, NULL,
     "keep vendor turns in text (marked in turns)"},
    {0, 0, 0, 0, 0}};

int main(int argc, char **argv) {
  voc_cli cli;
  voc_ingest_opts io = {0};
  voc_ingest *ing = NULL;
  voc_error err;
  const char *arg;
  int c, first = 0;
  /* --map/--set are applied after the ingest exists */
  const char **specs = calloc((size_t)argc + 1, sizeof *specs);
  int *spec_kind = calloc((size_t)argc + 1, sizeof *spec_kind);
  size_t nspecs = 0;

  voc_cli_init(&cli, "voc-ingest", "[OPTION]... [FILE]...",
               "Turn exports (CRM CSV, email, reviews, transcripts) into "
               "canonical records,\none JSON object per line on stdout. "
               "FILE '-' or none reads stdin.",
               opts);
  cli.epilog = voc_ingest_help_epilog();
  voc_error_clear(&err);
  if (!specs || !spec_kind) {
    voc_cli_msg(&cli, "out of memory");
    return VOC_EX_SOFTWARE;
  }
  while ((c = voc_cli_getopt(&cli, argc, argv, &arg, &first)) != -1) {
    switch (c) {
    case -2:
      free(specs);
      free(spec_kind);
      return cli.status;
    case OPT_FORMAT:
      io.format = voc_ingest_format_parse(arg);
      if (io.format == VOC_FMT_AUTO && strcmp(arg, "auto") != 0) {
        free(specs);
        free(spec_kind);
        return voc_cli_usage_error(&cli, "unknown format '%s'", arg);
      }
      break;
    case OPT_KIND:
      io.kind = arg;
      break;
    case OPT_MAP:
    case OPT_SET:
      spec_kind[nspecs] = c;
      specs[nspecs++] = arg;
      break;
    case OPT_DEDUPE:
      io.dedupe = true;
      break;
    case OPT_VENDOR:
      io.vendor = arg;
      break;
    case OPT_VENDOR_DOMAIN:
      io.vendor_domain = arg;
      break;
    case OPT_KEEP_VENDOR:
      io.keep_vendor = true;
      break;
    case OPT_KEEP_PII:
      io.keep_pii = true;
      break;
    default:
      break;
    }
  }
  int rc = voc_ingest_new(&ing, &cli, &io, stdout, &err);
  for (size_t i = 0; rc == 0 && i < nspecs; i++)
    rc = spec_kind[i] == OPT_MAP ? voc_ingest_map(ing, specs[i], &err)
                                 : voc_ingest_set(ing, specs[i], &err);
  free(specs);
  free(spec_kind);
  if (rc < 0) {
    voc_ingest_free(ing);
    if (rc == VOC_EINVAL)
      return voc_cli_usage_error(&cli, "%s", err.msg);
    voc_cli_msg(&cli, "%s", err.msg);
    return voc_error_exit_code(rc);
  }
  if (first >= argc) {
    rc = voc_ingest_file(ing, "-", VOC_FMT_AUTO, &err);
  } else {
    for (int i = first; i < argc && rc == 0; i++)
      rc = voc_ingest_file(ing, argv[i], VOC_FMT_AUTO, &err);
  }
  if (rc < 0) {
    /* stdout closed early (EPIPE, SIGPIPE ignored): reading stops here and
     * voc_cli_finish reports the failed write once, exit 74 */
    if (!(rc == VOC_EIO && err.sys_errno == EPIPE))
      voc_cli_warn(&cli, &err);
    voc_cli_fail(&cli, voc_error_exit_code(rc));
  }
  if (voc_ingest_redacted(ing) && !cli.quiet)
    voc_cli_msg(&cli, "%llu e-mail address%s, phone or card number%s redacted "
                "(--keep-pii keeps them)", voc_ingest_redacted(ing),
                voc_ingest_redacted(ing) == 1 ? "" : "es",
                voc_ingest_redacted(ing) == 1 ? "" : "s");
  if (voc_ingest_duplicates(ing) && !cli.quiet)
    voc_cli_msg(&cli, "%llu duplicate%s dropped (--dedupe)",
                voc_ingest_duplicates(ing),
                voc_ingest_duplicates(ing) == 1 ? "" : "s");
  voc_ingest_free(ing);
  return voc_cli_finish(&cli);
}
