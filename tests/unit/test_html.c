/* test_html.c: voc_html_to_text (libxml2 HTML parser, no network, no
 * entity loading). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "voc_email.h"
#include "voc_reply.h"
#include "voc_utf8.h"

static void expect(const char *html, int drop, const char *want) {
  voc_buf out = VOC_BUF_INIT(0);
  voc_error err;
  voc_error_clear(&err);
  assert_int_equal(voc_html_to_text(html, strlen(html), drop, &out, &err), 0);
  assert_string_equal(out.data ? out.data : "", want);
  voc_buf_dispose(&out);
}

static void test_blocks(void **state) {
  (void)state;
  expect("<html><body><p>One</p><p>Two</p></body></html>", 0, "One\n\nTwo");
  expect("<div>a</div><div>b</div>", 0, "a\nb");
  expect("first<br>second<br><br>third", 0, "first\nsecond\n\nthird");
  expect("<ul><li>x</li><li>y</li></ul>after", 0, "x\ny\n\nafter");
  expect("<h1>Title</h1>text", 0, "Title\n\ntext");
  expect("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", 0,
         "a b\nc");
}

static void test_whitespace(void **state) {
  (void)state;
  expect("<p>  lots   of\n\n   space  </p>", 0, "lots of space");
  expect("<pre>keep\n  this</pre>", 0, "keep\n  this");
  /* empty Outlook paragraphs do not pile up blank lines */
  expect("<p>a</p><p>&nbsp;</p><p>&nbsp;</p><p>b</p>", 0, "a\n\nb");
}

static void test_dropped_elements(void **state) {
  (void)state;
  expect("<html><head><title>T</title><style>p{x:y}</style></head>"
         "<body><script>var a = 1;</script>visible</body></html>",
         0, "visible");
}

static void test_entities(void **state) {
  (void)state;
  expect("it&rsquo;s &mdash; pen&#8209;test &amp; more&nbsp;here &lt;b&gt;", 0,
         "it\xE2\x80\x99s \xE2\x80\x94 pen\xE2\x80\x91test & more here <b>");
}

static void test_fragment_without_wrapper(void **state) {
  (void)state;
  expect("<div dir=\"ltr\">Hi,<div><br></div><div>short answer</div></div>", 0,
         "Hi,\n\nshort answer");
}

static void test_quotes(void **state) {
  (void)state;
  expect("<div>Yes.</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">"
         "On Mon wrote:</div><blockquote>pitch</blockquote></div>",
         1, "Yes.");
  expect("<div>Yes.</div><blockquote type=\"cite\">pitch</blockquote>", 1,
         "Yes.");
  expect("<p>Yes.</p><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Rep</div>"
         "<div>pitch</div>",
         1, "Yes.");
  /* kept when quotes are not dropped */
  expect("<div>Yes.</div><blockquote>pitch</blockquote>", 0, "Yes.\n\npitch");
  /* a plain blockquote under an attribution is a quote (also when the
   * attribution is in a paragraph of its own, and in German) */
  expect("<p>Yes.</p><p>On Mon, 3 Mar 2025, Sam &lt;sam@vendor.example.org&gt; "
         "wrote:</p><blockquote>pitch</blockquote>",
         1, "Yes.\n\nOn Mon, 3 Mar 2025, Sam <sam@vendor.example.org> wrote:");
  expect("<div>Ja.</div><div>Am 03.03.2025 um 10:00 schrieb Sam Rep:<br>"
         "</div><blockquote style=\"margin:0 0 0 .8ex\">pitch</blockquote>",
         1, "Ja.\nAm 03.03.2025 um 10:00 schrieb Sam Rep:");
  /* the customer's own blockquote (no attribution) stays as text, also
   * after a colon that introduces it */
  expect("<p>Hi Sam,</p><p>About this clause in your terms:</p><blockquote>"
         "The vendor may change prices at any time.</blockquote><p>We cannot "
         "sign that.</p>",
         1, "Hi Sam,\n\nAbout this clause in your terms:\n\nThe vendor may "
         "change prices at any time.\n\nWe cannot sign that.");
  expect("<div>Our figures for 2024:</div><blockquote>up 12%</blockquote>", 1,
         "Our figures for 2024:\n\nup 12%");
}

static void test_no_entity_loading(void **state) {
  /* an external entity must not be fetched nor expanded */
  const char *html = "<!DOCTYPE html [<!ENTITY xxe SYSTEM "
                     "\"file:///etc/passwd\">]><p>a&xxe;b</p>";
  voc_buf out = VOC_BUF_INIT(0);
  voc_error err;
  (void)state;
  assert_int_equal(voc_html_to_text(html, strlen(html), 0, &out, &err), 0);
  assert_non_null(strstr(out.data, "a&xxe;b"));
  assert_null(strstr(out.data, "root:"));
  voc_buf_dispose(&out);
}

static void test_invalid_utf8_and_empty(void **state) {
  voc_buf out = VOC_BUF_INIT(0);
  voc_error err;
  const char bad[] = "<p>caf\xE9 ok</p>";
  (void)state;
  assert_int_equal(voc_html_to_text(bad, sizeof bad - 1, 0, &out, &err), 0);
  assert_true(voc_utf8_valid(out.data, out.len));
  assert_string_equal(out.data, "caf\xEF\xBF\xBD ok");
  assert_int_equal(voc_html_to_text("", 0, 0, &out, &err), 0);
  assert_int_equal(out.len, 0);
  voc_buf_dispose(&out);
}

static void test_strip_html(void **state) {
  voc_buf out = VOC_BUF_INIT(0);
  voc_error err;
  const char *html = "<div>We are in.</div><div><br></div><div>Kim signs today.</div>"
                     "<div class=\"gmail_quote\">On Mon, Rep wrote:"
                     "<blockquote>pitch</blockquote></div>";
  (void)state;
  assert_int_equal(voc_reply_strip_html(html, strlen(html), &out, &err), 0);
  assert_string_equal(out.data, "We are in.\n\nKim signs today.");
  voc_buf_dispose(&out);
}

static void test_deep_nesting(void **state) {
  /* no recursion: deep documents neither crash nor lose the text */
  voc_buf in = VOC_BUF_INIT(0), out = VOC_BUF_INIT(0);
  voc_error err;
  int i;
  (void)state;
  for (i = 0; i < 5000; i++)
    assert_int_equal(voc_buf_puts(&in, "<div><span>"), 0);
  assert_int_equal(voc_buf_puts(&in, "deep"), 0);
  assert_true(voc_html_to_text(in.data, in.len, 1, &out, &err) >= 0);
  voc_buf_dispose(&in);
  voc_buf_dispose(&out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_blocks),
      cmocka_unit_test(test_whitespace),
      cmocka_unit_test(test_dropped_elements),
      cmocka_unit_test(test_entities),
      cmocka_unit_test(test_fragment_without_wrapper),
      cmocka_unit_test(test_quotes),
      cmocka_unit_test(test_no_entity_loading),
      cmocka_unit_test(test_invalid_utf8_and_empty),
      cmocka_unit_test(test_strip_html),
      cmocka_unit_test(test_deep_nesting),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
