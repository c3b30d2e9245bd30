/* test_email.c: messages to source items (headers, MIME bodies, charsets),
 * and robustness over third-party MIME corpora ($VOC_SHARED). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>
#include <dirent.h>
#include <gmime/gmime.h>

#include "voc_email.h"
#include "voc_reply.h"
#include "voc_utf8.h"

static cJSON *item_of(const char *msg) {
  cJSON *item = NULL;
  voc_error err;
  voc_error_clear(&err);
  assert_int_equal(voc_email_item(msg, strlen(msg), &item, &err), 0);
  assert_non_null(item);
  return item;
}

static const char *field(const cJSON *item, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(item, key);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void test_headers(void **state) {
  cJSON *it = item_of(
      "From: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <jm@customer.example.com>\r\n"
      "To: rep@vendor.example.org\r\n"
      "Subject: Re: =?ISO-8859-1?Q?Pr=E9sentation?= du\r\n"
      " =?UTF-8?Q?produit_=E2=80=93_suite?=\r\n"
      "Date: Tue, 04 Mar 2025 08:17:45 -0600\r\n"
      "Message-ID: <abc.123@mail.customer.example.com>\r\n"
      "X-Campaign: Spring Webinar\r\n"
      "X-Contact-Title: =?UTF-8?Q?Directrice_G=C3=A9n=C3=A9rale?=\r\n"
      "X-Empty:\r\n"
      "Auto-Submitted: auto-replied\r\n"
      "\r\n"
      "Thanks, we will look at it.\r\n");
  (void)state;
  assert_string_equal(field(it, "from"),
                      "J\xC3\xBCrgen M\xC3\xBCller <jm@customer.example.com>");
  assert_string_equal(field(it, "subject"),
                      "Re: Pr\xC3\xA9sentation du produit \xE2\x80\x93 suite");
  assert_string_equal(field(it, "date"), "2025-03-04T14:17:45Z");
  assert_string_equal(field(it, "message-id"), "abc.123@mail.customer.example.com");
  assert_string_equal(field(it, "x-campaign"), "Spring Webinar");
  assert_string_equal(field(it, "x-contact-title"),
                      "Directrice G\xC3\xA9n\xC3\xA9rale");
  assert_string_equal(field(it, "x-empty"), "");
  assert_string_equal(field(it, "auto-submitted"), "auto-replied");
  assert_string_equal(field(it, "body"), "Thanks, we will look at it.");
  cJSON_Delete(it);
}

static void test_qp_soft_break_in_attribution(void **state) {
  cJSON *it = item_of(
      "From: a@customer.example.com\n"
      "Content-Type: text/plain; charset=utf-8\n"
      "Content-Transfer-Encoding: quoted-printable\n\n"
      "We need SSO first =E2=80=94 then we can talk.\n\n"
      "On Fri, Mar 14, 2025 at 5:47 PM Rep <rep@vendor.exa=\n"
      "mple.org> wrote:\n"
      "> Our platform is proven.\n");
  (void)state;
  assert_string_equal(field(it, "body"),
                      "We need SSO first \xE2\x80\x94 then we can talk.");
  cJSON_Delete(it);
}

static void test_base64_and_latin1(void **state) {
  cJSON *it;
  (void)state;
  /* "Ok for Tuesday.\n\nSent from my iPhone\n" */
  it = item_of("From: a@customer.example.com\n"
               "Content-Type: text/plain; charset=utf-8\n"
               "Content-Transfer-Encoding: base64\n\n"
               "T2sgZm9yIFR1ZXNkYXkuCgpTZW50IGZyb20gbXkgaVBob25lCg==\n");
  assert_string_equal(field(it, "body"), "Ok for Tuesday.");
  cJSON_Delete(it);
  it = item_of("From: a@customer.example.com\n"
               "Content-Type: text/plain; charset=iso-8859-1\n"
               "Content-Transfer-Encoding: quoted-printable\n\n"
               "Tr=E8s bien, merci =E0 vous.\n");
  assert_string_equal(field(it, "body"),
                      "Tr\xC3\xA8s bien, merci \xC3\xA0 vous.");
  cJSON_Delete(it);
  /* no charset and 8-bit bytes: read as windows-1252, never invalid */
  it = item_of("From: a@customer.example.com\n\nPrix \x80 10\n");
  assert_string_equal(field(it, "body"), "Prix \xE2\x82\xAC 10");
  cJSON_Delete(it);
}

static void test_flowed(void **state) {
  cJSON *it = item_of("From: a@customer.example.com\n"
                      "Content-Type: text/plain; charset=utf-8; format=flowed\n\n"
                      "This line was wrapped by the \n"
                      "mail client.\n"
                      " From here on, stuffed.\n\n"
                      "> quoted \n> pitch\n");
  (void)state;
  assert_string_equal(field(it, "body"),
                      "This line was wrapped by the mail client.\n"
                      "From here on, stuffed.");
  cJSON_Delete(it);
}

static void test_alternative_prefers_plain(void **state) {
  cJSON *it = item_of("From: a@customer.example.com\n"
                      "MIME-Version: 1.0\n"
                      "Content-Type: multipart/alternative; boundary=\"b1\"\n\n"
                      "--b1\nContent-Type: text/html\n\n<p>html version</p>\n"
                      "--b1\nContent-Type: text/plain\n\nplain version\n"
                      "--b1--\n");
  (void)state;
  assert_string_equal(field(it, "body"), "plain version");
  cJSON_Delete(it);
}

static void test_html_only(void **state) {
  cJSON *it = item_of(
      "From: a@customer.example.com\n"
      "Content-Type: text/html; charset=utf-8\n\n"
      "<div dir=\"ltr\">We&rsquo;re in &amp; ready.<div><br></div><div>Kim signs today.</div>"
      "</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, "
      "Rep wrote:</div><blockquote class=\"gmail_quote\">pitch: proven, "
      "simple</blockquote></div>\n");
  (void)state;
  assert_string_equal(field(it, "body"),
                      "We\xE2\x80\x99re in & ready.\n\nKim signs today.");
  cJSON_Delete(it);
}

static void test_mbox_from_unescape(void **state) {
  const char *mbox =
      "From a@customer.example.com Mon Mar  3 10:00:00 2025\n"
      "From: a@customer.example.com\n"
      "Subject: one\n\n"
      "Hi,\n\n>From our side it is a yes.\n\n> quoted pitch\n\n"
      "From b@customer.example.com Mon Mar  3 11:00:00 2025\n"
      "From: b@customer.example.com\n"
      "Subject: two\n\nSecond message.\n";
  GMimeStream *st;
  GMimeParser *p;
  GMimeMessage *m;
  cJSON *it;
  voc_error err;
  int n = 0;
  (void)state;
  voc_email_init();
  st = g_mime_stream_mem_new_with_buffer(mbox, strlen(mbox));
  p = g_mime_parser_new_with_stream(st);
  g_object_unref(st);
  g_mime_parser_set_format(p, GMIME_FORMAT_MBOX);
  while (!g_mime_parser_eos(p) &&
         (m = g_mime_parser_construct_message(p, NULL)) != NULL) {
    it = cJSON_CreateObject();
    assert_int_equal(voc_email_message_item(m, 1, it, &err), 0);
    if (n == 0)
      assert_string_equal(field(it, "body"), "Hi,\n\nFrom our side it is a yes.");
    else
      assert_string_equal(field(it, "body"), "Second message.");
    cJSON_Delete(it);
    g_object_unref(m);
    n++;
  }
  g_object_unref(p);
  assert_int_equal(n, 2);
}

static void test_broken_mime(void **state) {
  static const char *const msgs[] = {
      /* boundary never closed, part without headers */
      "Content-Type: multipart/mixed; boundary=x\n\n--x\n\nonly text\n",
      /* boundary parameter missing */
      "Content-Type: multipart/alternative\n\nbody without parts\n",
      /* bogus transfer encoding and charset */
      ("Content-Type: text/plain; charset=no-such-charset\n"
       "Content-Transfer-Encoding: 7-bit\n\nstill text \xff\n"),
      /* broken base64 */
      "Content-Transfer-Encoding: base64\n\n!!!!====@@@@\n",
      /* headers only */
      "Subject: nothing else",
  };
  size_t i;
  (void)state;
  for (i = 0; i < sizeof msgs / sizeof msgs[0]; i++) {
    voc_buf out = VOC_BUF_INIT(0);
    voc_error err;
    int rc = voc_email_text(msgs[i], strlen(msgs[i]), &out, &err);
    assert_true(rc == 0 || rc == VOC_EPARSE);
    if (out.len > 0)
      assert_true(voc_utf8_valid(out.data, out.len));
    voc_buf_dispose(&out);
  }
}

static void test_huge_body_rejected(void **state) {
  /* a body over the 32 MiB cap is an error (the reader rejects the
   * message), not silently cut */
  voc_buf msg = VOC_BUF_INIT(0), out = VOC_BUF_INIT(0);
  voc_error err;
  size_t n = ((size_t)32 << 20) + 10;
  (void)state;
  assert_int_equal(voc_buf_puts(&msg, "From: a@b.example.com\n\n"), 0);
  assert_int_equal(voc_buf_grow(&msg, n), 0);
  memset(msg.data + msg.len, 'y', n);
  msg.len += n;
  msg.data[msg.len] = '\0';
  assert_int_equal(voc_email_text(msg.data, msg.len, &out, &err), VOC_ETOOBIG);
  voc_buf_dispose(&msg);
  voc_buf_dispose(&out);
}

/* Every message of the third-party corpora decodes without crashing, and
 * what comes out is valid UTF-8. */
static int corpus_dir(const char *dir, int *count) {
  struct dirent **ents = NULL;
  int n = scandir(dir, &ents, NULL, alphasort), i;
  char path[4096];
  if (n < 0)
    return -1;
  for (i = 0; i < n; i++) {
    const char *name = ents[i]->d_name;
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (name[0] != '.' && stat(path, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        corpus_dir(path, count);
      } else if (strstr(name, ".eml") != NULL || strstr(name, ".msg") != NULL) {
        FILE *f = fopen(path, "rb");
        voc_buf in = VOC_BUF_INIT(0), out = VOC_BUF_INIT(0);
        voc_error err;
        if (f != NULL && voc_buf_slurp(&in, f, &err) >= 0 && in.data != NULL) {
          int rc = voc_email_text(in.data, in.len, &out, &err);
          assert_true(rc == 0 || rc == VOC_EPARSE);
          if (out.len > 0)
            assert_true(voc_utf8_valid(out.data, out.len));
          (*count)++;
        }
        if (f != NULL)
          fclose(f);
        voc_buf_dispose(&in);
        voc_buf_dispose(&out);
      }
    }
    free(ents[i]);
  }
  free(ents);
  return 0;
}

static void test_corpora(void **state) {
  const char *shared = getenv("VOC_SHARED");
  char dir[2048];
  int count = 0;
  (void)state;
  if (shared == NULL)
    skip();
  snprintf(dir, sizeof dir, "%s/external/mail-gem-emails", shared);
  if (corpus_dir(dir, &count) < 0)
    skip();
  snprintf(dir, sizeof dir, "%s/external/mime4j-testmsgs/testmsgs", shared);
  corpus_dir(dir, &count);
  assert_true(count > 100);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_headers),
      cmocka_unit_test(test_qp_soft_break_in_attribution),
      cmocka_unit_test(test_base64_and_latin1),
      cmocka_unit_test(test_flowed),
      cmocka_unit_test(test_alternative_prefers_plain),
      cmocka_unit_test(test_html_only),
      cmocka_unit_test(test_mbox_from_unescape),
      cmocka_unit_test(test_broken_mime),
      cmocka_unit_test(test_huge_body_rejected),
      cmocka_unit_test(test_corpora),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
