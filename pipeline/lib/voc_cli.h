/* voc_cli.h: what every voc program shares.
 *
 * Option tables with generated --help, --version, sysexits exit codes,
 * rejects file, end-of-run counts, quiet mode and progress on a terminal.
 * Helpers return exit codes; only main() ends the process. */
#ifndef VOC_CLI_H
#define VOC_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "voc_error.h"
#include "voc_record.h"

#ifndef VOC_VERSION
#define VOC_VERSION "0.1.0"
#endif

/* sysexits, spelled out so tools need not include <sysexits.h>. */
enum {
  VOC_EX_OK = 0,
  VOC_EX_USAGE = 64,
  VOC_EX_DATAERR = 65,
  VOC_EX_NOINPUT = 66,
  VOC_EX_SOFTWARE = 70,
  VOC_EX_IOERR = 74
};

/* One option. has_arg: 0 none, 1 required. val is what voc_cli_getopt returns
 * (a short option char or a value >= 256 for long-only options). */
typedef struct voc_cli_opt {
  const char *name; /* long name without "--" */
  int has_arg;      /* 0 or 1 */
  int val;          /* returned value; printable char means also -c */
  const char *arg;  /* argument name for help ("FILE"), or NULL */
  const char *help; /* one line of help */
} voc_cli_opt;

/* Options every program accepts; voc_cli_getopt handles them itself. */
enum {
  VOC_OPT_HELP = 'h',
  VOC_OPT_QUIET = 'q',
  VOC_OPT_VERSION = 1000,
  VOC_OPT_REJECTS,
  VOC_OPT_PROGRESS
};

typedef struct voc_cli {
  const char *prog;          /* "voc-tag" */
  const char *synopsis;      /* "[OPTION]... [FILE]..." */
  const char *about;         /* paragraph under the usage line */
  const char *epilog;        /* text after the options, or NULL */
  const voc_cli_opt *opts;   /* program options, ended by {0} */
  bool quiet;                /* -q: no end-of-run counts */
  bool progress;             /* progress lines on stderr */
  const char *rejects_path;  /* --rejects FILE, or NULL */
  FILE *rejects;             /* opened lazily on the first reject */
  unsigned long long nread;     /* records read */
  unsigned long long nwritten;  /* records written */
  unsigned long long nrejected; /* records rejected */
  unsigned long long nrepaired; /* invalid UTF-8 sequences repaired */
  unsigned long long bytes;     /* input bytes consumed, for progress */
  unsigned long long total;     /* total input bytes if known, else 0 */
  double t0;                    /* start time (monotonic seconds) */
  double tlast;                 /* last progress line */
  int status;                   /* worst exit status so far */
} voc_cli;

void voc_cli_init(voc_cli *cli, const char *prog, const char *synopsis,
                  const char *about, const voc_cli_opt *opts);

/* getopt_long over the common options plus cli->opts, GNU style: options
 * may come before and after operands, "--" ends them. Returns the next
 * program option's val, -1 when options end (then the operands are
 * argv[*optind_out .. argc), permuted to the end), or -2 when the program
 * should exit now with
 * cli->status (after --help, --version or a usage error, already printed).
 * *optarg_out receives the argument. */
int voc_cli_getopt(voc_cli *cli, int argc, char **argv, const char **optarg_out,
                   int *optind_out);

/* Print full help (stdout) or the one-line "try --help" hint (stderr). */
void voc_cli_usage(const voc_cli *cli, FILE *f);
/* Report a usage error: "prog: msg" + hint on stderr; returns 64. */
int voc_cli_usage_error(voc_cli *cli, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Print "prog: file:line: msg" on stderr (parts present when known). */
void voc_cli_warn(const voc_cli *cli, const voc_error *err);
/* Print "prog: msg" on stderr. */
void voc_cli_msg(const voc_cli *cli, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Reject one input record: message on stderr, the raw input verbatim in the
 * rejects file (after a "# prog: file:line: reason" line), counted, and the
 * exit status becomes at least 65. Returns 0, or VOC_EIO if the rejects
 * file cannot be written (status then 74). */
int voc_cli_reject(voc_cli *cli, const voc_error *why, const char *raw,
                   size_t rawlen);

/* Record an error status; the worst one (highest) wins, except that 0
 * never overrides. */
void voc_cli_fail(voc_cli *cli, int exit_code);

/* Open an input operand: "-" is stdin. On failure print the reason, set
 * status 66 and return NULL. Sets cli->total when the size is known. */
FILE *voc_cli_open(voc_cli *cli, const char *path);
void voc_cli_close(voc_cli *cli, FILE *f);

/* Progress: call as bytes go by; prints at most every 0.5 s when enabled. */
void voc_cli_tick(voc_cli *cli, unsigned long long bytes_now);

/* End of run: flush and check stdout (else 74), close rejects, print
 * "prog: N read, N written, N rejected" unless quiet. Returns the exit
 * status main should return. */
int voc_cli_finish(voc_cli *cli);

/* The largest record line the record-stream programs accept: 64 MiB. A
 * longer line is rejected (its first bytes go to the rejects file) and the
 * run goes on; ingest caps a source row at 16 MiB, so real records fit. */
#define VOC_STREAM_LINE_MAX ((size_t)64 << 20)

/* Record-stream programs (norm, tag, load): for each record of each input
 * (argv operands, or stdin), call fn. fn returns 0 when the record was
 * handled (the callback writes it itself if it wants), a negative VOC_E code
 * with err filled to reject it (VOC_EPARSE) or to stop (VOC_EIO, VOC_ENOMEM,
 * others). Bad lines are rejected with file:line and the run goes on. */
typedef int (*voc_cli_record_fn)(voc_cli *cli, voc_record *rec, void *ctx,
                                 voc_error *err);
int voc_cli_each_record(voc_cli *cli, int argc, char **argv,
                        voc_cli_record_fn fn, void *ctx);

/* As voc_cli_each_record for programs that read the record line themselves
 * (voc-tag, with voc_jline): fn gets each non-blank line (without its
 * "\n"; borrowed until fn returns) and err with file:line set. It returns
 * as voc_cli_record_fn does; a rejected record's reason keeps the err->col
 * fn set. fn adds the UTF-8 repairs it made to cli->nrepaired. */
typedef int (*voc_cli_line_fn)(voc_cli *cli, const char *line, size_t len,
                               void *ctx, voc_error *err);
int voc_cli_each_line(voc_cli *cli, int argc, char **argv, voc_cli_line_fn fn,
                      void *ctx);

/* Where the default lexicons live: $VOC_LEXICONS, else the installed
 * share/voc/lexicons, else ./lexicons when run from a source tree. */
const char *voc_cli_default_lexicons(void);

#endif
