/* Unit tests for voc_date: the date forms exports use, zones to UTC. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "voc_date.h"
#include "voc_error.h"

static void check(const char *in, const char *want) {
  char out[VOC_DATE_MAX];
  int rc = voc_date_parse(in, strlen(in), out);
  if (!want) {
    if (rc != VOC_EPARSE)
      fail_msg("'%s' should not parse, gave '%s'", in, out);
    assert_string_equal(out, "");
    return;
  }
  if (rc != 0)
    fail_msg("'%s' did not parse", in);
  assert_string_equal(out, want);
}

static void test_iso(void **state) {
  (void)state;
  check("2025-02-03", "2025-02-03");
  check("  2025-02-03\n", "2025-02-03");
  check("2025-02-03T15:20:00Z", "2025-02-03T15:20:00Z");
  check("2025-02-03T15:20Z", "2025-02-03T15:20:00Z");
  check("2025-02-03 09:30", "2025-02-03T09:30:00");
  check("2025-02-03T15:20:00.123456+01:00", "2025-02-03T14:20:00Z");
  check("2025-02-03T23:30:00-0130", "2025-02-04T01:00:00Z");
  check("2025-01-01T00:30:00+01:00", "2024-12-31T23:30:00Z");
  check("2025/02/03", "2025-02-03");
  check("2025-02-03T09:30:00 UTC", "2025-02-03T09:30:00Z");
}

static void test_rfc2822(void **state) {
  (void)state;
  check("Tue, 11 Feb 2025 14:00:00 +0000", "2025-02-11T14:00:00Z");
  check("Tue, 11 Feb 2025 14:00:00 -0800 (PST)", "2025-02-11T22:00:00Z");
  check("11 Feb 2025 14:00 GMT", "2025-02-11T14:00:00Z");
  check("Wed, 18 Feb 2026 07:15:32 +0100", "2026-02-18T06:15:32Z");
  check("Mon Feb 11 2025 10:00:00 GMT+0100", "2025-02-11T09:00:00Z");
}

static void test_crm(void **state) {
  (void)state;
  check("2/11/2025 14:00", "2025-02-11T14:00:00");
  check("2/11/2025 2:00 PM", "2025-02-11T14:00:00");
  check("2/11/2025 12:15 am", "2025-02-11T00:15:00");
  check("13/02/2025", "2025-02-13");   /* day first: 13 is no month */
  check("11.02.2025", "2025-02-11");   /* German: day.month.year */
  check("12/31/24", "2024-12-31");
  check("Feb 11, 2025", "2025-02-11");
  check("February 11th, 2025 9:30 am", "2025-02-11T09:30:00");
  check("11-Feb-2025", "2025-02-11");
  check("1739282400", "2025-02-11T14:00:00Z");
  check("1739282400000", "2025-02-11T14:00:00Z");
}

static void test_invalid(void **state) {
  (void)state;
  check("", NULL);
  check("yesterday", NULL);
  check("2025-02-30", NULL);
  check("2023-02-29", NULL);
  check("2024-02-29", "2024-02-29");
  check("2025-13-01", NULL);
  check("2025-02-03T25:00", NULL);
  check("13/13/2025", NULL);
  check("1/2/3/4", NULL);
  check("12345", NULL);
  check("2/11/2025 13:00 PM", NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_iso), cmocka_unit_test(test_rfc2822),
      cmocka_unit_test(test_crm), cmocka_unit_test(test_invalid)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
