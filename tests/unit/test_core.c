/* Unit tests for the core library: buffers, UTF-8, records, errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "voc_buf.h"
#include "voc_error.h"
#include "voc_record.h"
#include "voc_utf8.h"

static FILE *mem_file(const char *s, size_t n) {
  FILE *f = tmpfile();
  assert_non_null(f);
  assert_int_equal(fwrite(s, 1, n, f), n);
  rewind(f);
  return f;
}

static void buf_grows_and_stays_terminated(void **state) {
  (void)state;
  voc_buf b = VOC_BUF_INIT(0);
  for (int i = 0; i < 1000; i++)
    assert_int_equal(voc_buf_printf(&b, "%d,", i), 0);
  assert_int_equal(b.data[b.len], '\0');
  assert_memory_equal(b.data, "0,1,2,", 6);
  voc_buf_truncate(&b, 2);
  assert_string_equal(b.data, "0,");
  voc_buf_dispose(&b);
  assert_null(b.data);
}

static void buf_empty_slurp_is_a_string(void **state) {
  (void)state;
  FILE *f = tmpfile();
  voc_buf b = VOC_BUF_INIT(0);
  assert_int_equal(voc_buf_slurp(&b, f, NULL), 0);
  assert_non_null(b.data);
  assert_int_equal(b.len, 0);
  assert_string_equal(b.data, "");
  voc_buf_dispose(&b);
  fclose(f);
}

static void buf_cap_is_hard(void **state) {
  (void)state;
  voc_buf b = VOC_BUF_INIT(8);
  assert_int_equal(voc_buf_puts(&b, "12345678"), 0);
  assert_int_equal(voc_buf_putc(&b, '9'), VOC_ETOOBIG);
  assert_int_equal(b.len, 8);
  voc_buf_dispose(&b);
}

static void getline_handles_crlf_and_last_line(void **state) {
  (void)state;
  const char in[] = "one\r\ntwo\n\nthree";
  FILE *f = mem_file(in, sizeof in - 1);
  voc_buf b = VOC_BUF_INIT(0);
  voc_error err;
  voc_error_clear(&err);
  assert_int_equal(voc_buf_getline(&b, f, &err), 1);
  assert_string_equal(b.data, "one");
  assert_int_equal(voc_buf_getline(&b, f, &err), 1);
  assert_string_equal(b.data, "two");
  assert_int_equal(voc_buf_getline(&b, f, &err), 1);
  assert_int_equal(b.len, 0);
  assert_int_equal(voc_buf_getline(&b, f, &err), 1);
  assert_string_equal(b.data, "three");
  assert_int_equal(voc_buf_getline(&b, f, &err), 0);
  voc_buf_dispose(&b);
  fclose(f);
}

static void getline_too_long_skips_to_next_line(void **state) {
  (void)state;
  const char in[] = "short\nthis line is much too long\nnext\n";
  FILE *f = mem_file(in, sizeof in - 1);
  voc_buf b = VOC_BUF_INIT(10);
  voc_error err;
  voc_error_clear(&err);
  assert_int_equal(voc_buf_getline(&b, f, &err), 1);
  assert_int_equal(voc_buf_getline(&b, f, &err), VOC_ETOOBIG);
  assert_int_equal(b.len, 10);
  assert_int_equal(voc_buf_getline(&b, f, &err), 1);
  assert_string_equal(b.data, "next");
  voc_buf_dispose(&b);
  fclose(f);
}

static void utf8_validation(void **state) {
  (void)state;
  assert_true(voc_utf8_valid("plain ascii", 11));
  assert_true(voc_utf8_valid("caf\xC3\xA9 \xF0\x9F\x94\xA5", 10));
  assert_false(voc_utf8_valid("\xC0\xAF", 2));         /* overlong */
  assert_false(voc_utf8_valid("\xED\xA0\x80", 3));     /* surrogate */
  assert_false(voc_utf8_valid("\xF4\x90\x80\x80", 4)); /* > U+10FFFF */
  assert_false(voc_utf8_valid("abc\xE2\x82", 5));      /* truncated */
  assert_false(voc_utf8_valid("12345678\xFF", 9));     /* after a fast run */
}

static void utf8_repair_uses_maximal_subparts(void **state) {
  (void)state;
  voc_buf b = VOC_BUF_INIT(0);
  /* "a" E2 82 (truncated 3-byte) "b" FF "c": two replacements, as ICU. */
  long n = voc_utf8_repair(&b, "a\xE2\x82" "b\xFF" "c", 6);
  assert_int_equal(n, 2);
  assert_string_equal(b.data, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  voc_buf_clear(&b);
  /* Latin-1 text mislabelled as UTF-8: every high byte is one U+FFFD. */
  n = voc_utf8_repair(&b, "Gr\xFC\xDF" "e", 5);
  assert_int_equal(n, 2);
  assert_true(voc_utf8_valid(b.data, b.len));
  voc_buf_clear(&b);
  assert_int_equal(voc_utf8_repair(&b, "ok \xC3\xA9", 5), 0);
  assert_string_equal(b.data, "ok \xC3\xA9");
  voc_buf_dispose(&b);
}

static void utf8_next_and_put_round_trip(void **state) {
  (void)state;
  unsigned cps[] = {0x41, 0xE9, 0x20AC, 0x1F525};
  voc_buf b = VOC_BUF_INIT(0);
  for (size_t i = 0; i < 4; i++)
    assert_int_equal(voc_utf8_put(&b, cps[i]), 0);
  size_t at = 0;
  for (size_t i = 0; i < 4; i++)
    assert_int_equal(voc_utf8_next(b.data, b.len, &at), cps[i]);
  assert_int_equal(at, b.len);
  voc_buf_dispose(&b);
}

static void record_keeps_order_and_unknown_fields(void **state) {
  (void)state;
  const char line[] = "{\"z\":1,\"id\":\"a\",\"mine\":{\"x\":[1,2]},\"text\":\"hi\"}";
  voc_record *rec = NULL;
  voc_error err;
  voc_error_clear(&err);
  assert_int_equal(voc_record_parse(&rec, line, sizeof line - 1, NULL, &err), 0);
  assert_string_equal(voc_record_str(rec, "text"), "hi");
  assert_int_equal(voc_record_set_str(rec, "id", "b"), 0);
  assert_int_equal(voc_record_set_str(rec, "lang", "en"), 0);
  voc_buf out = VOC_BUF_INIT(0);
  assert_int_equal(voc_record_format(rec, &out), 0);
  assert_string_equal(out.data, "{\"z\":1,\"id\":\"b\",\"mine\":{\"x\":[1,2]},"
                                "\"text\":\"hi\",\"lang\":\"en\"}");
  voc_record_remove(rec, "mine");
  assert_null(voc_record_get(rec, "mine"));
  voc_buf_dispose(&out);
  voc_record_free(rec);
}

static void record_rejects_what_is_not_one_object(void **state) {
  (void)state;
  const char *bad[] = {"{\"a\":", "[1,2]", "{\"a\":1} {\"b\":2}", "\"str\"",
                       "{\"a\":1,}"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    voc_record *rec = NULL;
    voc_error err;
    voc_error_clear(&err);
    assert_int_equal(voc_record_parse(&rec, bad[i], strlen(bad[i]), NULL, &err),
                     VOC_EPARSE);
    assert_null(rec);
    assert_true(err.msg[0] != '\0');
  }
  voc_record *rec = NULL;
  voc_error err;
  voc_error_clear(&err);
  assert_int_equal(voc_record_parse(&rec, "{\"a\":\"x\0y\"}", 11, NULL, &err),
                   VOC_EPARSE);
  assert_non_null(strstr(err.msg, "NUL"));
}

static void record_repairs_invalid_utf8(void **state) {
  (void)state;
  const char line[] = "{\"text\":\"caf\xE9\"}";
  voc_record *rec = NULL;
  long rep = 0;
  assert_int_equal(voc_record_parse(&rec, line, sizeof line - 1, &rep, NULL), 0);
  assert_int_equal(rep, 1);
  assert_string_equal(voc_record_str(rec, "text"), "caf\xEF\xBF\xBD");
  voc_record_free(rec);
}

static void reader_reports_file_and_line(void **state) {
  (void)state;
  const char in[] = "{\"id\":1}\n\n{\"id\":\n{\"id\":3}\n";
  FILE *f = mem_file(in, sizeof in - 1);
  voc_reader r;
  voc_reader_init(&r, f, "notes.jsonl");
  voc_record *rec;
  voc_error err;
  voc_error_clear(&err);
  assert_int_equal(voc_reader_next(&r, &rec, &err), 1);
  voc_record_free(rec);
  assert_int_equal(voc_reader_next(&r, &rec, &err), VOC_EPARSE);
  assert_int_equal(err.line, 3);
  assert_string_equal(err.file, "notes.jsonl");
  char msg[600];
  voc_error_format(&err, msg, sizeof msg);
  assert_memory_equal(msg, "notes.jsonl:3:", 14);
  assert_string_equal(r.line.data, "{\"id\":");
  assert_int_equal(voc_reader_next(&r, &rec, &err), 1);
  assert_int_equal(r.lineno, 4);
  voc_record_free(rec);
  assert_int_equal(voc_reader_next(&r, &rec, &err), 0);
  voc_reader_dispose(&r);
  fclose(f);
}

static void reader_handles_a_long_line(void **state) {
  (void)state;
  /* 4 MB of text in one record: no fixed buffer anywhere. */
  size_t n = 4u << 20;
  char *line = malloc(n + 32);
  assert_non_null(line);
  memcpy(line, "{\"text\":\"", 9);
  memset(line + 9, 'x', n);
  memcpy(line + 9 + n, "\"}\n", 3);
  FILE *f = mem_file(line, n + 12);
  voc_reader r;
  voc_reader_init(&r, f, "big");
  voc_record *rec;
  assert_int_equal(voc_reader_next(&r, &rec, NULL), 1);
  assert_int_equal(strlen(voc_record_str(rec, "text")), n);
  voc_record_free(rec);
  voc_reader_dispose(&r);
  fclose(f);
  free(line);
}

/* voc_reader_next_line reads blocks of its own: lines, line numbers, byte
 * counts and the too-long case are as voc_buf_getline gives them (blank
 * lines skipped), across block boundaries too. */
static void reader_next_line_reads_as_getline(void **state) {
  (void)state;
  voc_buf in = VOC_BUF_INIT(0);
  assert_int_equal(voc_buf_puts(&in, "{\"a\":1}\r\n\n  \t\r\nsecond\n"), 0);
  for (int k = 0; k < 3; k++) { /* lines around and over the 64 KiB block */
    for (size_t i = 0; i < 70000u * (size_t)(k + 1) / 2; i++)
      assert_int_equal(voc_buf_putc(&in, 'a' + (int)(i % 26)), 0);
    assert_int_equal(voc_buf_puts(&in, k == 1 ? "\r\n" : "\n"), 0);
  }
  assert_int_equal(voc_buf_puts(&in, "x\n\nlast without newline\r"), 0);
  for (size_t max = 0; max <= 100000; max += 100000) {
    FILE *f = mem_file(in.data, in.len), *g = mem_file(in.data, in.len);
    voc_reader r;
    voc_buf b = VOC_BUF_INIT(max);
    voc_error err;
    long lineno = 0, nlines = 0;
    unsigned long long bytes = 0; /* as voc_reader_next counts them */
    voc_reader_init(&r, f, "in");
    r.line.max = max;
    for (;;) {
      int want;
      do {
        want = voc_buf_getline(&b, g, NULL);
        lineno += want != 0;
        bytes += want != 0 ? b.len + 1 : 0;
      } while (want == 1 && b.len == strspn(b.data, " \t\r"));
      voc_error_clear(&err);
      int got = voc_reader_next_line(&r, &err);
      assert_int_equal(got, want);
      if (!got)
        break;
      nlines++;
      assert_int_equal(r.lineno, lineno);
      assert_int_equal(r.line.len, b.len);
      assert_memory_equal(r.line.data, b.data, b.len);
      if (got == VOC_ETOOBIG)
        assert_int_equal(err.line, lineno);
    }
    assert_int_equal(nlines, 7);
    assert_int_equal(r.bytes, bytes);
    voc_buf_dispose(&b);
    voc_reader_dispose(&r);
    fclose(f);
    fclose(g);
  }
  voc_buf_dispose(&in);
}

static void error_codes_map_to_sysexits(void **state) {
  (void)state;
  assert_int_equal(voc_error_exit_code(VOC_EPARSE), 65);
  assert_int_equal(voc_error_exit_code(VOC_EINVAL), 64);
  assert_int_equal(voc_error_exit_code(VOC_ENOINPUT), 66);
  assert_int_equal(voc_error_exit_code(VOC_EIO), 74);
  assert_int_equal(voc_error_exit_code(VOC_ENOMEM), 70);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(buf_grows_and_stays_terminated),
      cmocka_unit_test(buf_cap_is_hard),
      cmocka_unit_test(buf_empty_slurp_is_a_string),
      cmocka_unit_test(getline_handles_crlf_and_last_line),
      cmocka_unit_test(getline_too_long_skips_to_next_line),
      cmocka_unit_test(utf8_validation),
      cmocka_unit_test(utf8_repair_uses_maximal_subparts),
      cmocka_unit_test(utf8_next_and_put_round_trip),
      cmocka_unit_test(record_keeps_order_and_unknown_fields),
      cmocka_unit_test(record_rejects_what_is_not_one_object),
      cmocka_unit_test(record_repairs_invalid_utf8),
      cmocka_unit_test(reader_reports_file_and_line),
      cmocka_unit_test(reader_handles_a_long_line),
      cmocka_unit_test(reader_next_line_reads_as_getline),
      cmocka_unit_test(error_codes_map_to_sysexits),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
