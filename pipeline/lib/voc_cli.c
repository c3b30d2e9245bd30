/* voc_cli.c: option tables, help, counts, rejects and progress shared by
 * every voc program. */
#include "voc_cli.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_OPTS 64

static const voc_cli_opt common_opts[] = {
    {"rejects", 1, VOC_OPT_REJECTS, "FILE",
     "append each rejected input, with its reason, to FILE"},
    {"quiet", 0, VOC_OPT_QUIET, NULL, "don't print the counts at the end"},
    {"progress", 0, VOC_OPT_PROGRESS, NULL,
     "show progress on stderr even when it is not a terminal"},
    {"help", 0, VOC_OPT_HELP, NULL, "show this help and exit"},
    {"version", 0, VOC_OPT_VERSION, NULL, "show the version and exit"},
    {0}};

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void voc_cli_init(voc_cli *cli, const char *prog, const char *synopsis,
                  const char *about, const voc_cli_opt *opts) {
  memset(cli, 0, sizeof *cli);
  cli->prog = prog;
  cli->synopsis = synopsis;
  cli->about = about;
  cli->opts = opts;
  cli->progress = isatty(STDERR_FILENO) != 0;
  cli->t0 = cli->tlast = now();
}

static void print_opts(FILE *f, const voc_cli_opt *o) {
  for (; o && o->name; o++) {
    char left[96];
    int isshort = o->val > 0 && o->val < 128 && o->val != '?';
    /* GNU layout: "-f, --format F" and "    --dedupe" line up on "--". */
    if (isshort)
      snprintf(left, sizeof left, "-%c, --%s%s%s", o->val, o->name,
               o->arg ? " " : "", o->arg ? o->arg : "");
    else
      snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? " " : "",
               o->arg ? o->arg : "");
    fprintf(f, "  %-30s %s\n", left, o->help ? o->help : "");
  }
}

void voc_cli_usage(const voc_cli *cli, FILE *f) {
  fprintf(f, "Usage: %s %s\n", cli->prog, cli->synopsis ? cli->synopsis : "");
  if (cli->about)
    fprintf(f, "%s\n", cli->about);
  fprintf(f, "\nOptions:\n");
  print_opts(f, cli->opts);
  print_opts(f, common_opts);
  if (cli->epilog)
    fprintf(f, "\n%s", cli->epilog);
  fprintf(f, "\nExit status: 0 ok, 64 usage, 65 some records rejected, "
             "66 input not found, 70 internal error, 74 I/O error.\n");
}

int voc_cli_usage_error(voc_cli *cli, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: ", cli->prog);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry '%s --help' for more information.\n", cli->prog);
  cli->status = VOC_EX_USAGE;
  return VOC_EX_USAGE;
}

/* Build getopt_long's tables from the program's and the common options. */
static int build_opts(const voc_cli *cli, struct option *lo, char *so,
                      size_t solen) {
  size_t n = 0, s = 0;
  const voc_cli_opt *tables[2] = {cli->opts, common_opts};
  /* GNU style: options may follow operands (voc-load DB --campaigns F);
   * "--" ends the options. */
  so[s++] = ':'; /* report a missing argument as ':' */
  for (int t = 0; t < 2; t++) {
    for (const voc_cli_opt *o = tables[t]; o && o->name; o++) {
      if (n + 1 >= MAX_OPTS)
        return -1;
      lo[n].name = o->name;
      lo[n].has_arg = o->has_arg ? required_argument : no_argument;
      lo[n].flag = NULL;
      lo[n].val = o->val;
      n++;
      if (o->val > 0 && o->val < 128 && s + 3 < solen) {
        so[s++] = (char)o->val;
        if (o->has_arg)
          so[s++] = ':';
      }
    }
  }
  memset(&lo[n], 0, sizeof lo[n]);
  so[s] = '\0';
  return 0;
}

int voc_cli_getopt(voc_cli *cli, int argc, char **argv, const char **optarg_out,
                   int *optind_out) {
  struct option lo[MAX_OPTS];
  char so[2 * MAX_OPTS + 4];
  if (build_opts(cli, lo, so, sizeof so) < 0) {
    voc_cli_msg(cli, "too many options (internal error)");
    cli->status = VOC_EX_SOFTWARE;
    return -2;
  }
  opterr = 0;
  for (;;) {
    int c = getopt_long(argc, argv, so, lo, NULL);
    *optind_out = optind;
    *optarg_out = optarg;
    switch (c) {
    case -1:
      return -1;
    case VOC_OPT_HELP:
      voc_cli_usage(cli, stdout);
      cli->status = VOC_EX_OK;
      return -2;
    case VOC_OPT_VERSION:
      printf("%s (voc) %s\n", cli->prog, VOC_VERSION);
      cli->status = VOC_EX_OK;
      return -2;
    case VOC_OPT_QUIET:
      cli->quiet = true;
      break;
    case VOC_OPT_PROGRESS:
      cli->progress = true;
      break;
    case VOC_OPT_REJECTS:
      cli->rejects_path = optarg;
      break;
    case ':':
      voc_cli_usage_error(cli, "option '%s' needs an argument", argv[optind - 1]);
      return -2;
    case '?':
      if (optopt && optopt < 128)
        voc_cli_usage_error(cli, "unknown option '-%c'", optopt);
      else
        voc_cli_usage_error(cli, "unknown option '%s'", argv[optind - 1]);
      return -2;
    default:
      return c;
    }
  }
}

void voc_cli_msg(const voc_cli *cli, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: ", cli->prog);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void voc_cli_warn(const voc_cli *cli, const voc_error *err) {
  char msg[1024];
  voc_error_format(err, msg, sizeof msg);
  fprintf(stderr, "%s: %s\n", cli->prog, msg);
}

void voc_cli_fail(voc_cli *cli, int exit_code) {
  if (exit_code > cli->status)
    cli->status = exit_code;
}

static int open_rejects(voc_cli *cli) {
  /* Appended, created readable by the owner only: rejects hold customer
   * text. O_APPEND keeps whole entries intact when several stages of one
   * pipeline share the file. */
  int fd = open(cli->rejects_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0 || !(cli->rejects = fdopen(fd, "a"))) {
    voc_cli_msg(cli, "%s: cannot open rejects file: %s", cli->rejects_path,
                strerror(errno));
    if (fd >= 0)
      close(fd);
    return VOC_EIO;
  }
  return 0;
}

int voc_cli_reject(voc_cli *cli, const voc_error *why, const char *raw,
                   size_t rawlen) {
  char msg[1024];
  voc_error_format(why, msg, sizeof msg);
  fprintf(stderr, "%s: %s\n", cli->prog, msg);
  cli->nrejected++;
  voc_cli_fail(cli, VOC_EX_DATAERR);
  if (!cli->rejects_path)
    return 0;
  if (!cli->rejects && open_rejects(cli) < 0) {
    cli->rejects_path = NULL; /* say it once */
    voc_cli_fail(cli, VOC_EX_IOERR);
    return VOC_EIO;
  }
  /* One line of reason, then the input verbatim, then a newline if the raw
   * input lacks one: `grep -v '^# '` recovers the inputs. */
  fprintf(cli->rejects, "# %s: %s\n", cli->prog, msg);
  if (rawlen)
    fwrite(raw, 1, rawlen, cli->rejects);
  if (!rawlen || raw[rawlen - 1] != '\n')
    fputc('\n', cli->rejects);
  if (fflush(cli->rejects) != 0) {
    voc_cli_msg(cli, "%s: cannot write rejects: %s", cli->rejects_path,
                strerror(errno));
    voc_cli_fail(cli, VOC_EX_IOERR);
    return VOC_EIO;
  }
  return 0;
}

FILE *voc_cli_open(voc_cli *cli, const char *path) {
  if (!path || strcmp(path, "-") == 0)
    return stdin;
  FILE *f = fopen(path, "rb");
  if (!f) {
    voc_cli_msg(cli, "%s: %s", path, strerror(errno));
    voc_cli_fail(cli, VOC_EX_NOINPUT);
    return NULL;
  }
  struct stat st;
  if (fstat(fileno(f), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      voc_cli_msg(cli, "%s: is a directory", path);
      voc_cli_fail(cli, VOC_EX_NOINPUT);
      fclose(f);
      return NULL;
    }
    if (S_ISREG(st.st_mode))
      cli->total += (unsigned long long)st.st_size;
  }
  return f;
}

void voc_cli_close(voc_cli *cli, FILE *f) {
  (void)cli;
  if (f && f != stdin)
    fclose(f);
}

void voc_cli_tick(voc_cli *cli, unsigned long long bytes_now) {
  cli->bytes = bytes_now;
  if (!cli->progress)
    return;
  double t = now();
  if (t - cli->tlast < 0.5)
    return;
  cli->tlast = t;
  double mbs = (double)cli->bytes / 1e6 / (t - cli->t0 > 1e-9 ? t - cli->t0 : 1e-9);
  if (cli->total)
    fprintf(stderr, "\r%s: %llu records, %.1f MB/s, %3.0f%%  ", cli->prog,
            cli->nread, mbs, 100.0 * (double)cli->bytes / (double)cli->total);
  else
    fprintf(stderr, "\r%s: %llu records, %.1f MB/s  ", cli->prog, cli->nread, mbs);
}

int voc_cli_finish(voc_cli *cli) {
  if (cli->progress && cli->tlast > cli->t0)
    fputs("\r\033[K", stderr); /* clear the progress line */
  if (fflush(stdout) != 0 || ferror(stdout)) {
    voc_cli_msg(cli, "write error on standard output: %s", strerror(errno));
    voc_cli_fail(cli, VOC_EX_IOERR);
  }
  if (cli->rejects && fclose(cli->rejects) != 0) {
    voc_cli_msg(cli, "%s: %s", cli->rejects_path, strerror(errno));
    voc_cli_fail(cli, VOC_EX_IOERR);
  }
  cli->rejects = NULL;
  if (!cli->quiet) {
    fprintf(stderr, "%s: %llu read, %llu written, %llu rejected", cli->prog,
            cli->nread, cli->nwritten, cli->nrejected);
    if (cli->nrepaired)
      fprintf(stderr, ", %llu invalid UTF-8 sequences repaired", cli->nrepaired);
    fputc('\n', stderr);
  }
  return cli->status;
}

/* voc_cli_each_record is voc_cli_each_line with the line parsed into a
 * record first: a line cJSON cannot read is rejected with its position,
 * as a record fn's VOC_EPARSE is. */
struct record_adapter {
  voc_cli_record_fn fn;
  void *ctx;
};

static int record_line(voc_cli *cli, const char *line, size_t len, void *ctx,
                       voc_error *err) {
  const struct record_adapter *a = ctx;
  voc_record *rec = NULL;
  long repaired = 0;
  int rc = voc_record_parse(&rec, line, len, &repaired, err);
  cli->nrepaired += (unsigned long long)repaired;
  if (rc < 0)
    return rc;
  rc = a->fn(cli, rec, a->ctx, err);
  voc_record_free(rec);
  return rc;
}

int voc_cli_each_record(voc_cli *cli, int argc, char **argv,
                        voc_cli_record_fn fn, void *ctx) {
  struct record_adapter a = {fn, ctx};
  return voc_cli_each_line(cli, argc, argv, record_line, &a);
}

int voc_cli_each_line(voc_cli *cli, int argc, char **argv, voc_cli_line_fn fn,
                      void *ctx) {
  char *stdin_only[] = {"-"};
  if (argc == 0) {
    argc = 1;
    argv = stdin_only;
  }
  unsigned long long done_bytes = 0;
  for (int i = 0; i < argc; i++) {
    FILE *f = voc_cli_open(cli, argv[i]);
    if (!f)
      continue;
    voc_reader r;
    voc_reader_init(&r, f, argv[i]);
    r.line.max = VOC_STREAM_LINE_MAX;
    voc_error err, clean;
    int rc, stop = 0;
    /* a clear error naming this input, copied per line (cheaper than
     * clearing and formatting the name for every record) */
    voc_error_clear(&clean);
    voc_error_at(&clean, r.name, 0, 0);
    for (;;) {
      err.code = 0;
      err.sys_errno = 0;
      err.msg[0] = '\0';
      memcpy(err.file, clean.file, sizeof err.file);
      err.line = err.col = 0;
      rc = voc_reader_next_line(&r, &err);
      if (rc == 0)
        break;
      cli->nread += rc == 1 || rc == VOC_ETOOBIG;
      if (rc == VOC_ETOOBIG) {
        if (voc_cli_reject(cli, &err, r.line.data, r.line.len) < 0) {
          stop = 1;
          break;
        }
        continue;
      }
      if (rc < 0) { /* read error: this input is done */
        voc_cli_warn(cli, &err);
        voc_cli_fail(cli, voc_error_exit_code(rc));
        break;
      }
      err.line = r.lineno;
      err.col = 0;
      rc = fn(cli, r.line.data, r.line.len, ctx, &err);
      if (rc == VOC_EPARSE || rc == VOC_ETOOBIG) {
        voc_error_at(&err, r.name, r.lineno, err.col);
        if (voc_cli_reject(cli, &err, r.line.data, r.line.len) < 0) {
          stop = 1;
          break;
        }
      } else if (rc < 0) {
        voc_cli_warn(cli, &err);
        voc_cli_fail(cli, voc_error_exit_code(rc));
        stop = 1;
        break;
      }
      voc_cli_tick(cli, done_bytes + r.bytes);
    }
    done_bytes += r.bytes;
    voc_reader_dispose(&r);
    voc_cli_close(cli, f);
    if (stop)
      break;
  }
  return cli->status;
}

static int is_dir(const char *p) {
  struct stat st;
  return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *voc_cli_default_lexicons(void) {
  static char exe_rel[PATH_MAX + 32];
  const char *env = getenv("VOC_LEXICONS");
  if (env && *env)
    return env;
  /* Installed next to the program: <prefix>/bin/voc-x and
   * <prefix>/share/voc/lexicons, wherever the prefix was moved. */
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      snprintf(exe_rel, sizeof exe_rel, "%s/../share/voc/lexicons", exe);
      if (is_dir(exe_rel))
        return exe_rel;
    }
  }
#ifdef VOC_LEXDIR
  if (is_dir(VOC_LEXDIR))
    return VOC_LEXDIR;
#endif
#ifdef VOC_SOURCE_LEXDIR
  if (is_dir(VOC_SOURCE_LEXDIR))
    return VOC_SOURCE_LEXDIR;
#endif
  return "lexicons";
}
