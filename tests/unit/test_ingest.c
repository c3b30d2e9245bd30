/* Unit tests for voc_ingest: aliases, headline rule, --map/--set, ids,
 * dedupe, rejects, detection, vendor sides. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "voc_ingest.h"

typedef struct fixture {
  voc_cli cli;
  voc_ingest *ing;
  char *buf; /* records written */
  size_t len;
  FILE *out;
  voc_error err;
} fixture;

static const voc_cli_opt no_opts[] = {{0, 0, 0, 0, 0}};

static fixture *setup(const char *kind, bool dedupe) {
  fixture *fx = calloc(1, sizeof *fx);
  assert_non_null(fx);
  voc_cli_init(&fx->cli, "voc-ingest", "", "", no_opts);
  fx->cli.quiet = true;
  fx->out = open_memstream(&fx->buf, &fx->len);
  assert_non_null(fx->out);
  voc_ingest_opts o = {0};
  o.format = VOC_FMT_JSONL;
  o.kind = kind;
  o.dedupe = dedupe;
  o.vendor = "Ann Lee, Bob";
  o.vendor_domain = "acme.io";
  voc_error_clear(&fx->err);
  assert_int_equal(voc_ingest_new(&fx->ing, &fx->cli, &o, fx->out, &fx->err), 0);
  return fx;
}

static void teardown(fixture *fx) {
  voc_ingest_free(fx->ing);
  fclose(fx->out);
  free(fx->buf);
  free(fx);
}

/* Emit one JSON item and return the record written (parsed), or NULL. */
static cJSON *emit(fixture *fx, const char *json) {
  cJSON *item = cJSON_Parse(json);
  assert_non_null(item);
  fflush(fx->out);
  size_t before = fx->len;
  assert_int_equal(voc_ingest_emit(fx->ing, item, "notes.csv", 3, &fx->err), 0);
  cJSON_Delete(item);
  fflush(fx->out);
  if (fx->len == before)
    return NULL;
  cJSON *rec = cJSON_ParseWithLength(fx->buf + before, fx->len - before);
  assert_non_null(rec);
  return rec;
}

static const char *str(const cJSON *rec, const char *k) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(rec, k);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void test_aliases_and_order(void **state) {
  (void)state;
  fixture *fx = setup(NULL, false);
  cJSON *r = emit(fx, "{\"Notes\":\" Too expensive. \",\"Note ID\":\"N-9\","
                      "\"Created At\":\"2/11/2025 14:00\",\"Contact Title\":"
                      "\"CFO\",\"utm_campaign\":\"Spring\",\"company\":\"Acme\","
                      "\"stars\":\"4\",\"extra\":\"x\"}");
  assert_non_null(r);
  char *s = cJSON_PrintUnformatted(r);
  assert_string_equal(s, "{\"id\":\"N-9\",\"kind\":\"review\",\"source\":"
                         "\"notes.csv\",\"date\":\"2025-02-11T14:00:00\","
                         "\"campaign\":\"Spring\",\"title\":\"CFO\","
                         "\"account\":\"Acme\",\"rating\":4,\"text\":"
                         "\"Too expensive.\"}");
  free(s);
  cJSON_Delete(r);
  /* presence wins even when null: "id": null beats note_id */
  r = emit(fx, "{\"id\":null,\"note_id\":\"N-1\",\"text\":\"hello\"}");
  assert_int_equal(strlen(str(r, "id")), 16);
  assert_true(cJSON_IsNull(cJSON_GetObjectItem(r, "date")));
  assert_true(cJSON_IsNull(cJSON_GetObjectItem(r, "campaign")));
  cJSON_Delete(r);
  teardown(fx);
}

static void test_headline_rule(void **state) {
  (void)state;
  fixture *fx = setup(NULL, false);
  /* job-title key present (even null): title is a headline */
  cJSON *r = emit(fx, "{\"job_title\":null,\"title\":\"Slow sync\","
                      "\"body\":\"Takes minutes.\"}");
  assert_string_equal(str(r, "text"), "Slow sync\n\nTakes minutes.");
  assert_true(cJSON_IsNull(cJSON_GetObjectItem(r, "title")));
  cJSON_Delete(r);
  /* no job-title key: title is the job title */
  r = emit(fx, "{\"title\":\"VP Sales\",\"body\":\"Takes minutes.\"}");
  assert_string_equal(str(r, "title"), "VP Sales");
  assert_string_equal(str(r, "text"), "Takes minutes.");
  cJSON_Delete(r);
  teardown(fx);
}

/* A number mapped to a text field is written in its shortest form that
 * reads back; one far outside long long's range is not cast to it (UB). */
static void test_numbers_as_text(void **state) {
  (void)state;
  static const struct {
    const char *json, *want;
  } cases[] = {{"3", "3"},          {"-42", "-42"},
               {"0.1", "0.1"},      {"4.5", "4.5"},
               {"1e15", "1e+15"},   {"1.1111111111111111e105", "1.1111111111111111e+105"},
               {"-1e300", "-1e+300"}, {"123456789012345", "123456789012345"},
               {"0.30000000000000004", "0.30000000000000004"}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    fixture *fx = setup("survey", false);
    assert_int_equal(voc_ingest_map(fx->ing, "nps=score", &fx->err), 0);
    char json[128];
    snprintf(json, sizeof json, "{\"text\":\"ok\",\"score\":%s}", cases[i].json);
    cJSON *r = emit(fx, json);
    assert_non_null(r);
    assert_string_equal(str(r, "nps"), cases[i].want);
    cJSON_Delete(r);
    teardown(fx);
  }
}

static void test_map_and_set(void **state) {
  (void)state;
  fixture *fx = setup("survey", false);
  assert_int_equal(voc_ingest_map(fx->ing, "text=q1, q2.answer,missing", &fx->err), 0);
  assert_int_equal(voc_ingest_map(fx->ing, "nps=score", &fx->err), 0);
  assert_int_equal(voc_ingest_set(fx->ing, "campaign=Spring ABM", &fx->err), 0);
  assert_int_equal(voc_ingest_map(fx->ing, "=x", &fx->err), VOC_EINVAL);
  assert_int_equal(voc_ingest_set(fx->ing, "kind=bogus", &fx->err), VOC_EINVAL);
  cJSON *r = emit(fx, "{\"q1\":\"Pricing\",\"q2\":{\"answer\":\"<p>Too <b>high</b></p>\"},"
                      "\"score\":3,\"campaign\":\"ignored\"}");
  assert_string_equal(str(r, "kind"), "survey");
  assert_string_equal(str(r, "campaign"), "Spring ABM");
  assert_string_equal(str(r, "text"), "Pricing\n\nToo high");
  assert_string_equal(str(r, "nps"), "3");
  cJSON_Delete(r);
  teardown(fx);
}

static void test_ids_dedupe_rejects(void **state) {
  (void)state;
  fixture *fx = setup(NULL, true);
  cJSON *a = emit(fx, "{\"text\":\"same words\"}");
  assert_non_null(a);
  /* same source + text: same id, and --dedupe drops the repeat */
  assert_null(emit(fx, "{\"text\":\"same words\"}"));
  assert_int_equal(voc_ingest_duplicates(fx->ing), 1);
  cJSON *b = emit(fx, "{\"text\":\"other words\"}");
  assert_string_not_equal(str(a, "id"), str(b, "id"));
  /* FNV-1a 64 of "notes.csv\0same words" */
  uint64_t h = 0xcbf29ce484222325ULL;
  const char src[] = "notes.csv\0same words";
  for (size_t i = 0; i < sizeof src - 1; i++) {
    h ^= (unsigned char)src[i];
    h *= 0x100000001b3ULL;
  }
  char want[17];
  snprintf(want, sizeof want, "%016llx", (unsigned long long)h);
  assert_string_equal(str(a, "id"), want);
  /* Message-ID angle brackets go */
  cJSON *c = emit(fx, "{\"message-id\":\"<abc@mail>\",\"body\":\"x\"}");
  assert_string_equal(str(c, "id"), "abc@mail");
  /* empty text is rejected, counted, status 65 */
  assert_null(emit(fx, "{\"id\":\"E\",\"text\":\"  \\n \"}"));
  assert_int_equal(fx->cli.nrejected, 1);
  assert_int_equal(fx->cli.status, 65);
  assert_int_equal(fx->cli.nread, 5);
  assert_int_equal(fx->cli.nwritten, 3);
  cJSON_Delete(a);
  cJSON_Delete(b);
  cJSON_Delete(c);
  teardown(fx);
}

static void test_repair(void **state) {
  (void)state;
  fixture *fx = setup(NULL, false);
  cJSON *item = cJSON_CreateObject();
  cJSON_AddStringToObject(item, "text", "caf\xC3 ok\r\nnext");
  fflush(fx->out);
  assert_int_equal(voc_ingest_emit(fx->ing, item, "-", 1, &fx->err), 0);
  fflush(fx->out);
  cJSON *r = cJSON_ParseWithLength(fx->buf, fx->len);
  assert_string_equal(str(r, "text"), "caf\xEF\xBF\xBD ok\nnext");
  assert_string_equal(str(r, "source"), "stdin");
  assert_int_equal(fx->cli.nrepaired, 1);
  cJSON_Delete(r);
  cJSON_Delete(item);
  teardown(fx);
}

static void test_email_kind_strips(void **state) {
  (void)state;
  fixture *fx = setup("email", false);
  cJSON *r = emit(fx, "{\"body\":\"Yes, April works.\\n\\n> Our offer is the "
                      "best price ever!\\n> Buy now\"}");
  assert_non_null(r);
  assert_null(strstr(str(r, "text"), "best price"));
  assert_non_null(strstr(str(r, "text"), "April works"));
  cJSON_Delete(r);
  teardown(fx);
}

static void test_detect(void **state) {
  (void)state;
#define D(name, head) voc_ingest_detect(name, head, strlen(head))
  assert_int_equal(D("x.csv", "anything"), VOC_FMT_CSV);
  assert_int_equal(D("x.TSV", ""), VOC_FMT_TSV);
  assert_int_equal(D("x.jsonl", "{}"), VOC_FMT_JSONL);
  assert_int_equal(D("x.json", "{\"a\":1}\n{\"a\":2}\n"), VOC_FMT_JSONL);
  assert_int_equal(D("x.json", "{\n \"a\": 1\n}\n"), VOC_FMT_JSON);
  assert_int_equal(D(NULL, "  [ {} ]"), VOC_FMT_JSON);
  assert_int_equal(D(NULL, "<?xml version=\"1.0\"?><rss/>"), VOC_FMT_XML);
  assert_int_equal(D("call.txt", "\xEF\xBB\xBFWEBVTT\n\n"), VOC_FMT_VTT);
  assert_int_equal(D(NULL, "From a@b Thu Jan  1 00:00:00 2025\n"), VOC_FMT_MBOX);
  assert_int_equal(D(NULL, "From: a@b\nSubject: hi\n\nbody\n"), VOC_FMT_EML);
  assert_int_equal(D("c.txt", "Ann: hello\nBob: hi there\nAnn: ok\n"),
                   VOC_FMT_TRANSCRIPT);
  assert_int_equal(D("n.txt", "Called Ann. She is busy, call back.\n"),
                   VOC_FMT_TEXT);
  assert_int_equal(D(NULL, "id,note,date\n1,x,y\n"), VOC_FMT_CSV);
  assert_int_equal(D(NULL, "id\tnote\n1\tx\n"), VOC_FMT_TSV);
#undef D
  assert_int_equal(voc_ingest_format_parse("jsonl"), VOC_FMT_JSONL);
  assert_int_equal(voc_ingest_format_parse("nope"), VOC_FMT_AUTO);
  assert_string_equal(voc_ingest_format_name(VOC_FMT_TRANSCRIPT), "transcript");
}

static void test_vendor(void **state) {
  (void)state;
  fixture *fx = setup(NULL, false);
  assert_true(voc_ingest_is_vendor(fx->ing, "Ann Lee"));
  assert_true(voc_ingest_is_vendor(fx->ing, "ann lee (Acme)"));
  assert_true(voc_ingest_is_vendor(fx->ing, "Bob"));
  assert_false(voc_ingest_is_vendor(fx->ing, "Bobby Tables"));
  assert_true(voc_ingest_is_vendor(fx->ing, "sam@acme.io"));
  assert_true(voc_ingest_is_vendor(fx->ing, "Sam <sam@sales.acme.io>"));
  assert_false(voc_ingest_is_vendor(fx->ing, "kim@notacme.io"));
  assert_false(voc_ingest_is_vendor(fx->ing, "kim@acme.io.example.com"));
  assert_false(voc_ingest_is_vendor(fx->ing, "Dana Ruiz"));
  teardown(fx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_aliases_and_order),
      cmocka_unit_test(test_headline_rule),
      cmocka_unit_test(test_map_and_set),
      cmocka_unit_test(test_numbers_as_text),
      cmocka_unit_test(test_ids_dedupe_rejects),
      cmocka_unit_test(test_repair),
      cmocka_unit_test(test_email_kind_strips),
      cmocka_unit_test(test_detect),
      cmocka_unit_test(test_vendor)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
