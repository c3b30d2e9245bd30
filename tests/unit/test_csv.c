/* Unit tests for voc_csv: RFC 4180 rows, line numbers, caps, edge bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "voc_csv.h"

typedef struct fixture {
  FILE *f;
  voc_csv *c;
  voc_error err;
} fixture;

static void open_csv(fixture *fx, const char *data, size_t n, int delim,
                     size_t max) {
  fx->f = fmemopen((void *)data, n, "rb");
  assert_non_null(fx->f);
  assert_int_equal(voc_csv_new(&fx->c, fx->f, delim, max), 0);
  voc_error_clear(&fx->err);
}

static void close_csv(fixture *fx) {
  voc_csv_free(fx->c);
  fclose(fx->f);
}

static void expect_row(fixture *fx, long line, size_t n, ...) {
  int rc = voc_csv_next(fx->c, &fx->err);
  if (rc != 1)
    fail_msg("expected a row at line %ld, got %d (%s)", line, rc, fx->err.msg);
  assert_int_equal(voc_csv_line(fx->c), line);
  assert_int_equal(voc_csv_nfields(fx->c), n);
  va_list ap;
  va_start(ap, n);
  for (size_t i = 0; i < n; i++)
    assert_string_equal(voc_csv_field(fx->c, i, NULL), va_arg(ap, const char *));
  va_end(ap);
}

static void test_quotes_and_lines(void **state) {
  (void)state;
  static const char in[] = "a,b,c\n"
                           "1,\"x, y\",\"say \"\"hi\"\"\"\n"
                           "\n"
                           "\"multi\nline\",2,\n"
                           "3,\"\",last";
  fixture fx;
  open_csv(&fx, in, sizeof in - 1, 0, 0);
  expect_row(&fx, 1, 3, "a", "b", "c");
  expect_row(&fx, 2, 3, "1", "x, y", "say \"hi\"");
  expect_row(&fx, 4, 3, "multi\nline", "2", ""); /* blank line 3 skipped */
  expect_row(&fx, 6, 3, "3", "", "last");        /* no final newline */
  assert_int_equal(voc_csv_next(fx.c, &fx.err), 0);
  assert_int_equal(voc_csv_delim(fx.c), ',');
  close_csv(&fx);
}

static void test_bom_crlf_semicolon(void **state) {
  (void)state;
  static const char in[] = "\xEF\xBB\xBFid;note\r\n7;\"a;b\r\nc\"\r\n8;x\r\n";
  fixture fx;
  open_csv(&fx, in, sizeof in - 1, 0, 0);
  expect_row(&fx, 1, 2, "id", "note");
  expect_row(&fx, 2, 2, "7", "a;b\r\nc"); /* CRLF inside quotes kept */
  expect_row(&fx, 4, 2, "8", "x");
  assert_int_equal(voc_csv_delim(fx.c), ';');
  size_t rl;
  const char *raw = voc_csv_raw(fx.c, &rl);
  assert_int_equal(rl, 3);
  assert_memory_equal(raw, "8;x", 3);
  close_csv(&fx);
}

static void test_tab_and_lenient(void **state) {
  (void)state;
  static const char in[] = "a\tb\n5\" tall\t\"q\"tail\n";
  fixture fx;
  open_csv(&fx, in, sizeof in - 1, 0, 0);
  expect_row(&fx, 1, 2, "a", "b");
  /* a quote inside an unquoted field is literal; text after a closing
   * quote is kept */
  expect_row(&fx, 2, 2, "5\" tall", "qtail");
  assert_int_equal(voc_csv_delim(fx.c), '\t');
  close_csv(&fx);
}

static void test_unbalanced_quote(void **state) {
  (void)state;
  static const char in[] = "a,b\n1,2\n3,\"open\nnever closed\n";
  fixture fx;
  open_csv(&fx, in, sizeof in - 1, ',', 0);
  expect_row(&fx, 1, 2, "a", "b");
  expect_row(&fx, 2, 2, "1", "2");
  assert_int_equal(voc_csv_next(fx.c, &fx.err), VOC_EPARSE);
  assert_int_equal(fx.err.line, 3);
  assert_non_null(strstr(fx.err.msg, "unbalanced quote"));
  size_t rl;
  const char *raw = voc_csv_raw(fx.c, &rl);
  assert_true(rl > 0 && memcmp(raw, "3,\"open", 7) == 0);
  assert_int_equal(voc_csv_next(fx.c, &fx.err), 0);
  close_csv(&fx);
}

static void test_row_cap(void **state) {
  (void)state;
  /* a 300-byte row with cap 64 is skipped; the next row still reads */
  size_t n = 0;
  char *in = malloc(1024);
  assert_non_null(in);
  n += (size_t)sprintf(in + n, "a,b\n1,\"");
  memset(in + n, 'x', 300);
  n += 300;
  n += (size_t)sprintf(in + n, "\n,\"\n2,3\n");
  fixture fx;
  open_csv(&fx, in, n, 0, 64);
  expect_row(&fx, 1, 2, "a", "b");
  assert_int_equal(voc_csv_next(fx.c, &fx.err), VOC_ETOOBIG);
  assert_int_equal(fx.err.line, 2);
  expect_row(&fx, 4, 2, "2", "3");
  close_csv(&fx);
  free(in);
}

static void test_window_boundaries(void **state) {
  (void)state;
  /* a 100 KB field crosses the 64 KiB read window; CRLF split at the edge */
  size_t big = 100000, n = 0;
  char *in = malloc(big + 200000);
  assert_non_null(in);
  n += (size_t)sprintf(in + n, "a,b\n\"");
  memset(in + n, 'y', big);
  n += big;
  n += (size_t)sprintf(in + n, "\",1\n");
  /* pad so that "\r" is the last byte of the second window */
  size_t pad = 2 * 65536 - 1 - n - 2;
  in[n++] = 'p';
  in[n++] = ',';
  memset(in + n, 'z', pad);
  n += pad;
  assert_int_equal(n, 2 * 65536 - 1);
  in[n++] = '\r';
  in[n++] = '\n';
  n += (size_t)sprintf(in + n, "q,r\n");
  fixture fx;
  open_csv(&fx, in, n, 0, 0);
  expect_row(&fx, 1, 2, "a", "b");
  assert_int_equal(voc_csv_next(fx.c, &fx.err), 1);
  size_t len;
  voc_csv_field(fx.c, 0, &len);
  assert_int_equal(len, big);
  assert_int_equal(voc_csv_next(fx.c, &fx.err), 1);
  assert_int_equal(voc_csv_line(fx.c), 3);
  voc_csv_field(fx.c, 1, &len);
  assert_int_equal(len, pad);
  expect_row(&fx, 4, 2, "q", "r"); /* no empty row from the split CRLF */
  assert_int_equal(voc_csv_next(fx.c, &fx.err), 0);
  close_csv(&fx);
  free(in);
}

static void test_nul_and_empty(void **state) {
  (void)state;
  static const char in[] = "a\nx\0y\n";
  fixture fx;
  open_csv(&fx, in, sizeof in - 1, 0, 0);
  expect_row(&fx, 1, 1, "a");
  expect_row(&fx, 2, 1, "x\xEF\xBF\xBDy");
  assert_int_equal(voc_csv_nuls(fx.c), 1);
  close_csv(&fx);
  static const char empty[] = "\n\n";
  open_csv(&fx, empty, 2, 0, 0);
  assert_int_equal(voc_csv_next(fx.c, &fx.err), 0);
  close_csv(&fx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_quotes_and_lines),
      cmocka_unit_test(test_bom_crlf_semicolon),
      cmocka_unit_test(test_tab_and_lenient),
      cmocka_unit_test(test_unbalanced_quote),
      cmocka_unit_test(test_row_cap),
      cmocka_unit_test(test_window_boundaries),
      cmocka_unit_test(test_nul_and_empty)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
