/* voc-report: summaries from the store (issue 5). */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "voc_cli.h"
#include "voc_report.h"
#include "voc_store.h"

enum {
  OPT_BY = 256,
  OPT_LEXICON,
  OPT_SINCE,
  OPT_UNTIL,
  OPT_CAMPAIGN,
  OPT_PERSONA,
  OPT_KIND,
  OPT_TOP,
  OPT_FORMAT,
  OPT_NOW
};

static const voc_cli_opt opts[] = {
    {"by", 1, OPT_BY, "DIM",
     "group by persona, campaign, persona,campaign, kind or week (default: "
     "persona, then campaign)"},
    {"lexicon", 1, OPT_LEXICON, "NAME", "only this lexicon (objection, trigger)"},
    {"since", 1, OPT_SINCE, "DATE",
     "documents from DATE (YYYY-MM-DD); with --until, change is against the "
     "previous period of equal length"},
    {"until", 1, OPT_UNTIL, "DATE", "documents up to DATE, inclusive"},
    {"campaign", 1, OPT_CAMPAIGN, "NAME",
     "only this campaign (\"(no campaign)\" for none)"},
    {"persona", 1, OPT_PERSONA, "ID", "only this persona"},
    {"kind", 1, OPT_KIND, "KIND", "only this kind (call_note, email, review...)"},
    {"top", 1, OPT_TOP, "N", "categories per row and quotes per category (3)"},
    {"format", 1, OPT_FORMAT, "FMT", "text, csv, json, md, brief or html"},
    {"output", 1, 'o', "FILE", "write to FILE instead of stdout"},
    {"now", 1, OPT_NOW, "TEXT",
     "show 'generated TEXT' instead of the last load's time"},
    {0, 0, 0, NULL, NULL}};

int main(int argc, char **argv) {
  voc_cli cli;
  voc_error err;
  voc_store *st = NULL;
  voc_report_opts ro;
  const char *arg = NULL, *output = NULL, *dbpath = NULL;
  int c, first = 0, rc;
  FILE *out = stdout;

  memset(&ro, 0, sizeof ro);
  voc_cli_init(&cli, "voc-report", "[OPTION]... DB",
               "Summarise the documents in DB: per persona and per campaign by "
               "default, the share of documents with each objection and "
               "trigger, lift against all documents, change against the "
               "previous period and the customers' own words.",
               opts);
  cli.quiet = true; /* a report has no record counts to print */
  for (;;) {
    c = voc_cli_getopt(&cli, argc, argv, &arg, &first);
    if (c == -1)
      break;
    switch (c) {
    case -2:
      return cli.status;
    case OPT_BY:
      ro.by = arg;
      break;
    case OPT_LEXICON:
      ro.lexicon = arg;
      break;
    case OPT_SINCE:
      ro.since = arg;
      break;
    case OPT_UNTIL:
      ro.until = arg;
      break;
    case OPT_CAMPAIGN:
      ro.campaign = arg;
      break;
    case OPT_PERSONA:
      ro.persona = arg;
      break;
    case OPT_KIND:
      ro.kind = arg;
      break;
    case OPT_TOP: {
      char *end = NULL;
      long n = strtol(arg, &end, 10);
      if (!end || *end || n < 1 || n > 50)
        return voc_cli_usage_error(&cli, "--top needs a number from 1 to 50");
      ro.top = (int)n;
      break;
    }
    case OPT_FORMAT:
      if (voc_report_parse_format(arg, &ro.format) < 0)
        return voc_cli_usage_error(&cli, "unknown format '%s'", arg);
      break;
    case 'o':
      output = arg;
      break;
    case OPT_NOW:
      ro.now = arg;
      break;
    default:
      return voc_cli_usage_error(&cli, "unexpected option");
    }
  }
  if (argc - first > 1)
    return voc_cli_usage_error(&cli, "too many operands");
  if (first < argc)
    dbpath = argv[first];

  if (!dbpath)
    return voc_cli_usage_error(&cli, "missing DB");
  voc_error_clear(&err);
  if (voc_report_check_opts(&ro, &err) < 0)
    return voc_cli_usage_error(&cli, "%s", err.msg);
  if ((rc = voc_store_open(&st, dbpath, VOC_STORE_READONLY, &err)) < 0) {
    voc_cli_warn(&cli, &err);
    voc_cli_fail(&cli, rc == VOC_EDB ? VOC_EX_DATAERR : voc_error_exit_code(rc));
    return voc_cli_finish(&cli);
  }
  /* Reports quote customers: a new file is readable by its owner only. */
  int fd = output ? open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)
                  : -1;
  if (output && (fd < 0 || !(out = fdopen(fd, "w")))) {
    if (fd >= 0)
      close(fd);
    out = stdout;
    voc_cli_msg(&cli, "cannot write %s: %s", output, strerror(errno));
    voc_cli_fail(&cli, VOC_EX_IOERR);
    goto done;
  }
  if ((rc = voc_report_write(voc_store_db(st), &ro, out, &err)) < 0) {
    voc_cli_warn(&cli, &err);
    voc_cli_fail(&cli, rc == VOC_EIO ? VOC_EX_IOERR : voc_error_exit_code(rc));
  }
  if (out != stdout && fclose(out) != 0) {
    voc_cli_msg(&cli, "cannot write %s", output);
    voc_cli_fail(&cli, VOC_EX_IOERR);
  }
done:
  voc_store_close(st);
  return voc_cli_finish(&cli);
}
