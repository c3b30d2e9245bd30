/* voc-load: load tagged records into the SQLite store (issue 5). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "voc_cli.h"
#include "voc_jline.h"
#include "voc_lex.h"
#include "voc_store.h"

enum {
  OPT_CAMPAIGNS = 256,
  OPT_LEXICONS,
  OPT_SKIP_LOADED,
  OPT_BATCH,
  OPT_SOURCE,
  OPT_LIST_NEW,
  OPT_LAST_RUN
};

static const voc_cli_opt opts[] = {
    {"campaigns", 1, OPT_CAMPAIGNS, "FILE",
     "load campaigns (CSV: name, marketing_owner, sales_owner, start, end, "
     "target_persona, segment)"},
    {"lexicons", 1, OPT_LEXICONS, "DIR",
     "store the category definitions of the lexicons in DIR"},
    {"skip-loaded", 0, OPT_SKIP_LOADED, NULL,
     "skip input files whose content was loaded before (for cron)"},
    {"source", 1, OPT_SOURCE, "FILE",
     "the records on stdin come from export FILE: remember it as loaded "
     "(see --list-new)"},
    {"list-new", 0, OPT_LIST_NEW, NULL,
     "load nothing: print the FILEs whose content was never loaded (as an "
     "input or a --source), one a line"},
    {"last-run", 0, OPT_LAST_RUN, NULL,
     "load nothing; print the last load's run number and finish time (for "
     "cron: has the database changed since the reports?)"},
    {"batch", 1, OPT_BATCH, "N", "records per transaction (default 20000)"},
    {0, 0, 0, NULL, NULL}};

/* Store the category definitions of the lexicons in dir; with want, only
 * when their version is want (the version the records were tagged with).
 * Returns 1 when stored, 0 when skipped. */
static int store_definitions(voc_store *st, const char *dir, const char *want,
                             voc_error *err) {
  voc_lexset *ls = NULL;
  int rc = voc_lexset_load(&ls, dir, err);
  if (rc < 0)
    return rc;
  if (want && strcmp(voc_lexset_version(ls), want) != 0) {
    voc_lexset_free(ls);
    return 0;
  }
  size_t ncat = voc_lexset_ncategories(ls);
  voc_category_info *cats = calloc(ncat ? ncat : 1, sizeof *cats);
  for (size_t i = 0; cats && i < ncat; i++)
    cats[i] = *voc_lexset_category(ls, i);
  rc = cats ? voc_store_load_definitions(st, cats, ncat, voc_lexset_version(ls),
                                         err)
            : voc_error_set(err, VOC_ENOMEM, "out of memory");
  free(cats);
  voc_lexset_free(ls);
  return rc < 0 ? rc : 1;
}

typedef struct load_ctx {
  voc_store *st;
  voc_jline line; /* the scanned input line */
} load_ctx;

/* Each line is scanned in place (voc_jline.h), not parsed into a cJSON
 * tree: a fifth of voc-load's time went there (issue 6). */
static int load_one(voc_cli *cli, const char *line, size_t len, void *ctx,
                    voc_error *err) {
  load_ctx *lc = ctx;
  int rc = voc_jline_scan(&lc->line, line, len, err);
  if (rc < 0)
    return rc;
  cli->nrepaired += (unsigned long long)lc->line.repaired;
  return voc_store_put_line(lc->st, &lc->line, err);
}

int main(int argc, char **argv) {
  voc_cli cli;
  voc_error err;
  voc_store *st = NULL;
  const char *arg = NULL, *campaigns = NULL, *lexicons = NULL;
  bool skip_loaded = false, list_new = false, last_run = false;
  const char *source = NULL;
  long batch = 20000;
  char **files = NULL;
  int c, first = 0, nfiles = 0, rc;

  voc_cli_init(&cli, "voc-load", "[OPTION]... DB [FILE]...",
               "Load tagged records (JSON Lines, from FILEs or stdin) into "
               "the SQLite database DB, created readable by its owner only. "
               "Loading is idempotent: unchanged records change nothing, "
               "changed ones replace the document and its tags. With only "
               "--campaigns or --lexicons and stdin on a terminal, no "
               "records are read.",
               opts);
  /* Options may also follow DB and the files (voc-load DB --campaigns F):
   * voc_cli_getopt moves the operands to argv[first..argc). */
  for (;;) {
    c = voc_cli_getopt(&cli, argc, argv, &arg, &first);
    if (c == -1)
      break;
    switch (c) {
    case -2:
      return cli.status;
    case OPT_CAMPAIGNS:
      campaigns = arg;
      break;
    case OPT_LEXICONS:
      lexicons = arg;
      break;
    case OPT_SKIP_LOADED:
      skip_loaded = true;
      break;
    case OPT_SOURCE:
      source = arg;
      break;
    case OPT_LIST_NEW:
      list_new = true;
      break;
    case OPT_LAST_RUN:
      last_run = true;
      break;
    case OPT_BATCH:
      batch = strtol(arg, NULL, 10);
      if (batch <= 0)
        return voc_cli_usage_error(&cli, "--batch needs a positive number");
      break;
    default:
      return voc_cli_usage_error(&cli, "unexpected option");
    }
  }
  if (first >= argc)
    return voc_cli_usage_error(&cli, "missing DB");
  const char *dbpath = argv[first++];

  voc_error_clear(&err);
  if ((rc = voc_store_open(&st, dbpath, VOC_STORE_CREATE, &err)) < 0) {
    voc_cli_warn(&cli, &err);
    voc_cli_fail(&cli, voc_error_exit_code(rc == VOC_EDB ? VOC_EIO : rc));
    goto done;
  }
  voc_store_set_batch(st, batch);

  if (last_run) {
    char finished[40];
    long long run = 0;
    voc_error_clear(&err);
    if (voc_store_last_run(st, &run, finished, sizeof finished, &err) < 0) {
      voc_cli_warn(&cli, &err);
      voc_cli_fail(&cli, VOC_EX_IOERR);
    } else
      printf("%lld %s\n", run, finished);
    cli.quiet = true;
    goto done;
  }
  if (list_new) {
    /* For cron: which export files still need voc-ingest | voc-tag. */
    for (int i = first; i < argc; i++) {
      bool known = false;
      char hash[65];
      voc_error_clear(&err);
      if (voc_store_source_check(st, argv[i], &known, hash, &err) < 0) {
        voc_cli_warn(&cli, &err);
        voc_cli_fail(&cli, VOC_EX_NOINPUT);
      } else if (!known)
        printf("%s\n", argv[i]);
    }
    cli.quiet = true;
    goto done;
  }

  /* Inputs, minus the files already loaded when asked to skip them. */
  if (!(files = calloc((size_t)(argc - first) + 1, sizeof *files))) {
    voc_cli_fail(&cli, VOC_EX_SOFTWARE);
    goto done;
  }
  for (int i = first; i < argc; i++) {
    if (skip_loaded && strcmp(argv[i], "-") != 0) {
      bool known = false;
      char hash[65];
      voc_error_clear(&err);
      if (voc_store_source_check(st, argv[i], &known, hash, &err) < 0) {
        voc_cli_warn(&cli, &err);
        voc_cli_fail(&cli, VOC_EX_NOINPUT);
        continue;
      }
      if (known) {
        if (!cli.quiet)
          voc_cli_msg(&cli, "%s: already loaded, skipped", argv[i]);
        continue;
      }
    }
    files[nfiles++] = argv[i];
  }
  bool read_records = nfiles > 0 || first == argc;
  if (first == argc && (campaigns || lexicons) && isatty(STDIN_FILENO))
    read_records = false;
  if (first < argc && nfiles == 0)
    read_records = false; /* every file was skipped */

  /* The run's inputs as one line of text for the audit row. */
  voc_buf inputs = VOC_BUF_INIT(0);
  for (int i = 0; i < nfiles; i++)
    voc_buf_printf(&inputs, "%s%s", i ? " " : "", files[i]);
  if (read_records && nfiles == 0)
    voc_buf_puts(&inputs, "-");
  if (source)
    voc_buf_printf(&inputs, "%s--source %s", inputs.len ? " " : "", source);
  if (campaigns)
    voc_buf_printf(&inputs, "%s--campaigns %s", inputs.len ? " " : "", campaigns);
  if (lexicons)
    voc_buf_printf(&inputs, "%s--lexicons %s", inputs.len ? " " : "", lexicons);
  voc_error_clear(&err);
  rc = voc_store_run_begin(st, inputs.data ? inputs.data : "", &err);
  voc_buf_dispose(&inputs);
  if (rc < 0) {
    voc_cli_warn(&cli, &err);
    voc_cli_fail(&cli, VOC_EX_IOERR);
    goto done;
  }

  if (campaigns) {
    voc_error_clear(&err);
    if ((rc = voc_store_load_campaigns(st, campaigns, &err)) < 0) {
      voc_cli_warn(&cli, &err);
      voc_cli_fail(&cli, voc_error_exit_code(rc));
      goto done;
    }
  }
  if (lexicons) {
    voc_error_clear(&err);
    if ((rc = store_definitions(st, lexicons, NULL, &err)) < 0) {
      voc_cli_warn(&cli, &err);
      voc_cli_fail(&cli, voc_error_exit_code(rc));
      goto done;
    }
  }
  if (read_records) {
    int before = cli.status;
    load_ctx lc = {st, {0}};
    voc_jline_init(&lc.line);
    voc_cli_each_line(&cli, nfiles, files, load_one, &lc);
    voc_jline_dispose(&lc.line);
    /* A run that stopped on a database error keeps what was committed. */
    if (cli.status != before && cli.status != VOC_EX_DATAERR &&
        cli.status != VOC_EX_NOINPUT)
      goto done;
    for (int i = 0; i <= nfiles; i++) {
      const char *path = i < nfiles ? files[i] : source;
      if (!path || strcmp(path, "-") == 0)
        continue;
      voc_error_clear(&err);
      if (voc_store_source_mark(st, path, &err) < 0)
        voc_cli_warn(&cli, &err); /* it was loaded; it just won't be skipped */
    }
  }
  if (!lexicons && voc_store_run_lexicon_version(st)) {
    /* The records were tagged with lexicons whose definitions the store
     * lacks: take them from the default lexicons when those are the very
     * lexicons (same version), so reports show labels and descriptions. */
    char have[80];
    const char *want = voc_store_run_lexicon_version(st);
    voc_error_clear(&err);
    rc = voc_store_definitions_version(st, have, sizeof have, &err);
    if (rc >= 0 && (rc == 0 || strcmp(have, want) != 0)) {
      voc_error e2;
      voc_error_clear(&e2);
      if (store_definitions(st, voc_cli_default_lexicons(), want, &e2) < 0 &&
          !cli.quiet)
        voc_cli_msg(&cli, "no category definitions stored (%s); use --lexicons",
                    e2.msg);
    }
  }
  voc_store_counts *n = voc_store_counts_get(st);
  /* Lines that were not JSON never reached the store: count them too. */
  n->read = (long long)cli.nread;
  n->rejected = (long long)cli.nrejected;
  cli.nwritten = (unsigned long long)(n->inserted + n->updated + n->unchanged);
  voc_error_clear(&err);
  if (voc_store_run_end(st, &err) < 0) {
    voc_cli_warn(&cli, &err);
    voc_cli_fail(&cli, VOC_EX_IOERR);
    goto done;
  }
  if (!cli.quiet)
    voc_cli_msg(&cli, "%lld inserted, %lld updated, %lld unchanged",
                n->inserted, n->updated, n->unchanged);
  /* `voc-dump db | voc-load db` without voc-tag in between drops the tags:
   * say so, even with -q. */
  if (n->untagged > 0)
    voc_cli_msg(&cli,
                "warning: %lld record%s had no tags field (not through "
                "voc-tag?): stored without categories",
                n->untagged, n->untagged == 1 ? "" : "s");
done:
  voc_store_close(st);
  free(files);
  return voc_cli_finish(&cli);
}
