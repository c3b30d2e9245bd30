/* Unit tests for voc_tag and voc_eval: records with and without tokens get
 * identical tags, tag fields, persona, lexicon version, evidence trimming,
 * the lexicon filter, and precision/recall arithmetic. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "voc_eval.h"
#include "voc_lex.h"
#include "voc_norm.h"
#include "voc_tag.h"

#define TESTLEX "../golden/tag/lex"

#include "tag_fixture.h"

static voc_record *parse(const char *json) {
  voc_record *rec = NULL;
  voc_error err;
  assert_int_equal(voc_record_parse(&rec, json, strlen(json), NULL, &err), 0);
  return rec;
}

static char *field_json(const voc_record *rec, const char *field) {
  cJSON *it = voc_record_get(rec, field);
  assert_non_null(it);
  char *s = cJSON_PrintUnformatted(it);
  assert_non_null(s);
  return s;
}

static const char *TEXTS[] = {
    ("This is way too EXPENSIVE for us. We have no budget, sadly.\n"
     "Could we revisit next quarter? I’m not the decision maker; the CFO must "
     "approve."),
    ("Not cheap, but worth every penny. We were struggling with manual "
     "reports – constant firefighting – but it isn't too expensive."),
    "Déjà vu: the pricing seems high 🔥, très high. Wir sind nicht zu teuer.",
    "",
    "Is setup easy? It is easy!",
};

static void test_tokens_or_not_identical(void **state) {
  fixture *f = *state;
  voc_normalizer *norm = NULL;
  voc_error err;
  assert_int_equal(voc_normalizer_new(&norm, &err), 0);
  for (size_t i = 0; i < sizeof TEXTS / sizeof *TEXTS; i++) {
    voc_record *a = voc_record_new(), *b = voc_record_new();
    assert_int_equal(voc_record_set_str(a, "id", "x"), 0);
    assert_int_equal(voc_record_set_str(a, "text", TEXTS[i]), 0);
    assert_int_equal(voc_record_set_str(a, "lang", "en"), 0);
    assert_int_equal(voc_record_set_str(b, "id", "x"), 0);
    assert_int_equal(voc_record_set_str(b, "text", TEXTS[i]), 0);
    assert_int_equal(voc_record_set_str(b, "lang", "en"), 0);
    /* b goes through voc-norm first: it carries tokens and sentences */
    assert_int_equal(voc_norm_annotate(norm, b, NULL, &err), 0);
    assert_non_null(voc_record_get(b, "tokens"));
    assert_int_equal(voc_tagger_apply(f->tg, a, &err), 0);
    assert_int_equal(voc_tagger_apply(f->tg, b, &err), 0);
    char *ta = field_json(a, "tags"), *tb = field_json(b, "tags");
    assert_string_equal(ta, tb);
    if (i < 3)
      assert_true(strlen(ta) > 2); /* something was tagged */
    free(ta);
    free(tb);
    voc_record_free(a);
    voc_record_free(b);
  }
  voc_normalizer_free(norm);
}

static void test_tag_fields(void **state) {
  fixture *f = *state;
  voc_error err;
  voc_record *r =
      parse("{\"id\":\"1\",\"kind\":\"call_note\",\"title\":\"CISO\",\"text\":"
            "\"We have no budget. Could we revisit next quarter? It is not too "
            "expensive. Not cheap, but worth every penny.\"}");
  assert_int_equal(voc_tagger_apply(f->tg, r, &err), 0);
  char *tags = field_json(r, "tags");
  assert_string_equal(
      tags,
      "[{\"lexicon\":\"objection\",\"category\":\"budget\",\"term\":\"no "
      "budget\",\"start\":8,\"end\":17,\"negated\":false,\"evidence\":\"We "
      "have no budget.\",\"rule\":\"en/objection.lex:13\"},"
      "{\"lexicon\":\"objection\",\"category\":\"timing\",\"term\":\"revisit "
      "next quarter\",\"start\":28,\"end\":48,\"negated\":false,\"evidence\":"
      "\"Could we revisit next quarter?\",\"rule\":\"en/"
      "objection.lex:30\",\"question\":true,\"excluded\":true},"
      "{\"lexicon\":\"objection\",\"category\":\"budget\",\"term\":\"too "
      "expensive\",\"start\":60,\"end\":73,\"negated\":true,\"evidence\":\"It "
      "is not too expensive.\",\"rule\":\"en/objection.lex:11\"},"
      "{\"lexicon\":\"objection\",\"category\":\"budget\",\"term\":\"cheap\","
      "\"start\":79,\"end\":84,\"negated\":false,\"evidence\":\"Not cheap, but "
      "worth every penny.\",\"rule\":\"en/objection.lex:14\",\"excluded\":"
      "true,\"excluded_by\":\"en/objection.lex:16\"}]");
  free(tags);
  assert_string_equal(voc_record_str(r, "persona"), "security");
  assert_string_equal(voc_record_str(r, "lang"), "en");
  assert_string_equal(voc_record_str(r, "lexicon_version"),
                      voc_lexset_version(f->ls));
  voc_record_free(r);
}

/* Personas are remembered per (language, title): the same answers before
 * and after the memo fills up and starts over, and per language. */
static void test_persona_memo(void **state) {
  fixture *f = *state;
  voc_error err;
  const char *titles[] = {"CISO", "Sales Operations Analyst", "CEO",
                          "VP Marketing", "Chief Executive Officer"};
  const char *want[5];
  for (int i = 0; i < 5; i++)
    assert_int_equal(voc_tagger_persona(f->tg, titles[i], "en", &want[i], &err),
                     0);
  assert_string_equal(want[0], "security");
  assert_string_equal(want[1], "end_user");
  assert_string_equal(want[2], "executive");
  assert_string_equal(want[3], "unknown");
  char title[64];
  for (int k = 0; k < 70000; k++) { /* more than the memo keeps */
    const char *id;
    snprintf(title, sizeof title, "%s %d", k % 2 ? "CEO" : "Clerk", k);
    assert_int_equal(voc_tagger_persona(f->tg, title, k % 3 ? "en" : "de", &id,
                                        &err),
                     0);
    assert_string_equal(id, k % 2 ? "executive" : "unknown");
    if (k % 10000 == 0)
      for (int i = 0; i < 5; i++) {
        assert_int_equal(voc_tagger_persona(f->tg, titles[i], "en", &id, &err),
                         0);
        assert_string_equal(id, want[i]);
      }
  }
  for (int i = 0; i < 5; i++) {
    const char *id;
    assert_int_equal(voc_tagger_persona(f->tg, titles[i], "en", &id, &err), 0);
    assert_string_equal(id, want[i]);
  }
}

static void test_persona_kept_and_missing_text(void **state) {
  fixture *f = *state;
  voc_error err;
  voc_record *r = parse("{\"id\":\"1\",\"title\":\"CEO\",\"persona\":"
                        "\"finance\",\"text\":\"Budget is fine.\"}");
  assert_int_equal(voc_tagger_apply(f->tg, r, &err), 0);
  assert_string_equal(voc_record_str(r, "persona"), "finance");
  voc_record_free(r);
  /* text null: no customer words, rejected like voc-norm does */
  r = parse("{\"id\":\"3\",\"title\":\"CEO\",\"text\":null}");
  assert_int_equal(voc_tagger_apply(f->tg, r, &err), VOC_EPARSE);
  voc_record_free(r);
  r = parse("{\"id\":\"2\",\"title\":\"\",\"persona\":null,\"text\":\"hi\"}");
  assert_int_equal(voc_tagger_apply(f->tg, r, &err), 0);
  assert_string_equal(voc_record_str(r, "persona"), "unknown");
  voc_record_free(r);
  /* no text, or a text that is not a string: rejected */
  r = parse("{\"id\":\"4\",\"title\":\"CEO\"}");
  assert_int_equal(voc_tagger_apply(f->tg, r, &err), VOC_EPARSE);
  voc_record_free(r);
  r = parse("{\"id\":\"5\",\"text\":[\"too expensive\"]}");
  assert_int_equal(voc_tagger_apply(f->tg, r, &err), VOC_EPARSE);
  voc_record_free(r);
  /* malformed tokens are a parse error (the record is rejected) */
  r = parse("{\"id\":\"3\",\"lang\":\"en\",\"text\":\"too expensive\","
            "\"tokens\":[[0,99,\"x\"]]}");
  assert_int_equal(voc_tagger_apply(f->tg, r, &err), VOC_EPARSE);
  voc_record_free(r);
}

static void test_language_fallback(void **state) {
  fixture *f = *state;
  voc_error err;
  /* fr has no lexicons: en is used */
  voc_record *r = parse("{\"id\":\"1\",\"lang\":\"fr\",\"text\":\"It is too "
                        "expensive. He struggled with it.\"}");
  assert_int_equal(voc_tagger_apply(f->tg, r, &err), 0);
  char *tags = field_json(r, "tags");
  assert_non_null(strstr(tags, "\"rule\":\"en/objection.lex:11\""));
  /* stemmed in English for the English terms: struggled ~ struggling */
  assert_non_null(strstr(tags, "\"rule\":\"en/trigger.lex:4\""));
  assert_string_equal(voc_record_str(r, "lang"), "fr");
  free(tags);
  voc_record_free(r);
  r = parse("{\"id\":\"2\",\"lang\":\"de\",\"text\":\"Viel zu teuer.\"}");
  assert_int_equal(voc_tagger_apply(f->tg, r, &err), 0);
  tags = field_json(r, "tags");
  assert_non_null(strstr(tags, "\"rule\":\"de/objection.lex:4\""));
  free(tags);
  voc_record_free(r);
}

static void test_lexicon_filter(void **state) {
  fixture *f = *state;
  voc_tagger *tg = NULL;
  voc_error err;
  const char *only[] = {"trigger"};
  voc_tag_options o = {only, 1, NULL};
  assert_int_equal(voc_tagger_new(&tg, f->ls, &o, &err), 0);
  voc_record *r = parse("{\"id\":\"1\",\"text\":\"Too expensive and we are "
                        "struggling with it.\"}");
  assert_int_equal(voc_tagger_apply(tg, r, &err), 0);
  char *tags = field_json(r, "tags");
  assert_null(strstr(tags, "objection"));
  assert_non_null(strstr(tags, "\"category\":\"pain\""));
  free(tags);
  voc_record_free(r);
  voc_tagger_free(tg);
}

static void test_evidence_trimmed(void **state) {
  fixture *f = *state;
  char text[2048];
  const char *filler = "lorem ipsum dolor sit amet ";
  text[0] = '\0';
  for (int i = 0; i < 12; i++)
    strcat(text, filler);
  strcat(text, "and it is too expensive ");
  for (int i = 0; i < 12; i++)
    strcat(text, filler);
  strcat(text, "end.");
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *ll;
  voc_error err;
  int n = voc_tagger_match(f->tg, text, strlen(text), "en", VOC_LEX_TEXT, &in,
                           &m, &ll, &err);
  assert_int_equal(n, 2);
  voc_buf b = VOC_BUF_INIT(0);
  assert_int_equal(voc_tag_evidence(in, &m[0], 200, &b), 0);
  assert_true(b.len <= 200 + 2 * 3);
  assert_true(b.len >= 150);
  assert_memory_equal(b.data, "\xE2\x80\xA6", 3);
  assert_memory_equal(b.data + b.len - 3, "\xE2\x80\xA6", 3);
  assert_non_null(strstr(b.data, "too expensive"));
  /* cut at word boundaries: a whole word follows the first ellipsis */
  const char *w = b.data + 3;
  assert_true(!strncmp(w, "lorem ", 6) || !strncmp(w, "ipsum ", 6) ||
              !strncmp(w, "dolor ", 6) || !strncmp(w, "sit ", 4) ||
              !strncmp(w, "amet ", 5));
  /* short sentences are whole, white space collapsed */
  voc_buf_clear(&b);
  const char *t2 = "  Way   too \t expensive ";
  n = voc_tagger_match(f->tg, t2, strlen(t2), "en", VOC_LEX_TEXT, &in, &m, &ll,
                       &err);
  assert_true(n >= 1);
  assert_int_equal(voc_tag_evidence(in, &m[0], 200, &b), 0);
  assert_string_equal(b.data, "Way too expensive");
  voc_buf_dispose(&b);
}

static void test_eval_arithmetic(void **state) {
  (void)state;
  voc_eval *ev = NULL;
  voc_error err;
  assert_int_equal(voc_eval_new(&ev, &err), 0);
  const char *gold[] = {
      "{\"id\":\"a\",\"objections\":[\"budget\"],\"triggers\":[],\"persona\":"
      "\"finance\"}",
      "{\"id\":\"b\",\"objections\":[\"budget\",\"timing\"],\"triggers\":["
      "\"pain\"],\"persona\":\"executive\"}",
      "{\"id\":\"c\",\"objections\":[],\"triggers\":[],\"persona\":"
      "\"unknown\"}",
  };
  const char *tagged[] = {
      "{\"id\":\"a\",\"persona\":\"finance\",\"tags\":[{\"lexicon\":"
      "\"objection\",\"category\":\"budget\",\"negated\":false}]}",
      "{\"id\":\"b\",\"persona\":\"unknown\",\"tags\":[{\"lexicon\":"
      "\"objection\",\"category\":\"budget\",\"negated\":false},{\"lexicon\":"
      "\"objection\",\"category\":\"timing\",\"negated\":true},{\"lexicon\":"
      "\"trigger\",\"category\":\"pain\",\"negated\":false}]}",
      "{\"id\":\"c\",\"persona\":\"unknown\",\"tags\":[{\"lexicon\":"
      "\"objection\",\"category\":\"need\",\"negated\":false},{\"lexicon\":"
      "\"objection\",\"category\":\"risk\",\"negated\":false,\"excluded\":"
      "true}]}",
  };
  for (int i = 0; i < 3; i++) {
    voc_record *g = parse(gold[i]), *t = parse(tagged[i]);
    assert_int_equal(voc_eval_add_gold(ev, g, &err), 0);
    assert_int_equal(voc_eval_add_tagged(ev, t, &err), 0);
    voc_record_free(g);
    voc_record_free(t);
  }
  voc_eval_score s;
  assert_true(voc_eval_micro(ev, "objection", &s));
  assert_int_equal(s.tp, 2); /* budget a, budget b */
  assert_int_equal(
      s.fp, 1); /* need c; negated timing and excluded risk don't count */
  assert_int_equal(s.fn, 1); /* timing b */
  assert_true(s.precision > 0.666 && s.precision < 0.667);
  assert_true(s.recall > 0.666 && s.recall < 0.667);
  assert_true(voc_eval_micro(ev, "trigger", &s));
  assert_int_equal(s.tp, 1);
  assert_true(s.f1 > 0.999);
  assert_false(voc_eval_micro(ev, "persona", &s));
  FILE *out = tmpfile();
  assert_int_equal(voc_eval_report(ev, out, true), 0);
  rewind(out);
  char buf[4096];
  size_t len = fread(buf, 1, sizeof buf - 1, out);
  buf[len] = '\0';
  assert_non_null(strstr(buf, "persona accuracy 0.667 (2 of 3)"));
  assert_non_null(strstr(buf, "  b: -objection/timing persona unknown (gold "
                              "executive)\n"));
  fclose(out);
  voc_eval_free(ev);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_tokens_or_not_identical, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_tag_fields, setup, teardown),
      cmocka_unit_test_setup_teardown(test_persona_memo, setup, teardown),
      cmocka_unit_test_setup_teardown(test_persona_kept_and_missing_text, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_language_fallback, setup, teardown),
      cmocka_unit_test_setup_teardown(test_lexicon_filter, setup, teardown),
      cmocka_unit_test_setup_teardown(test_evidence_trimmed, setup, teardown),
      cmocka_unit_test(test_eval_arithmetic),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
