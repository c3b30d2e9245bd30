/* Unit tests for PII redaction on realistic notes and signatures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "voc_pii.h"

/* Redacting the output again changes nothing (ingest output can be
 * ingested again, and labels must not change how a neighbour is read). */
static void check_idempotent(const char *in) {
  voc_buf once = VOC_BUF_INIT(0), twice = VOC_BUF_INIT(0);
  assert_true(voc_pii_redact(in, strlen(in), VOC_PII_ALL, &once) >= 0);
  const char *t = once.data ? once.data : "";
  long n = voc_pii_redact(t, once.len, VOC_PII_ALL, &twice);
  if (n != 0 || strcmp(twice.data ? twice.data : "", t) != 0)
    fail_msg("in:    %s\nonce:  %s\ntwice: %s", in, t, twice.data);
  voc_buf_dispose(&once);
  voc_buf_dispose(&twice);
}

static void check(const char *in, const char *want, long nwant) {
  voc_buf out = VOC_BUF_INIT(0);
  long n = voc_pii_redact(in, strlen(in), VOC_PII_ALL, &out);
  if (strcmp(out.data ? out.data : "", want) != 0 || n != nwant)
    fail_msg("in:   %s\ngot:  %s (%ld)\nwant: %s (%ld)", in, out.data, n, want, nwant);
  voc_buf_dispose(&out);
  check_idempotent(in);
}

static void redacts_email_addresses(void **state) {
  (void)state;
  check("Mail me at jane.doe+crm@acme-corp.example.com.",
        "Mail me at [email].", 1);
  check("<o'brien@mail.example.co.uk>", "<[email]>", 1);
  check("first@a.example.com, second@b.example.org",
        "[email], [email]", 2);
  check("12345678901@example.com", "[email]", 1);
  /* Not addresses: a handle, an @ mention in a note, a bare domain. */
  check("ping @dana after the call", "ping @dana after the call", 0);
  check("meet @ 3pm, see acme.example.com", "meet @ 3pm, see acme.example.com", 0);
  check("user@localhost", "user@localhost", 0);
}

static void redacts_phone_numbers_in_many_formats(void **state) {
  (void)state;
  check("Call me on (555) 010-1234 tomorrow", "Call me on [phone] tomorrow", 1);
  check("Mobile: +49 30 12345678", "Mobile: [phone]", 1);
  check("Tel. +44 (0)20 7946 0958.", "Tel. [phone].", 1);
  check("M +33 1 23 45 67 89 | www.example.fr", "M [phone] | www.example.fr", 1);
  check("direct 555-0142 or 555.867.5309", "direct [phone] or [phone]", 2);
  check("Tel: 030/1234567", "Tel: [phone]", 1);
  check("+34 912 345 678", "[phone]", 1);
  check("5550104477", "[phone]", 1);
}

static void leaves_dates_money_and_counts_alone(void **state) {
  (void)state;
  const char *keep[] = {
      "Trial ends 2026-02-13, call at 14:30.",
      "Renewal 03.02.2026 and 2/11/2026",
      "$38,000 a year, or $1200000 over 3 years",
      "Budget 250000 EUR, 120 reps, 35 AEs, 18% miss",
      "Q4 2025 vs 2024 2025 2026 plans",
      "version 2.14.3 broke sync; ticket 123456",
      "€ 4500000 deal",
      "order 2025Q1-777"};
  for (size_t i = 0; i < sizeof keep / sizeof *keep; i++)
    check(keep[i], keep[i], 0);
}

static void redacts_card_numbers_with_luhn(void **state) {
  (void)state;
  check("card 4111 1111 1111 1111 exp 12/27", "card [card] exp 12/27", 1);
  check("4012-8888-8888-1881", "[card]", 1);
  /* 16 digits failing Luhn with spaces: not a card; too long for a phone. */
  check("ref 4111 1111 1111 1112", "ref 4111 1111 1111 1112", 0);
}

static void signature_block(void **state) {
  (void)state;
  check("Thanks,\nMaria Lopez\nVP Sales | Example Corp\nmaria@example.com | +1 555 010 9988\n",
        "Thanks,\nMaria Lopez\nVP Sales | Example Corp\n[email] | [phone]\n", 2);
}

/* Inputs where a label used to change how the number next to it was read
 * (found by random testing): a number glued to an address, an address
 * starting with '%' or '+'. */
static void labels_do_not_change_neighbours(void **state) {
  (void)state;
  static const char *const in[] = {
      "908249,59563.1)72%@b24e50.ay/0",
      "0116326082z8306@46096.2e.858.ay",
      "1111 567302025jo.doe@ex.com+49",
      ")1111 411111110170a@b.co%.[card]1234",
      "202501704111.1234+49_a@b.co[[@jo.doe@",
      "1017020252025 1%jo.doe@ex.com/",
      "a@b.co[phone]-'+4901701(0170%a@b.co.",
      "0170(1234(567%a@b.co",
      "2025.20251111)4111-1111a@b.co$",
      "22222222222222222(2222222@b.co",
      "x[-04 -0 199 30 19 26 303 9-249 30-822.6-0121@b.co[",
      "+4#9 3 146 39 -0 199 0 6 30 9-9 30-3@b.co[2 113411 ",
      "0 3 0q 6 09-98  9-0 9 15 303 9-2 3-033020-1@"};
  for (size_t i = 0; i < sizeof in / sizeof *in; i++)
    check_idempotent(in[i]);
  /* an address glued to digits: the digits before it stay, the address
   * goes (as before) */
  check("1111 567302025jo.doe@ex.com", "1111 567302025[email]", 1);
  check("call 72%jo@b.example.com", "call 72%[email]", 1);
  /* a phone number before an address whose local part holds digits */
  check("+49 30 1234567 5678_abc@x.example.com", "[phone] [email]", 2);
}

static void pathological_input_is_linear(void **state) {
  (void)state;
  /* 200k of "a@" and digit soup: must finish instantly (no backtracking). */
  static char big[400001];
  for (size_t i = 0; i < 400000; i += 2) {
    big[i] = (i / 2) % 3 ? 'a' : '1';
    big[i + 1] = (i / 2) % 5 ? '@' : ' ';
  }
  big[400000] = '\0';
  voc_buf out = VOC_BUF_INIT(0);
  assert_true(voc_pii_redact(big, 400000, VOC_PII_ALL, &out) >= 0);
  voc_buf_dispose(&out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(redacts_email_addresses),
      cmocka_unit_test(redacts_phone_numbers_in_many_formats),
      cmocka_unit_test(leaves_dates_money_and_counts_alone),
      cmocka_unit_test(redacts_card_numbers_with_luhn),
      cmocka_unit_test(signature_block),
      cmocka_unit_test(labels_do_not_change_neighbours),
      cmocka_unit_test(pathological_input_is_linear),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
