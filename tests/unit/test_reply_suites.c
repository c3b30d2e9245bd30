/* test_reply_suites.c: the reply stripper against other projects' suites.
 *
 * Reads the third-party email-reply suites under $VOC_SHARED/external
 * (skipped when absent), prints the pass rate of each, and fails when a
 * rate falls below the floor recorded here (set just below the measured
 * rate, so a regression fails). VOC_SUITE_VERBOSE=1 prints every failing
 * case with our output.
 *
 * Comparison: both sides with white space runs collapsed to one space and
 * trimmed (upstream suites strip both sides too), and without the sign-off
 * ("Thanks,\nAlex"): the suites keep it as part of the reply, we remove it
 * (voc_reply_strip_signoff is applied to the expected text). The strict
 * count, sign-off included, is printed too. What "expected" is, per suite,
 * is documented in docs/email.md. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <cmocka.h>
#include <cjson/cJSON.h>
#include <dirent.h>

#include "voc_email.h"
#include "voc_reply.h"

/* Floors: measured rate minus a small margin (see docs/email.md). */
#define FLOOR_GITHUB 0.95
#define FLOOR_ZAPIER 0.95
#define FLOOR_TALON 0.94
#define FLOOR_DISCOURSE 0.89

typedef struct tally {
  const char *name;
  int pass, total;
  int strict; /* passes when the expected sign-off is kept */
} tally;

static const char *shared_dir(void) {
  static char path[1024];
  const char *s = getenv("VOC_SHARED");
  struct stat st;
  if (s == NULL)
    return NULL;
  snprintf(path, sizeof path, "%s/external", s);
  if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
    return NULL;
  return path;
}

static int verbose(void) {
  const char *v = getenv("VOC_SUITE_VERBOSE");
  return v != NULL && *v == '1';
}

static int slurp(const char *path, voc_buf *b) {
  FILE *f = fopen(path, "rb");
  voc_error err;
  int rc;
  voc_buf_clear(b);
  if (f == NULL)
    return -1;
  rc = voc_buf_slurp(b, f, &err);
  fclose(f);
  if (rc >= 0 && b->data == NULL)
    rc = voc_buf_puts(b, "");
  return rc < 0 ? -1 : 0;
}

/* White space runs to one space; trimmed. With `none`, all white space
 * removed. */
static void norm(const char *s, size_t n, voc_buf *out, int none) {
  size_t i;
  int sp = 0;
  voc_buf_clear(out);
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v') {
      sp = out->len > 0;
      continue;
    }
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
      sp = out->len > 0;
      i++;
      continue;
    }
    if (sp && !none)
      voc_buf_putc(out, ' ');
    sp = 0;
    voc_buf_putc(out, (int)c);
  }
  if (out->data == NULL)
    voc_buf_puts(out, "");
}

static void check(tally *t, const char *id, const char *got, size_t gotn,
                  const char *want, size_t wantn, int nows) {
  voc_buf a = VOC_BUF_INIT(0), b = VOC_BUF_INIT(0), w = VOC_BUF_INIT(0);
  int ok;
  norm(got, gotn, &a, nows);
  norm(want, wantn, &b, nows);
  ok = a.len == b.len && memcmp(a.data, b.data, a.len) == 0;
  t->strict += ok;
  assert_int_equal(voc_reply_strip_signoff(want, wantn, &w), 0);
  norm(w.data ? w.data : "", w.len, &b, nows);
  ok = a.len == b.len && memcmp(a.data, b.data, a.len) == 0;
  voc_buf_dispose(&w);
  t->total++;
  if (ok)
    t->pass++;
  else if (verbose())
    fprintf(stderr, "FAIL %s %s\n  want: %.400s\n  got:  %.400s\n", t->name, id,
            b.data, a.data);
  voc_buf_dispose(&a);
  voc_buf_dispose(&b);
}

static void report(const tally *t, double floor) {
  double rate = t->total ? (double)t->pass / t->total : 0.0;
  printf("suite %-12s %3d/%3d = %5.1f%% (floor %.0f%%; with the sign-off "
         "as part of the reply %d/%d)\n",
         t->name, t->pass, t->total, 100.0 * rate, 100.0 * floor, t->strict,
         t->total);
  assert_true(t->total > 0);
  assert_true(rate >= floor);
}

/* Strip, and check that stripping the result again changes nothing:
 * ingest strips every email body once more. */
static void strip(const char *s, size_t n, voc_buf *out) {
  voc_buf again = VOC_BUF_INIT(0);
  assert_int_equal(voc_reply_strip(s, n, out), 0);
  if (out->data == NULL)
    voc_buf_puts(out, "");
  assert_int_equal(voc_reply_strip(out->data, out->len, &again), 0);
  assert_int_equal(again.len, out->len);
  assert_true(out->len == 0 || memcmp(again.data, out->data, out->len) == 0);
  voc_buf_dispose(&again);
}

/* github and zapier: expected = the reference parser's fragments that are
 * neither quoted, nor signature, nor hidden, joined by newlines. */
static void run_port(tally *t, const char *dir) {
  voc_buf json = VOC_BUF_INIT(0), in = VOC_BUF_INIT(0), out = VOC_BUF_INIT(0),
          want = VOC_BUF_INIT(0);
  char path[2048];
  cJSON *root, *fx, *c;

  snprintf(path, sizeof path, "%s/expected.json", dir);
  assert_int_equal(slurp(path, &json), 0);
  root = cJSON_ParseWithLength(json.data, json.len);
  assert_non_null(root);
  fx = cJSON_GetObjectItemCaseSensitive(root, "fixtures");
  cJSON_ArrayForEach(c, fx) {
    cJSON *ref = cJSON_GetObjectItemCaseSensitive(c, "reference_output");
    cJSON *frags = ref ? cJSON_GetObjectItemCaseSensitive(ref, "fragments") : NULL;
    cJSON *f;
    int usable = 1;
    clock_t t0;
    if (frags == NULL)
      continue;
    snprintf(path, sizeof path, "%s/emails/%s", dir, c->string);
    if (slurp(path, &in) != 0)
      continue;
    /* Fragments are consecutive slices of the message. expected.json
     * truncates the long ones (email_long_quote.txt) to content_head and
     * content_len: those are cut from the message itself. */
    voc_buf_clear(&want);
    {
      size_t pos = 0;
      cJSON_ArrayForEach(f, frags) {
        cJSON *content = cJSON_GetObjectItemCaseSensitive(f, "content");
        cJSON *head = cJSON_GetObjectItemCaseSensitive(f, "content_head");
        cJSON *clen = cJSON_GetObjectItemCaseSensitive(f, "content_len");
        const char *frag = NULL;
        size_t fn = 0;
        if (cJSON_IsString(content)) {
          frag = content->valuestring;
          fn = strlen(frag);
        } else if (cJSON_IsString(head) && cJSON_IsNumber(clen)) {
          size_t hn = strlen(head->valuestring) < 50 ? strlen(head->valuestring) : 50;
          const char *at = NULL;
          for (size_t k = pos; k + hn <= in.len && at == NULL; k++)
            if (memcmp(in.data + k, head->valuestring, hn) == 0)
              at = in.data + k;
          fn = (size_t)clen->valuedouble;
          if (at == NULL || (size_t)(at - in.data) + fn > in.len) {
            usable = 0;
            break;
          }
          frag = at;
        } else {
          usable = 0;
          break;
        }
        if (frag >= in.data && frag < in.data + in.len)
          pos = (size_t)(frag - in.data) + fn;
        if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(f, "quoted")) ||
            cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(f, "signature")) ||
            cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(f, "hidden")))
          continue;
        voc_buf_put(&want, frag, fn);
        voc_buf_putc(&want, '\n');
      }
    }
    if (!usable)
      continue;
    t0 = clock();
    strip(in.data, in.len, &out);
    /* linear time: even the 766 KB quote takes well under a second */
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
    check(t, c->string, out.data, out.len, want.data ? want.data : "", want.len, 0);
  }
  cJSON_Delete(root);
  voc_buf_dispose(&json);
  voc_buf_dispose(&in);
  voc_buf_dispose(&out);
  voc_buf_dispose(&want);
}

static void test_github(void **state) {
  const char *ext = shared_dir();
  char dir[1280];
  tally t = {"github", 0, 0, 0};
  (void)state;
  if (ext == NULL)
    skip();
  snprintf(dir, sizeof dir, "%s/github-email-reply-parser", ext);
  run_port(&t, dir);
  report(&t, FLOOR_GITHUB);
}

static void test_zapier(void **state) {
  const char *ext = shared_dir();
  char dir[1280];
  tally t = {"zapier", 0, 0, 0};
  (void)state;
  if (ext == NULL)
    skip();
  snprintf(dir, sizeof dir, "%s/zapier-email-reply-parser", ext);
  run_port(&t, dir);
  report(&t, FLOOR_ZAPIER);
}

/* discourse: emails/X.txt -> trimmed/X.txt */
static void test_discourse(void **state) {
  const char *ext = shared_dir();
  char dir[1280], path[2048];
  tally t = {"discourse", 0, 0, 0};
  voc_buf in = VOC_BUF_INIT(0), out = VOC_BUF_INIT(0), want = VOC_BUF_INIT(0);
  struct dirent **ents = NULL;
  int n, i;
  (void)state;
  if (ext == NULL)
    skip();
  snprintf(dir, sizeof dir, "%s/discourse-email-reply-trimmer/emails", ext);
  n = scandir(dir, &ents, NULL, alphasort);
  assert_true(n > 0);
  for (i = 0; i < n; i++) {
    const char *name = ents[i]->d_name;
    if (name[0] != '.') {
      snprintf(path, sizeof path, "%s/%s", dir, name);
      if (slurp(path, &in) == 0) {
        snprintf(path, sizeof path,
                 "%s/discourse-email-reply-trimmer/trimmed/%s", ext, name);
        if (slurp(path, &want) == 0) {
          strip(in.data, in.len, &out);
          check(&t, name, out.data, out.len, want.data, want.len, 0);
        }
      }
    }
    free(ents[i]);
  }
  free(ents);
  /* the backtracking trap must finish quickly */
  snprintf(path, sizeof path,
           "%s/discourse-email-reply-trimmer/matchers/does_not_contain_embedded_email.txt",
           ext);
  if (slurp(path, &in) == 0) {
    clock_t t0 = clock();
    strip(in.data, in.len, &out);
    assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
  }
  voc_buf_dispose(&in);
  voc_buf_dispose(&out);
  voc_buf_dispose(&want);
  report(&t, FLOOR_DISCOURSE);
}

/* talon: text cases, HTML cases, the HTML reply files, the standard reply
 * messages and the signature cases. Talon strips signatures in a separate
 * step, so where its expected text still carries a signature we compare
 * against the expected text with our signature stripping applied. */
static void test_talon(void **state) {
  const char *ext = shared_dir();
  char dir[1280], path[2048];
  tally t = {"talon", 0, 0, 0};
  voc_buf json = VOC_BUF_INIT(0), in = VOC_BUF_INIT(0), out = VOC_BUF_INIT(0),
          want = VOC_BUF_INIT(0), tmp = VOC_BUF_INIT(0);
  voc_error err;
  cJSON *root, *c, *fx;
  (void)state;
  if (ext == NULL)
    skip();
  snprintf(dir, sizeof dir, "%s/talon-fixtures", ext);
  snprintf(path, sizeof path, "%s/expected.json", dir);
  assert_int_equal(slurp(path, &json), 0);
  root = cJSON_ParseWithLength(json.data, json.len);
  assert_non_null(root);

  cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(root, "text_cases")) {
    const char *inp = cJSON_GetObjectItemCaseSensitive(c, "input")->valuestring;
    const char *exp = cJSON_GetObjectItemCaseSensitive(c, "expected")->valuestring;
    const char *name = cJSON_GetObjectItemCaseSensitive(c, "test")->valuestring;
    strip(inp, strlen(inp), &out);
    strip(exp, strlen(exp), &want);
    check(&t, name, out.data, out.len, want.data, want.len, 0);
  }
  cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(root, "html_cases")) {
    const char *inp = cJSON_GetObjectItemCaseSensitive(c, "input")->valuestring;
    const char *exp = cJSON_GetObjectItemCaseSensitive(c, "expected")->valuestring;
    const char *name = cJSON_GetObjectItemCaseSensitive(c, "test")->valuestring;
    assert_true(voc_reply_strip_html(inp, strlen(inp), &out, &err) >= 0);
    assert_true(voc_html_to_text(exp, strlen(exp), 0, &tmp, &err) >= 0);
    strip(tmp.data ? tmp.data : "", tmp.len, &want);
    if (out.data == NULL)
      voc_buf_puts(&out, "");
    check(&t, name, out.data, out.len, want.data, want.len, 1);
  }
  fx = cJSON_GetObjectItemCaseSensitive(root, "fixture_expectations");
  cJSON_ArrayForEach(c, fx) {
    cJSON *e;
    snprintf(path, sizeof path, "%s/%s", dir, c->string);
    if ((e = cJSON_GetObjectItemCaseSensitive(c, "expected_text_ignoring_all_whitespace")) ||
        (e = cJSON_GetObjectItemCaseSensitive(c, "expected_html_ignoring_all_whitespace"))) {
      if (slurp(path, &in) != 0)
        continue;
      assert_true(voc_reply_strip_html(in.data, in.len, &out, &err) >= 0);
      if (out.data == NULL)
        voc_buf_puts(&out, "");
      if (strstr(e->valuestring, "<html>") != NULL) {
        assert_true(voc_html_to_text(e->valuestring, strlen(e->valuestring), 0,
                                     &want, &err) >= 0);
      } else {
        voc_buf_clear(&want);
        voc_buf_puts(&want, e->valuestring);
      }
      check(&t, c->string, out.data, out.len, want.data, want.len, 1);
    } else if ((e = cJSON_GetObjectItemCaseSensitive(c, "expected_reply_exact_after_strip"))) {
      if (slurp(path, &in) != 0)
        continue;
      assert_true(voc_email_text(in.data, in.len, &out, &err) >= 0);
      if (out.data == NULL)
        voc_buf_puts(&out, "");
      strip(e->valuestring, strlen(e->valuestring), &want);
      check(&t, c->string, out.data, out.len, want.data, want.len, 0);
    } else if ((e = cJSON_GetObjectItemCaseSensitive(c, "expected_signature_file"))) {
      char spath[2048];
      snprintf(spath, sizeof spath, "%s/%s", dir, e->valuestring);
      if (slurp(path, &in) != 0 || slurp(spath, &tmp) != 0)
        continue;
      /* expected: body.strip() minus the signature's length, stripped */
      norm(in.data, in.len, &want, 0);
      {
        size_t a = 0, b = in.len, sl;
        while (a < b && (in.data[a] == ' ' || in.data[a] == '\n' || in.data[a] == '\r' || in.data[a] == '\t'))
          a++;
        while (b > a && (in.data[b - 1] == ' ' || in.data[b - 1] == '\n' || in.data[b - 1] == '\r' || in.data[b - 1] == '\t'))
          b--;
        sl = tmp.len;
        while (sl > 0 && (tmp.data[sl - 1] == '\n' || tmp.data[sl - 1] == '\r' || tmp.data[sl - 1] == ' '))
          sl--;
        voc_buf_clear(&want);
        voc_buf_put(&want, in.data + a, (b - a) > sl ? (b - a) - sl : 0);
        if (want.data == NULL)
          voc_buf_puts(&want, "");
      }
      strip(in.data, in.len, &out);
      check(&t, c->string, out.data, out.len, want.data, want.len, 0);
    } else if (strstr(c->string, "share-block") != NULL) {
      /* on the raw file: something is left and none of it is the quote */
      if (slurp(path, &in) != 0)
        continue;
      assert_true(voc_email_text(in.data, in.len, &out, &err) >= 0);
      t.total++;
      if (out.len > 0 && strstr(out.data, "From") == NULL)
        t.pass++;
      else if (verbose())
        fprintf(stderr, "FAIL talon %s\n  got: %.400s\n", c->string,
                out.data ? out.data : "");
    }
  }
  cJSON_Delete(root);
  voc_buf_dispose(&json);
  voc_buf_dispose(&in);
  voc_buf_dispose(&out);
  voc_buf_dispose(&want);
  voc_buf_dispose(&tmp);
  report(&t, FLOOR_TALON);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_github),
      cmocka_unit_test(test_zapier),
      cmocka_unit_test(test_talon),
      cmocka_unit_test(test_discourse),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
