/* test_norm.c: tokens, folds, stems and sentences of voc_normalize; the
 * ASCII fast path against ICU; records round trip; Snowball vocabularies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <dirent.h>
#include <libstemmer.h>

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

/* A deep copy of a doc, to compare two analyses. */
typedef struct doc_copy {
  char lang[16];
  size_t ntok, nsent;
  voc_token *tok;
  char **fold, **stem;
  voc_span *sent;
} doc_copy;

static void copy_doc(doc_copy *c, const voc_doc *d) {
  memcpy(c->lang, d->lang, sizeof c->lang);
  c->ntok = d->ntokens;
  c->nsent = d->nsentences;
  c->tok = malloc((d->ntokens + 1) * sizeof *c->tok);
  c->fold = malloc((d->ntokens + 1) * sizeof *c->fold);
  c->stem = malloc((d->ntokens + 1) * sizeof *c->stem);
  c->sent = malloc((d->nsentences + 1) * sizeof *c->sent);
  assert_non_null(c->tok);
  assert_non_null(c->fold);
  assert_non_null(c->stem);
  assert_non_null(c->sent);
  for (size_t i = 0; i < d->ntokens; i++) {
    c->tok[i] = d->tokens[i];
    c->fold[i] = strdup(d->stems + d->tokens[i].fold);
    c->stem[i] = strdup(d->stems + d->tokens[i].stem);
  }
  if (d->nsentences)
    memcpy(c->sent, d->sentences, d->nsentences * sizeof *c->sent);
}

static void free_copy(doc_copy *c) {
  for (size_t i = 0; i < c->ntok; i++) {
    free(c->fold[i]);
    free(c->stem[i]);
  }
  free(c->tok);
  free(c->fold);
  free(c->stem);
  free(c->sent);
}

/* Fail with the text and the first difference when a and b differ. */
static void assert_same(const doc_copy *a, const voc_doc *b, const char *text,
                        const char *what) {
  size_t n = a->ntok < b->ntokens ? a->ntok : b->ntokens;
  for (size_t i = 0; i < n; i++) {
    const voc_token *x = &a->tok[i], *y = &b->tokens[i];
    if (x->start != y->start || x->end != y->end || x->kind != y->kind ||
        x->sentence != y->sentence || strcmp(a->fold[i], b->stems + y->fold) ||
        strcmp(a->stem[i], b->stems + y->stem))
      fail_msg("%s: token %zu differs in %s: [%u,%u) k%d s%u %s/%s vs "
               "[%u,%u) k%d s%u %s/%s",
               what, i, text, x->start, x->end, x->kind, x->sentence,
               a->fold[i], a->stem[i], y->start, y->end, y->kind, y->sentence,
               b->stems + y->fold, b->stems + y->stem);
  }
  if (a->ntok != b->ntokens)
    fail_msg("%s: %zu vs %zu tokens in %s", what, a->ntok, b->ntokens, text);
  if (a->nsent != b->nsentences)
    fail_msg("%s: %zu vs %zu sentences in %s", what, a->nsent, b->nsentences,
             text);
  for (size_t i = 0; i < a->nsent; i++)
    if (a->sent[i].start != b->sentences[i].start ||
        a->sent[i].end != b->sentences[i].end)
      fail_msg("%s: sentence %zu differs in %s: [%u,%u) vs [%u,%u)", what, i,
               text, a->sent[i].start, a->sent[i].end, b->sentences[i].start,
               b->sentences[i].end);
  if (strcmp(a->lang, b->lang))
    fail_msg("%s: lang %s vs %s in %s", what, a->lang, b->lang, text);
}

static const voc_doc *analyse(const char *text, const char *lang) {
  const voc_doc *d = NULL;
  voc_error err;
  int rc = voc_normalize(norm, text, strlen(text), lang, &d, &err);
  if (rc < 0)
    fail_msg("voc_normalize: %s", err.msg);
  return d;
}

/* Words and numbers as "fold/stem" joined by spaces, punctuation as-is. */
static char *render(const voc_doc *d) {
  static char out[4096];
  size_t o = 0;
  out[0] = '\0';
  for (size_t i = 0; i < d->ntokens && o + 64 < sizeof out; i++) {
    const voc_token *t = &d->tokens[i];
    if (t->kind == VOC_TOK_WORD || t->kind == VOC_TOK_NUMBER)
      o += (size_t)snprintf(out + o, sizeof out - o, "%s%s/%s",
                            o ? " " : "", d->stems + t->fold,
                            d->stems + t->stem);
    else
      o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", o ? " " : "",
                            d->stems + t->fold);
  }
  return out;
}

static void test_english(void **state) {
  (void)state;
  const voc_doc *d = analyse("The pricing is too expensive, honestly.", "en");
  assert_string_equal(d->lang, "en");
  assert_string_equal(render(d), "the/the pricing/price is/is too/too "
                                 "expensive/expens , honestly/honest .");
  assert_int_equal(d->tokens[0].start, 0);
  assert_int_equal(d->tokens[0].end, 3);
  assert_int_equal(d->tokens[5].kind, VOC_TOK_PUNCT);
  assert_int_equal(d->nsentences, 1);
}

static void test_negation_split(void **state) {
  (void)state;
  const voc_doc *d = analyse("We don’t need it. It CAN'T scale, cannot wait; "
                             "isn't n't",
                             "en");
  assert_string_equal(render(d),
                      "we/we do/do n't/not need/need it/it . it/it ca/ca "
                      "n't/not scale/scale , can/can not/not wait/wait ; "
                      "is/is n't/not n't/not");
  /* "don’t": "do" [3,5) + "n’t" [5,10) (the apostrophe is 3 bytes) */
  assert_int_equal(d->tokens[1].start, 3);
  assert_int_equal(d->tokens[1].end, 5);
  assert_int_equal(d->tokens[2].start, 5);
  assert_int_equal(d->tokens[2].end, 10);
  assert_int_equal(d->nsentences, 2);
}

static void test_fold_and_stem(void **state) {
  (void)state;
  const voc_doc *d = analyse("Die STRASSE ist Straße, Ärger über ﬁnanzen", "de");
  assert_string_equal(render(d), "die/die strasse/strass ist/ist strasse/strass"
                                 " , ärger/arg über/uber finanzen/finanz");
  d = analyse("C’est très cher pour nous", NULL);
  assert_string_equal(d->lang, "fr");
  assert_string_equal(render(d), "c'/c' est/est très/tres cher/cher pour/pour "
                                 "nous/nous");
  d = analyse("Qu’il l'AIT, n'est-ce pas? N't", "fr");
  assert_string_equal(render(d), "qu'/qu' il/il l'/l' ait/ait , n'/n' est/est "
                                 "- ce/ce pas/pas ? n't/not");
  d = analyse("No tenemos presupuesto para esto este año", NULL);
  assert_string_equal(d->lang, "es");
  d = analyse("Wir haben kein Budget und keine Zeit dafür", NULL);
  assert_string_equal(d->lang, "de");
  d = analyse("ok", NULL);
  assert_string_equal(d->lang, "en");
  d = analyse("Это слишком дорого для нашей компании", NULL);
  assert_string_equal(d->lang, "ru");
}

static void test_punct_other(void **state) {
  (void)state;
  const voc_doc *d =
      analyse("Love it 🔥 — $38k/yr; 100% «great»!", "en");
  assert_string_equal(render(d), "love/love it/it 🔥 — $ 38k/38k / yr/yr ; "
                                 "100/100 % « great/great » !");
  assert_int_equal(d->tokens[2].kind, VOC_TOK_OTHER);
  assert_int_equal(d->tokens[3].kind, VOC_TOK_PUNCT);
  assert_int_equal(d->tokens[6].kind, VOC_TOK_PUNCT);
  assert_int_equal(d->tokens[9].kind, VOC_TOK_NUMBER);
}

static void test_sentences(void **state) {
  (void)state;
  const char *t = "  Hi there. how are you? Fine!\nNext line\r\n\r\nLast one "
                  "e.g. this. 3.5 is U.S. okay  ";
  const voc_doc *d = analyse(t, "en");
  const char *want[] = {"Hi there. how are you?", "Fine!", "Next line",
                        "Last one e.g. this.", "3.5 is U.S. okay"};
  assert_int_equal(d->nsentences, 5);
  for (size_t i = 0; i < 5; i++) {
    size_t n = d->sentences[i].end - d->sentences[i].start;
    assert_int_equal(n, strlen(want[i]));
    assert_memory_equal(t + d->sentences[i].start, want[i], n);
  }
}

/* Deterministic pseudo-random texts that stress the segmentation rules. */
static uint32_t rng = 12345;
static uint32_t next_rand(void) {
  rng = rng * 1103515245u + 12345u;
  return (rng >> 8) & 0xFFFFFF;
}

static const char *const pieces[] = {
    "a", "B", "z", "the", "Mr", "U", "S", "e", "g", "3", "42", "0", ".", ".",
    ",", ";", ":", "'", "\"", "!", "?", "(", ")", "[", "]", "{", "}", "-", "_",
    " ", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\f", "/", "$", "%",
    "#", "@", "&", "*", "+", "=", "<", ">", "|", "~", "^", "`", "\\", "don't",
    "can't", "cannot", "N'T", "x.y", "1,000", "3.5", "a'b", "..."};
static const char *const wide[] = {
    "é", "Ü", "ß", "ñ", "’", "‘", "“", "”", "—", "–", "…", "«", "»", "🔥",
    "👍🏽", "\xc2\xa0", "İ", "ﬁ", "日本語", "Ω", "١٢", "½", "\xe2\x80\xa8",
    /* Latin-1, Latin Extended-A and general punctuation: the fast path
     * handles these, so they need the most checking */
    "¿", "¡", "ª", "º", "²", "µ", "×", "÷", "·", "‧", "․", "‼", "⁇", "‹", "›",
    "′", "\xe2\x80\x89", "\xe2\x80\xaf", "\xe2\x80\x87", "\xc2\xad",
    "Ŀ", "ŀ", "ŉ", "\xe2\x81\xa0", "\xe2\x80\x8b", "‐", "€", "§", "©",
    "°", "±", "Ça", "ĸ", "Œ", "ž", "“Ok.”", "l’é", "dœn’t", "É.", "é.", "Ü.",
    /* U+2000..U+27BF and emoji, also in the fast path */
    "€", "™", "ℓ", "Ⅻ", "①", "Ⓐ", "→", "∑", "≥", "⌘", "■", "★", "☺", "✅",
    "❤", "❤️", "✔", "➡", "⁰", "ⁿ", "₂", "⃗", "😤", "🙏🏽", "🇩🇪", "👨‍👩‍👧", "🤝",
    "🆗", "🅰", "🔟", "🄰", "a🔥", "🔥b", "1🔥", "x‍y"};

/* wide: 0 ASCII only, else one piece in `wide` is non-ASCII */
static void random_text(char *buf, size_t cap, int allow_wide) {
  size_t o = 0, n = 1 + next_rand() % 40;
  for (size_t i = 0; i < n; i++) {
    const char *p;
    if (allow_wide && next_rand() % (unsigned)allow_wide == 0)
      p = wide[next_rand() % (sizeof wide / sizeof wide[0])];
    else
      p = pieces[next_rand() % (sizeof pieces / sizeof pieces[0])];
    size_t l = strlen(p);
    if (o + l + 1 >= cap)
      break;
    memcpy(buf + o, p, l);
    o += l;
  }
  buf[o] = '\0';
}

static const char *const samples[] = {
    "Disco call after the webinar. 35 AEs, fcst lives in a google sheet that "
    "\"nobody trusts\". NS: demo w/ her RevOps guy (Chris) 2/11",
    "SOC2 Type II?? (we only have Type I until June)\n- is customer data used "
    "to train models\n- where is audio stored",
    "Trial ends fri. Keisha likes the dashboards BUT: \"$38k a year is more "
    "than we pay.\" Wants 20% off... e.g. quarterly billing.",
    "Oh great, another update and I’m logged out again. Love typing my "
    "password 6 times a day 🙃",
    "Wir haben dieses Jahr kein Budget. \"Pas cette année\" - Sophie. ¿Cuánto "
    "cuesta? ¡Muy caro!\nline two.\n",
    "v1.2.3 at 10:30, i.e. 5.5% of U.S. revenue (approx.) - ok? yes! "
    "'quoted' \"double\" [x] {y} a_b __init__ 1_000 3,4.5",
    "", " ", "\n\n", "...", "a", "A.", "A. b", "A. B", "a.\"  b", "a.) B",
    "e.g. foo", "x!? y", "3.a", "a.3", "a:b", "1,2,3", "1,,2", "a''b",
    "it's", "ends with'", "'starts", "\r\n\r\nx\r\ny\rz",
};

static void test_fast_path_equals_icu(void **state) {
  (void)state;
  char buf[512];
  doc_copy fast;
  size_t nsamples = sizeof samples / sizeof samples[0];
  const char *env = getenv("VOC_NORM_ROUNDS"); /* more for a long check */
  size_t rounds = env ? (size_t)atol(env) : 6000;
  for (size_t round = 0; round < rounds + nsamples; round++) {
    const char *t;
    if (round < nsamples) {
      t = samples[round];
    } else {
      random_text(buf, sizeof buf, round % 3 ? 0 : round % 2 ? 6 : 2);
      if (round % 5 == 0) { /* mix ASCII and non-ASCII lines */
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "\nnaïve café. Ok\nplain. Text");
      }
      t = buf;
    }
    voc_normalizer_set_fastpath(norm, 1);
    copy_doc(&fast, analyse(t, round % 2 ? "en" : NULL));
    voc_normalizer_set_fastpath(norm, 0);
    assert_same(&fast, analyse(t, round % 2 ? "en" : NULL), t, "fast vs ICU");
    voc_normalizer_set_fastpath(norm, 1);
    free_copy(&fast);
  }
}

/* voc_normalize == voc_norm_from_record(voc_norm_annotate(record)). */
static void roundtrip(const char *text, const char *lang) {
  voc_error err;
  doc_copy direct;
  const voc_doc *d;
  copy_doc(&direct, analyse(text, lang));
  voc_record *rec = voc_record_new();
  assert_non_null(rec);
  assert_int_equal(voc_record_set_str(rec, "text", text), 0);
  if (lang)
    assert_int_equal(voc_record_set_str(rec, "lang", lang), 0);
  assert_int_equal(voc_norm_from_record(norm, rec, &d, &err), VOC_ENOTFOUND);
  if (voc_norm_annotate(norm, rec, NULL, &err) < 0)
    fail_msg("annotate: %s", err.msg);
  /* in process, on the annotated record itself */
  if (voc_norm_from_record(norm, rec, &d, &err) < 0)
    fail_msg("from_record (in process): %s", err.msg);
  assert_same(&direct, d, text, "normalize vs in-process from_record");
  /* through the serialised form, as the next stage of a pipe sees it */
  voc_buf line = VOC_BUF_INIT(0);
  assert_int_equal(voc_record_format(rec, &line), 0);
  voc_record *back = NULL;
  if (voc_record_parse(&back, line.data, line.len, NULL, &err) < 0)
    fail_msg("parse: %s", err.msg);
  if (voc_norm_from_record(norm, back, &d, &err) < 0)
    fail_msg("from_record: %s in %s", err.msg, line.data);
  assert_same(&direct, d, text, "normalize vs from_record");
  free_copy(&direct);
  voc_buf_dispose(&line);
  voc_record_free(rec);
  voc_record_free(back);
}

static void test_record_roundtrip(void **state) {
  (void)state;
  char buf[512];
  for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
    roundtrip(samples[i], NULL);
    roundtrip(samples[i], "en");
  }
  roundtrip("Zu teuer für uns, wir haben kein Budget.", NULL);
  roundtrip("C'est trop cher, nous n'avons pas le budget.", "fr");
  for (int round = 0; round < 1500; round++) {
    random_text(buf, sizeof buf, 3);
    roundtrip(buf, round % 2 ? "de" : NULL);
  }
}

static void test_record_errors(void **state) {
  (void)state;
  voc_error err;
  const voc_doc *d;
  voc_record *rec = NULL;
  const char *bad[] = {
      "{\"text\":\"abc def\",\"tokens\":[[0,3,\"abc\"],[2,5,\"x\"]]}",
      "{\"text\":\"abc\",\"tokens\":[[0,9,\"abc\"]]}",
      "{\"text\":\"abc\",\"tokens\":[[0,1]]}",
      "{\"text\":\"abc\",\"tokens\":{}}",
      "{\"text\":\"\xc3\xa9t\xc3\xa9\",\"tokens\":[[1,3,\"x\"]]}",
      "{\"text\":\"abc\",\"tokens\":[[0,3,\"abc\"]],\"sentences\":[[2,1]]}",
      "{\"tokens\":[[0,3,\"abc\"]]}",
      "{\"text\":\"\xc3\xa9t\xc3\xa9\",\"tokens\":[[0,3,\"et\"]],"
      "\"sentences\":[[0,4]]}",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    assert_int_equal(voc_record_parse(&rec, bad[i], strlen(bad[i]), NULL, &err),
                     0);
    assert_int_equal(voc_norm_from_record(norm, rec, &d, &err), VOC_EPARSE);
    voc_record_free(rec);
  }
  const char *notext = "{\"id\":\"x\",\"text\":null}";
  assert_int_equal(voc_record_parse(&rec, notext, strlen(notext), NULL, &err), 0);
  assert_int_equal(voc_norm_annotate(norm, rec, "en", &err), VOC_EPARSE);
  voc_record_free(rec);
}

static void test_stem_api(void **state) {
  (void)state;
  assert_string_equal(voc_normalizer_stem(norm, "en", "running", 7), "run");
  assert_string_equal(voc_normalizer_stem(norm, "en-US", "prices", 6), "price");
  assert_string_equal(voc_normalizer_stem(norm, "de", "kosten", 6), "kost");
  assert_string_equal(voc_normalizer_stem(norm, "xx", "kosten", 6), "kosten");
  assert_string_equal(voc_normalizer_stem(norm, "en", "running!", 7), "run");
  /* a stem cache hit gives the same answer */
  assert_string_equal(voc_normalizer_stem(norm, "en", "running", 7), "run");
}

/* The stem cache keeps short keys inline (voc_wordkey.h): words of every
 * length from 1 to 40 bytes that differ in one byte only get their own
 * stem from the cache, first as misses, then as hits among all their
 * neighbours: libstemmer's own answer. */
static void test_stem_cache_keys(void **state) {
  (void)state;
  struct sb_stemmer *sb = sb_stemmer_new("en", "UTF_8");
  assert_non_null(sb);
  char w[48];
  for (int round = 0; round < 2; round++) /* misses, then hits */
    for (size_t len = 1; len <= 40; len++)
      for (size_t pos = 0; pos < len; pos++)
        for (const char *c = "sdeingly"; *c; c++) {
          for (size_t i = 0; i < len; i++)
            w[i] = "bankruptcies"[i % 12];
          w[pos] = *c;
          w[len] = '\0';
          const sb_symbol *r =
              sb_stemmer_stem(sb, (const sb_symbol *)w, (int)len);
          assert_non_null(r);
          assert_string_equal(voc_normalizer_stem(norm, "en", w, len),
                              (const char *)r);
        }
  sb_stemmer_delete(sb);
}

/* Plain ASCII words (folded 4 and 8 bytes at a time) of every length, with
 * the bytes around A-Z and a-z, fold as ICU folds them. */
static void test_plain_fold(void **state) {
  (void)state;
  static const char alpha[] = "@AZ[`az{_09MmQq";
  char buf[512];
  doc_copy fast;
  for (size_t len = 1; len <= 30; len++)
    for (size_t shift = 0; shift < sizeof alpha - 1; shift++) {
      size_t o = 0;
      for (size_t i = 0; i < len; i++)
        buf[o++] = alpha[(i + shift) % (sizeof alpha - 1)];
      buf[o++] = ' ';
      for (size_t i = 0; i < len; i++) /* letters only, mixed case */
        buf[o++] = (char)((i + shift) % 3 ? 'A' + (i * 7 + shift) % 26
                                          : 'a' + (i * 5 + shift) % 26);
      buf[o] = '\0';
      voc_normalizer_set_fastpath(norm, 1);
      copy_doc(&fast, analyse(buf, "en"));
      voc_normalizer_set_fastpath(norm, 0);
      assert_same(&fast, analyse(buf, "en"), buf, "plain fold vs ICU");
      voc_normalizer_set_fastpath(norm, 1);
      free_copy(&fast);
    }
}

/* Stemming each Snowball reference vocabulary gives its output.txt. */
static void test_snowball_vocabularies(void **state) {
  (void)state;
  const char *shared = getenv("VOC_SHARED");
  char dir[1024];
  snprintf(dir, sizeof dir, "%s/external/snowball-data",
           shared ? shared : "../../../shared");
  DIR *dh = opendir(dir);
  if (!dh)
    skip();
  struct dirent *de;
  int langs = 0;
  while ((de = readdir(dh)) != NULL) {
    char vp[1400], op[1400], w[256], s[256];
    if (de->d_name[0] == '.')
      continue;
    snprintf(vp, sizeof vp, "%s/%s/voc.txt", dir, de->d_name);
    snprintf(op, sizeof op, "%s/%s/output.txt", dir, de->d_name);
    FILE *fv = fopen(vp, "r"), *fo = fopen(op, "r");
    if (!fv || !fo) {
      if (fv)
        fclose(fv);
      if (fo)
        fclose(fo);
      continue;
    }
    long line = 0, bad = 0;
    while (fgets(w, sizeof w, fv)) {
      line++;
      if (!fgets(s, sizeof s, fo))
        fail_msg("%s: output.txt shorter than voc.txt", de->d_name);
      w[strcspn(w, "\r\n")] = '\0';
      s[strcspn(s, "\r\n")] = '\0';
      const char *got = voc_normalizer_stem(norm, de->d_name, w, strlen(w));
      if (strcmp(got, s) != 0 && bad++ < 5)
        print_error("%s:%ld: %s -> %s, expected %s\n", de->d_name, line, w,
                    got, s);
    }
    fclose(fv);
    fclose(fo);
    print_message("snowball %s: %ld words, %ld mismatches\n", de->d_name, line,
                  bad);
    assert_int_equal(bad, 0);
    assert_true(line > 1000);
    langs++;
  }
  closedir(dh);
  if (!langs)
    skip();
}


/* Throughput of voc_normalize, only when VOC_NORM_BENCH is set (use a
 * Release build without sanitizers): VOC_NORM_BENCH=1 ./test_norm */
#include <time.h>
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: steadier on a shared machine */
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *const bench_words[] = {
    "the", "pricing", "is", "too", "expensive", "for", "our", "team", "we",
    "don't", "have", "budget", "this", "quarter", "demo", "went", "well",
    "and", "the", "VP", "of", "Sales", "wants", "a", "follow-up", "call",
    "integration", "with", "Salesforce", "was", "easy", "forecast", "accuracy",
    "improved", "by", "18%", "reps", "love", "it", "but", "security", "review",
    "SOC", "2", "contract", "renewal", "in", "March", "competitor", "cheaper",
    "onboarding", "took", "weeks", "dashboards", "reporting", "can't", "wait"};
static const char *const bench_wide[] = {"café", "doesn’t", "naïve", "—",
                                         "🔥", "Größe", "“great”", "año"};

/* A deterministic corpus of note-like texts; one in wide_every texts gets
 * a non-ASCII word (0: none). */
static char *bench_corpus(size_t bytes, int wide_every, size_t *ntexts,
                          size_t **lens) {
  char *buf = malloc(bytes + 4096);
  size_t cap = bytes / 100 + 16, o = 0, k = 0;
  *lens = malloc(cap * sizeof **lens);
  assert_non_null(buf);
  assert_non_null(*lens);
  rng = 777;
  while (o < bytes && k < cap) {
    size_t start = o, nw = 20 + next_rand() % 120;
    for (size_t i = 0; i < nw; i++) {
      const char *w = bench_words[next_rand() % (sizeof bench_words /
                                                 sizeof bench_words[0])];
      if (wide_every && k % (size_t)wide_every == 0 && i == nw / 2)
        w = bench_wide[next_rand() % (sizeof bench_wide / sizeof bench_wide[0])];
      size_t l = strlen(w);
      memcpy(buf + o, w, l);
      o += l;
      int r = (int)(next_rand() % 16);
      buf[o++] = r == 0 ? '.' : r == 1 ? ',' : ' ';
      if (r == 0)
        buf[o++] = ' ';
    }
    (*lens)[k++] = o - start;
  }
  *ntexts = k;
  return buf;
}

static void test_bench(void **state) {
  (void)state;
  if (!getenv("VOC_NORM_BENCH"))
    skip();
  const int every[] = {0, 10, 3, 1};
  const char *const names[] = {"ASCII only", "1 in 10 texts non-ASCII",
                               "1 in 3 texts non-ASCII",
                               "every text non-ASCII"};
  /* VOC_NORM_BENCH=ascii: the ASCII fast path alone (for profiling) */
  int only_ascii = strcmp(getenv("VOC_NORM_BENCH"), "ascii") == 0;
  for (size_t v = 0; v < (only_ascii ? 1 : 4); v++) {
    for (int fast = 1; fast >= (only_ascii ? 1 : 0); fast--) {
      size_t nt, *lens, total = 0;
      char *corpus = bench_corpus((size_t)32 << 20, every[v], &nt, &lens);
      voc_normalizer_set_fastpath(norm, fast);
      for (int lang = 0; lang < 2; lang++) {
        double best = 0;
        for (int rep = 0; rep < 3; rep++) {
          const char *p = corpus;
          total = 0;
          double t0 = now();
          for (size_t i = 0; i < nt; i++) {
            const voc_doc *d;
            voc_error err;
            if (voc_normalize(norm, p, lens[i], lang ? "en" : NULL, &d, &err))
              fail_msg("voc_normalize: %s", err.msg);
            p += lens[i];
            total += lens[i];
          }
          double mbs = (double)total / (now() - t0) / 1e6;
          if (mbs > best)
            best = mbs;
        }
        print_message("%-26s %-9s %-8s %7.1f MB/s (%zu texts, %.1f MB)\n",
                      names[v], fast ? "fastpath" : "ICU only",
                      lang ? "lang=en" : "detect", best, nt, total / 1e6);
      }
      free(corpus);
      free(lens);
    }
  }
  voc_normalizer_set_fastpath(norm, 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_english),
      cmocka_unit_test(test_negation_split),
      cmocka_unit_test(test_fold_and_stem),
      cmocka_unit_test(test_punct_other),
      cmocka_unit_test(test_sentences),
      cmocka_unit_test(test_fast_path_equals_icu),
      cmocka_unit_test(test_record_roundtrip),
      cmocka_unit_test(test_record_errors),
      cmocka_unit_test(test_stem_api),
      cmocka_unit_test(test_stem_cache_keys),
      cmocka_unit_test(test_plain_fold),
      cmocka_unit_test(test_snowball_vocabularies),
      cmocka_unit_test(test_bench),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
