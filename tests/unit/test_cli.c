/* Unit tests for voc_cli: options, rejects, counts, exit codes. */
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

#include "voc_cli.h"
#include "voc_jline.h"

static int count_ids(voc_cli *cli, voc_record *rec, void *ctx, voc_error *err) {
  int *seen = ctx;
  cJSON *id = voc_record_get(rec, "id");
  if (!cJSON_IsNumber(id))
    return voc_error_set(err, VOC_EPARSE, "record has no numeric id");
  *seen += id->valueint;
  cli->nwritten++;
  return 0;
}

static char *write_temp(const char *content) {
  char *path = strdup("/tmp/voc-test-XXXXXX");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, content, strlen(content)), (ssize_t)strlen(content));
  close(fd);
  return path;
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  static char buf[4096];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

static void malformed_line_is_rejected_and_run_goes_on(void **state) {
  (void)state;
  char *in = write_temp("{\"id\":1}\n{\"id\":2,\n{\"id\":4}\n{\"name\":\"x\"}\n");
  char rej[] = "/tmp/voc-rej-XXXXXX";
  int fd = mkstemp(rej);
  close(fd);
  unlink(rej); /* voc_cli creates it, mode 0600 */
  voc_cli cli;
  voc_cli_init(&cli, "voc-test", "", NULL, NULL);
  cli.quiet = true;
  cli.progress = false;
  cli.rejects_path = rej;
  int seen = 0;
  char *argv[] = {in};
  int status = voc_cli_each_record(&cli, 1, argv, count_ids, &seen);
  assert_int_equal(status, VOC_EX_DATAERR);
  assert_int_equal(seen, 5); /* 1 + 4: the records after the bad one ran */
  assert_int_equal(cli.nread, 4);
  assert_int_equal(cli.nwritten, 2);
  assert_int_equal(cli.nrejected, 2);
  assert_int_equal(voc_cli_finish(&cli), VOC_EX_DATAERR);
  char *got = slurp(rej);
  char want_head[512];
  snprintf(want_head, sizeof want_head, "# voc-test: %s:2:", in);
  assert_memory_equal(got, want_head, strlen(want_head));
  assert_non_null(strstr(got, "\n{\"id\":2,\n"));
  assert_non_null(strstr(got, ":4: record has no numeric id\n{\"name\":\"x\"}\n"));
  struct stat st;
  assert_int_equal(stat(rej, &st), 0);
  assert_int_equal(st.st_mode & 0777, 0600);
  unlink(rej);
  unlink(in);
  free(in);
}

/* count_ids on a scanned line (voc_jline), for voc_cli_each_line. */
static int count_ids_line(voc_cli *cli, const char *line, size_t len,
                          void *ctx, voc_error *err) {
  int *seen = ctx;
  voc_jline j;
  voc_jline_init(&j);
  int rc = voc_jline_scan(&j, line, len, err);
  if (rc == 0) {
    const voc_jfield *id = voc_jline_get(&j, "id");
    if (voc_jline_type(&j, id) != '0')
      rc = voc_error_set(err, VOC_EPARSE, "record has no numeric id");
    else
      *seen += atoi(j.text + id->val);
  }
  voc_jline_dispose(&j);
  if (rc == 0)
    cli->nwritten++;
  return rc;
}

/* voc_cli_each_line (voc-tag) rejects, counts and names lines exactly as
 * voc_cli_each_record does: messages, columns, rejects file, status. */
static void each_line_rejects_as_each_record(void **state) {
  (void)state;
  char *in = write_temp("{\"id\":1}\n\n{\"id\":2,\n  \t\n{\"id\":4}\n"
                        "{\"name\":\"x\"}\n[1]\n{\"id\":8} x\n{\"id\":16}");
  char *got[2];
  for (int k = 0; k < 2; k++) {
    char rej[] = "/tmp/voc-rej-XXXXXX";
    int fd = mkstemp(rej);
    close(fd);
    unlink(rej);
    voc_cli cli;
    voc_cli_init(&cli, "voc-test", "", NULL, NULL);
    cli.quiet = true;
    cli.progress = false;
    cli.rejects_path = rej;
    int seen = 0;
    char *argv[] = {in};
    int status = k ? voc_cli_each_line(&cli, 1, argv, count_ids_line, &seen)
                   : voc_cli_each_record(&cli, 1, argv, count_ids, &seen);
    assert_int_equal(status, VOC_EX_DATAERR);
    assert_int_equal(seen, 21);
    assert_int_equal(cli.nread, 7);
    assert_int_equal(cli.nwritten, 3);
    assert_int_equal(cli.nrejected, 4);
    assert_int_equal(voc_cli_finish(&cli), VOC_EX_DATAERR);
    got[k] = strdup(slurp(rej));
    unlink(rej);
  }
  assert_string_equal(got[1], got[0]);
  assert_non_null(strstr(got[1], ":8:10: unexpected text after the JSON value"));
  free(got[0]);
  free(got[1]);
  unlink(in);
  free(in);
}

static void missing_input_is_66_and_others_still_run(void **state) {
  (void)state;
  char *in = write_temp("{\"id\":7}\n");
  voc_cli cli;
  voc_cli_init(&cli, "voc-test", "", NULL, NULL);
  cli.quiet = true;
  int seen = 0;
  char *argv[] = {"/nonexistent/voc-input.jsonl", in};
  assert_int_equal(voc_cli_each_record(&cli, 2, argv, count_ids, &seen),
                   VOC_EX_NOINPUT);
  assert_int_equal(seen, 7);
  unlink(in);
  free(in);
}

static const voc_cli_opt opts[] = {
    {"lexicons", 1, 'l', "DIR", "lexicon directory"},
    {"by", 1, 300, "WHAT", "group by"},
    {0}};

static void getopt_handles_common_and_program_options(void **state) {
  (void)state;
  voc_cli cli;
  voc_cli_init(&cli, "voc-test", "[FILE]...", NULL, opts);
  char *argv[] = {"voc-test", "-q", "--lexicons", "lx", "--by=persona",
                  "--rejects", "r.txt", "in.jsonl", NULL};
  int argc = 8, ind = 0, c;
  const char *arg = NULL;
  optind = 1;
  c = voc_cli_getopt(&cli, argc, argv, &arg, &ind);
  assert_int_equal(c, 'l');
  assert_string_equal(arg, "lx");
  c = voc_cli_getopt(&cli, argc, argv, &arg, &ind);
  assert_int_equal(c, 300);
  assert_string_equal(arg, "persona");
  c = voc_cli_getopt(&cli, argc, argv, &arg, &ind);
  assert_int_equal(c, -1);
  assert_int_equal(ind, 7);
  assert_true(cli.quiet);
  assert_string_equal(cli.rejects_path, "r.txt");
}

static void getopt_unknown_option_is_usage_error(void **state) {
  (void)state;
  voc_cli cli;
  voc_cli_init(&cli, "voc-test", "", NULL, opts);
  char *argv[] = {"voc-test", "--no-such", NULL};
  int ind;
  const char *arg;
  optind = 1;
  assert_int_equal(voc_cli_getopt(&cli, 2, argv, &arg, &ind), -2);
  assert_int_equal(cli.status, VOC_EX_USAGE);
  char *argv2[] = {"voc-test", "--lexicons", NULL};
  voc_cli_init(&cli, "voc-test", "", NULL, opts);
  optind = 1;
  assert_int_equal(voc_cli_getopt(&cli, 2, argv2, &arg, &ind), -2);
  assert_int_equal(cli.status, VOC_EX_USAGE);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(malformed_line_is_rejected_and_run_goes_on),
      cmocka_unit_test(each_line_rejects_as_each_record),
      cmocka_unit_test(missing_input_is_66_and_others_still_run),
      cmocka_unit_test(getopt_handles_common_and_program_options),
      cmocka_unit_test(getopt_unknown_option_is_usage_error),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
