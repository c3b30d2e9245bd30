/* test_lang.c: language detection (voc_langid) through voc_normalize, and
 * voc_lang_primary. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "voc_lang.h"
#include "voc_norm.h"

static voc_normalizer *norm;

static int setup(void **state) {
  voc_error err;
  (void)state;
  return voc_normalizer_new(&norm, &err) < 0 ? -1 : 0;
}

static int teardown(void **state) {
  (void)state;
  voc_normalizer_free(norm);
  return 0;
}

static const char *detect(const char *text) {
  const voc_doc *d;
  voc_error err;
  if (voc_normalize(norm, text, strlen(text), NULL, &d, &err) < 0)
    fail_msg("voc_normalize: %s", err.msg);
  return d->lang;
}

static void test_languages(void **state) {
  (void)state;
  static const struct {
    const char *lang, *text;
  } cases[] = {
      {"en", "They said the renewal is on hold until the new budget is "
             "approved by finance."},
      {"de", "Der Vertrag läuft noch bis Dezember, danach sind wir "
             "vielleicht offen für einen Wechsel."},
      {"fr", "Nous avons déjà un outil pour ça et l’équipe ne veut pas "
             "changer maintenant."},
      {"es", "El equipo está contento con la herramienta pero el precio "
             "sigue siendo un problema para nosotros."},
      {"it", "Il prezzo è troppo alto per il nostro team e non abbiamo "
             "tempo per una migrazione."},
      {"pt", "O preço não é o problema, mas a equipe não tem tempo para "
             "uma migração agora."},
      {"nl", "We hebben geen budget meer dit jaar en de directie wil niet "
             "wisselen van leverancier."},
      {"sv", "Vi har inte budget för det här och det är för dyrt för oss "
             "just nu."},
      {"ru", "Мы не можем купить это сейчас, бюджет уже закрыт до конца "
             "года."},
      {"el", "Η τιμή είναι πολύ υψηλή για την ομάδα μας φέτος."},
      /* short English with words other languages share ("a", "is", "as") */
      {"en", "A quote is still live as leverage."},
      {"en", "No onboarding sessions needed, as promised."},
      /* an English note quoting a customer in German is English */
      {"en", "Call went fine. She said \"zu teuer\" twice but wants a "
             "proposal with the annual discount by Friday."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *got = detect(cases[i].text);
    if (strcmp(got, cases[i].lang) != 0)
      fail_msg("expected %s, got %s for: %s", cases[i].lang, got,
               cases[i].text);
  }
}

static void test_short_and_ambiguous(void **state) {
  (void)state;
  assert_string_equal(detect(""), "en");
  assert_string_equal(detect("Danke!"), "en");     /* fewer than 3 words */
  assert_string_equal(detect("SOC2 SSO SCIM"), "en"); /* no stop words */
  assert_string_equal(detect("🔥🔥🔥 👍"), "en");
  assert_string_equal(detect("die Budget Planung"), "en"); /* one hit only */
  /* Spanish and Catalan share most function words: a tie between two
   * languages other than English goes to the earlier one (es), and "de"
   * counts for Spanish as it does for Catalan */
  assert_string_equal(detect("Seguimiento de la feria. Marta lleva la "
                             "negociación, no usa la herramienta."),
                      "es");
  assert_string_equal(detect("El comité aprobó el plan antes de fin de año "
                             "para no perder el descuento."),
                      "es");
}

static void test_langid_direct(void **state) {
  (void)state;
  voc_langid *id;
  voc_error err;
  assert_int_equal(voc_langid_new(&id, &err), 0);
  const char *words[] = {"wir", "haben", "kein", "budget", "und", "nicht"};
  for (size_t i = 0; i < 6; i++)
    voc_langid_add(id, words[i], strlen(words[i]));
  assert_string_equal(voc_langid_result(id), "de");
  voc_langid_reset(id);
  assert_string_equal(voc_langid_result(id), "en");
  voc_langid_free(id);
  voc_langid_free(NULL);
}

static void test_primary(void **state) {
  (void)state;
  char b[16];
  assert_string_equal(voc_lang_primary("en-US", b, sizeof b), "en");
  assert_string_equal(voc_lang_primary("PT_br", b, sizeof b), "pt");
  assert_string_equal(voc_lang_primary("de", b, sizeof b), "de");
  assert_string_equal(voc_lang_primary("", b, sizeof b), "");
  assert_string_equal(voc_lang_primary(NULL, b, sizeof b), "");
  assert_string_equal(voc_lang_primary("english", b, 4), "eng");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_languages),
      cmocka_unit_test(test_short_and_ambiguous),
      cmocka_unit_test(test_langid_direct),
      cmocka_unit_test(test_primary),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
