/* voc_tag.c: lexicon matches on records, persona, evidence, explain, test.
 * The matching itself is voc_lex.c; this file turns matches into the tag
 * objects of the record format and into words a marketer reads. */
#include "voc_tag.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "voc_hash.h"
#include "voc_lang.h"
#include "voc_norm.h"

#define EVIDENCE_MAX 200

struct voc_tagger {
  const voc_lexset *ls;     /* borrowed */
  voc_normalizer *norm;     /* owned */
  voc_lex_matcher *matcher; /* owned */
  voc_lex_word *words;      /* the current text's words */
  size_t wcap;
  voc_lex_input in; /* the current text */
  unsigned kind;    /* voc_tagger_set_kind: for voc_tagger_match */
  char **only;      /* lexicon filter (owned copies), or NULL */
  size_t nonly;
  char *lang;      /* default language, or NULL */
  voc_buf scratch; /* evidence */
  /* voc_tagger_apply_line: decoded fields and the tags' JSON, reused */
  voc_buf text, rlang, title, tags;
  /* per term, made on its first tag: the JSON of its tag objects before
   * the offsets ({"lexicon":..,"category":..,"term":..,"start":) and of
   * the rule (,"rule":..}), in tjson */
  struct tag_json *tj;
  voc_buf tjson;
  /* personas of titles seen ("lang\0title" -> id): job titles repeat */
  struct pmemo *pm;
  size_t npm, pmcap; /* entries, slots (a power of two) */
  voc_buf pkeys;
};

#define PMEMO_MAX 65536 /* titles kept; then the memo starts over */

typedef struct pmemo {
  uint64_t hash;
  uint32_t key, klen; /* in pkeys */
  const char *id;     /* NULL: empty slot */
} pmemo;

typedef struct tag_json {
  uint32_t head, nhead, rule, nrule; /* offsets and lengths in tjson */
} tag_json;

int voc_tagger_new(voc_tagger **out, const voc_lexset *ls,
                   const voc_tag_options *opt, voc_error *err) {
  voc_tagger *tg = calloc(1, sizeof *tg);
  int rc;
  *out = NULL;
  if (!tg)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  tg->ls = ls;
  voc_buf_init(&tg->scratch, 1 << 20);
  voc_buf_init(&tg->text, 0);
  voc_buf_init(&tg->rlang, 0);
  voc_buf_init(&tg->title, 0);
  voc_buf_init(&tg->tags, 0);
  voc_buf_init(&tg->tjson, 0);
  voc_buf_init(&tg->pkeys, 0);
  if ((rc = voc_normalizer_new(&tg->norm, err)) < 0 ||
      (rc = voc_lex_matcher_new(&tg->matcher, err)) < 0)
    goto fail;
  if (opt && opt->nlexicons) {
    tg->only = calloc(opt->nlexicons, sizeof *tg->only);
    if (!tg->only)
      goto nomem;
    for (size_t i = 0; i < opt->nlexicons; i++) {
      if (!(tg->only[i] = strdup(opt->lexicons[i])))
        goto nomem;
      tg->nonly++;
    }
  }
  if (opt && opt->lang && *opt->lang && !(tg->lang = strdup(opt->lang)))
    goto nomem;
  *out = tg;
  return 0;
nomem:
  rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
fail:
  voc_tagger_free(tg);
  return rc;
}

void voc_tagger_free(voc_tagger *tg) {
  if (!tg)
    return;
  voc_normalizer_free(tg->norm);
  voc_lex_matcher_free(tg->matcher);
  free(tg->words);
  for (size_t i = 0; i < tg->nonly; i++)
    free(tg->only[i]);
  free(tg->only);
  free(tg->lang);
  voc_buf_dispose(&tg->scratch);
  voc_buf_dispose(&tg->text);
  voc_buf_dispose(&tg->rlang);
  voc_buf_dispose(&tg->title);
  voc_buf_dispose(&tg->tags);
  voc_buf_dispose(&tg->tjson);
  free(tg->tj);
  free(tg->pm);
  voc_buf_dispose(&tg->pkeys);
  free(tg);
}

/* The words of a normalized document, as the matcher wants them. */
static int doc_words(voc_tagger *tg, const voc_doc *doc, voc_error *err) {
  if (doc->ntokens > tg->wcap) {
    size_t cap = tg->wcap ? tg->wcap : 256;
    while (cap < doc->ntokens)
      cap *= 2;
    voc_lex_word *w = realloc(tg->words, cap * sizeof *w);
    if (!w)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    tg->words = w;
    tg->wcap = cap;
  }
  size_t k = 0;
  for (size_t i = 0; i < doc->ntokens; i++) {
    const voc_token *t = &doc->tokens[i];
    if (t->kind != VOC_TOK_WORD && t->kind != VOC_TOK_NUMBER)
      continue;
    voc_lex_word *w = &tg->words[k++];
    w->start = t->start;
    w->end = t->end;
    w->stem = doc->stems + t->stem;
    w->fold = doc->stems + t->fold;
    w->sentence = t->sentence;
    w->word = t->word;
  }
  tg->in.text = doc->text;
  tg->in.len = doc->len;
  tg->in.words = tg->words;
  tg->in.nwords = k;
  tg->in.sentences = doc->sentences;
  tg->in.nsentences = doc->nsentences;
  tg->in.epoch = doc->epoch;
  return 0;
}

/* When the lexicons are another language's (fr text, en lexicons as the
 * fallback), the text is stemmed again in the lexicons' language so that
 * its stems are comparable with the terms'. */
static int match_language(voc_tagger *tg, const voc_doc **doc,
                          const char *lexlang, voc_error *err) {
  char prim[16];
  voc_lang_primary((*doc)->lang, prim, sizeof prim);
  if (!strcmp(prim, lexlang))
    return 0;
  return voc_normalize(tg->norm, (*doc)->text, (*doc)->len, lexlang, doc, err);
}

void voc_tagger_set_kind(voc_tagger *tg, const char *kind) {
  tg->kind = kind ? voc_lex_kind(kind, strlen(kind)) : 0;
}

int voc_tagger_match(voc_tagger *tg, const char *text, size_t len,
                     const char *lang, int mode, const voc_lex_input **in,
                     const voc_lex_match **matches, const char **lexlang,
                     voc_error *err) {
  const voc_doc *doc;
  int rc;
  *matches = NULL;
  *lexlang = NULL;
  if ((rc = voc_normalize(tg->norm, text, len, lang, &doc, err)) < 0)
    return rc;
  *lexlang = voc_lexset_lang(tg->ls, lang && *lang ? lang : doc->lang);
  if ((*lexlang && (rc = match_language(tg, &doc, *lexlang, err)) < 0) ||
      (rc = doc_words(tg, doc, err)) < 0)
    return rc;
  tg->in.kind = mode == VOC_LEX_TEXT ? tg->kind : 0;
  *in = &tg->in;
  if (!*lexlang)
    return 0;
  return voc_lex_match_run(tg->matcher, tg->ls, *lexlang, mode, &tg->in,
                           matches, err);
}

/* ---- persona --------------------------------------------------------------
 */

static int persona_in(voc_tagger *tg, const char *title, const char *lexlang,
                      const char **id, voc_error *err) {
  const voc_doc *doc;
  const voc_lex_match *m;
  int rc;
  *id = NULL;
  if ((rc = voc_normalize(tg->norm, title, strlen(title), lexlang, &doc, err)) <
          0 ||
      (rc = doc_words(tg, doc, err)) < 0)
    return rc;
  tg->in.kind = 0;
  if ((rc = voc_lex_match_run(tg->matcher, tg->ls, lexlang, VOC_LEX_TITLE,
                              &tg->in, &m, err)) < 0)
    return rc;
  const voc_category_info *best = NULL;
  for (int i = 0; i < rc; i++)
    if (m[i].fate == VOC_LEX_COUNTS &&
        (!best || (uintptr_t)m[i].cat < (uintptr_t)best))
      best = m[i].cat; /* categories are one array, in file order */
  if (best)
    *id = best->id;
  return 0;
}

/* The memo slot for key[0..n): its entry, or the empty slot for it. */
static pmemo *pmemo_slot(voc_tagger *tg, const char *key, size_t n,
                         uint64_t h) {
  size_t mask = tg->pmcap - 1, i = (size_t)h & mask;
  for (;; i = (i + 1) & mask) {
    pmemo *e = &tg->pm[i];
    if (!e->id || (e->hash == h && e->klen == n &&
                   memcmp(tg->pkeys.data + e->key, key, n) == 0))
      return e;
  }
}

static int persona_uncached(voc_tagger *tg, const char *title,
                            const char *lang, const char **id,
                            voc_error *err);

int voc_tagger_persona(voc_tagger *tg, const char *title, const char *lang,
                       const char **id, voc_error *err) {
  int rc;
  *id = "unknown";
  if (!title || !*title)
    return 0;
  /* the key: lang, NUL, title (scratch space at the end of pkeys) */
  size_t base = tg->pkeys.len, ll = lang ? strlen(lang) : 0;
  if ((rc = voc_buf_put(&tg->pkeys, lang ? lang : "", ll)) < 0 ||
      (rc = voc_buf_putc(&tg->pkeys, '\0')) < 0 ||
      (rc = voc_buf_puts(&tg->pkeys, title)) < 0)
    return voc_error_set(err, rc, "out of memory");
  const char *key = tg->pkeys.data + base;
  size_t n = tg->pkeys.len - base;
  uint64_t h = voc_fnv1a(VOC_FNV_OFFSET, key, n);
  if (tg->pm) {
    pmemo *e = pmemo_slot(tg, key, n, h);
    if (e->id) {
      voc_buf_truncate(&tg->pkeys, base);
      *id = e->id;
      return 0;
    }
  }
  if ((rc = persona_uncached(tg, title, lang, id, err)) < 0) {
    voc_buf_truncate(&tg->pkeys, base);
    return rc;
  }
  if (tg->npm >= PMEMO_MAX || !tg->pm || (tg->npm + 1) * 2 > tg->pmcap) {
    /* start over (full), or grow */
    size_t cap = tg->npm >= PMEMO_MAX ? tg->pmcap : tg->pmcap ? tg->pmcap * 2 : 256;
    pmemo *pm = calloc(cap, sizeof *pm);
    if (!pm) {
      voc_buf_truncate(&tg->pkeys, base);
      return 0; /* not kept: still the right answer */
    }
    pmemo *old = tg->pm;
    size_t oldcap = tg->pmcap;
    bool keep = tg->npm < PMEMO_MAX;
    tg->pm = pm;
    tg->pmcap = cap;
    if (keep) {
      for (size_t i = 0; i < oldcap; i++)
        if (old[i].id)
          *pmemo_slot(tg, tg->pkeys.data + old[i].key, old[i].klen,
                      old[i].hash) = old[i];
    } else {
      tg->npm = 0; /* the keys start over too, after moving this one */
      memmove(tg->pkeys.data, tg->pkeys.data + base, n);
      tg->pkeys.len = n;
      base = 0;
      key = tg->pkeys.data;
    }
    free(old);
  }
  pmemo *e = pmemo_slot(tg, key, n, h);
  e->hash = h;
  e->key = (uint32_t)base;
  e->klen = (uint32_t)n;
  e->id = *id;
  tg->npm++;
  return 0;
}

static int persona_uncached(voc_tagger *tg, const char *title,
                            const char *lang, const char **id,
                            voc_error *err) {
  int rc;
  *id = "unknown";
  const char *l1 = voc_lexset_lang(tg->ls, lang);
  const char *tries[2] = {l1, "en"};
  for (int k = 0; k < 2; k++) {
    const char *l = tries[k];
    if (!l || (k == 1 && l1 && !strcmp(l1, "en")) ||
        !voc_lexset_has_lexicon(tg->ls, l, "persona"))
      continue;
    const char *got;
    if ((rc = persona_in(tg, title, l, &got, err)) < 0)
      return rc;
    if (got) {
      *id = got;
      return 0;
    }
  }
  return 0;
}

/* ---- evidence -------------------------------------------------------------
 */

/* The C locale's isspace: space, \t \n \v \f \r. */
static bool is_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static void put_collapsed(voc_buf *out, const char *s, size_t n, int *rc) {
  bool space = false;
  if (*rc < 0 || (*rc = voc_buf_grow(out, n)) < 0) /* it only shrinks */
    return;
  char *d = out->data + out->len;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (space)
      *d++ = ' ';
    space = false;
    *d++ = (char)c;
  }
  out->len = (size_t)(d - out->data);
  out->data[out->len] = '\0';
}

int voc_tag_evidence(const voc_lex_input *in, const voc_lex_match *m,
                     size_t max, voc_buf *out) {
  size_t a = 0, b = in->len;
  if (in->sentences && m->sentence < in->nsentences) {
    a = in->sentences[m->sentence].start;
    b = in->sentences[m->sentence].end;
  }
  if (b > in->len)
    b = in->len;
  if (a > m->start)
    a = m->start;
  if (b < m->end)
    b = m->end;
  const char *t = in->text;
  while (a < b && is_space((unsigned char)t[a]))
    a++;
  while (b > a && is_space((unsigned char)t[b - 1]))
    b--;
  size_t l = a, r = b;
  if (b - a > max) {
    size_t mlen = m->end - m->start;
    size_t room = mlen < max ? (max - mlen) / 2 : 0;
    l = m->start > a + room ? m->start - room : a;
    r = l + max > m->end ? l + max : m->end;
    if (r > b) {
      r = b;
      l = r - max > a ? r - max : a;
      if (l > m->start)
        l = m->start;
    }
    /* cut at word boundaries, never inside the match or a UTF-8 sequence */
    if (l > a) {
      size_t k = l;
      while (k < m->start && !is_space((unsigned char)t[k]))
        k++;
      l = k < m->start ? k : m->start;
      while (l > a && ((unsigned char)t[l] & 0xC0) == 0x80)
        l--;
    }
    if (r < b) {
      size_t k = r;
      while (k > m->end && !is_space((unsigned char)t[k - 1]))
        k--;
      r = k > m->end ? k : m->end;
      while (r < b && ((unsigned char)t[r] & 0xC0) == 0x80)
        r++;
    }
  }
  int rc = 0;
  if (l > a)
    rc = voc_buf_puts(out, "\xE2\x80\xA6");
  size_t s = l, e = r;
  while (s < e && is_space((unsigned char)t[s]))
    s++;
  while (e > s && is_space((unsigned char)t[e - 1]))
    e--;
  put_collapsed(out, t + s, e - s, &rc);
  if (rc >= 0 && r < b)
    rc = voc_buf_puts(out, "\xE2\x80\xA6");
  return rc;
}

/* ---- records ---------------------------------------------------------------
 */

static bool wanted(const voc_tagger *tg, const char *lexicon) {
  if (!tg->nonly)
    return true;
  for (size_t i = 0; i < tg->nonly; i++)
    if (!strcmp(tg->only[i], lexicon))
      return true;
  return false;
}

/* The unless: line (file:line) that excluded a match, for the tag's
 * "excluded_by"; NULL when no exclusion line did (not excluded, or
 * excluded by the category's question policy). */
static const char *excluded_by(const voc_lex_match *m) {
  return m->excluded && m->fate == VOC_LEX_EXCLUDED && m->by ? m->by->rule
                                                              : NULL;
}

static int add_tag(voc_tagger *tg, cJSON *tags, const voc_lex_match *m) {
  cJSON *o = cJSON_CreateObject();
  int rc = 0;
  if (!o || !cJSON_AddItemToArray(tags, o))
    return VOC_ENOMEM;
  voc_buf_clear(&tg->scratch);
  if ((rc = voc_tag_evidence(&tg->in, m, EVIDENCE_MAX, &tg->scratch)) < 0)
    return rc;
  if (!cJSON_AddStringToObject(o, "lexicon", m->cat->lexicon) ||
      !cJSON_AddStringToObject(o, "category", m->cat->id) ||
      !cJSON_AddStringToObject(o, "term", m->term->text) ||
      !cJSON_AddNumberToObject(o, "start", m->start) ||
      !cJSON_AddNumberToObject(o, "end", m->end) ||
      !cJSON_AddBoolToObject(o, "negated", m->negated) ||
      !cJSON_AddStringToObject(o, "evidence",
                               tg->scratch.data ? tg->scratch.data : "") ||
      !cJSON_AddStringToObject(o, "rule", m->term->rule) ||
      (m->question && !cJSON_AddTrueToObject(o, "question")) ||
      (m->excluded && !cJSON_AddTrueToObject(o, "excluded")) ||
      (excluded_by(m) &&
       !cJSON_AddStringToObject(o, "excluded_by", excluded_by(m))))
    return VOC_ENOMEM;
  return 0;
}

/* Match a record's analysed text: its language goes to doclang, the matches
 * to *m and *nm (tg->in holds the words the evidence needs). */
static int match_doc(voc_tagger *tg, const voc_doc *doc, unsigned kind,
                     char doclang[16], const voc_lex_match **m, int *nm,
                     voc_error *err) {
  int rc;
  *nm = 0;
  size_t ll = strnlen(doc->lang, 15);
  memcpy(doclang, doc->lang, ll);
  doclang[ll] = '\0';
  const char *lexlang = voc_lexset_lang(tg->ls, doc->lang);
  if ((lexlang && (rc = match_language(tg, &doc, lexlang, err)) < 0) ||
      (rc = doc_words(tg, doc, err)) < 0)
    return rc;
  tg->in.kind = kind;
  if (lexlang &&
      (*nm = voc_lex_match_run(tg->matcher, tg->ls, lexlang, VOC_LEX_TEXT,
                               &tg->in, m, err)) < 0)
    return *nm;
  return 0;
}

int voc_tagger_apply(voc_tagger *tg, voc_record *rec, voc_error *err) {
  const char *text = voc_record_str(rec, "text");
  const voc_doc *doc = NULL;
  const voc_lex_match *m = NULL;
  char doclang[16] = "";
  int rc, nm = 0;
  /* A record without the customer's words (text missing, null or not a
   * string) is rejected, as voc-norm does: stored, it would dilute every
   * share in the reports. */
  const cJSON *tx = voc_record_get(rec, "text");
  if (!tx || cJSON_IsNull(tx))
    return voc_error_set(err, VOC_EPARSE, "record has no text");
  if (!text)
    return voc_error_set(err, VOC_EPARSE, "text is not a string");
  cJSON *tags = cJSON_CreateArray();
  if (!tags)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  const char *rlang = voc_record_str(rec, "lang");
  if (rlang && !*rlang)
    rlang = NULL;
  if (text) {
    rc = voc_norm_from_record(tg->norm, rec, &doc, err);
    if (rc == VOC_ENOTFOUND) {
      voc_error_clear(err);
      rc = voc_normalize(tg->norm, text, strlen(text), rlang ? rlang : tg->lang,
                         &doc, err);
      if (rc >= 0 && !rlang &&
          (rc = voc_record_set_str(rec, "lang", doc->lang)) < 0)
        voc_error_set(err, rc, "out of memory");
    }
    const char *kind = voc_record_str(rec, "kind");
    if (rc < 0 ||
        (rc = match_doc(tg, doc, kind ? voc_lex_kind(kind, strlen(kind)) : 0,
                        doclang, &m, &nm, err)) < 0)
      goto fail;
    for (int i = 0; i < nm; i++) {
      if (m[i].fate == VOC_LEX_DROPPED || !wanted(tg, m[i].cat->lexicon))
        continue;
      if ((rc = add_tag(tg, tags, &m[i])) < 0) {
        voc_error_set(err, rc, "out of memory");
        goto fail;
      }
    }
  }
  rc = voc_record_set_item(rec, "tags", tags);
  tags = NULL;
  if (rc < 0)
    goto nomem;
  const char *persona = voc_record_str(rec, "persona");
  if (!persona || !*persona) {
    const char *id;
    if ((rc = voc_tagger_persona(tg, voc_record_str(rec, "title"),
                                 doc ? doclang : rlang, &id, err)) < 0)
      return rc;
    if ((rc = voc_record_set_str(rec, "persona", id)) < 0)
      goto nomem;
  }
  if ((rc = voc_record_set_str(rec, "lexicon_version",
                               voc_lexset_version(tg->ls))) < 0)
    goto nomem;
  return 0;
nomem:
  return voc_error_set(err, VOC_ENOMEM, "out of memory");
fail:
  cJSON_Delete(tags);
  return rc;
}

/* ---- records as lines ------------------------------------------------------
 * The same decisions as voc_tagger_apply, on the spans of a scanned line;
 * the JSON written is what voc_record_format prints for the same values. */

static int put_uint(voc_buf *o, uint32_t v) {
  char tmp[12], *e = tmp + sizeof tmp, *q = e;
  do
    *--q = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  return voc_buf_put(o, q, (size_t)(e - q));
}

static int put_str(voc_buf *o, const char *s) {
  return voc_json_put_string(o, s, strlen(s));
}

/* The constant parts of a term's tag objects (tag_json), made once. */
static int term_json(voc_tagger *tg, const voc_lex_match *m,
                     const tag_json **out) {
  size_t i = voc_lexset_term_index(tg->ls, m->term);
  int rc;
  if (!tg->tj &&
      !(tg->tj = calloc(voc_lexset_nterms(tg->ls) + 1, sizeof *tg->tj)))
    return VOC_ENOMEM;
  tag_json *t = &tg->tj[i];
  if (!t->nhead) {
    voc_buf *b = &tg->tjson;
    size_t h = b->len;
    if ((rc = voc_buf_puts(b, "{\"lexicon\":")) < 0 ||
        (rc = put_str(b, m->cat->lexicon)) < 0 ||
        (rc = voc_buf_puts(b, ",\"category\":")) < 0 ||
        (rc = put_str(b, m->cat->id)) < 0 ||
        (rc = voc_buf_puts(b, ",\"term\":")) < 0 ||
        (rc = put_str(b, m->term->text)) < 0 ||
        (rc = voc_buf_puts(b, ",\"start\":")) < 0)
      return rc;
    size_t r = b->len;
    if ((rc = voc_buf_puts(b, ",\"rule\":")) < 0 ||
        (rc = put_str(b, m->term->rule)) < 0)
      return rc;
    if (b->len > UINT32_MAX)
      return VOC_ETOOBIG;
    t->head = (uint32_t)h;
    t->nhead = (uint32_t)(r - h);
    t->rule = (uint32_t)r;
    t->nrule = (uint32_t)(b->len - r);
  }
  *out = t;
  return 0;
}

/* One tag object, as add_tag builds it. */
static int put_tag(voc_tagger *tg, voc_buf *o, const voc_lex_match *m) {
  const tag_json *tj;
  int rc;
  voc_buf_clear(&tg->scratch);
  if ((rc = voc_tag_evidence(&tg->in, m, EVIDENCE_MAX, &tg->scratch)) < 0 ||
      (rc = term_json(tg, m, &tj)) < 0)
    return rc;
  if ((rc = voc_buf_put(o, tg->tjson.data + tj->head, tj->nhead)) < 0 ||
      (rc = put_uint(o, m->start)) < 0 ||
      (rc = voc_buf_puts(o, ",\"end\":")) < 0 ||
      (rc = put_uint(o, m->end)) < 0 ||
      (rc = voc_buf_puts(o, m->negated ? ",\"negated\":true"
                                       : ",\"negated\":false")) < 0 ||
      (rc = voc_buf_puts(o, ",\"evidence\":")) < 0 ||
      (rc = voc_json_put_string(o, tg->scratch.data ? tg->scratch.data : "",
                                tg->scratch.len)) < 0 ||
      (rc = voc_buf_put(o, tg->tjson.data + tj->rule, tj->nrule)) < 0 ||
      (m->question && (rc = voc_buf_puts(o, ",\"question\":true")) < 0) ||
      (m->excluded && (rc = voc_buf_puts(o, ",\"excluded\":true")) < 0))
    return rc;
  const char *by = excluded_by(m);
  if (by && ((rc = voc_buf_puts(o, ",\"excluded_by\":")) < 0 ||
             (rc = voc_json_put_string(o, by, strlen(by))) < 0))
    return rc;
  return voc_buf_putc(o, '}');
}

/* The record's tokens and sentences as cJSON items (records from voc-norm;
 * the scan has checked them, so cJSON reads them the same way). */
static int doc_from_tokens(voc_tagger *tg, const voc_jline *j,
                           const voc_jfield *fk, const char *rlang,
                           const voc_doc **doc, voc_error *err) {
  const voc_jfield *fs = voc_jline_get(j, "sentences");
  cJSON *toks = cJSON_ParseWithLength(j->text + fk->val, fk->vlen), *sents = NULL;
  if (toks && voc_jline_type(j, fs) == '[')
    sents = cJSON_ParseWithLength(j->text + fs->val, fs->vlen);
  int rc;
  if (!toks || (voc_jline_type(j, fs) == '[' && !sents))
    rc = voc_error_set(err, VOC_ENOMEM, "out of memory");
  else
    rc = voc_norm_from_items(tg->norm, tg->text.data, rlang, toks, sents, doc,
                             err);
  cJSON_Delete(toks);
  cJSON_Delete(sents);
  return rc;
}

/* Append text[a..b) of the line. */
static int put_span(voc_buf *o, const voc_jline *j, size_t a, size_t b) {
  return b > a ? voc_buf_put(o, j->text + a, b - a) : 0;
}

int voc_tagger_apply_line(voc_tagger *tg, const voc_jline *j, voc_buf *out,
                          voc_error *err) {
  const voc_jfield *ft = voc_jline_get(j, "text");
  const voc_jfield *fl = voc_jline_get(j, "lang");
  const voc_jfield *fk = voc_jline_get(j, "tokens");
  const voc_jfield *fp = voc_jline_get(j, "persona");
  const voc_doc *doc = NULL;
  const voc_lex_match *m = NULL;
  char doclang[16] = "";
  const char *rlang = NULL, *rlang_str = NULL, *persona = NULL;
  bool set_lang = false;
  int rc, nm = 0;
  voc_buf_clear(out);
  if (!ft || voc_jline_type(j, ft) == 'n')
    return voc_error_set(err, VOC_EPARSE, "record has no text");
  if (voc_jline_type(j, ft) != '"')
    return voc_error_set(err, VOC_EPARSE, "text is not a string");
  if ((rc = voc_jline_str(j, ft, &tg->text)) < 0 ||
      (voc_jline_type(j, fl) == '"' &&
       (rc = voc_jline_str(j, fl, &tg->rlang)) < 0))
    return voc_error_set(err, rc, "%s", voc_strerror(rc));
  if (voc_jline_type(j, fl) == '"')
    rlang_str = tg->rlang.data;
  if (rlang_str && *rlang_str)
    rlang = rlang_str;
  if (fk && voc_jline_type(j, fk) != 'n') {
    rc = doc_from_tokens(tg, j, fk, rlang_str, &doc, err);
  } else {
    rc = voc_normalize(tg->norm, tg->text.data, tg->text.len,
                       rlang ? rlang : tg->lang, &doc, err);
    set_lang = !rlang;
  }
  const voc_jfield *fkind = voc_jline_get(j, "kind");
  unsigned kind = voc_jline_type(j, fkind) == '"' && fkind->vlen >= 2
                      ? voc_lex_kind(j->text + fkind->val + 1, fkind->vlen - 2)
                      : 0;
  if (rc < 0 || (rc = match_doc(tg, doc, kind, doclang, &m, &nm, err)) < 0)
    return rc;
  /* the tags, before the persona reuses the words */
  voc_buf *tags = &tg->tags;
  voc_buf_clear(tags);
  bool first = true;
  rc = voc_buf_putc(tags, '[');
  for (int i = 0; i < nm && rc >= 0; i++) {
    if (m[i].fate == VOC_LEX_DROPPED || !wanted(tg, m[i].cat->lexicon))
      continue;
    if (!first)
      rc = voc_buf_putc(tags, ',');
    first = false;
    if (rc >= 0)
      rc = put_tag(tg, tags, &m[i]);
  }
  if (rc >= 0)
    rc = voc_buf_putc(tags, ']');
  if (rc < 0)
    return voc_error_set(err, rc, "%s", voc_strerror(rc));
  /* a non-empty string persona stays (its JSON is longer than "") */
  bool set_persona = !(voc_jline_type(j, fp) == '"' && fp->vlen > 2);
  if (set_persona) {
    const voc_jfield *fti = voc_jline_get(j, "title");
    const char *title = NULL;
    if (voc_jline_type(j, fti) == '"') {
      if ((rc = voc_jline_str(j, fti, &tg->title)) < 0)
        return voc_error_set(err, rc, "%s", voc_strerror(rc));
      title = tg->title.data;
    }
    if ((rc = voc_tagger_persona(tg, title, doclang, &persona, err)) < 0)
      return rc;
  }
  /* the line: owned values replaced in place, the missing ones appended */
  const voc_jfield *fg = voc_jline_get(j, "tags");
  const voc_jfield *fv = voc_jline_get(j, "lexicon_version");
  const char *version = voc_lexset_version(tg->ls);
  size_t at = j->start;
  rc = 0;
  for (size_t i = 0; i < j->nfields && rc >= 0; i++) {
    const voc_jfield *f = &j->fields[i];
    if (f != fg && f != fv && !(set_lang && f == fl) &&
        !(set_persona && f == fp))
      continue;
    if ((rc = put_span(out, j, at, f->val)) < 0)
      break;
    at = f->val + f->vlen;
    if (f == fg)
      rc = voc_buf_put(out, tags->data, tags->len);
    else if (f == fv)
      rc = put_str(out, version);
    else if (f == fl)
      rc = put_str(out, doclang);
    else
      rc = put_str(out, persona);
  }
  size_t last = j->nfields ? j->fields[j->nfields - 1].val +
                                 j->fields[j->nfields - 1].vlen
                           : j->start + 1;
  bool more = j->nfields > 0;
  if (rc >= 0)
    rc = put_span(out, j, at, last);
  if (rc >= 0 && set_lang && !fl) {
    rc = voc_buf_puts(out, more ? ",\"lang\":" : "\"lang\":");
    more = true;
    if (rc >= 0)
      rc = put_str(out, doclang);
  }
  if (rc >= 0 && !fg) {
    rc = voc_buf_puts(out, more ? ",\"tags\":" : "\"tags\":");
    more = true;
    if (rc >= 0)
      rc = voc_buf_put(out, tags->data, tags->len);
  }
  if (rc >= 0 && set_persona && !fp) {
    rc = voc_buf_puts(out, more ? ",\"persona\":" : "\"persona\":");
    more = true;
    if (rc >= 0)
      rc = put_str(out, persona);
  }
  if (rc >= 0 && !fv) {
    rc = voc_buf_puts(out, more ? ",\"lexicon_version\":"
                                : "\"lexicon_version\":");
    if (rc >= 0)
      rc = put_str(out, version);
  }
  if (rc >= 0)
    rc = put_span(out, j, last, j->end);
  if (rc < 0)
    return voc_error_set(err, rc, "%s", voc_strerror(rc));
  return 0;
}

/* ---- explain ---------------------------------------------------------------
 */

static const char *fate_word(int fate) {
  switch (fate) {
  case VOC_LEX_COUNTS:
    return "COUNTS";
  case VOC_LEX_NEGATED:
    return "NEGATED";
  case VOC_LEX_EXCLUDED:
    return "EXCLUDED";
  case VOC_LEX_QSKIP:
    return "QUESTION";
  case VOC_LEX_QONLY:
    return "NOT A QUESTION";
  default:
    return "DROPPED";
  }
}

static int explain_match(voc_buf *o, const voc_lex_input *in,
                         const voc_lex_match *m) {
  /* a term written with quotes is shown as written, without more quotes */
  const char *q = strchr(m->term->text, '"') ? "" : "\"";
  int rc =
      voc_buf_printf(o, "  %s %s/%s: \"%.*s\" matched term %s%s%s (%s)\n",
                     m->fate == VOC_LEX_COUNTS ? "+" : "-", m->cat->lexicon,
                     m->cat->id, (int)(m->end - m->start), in->text + m->start,
                     q, m->term->text, q, m->term->rule);
  if (rc < 0)
    return rc;
  const char *f = fate_word(m->fate);
  switch (m->fate) {
  case VOC_LEX_COUNTS:
    rc = voc_buf_printf(o, "      %s for %s.%s\n", f, m->cat->id,
                        m->own_negator
                            ? " Its negator is part of the term, so it is "
                              "not a negation."
                            : "");
    break;
  case VOC_LEX_NEGATED:
    rc = voc_buf_printf(o,
                        "      %s: \"%.*s\" (%s) stands %s in the same "
                        "clause, so it does not count.\n",
                        f, (int)(m->neg_end - m->neg_start),
                        in->text + m->neg_start, m->negator->rule,
                        m->neg_start >= m->end  ? "after it"
                        : m->neg_start > m->start ? "between its two parts"
                                                  : "before it");
    break;
  case VOC_LEX_EXCLUDED:
    rc = voc_buf_printf(o,
                        "      %s: \"unless%s: %s\" (%s) is %s, so %s does "
                        "not count here.\n",
                        f,
                        m->by->scope == VOC_UNLESS_DOC    ? "(doc)"
                        : m->by->scope == VOC_UNLESS_NEXT ? "(next)"
                        : m->by->scope == VOC_UNLESS_TERM ? "(term)"
                        : m->by->scope == VOC_UNLESS_CLAUSE ? "(clause)"
                                                          : "",
                        m->by->text, m->by->rule,
                        m->by->scope == VOC_UNLESS_DOC ? "in the same document"
                        : m->by->scope == VOC_UNLESS_NEXT
                            ? "in this sentence or the one before"
                        : m->by->scope == VOC_UNLESS_TERM
                            ? "in the same sentence (it excludes this term only)"
                        : m->by->scope == VOC_UNLESS_CLAUSE ? "in the same clause"
                        : m->by->text[0] == '^' ? "at the start of this sentence"
                                                : "in the same sentence",
                        m->cat->id);
    break;
  case VOC_LEX_QSKIP:
    rc = voc_buf_printf(o,
                        "      %s: the sentence is a question and this term "
                        "skips questions (questions: skip).\n",
                        f);
    break;
  case VOC_LEX_QONLY:
    rc = voc_buf_printf(o,
                        "      %s: this term counts only in questions "
                        "(questions: only).\n",
                        f);
    break;
  default:
    if (m->was == VOC_LEX_NEGATED)
      rc = voc_buf_printf(o,
                          "      %s: it is negated by \"%.*s\" (%s), and the "
                          "overlapping \"%s\" (%s) counts for %s instead.\n",
                          f, (int)(m->neg_end - m->neg_start),
                          in->text + m->neg_start, m->negator->rule,
                          m->by->text, m->by->rule, m->cat->id);
    else if (m->was != VOC_LEX_COUNTS && m->was != VOC_LEX_DROPPED)
      rc = voc_buf_printf(o,
                          "      %s: it would not count (%s), and the "
                          "overlapping \"%s\" (%s) counts for %s instead.\n",
                          f, fate_word(m->was), m->by->text, m->by->rule,
                          m->cat->id);
    else
      rc = voc_buf_printf(o,
                          "      %s: the longer (or, as long, earlier) match of "
                          "\"%s\" (%s) covers the same words in %s.\n",
                          f, m->by->text, m->by->rule, m->cat->id);
  }
  if (rc >= 0 && m->fate != VOC_LEX_NEGATED && m->fate != VOC_LEX_DROPPED &&
      m->negated)
    rc = voc_buf_printf(o, "      (also negated by \"%.*s\")\n",
                        (int)(m->neg_end - m->neg_start),
                        in->text + m->neg_start);
  if (rc >= 0 && m->unneg && !m->negated && m->fate != VOC_LEX_DROPPED)
    rc = voc_buf_printf(
        o, "      (\"%.*s\" is not a negation here: %s)\n",
        (int)(m->unneg_end - m->unneg_start), in->text + m->unneg_start,
        m->unneg == VOC_LEX_UNNEG_COMPOUND
            ? "it is the first part of a hyphenated word"
            : "a restriction word later in its clause (fr \"ne ... que\") "
              "makes it mean \"only\"");
  if (rc >= 0 && m->question && m->fate != VOC_LEX_QSKIP)
    rc = voc_buf_puts(o, "      (in a question)\n");
  return rc;
}

int voc_tagger_explain(voc_tagger *tg, const char *text, const char *lang,
                       bool title, voc_buf *o, voc_error *err) {
  const voc_lex_input *in;
  const voc_lex_match *m;
  const char *lexlang;
  int rc, n;
  lexlang = NULL;
  if (title) {
    lexlang = voc_lexset_lang(tg->ls, lang);
    if (lexlang && !voc_lexset_has_lexicon(tg->ls, lexlang, "persona"))
      lexlang = "en";
  }
  n = voc_tagger_match(tg, text, strlen(text), title ? lexlang : lang,
                       title ? VOC_LEX_TITLE : VOC_LEX_TEXT, &in, &m, &lexlang,
                       err);
  if (n < 0)
    return n;
  if ((rc = voc_buf_printf(o, "Language: %s, lexicons: %s\n",
                           lang && *lang ? lang : "detected",
                           lexlang ? lexlang : "(none)")) < 0)
    return rc;
  size_t nsent = in->sentences ? in->nsentences : 1;
  for (size_t s = 0; s < nsent; s++) {
    size_t a = in->sentences ? in->sentences[s].start : 0;
    size_t b = in->sentences ? in->sentences[s].end : in->len;
    if ((rc = voc_buf_printf(o, "%s %zu: %.*s\n", title ? "Title" : "Sentence",
                             s + 1, (int)(b - a), in->text + a)) < 0)
      return rc;
    bool any = false;
    for (int i = 0; i < n; i++)
      if (m[i].sentence == s) {
        any = true;
        if ((rc = explain_match(o, in, &m[i])) < 0)
          return rc;
      }
    if (!any && (rc = voc_buf_puts(o, "  (no term matched)\n")) < 0)
      return rc;
  }
  if (title) {
    const char *id;
    if ((rc = voc_tagger_persona(tg, text, lang, &id, err)) < 0)
      return rc;
    return voc_buf_printf(o,
                          "Persona: %s (the first category in persona.lex "
                          "with a match wins)\n",
                          id);
  }
  /* the result, per lexicon in category order */
  if ((rc = voc_buf_puts(o, "Counts for:")) < 0)
    return rc;
  bool any = false;
  for (size_t c = 0; c < voc_lexset_ncategories(tg->ls); c++) {
    const voc_category_info *ci = voc_lexset_category(tg->ls, c);
    for (int i = 0; i < n; i++)
      if (m[i].cat == ci && m[i].fate == VOC_LEX_COUNTS) {
        if ((rc = voc_buf_printf(o, " %s/%s", ci->lexicon, ci->id)) < 0)
          return rc;
        any = true;
        break;
      }
  }
  return voc_buf_puts(o, any ? "\n" : " nothing\n");
}

/* ---- examples --------------------------------------------------------------
 */

int voc_tagger_run_examples(voc_tagger *tg, FILE *out, long *nfail,
                            long *ntotal, voc_error *err) {
  const voc_lexset *ls = tg->ls;
  voc_buf ex = VOC_BUF_INIT(1 << 20);
  int rc = 0;
  *nfail = 0;
  *ntotal = 0;
  for (size_t i = 0; i < voc_lexset_nexamples(ls); i++) {
    const voc_lex_example *e = voc_lexset_example(ls, i);
    const voc_category_info *c = e->cat;
    if (!strcmp(c->lexicon, "negation"))
      continue;
    bool title = !strcmp(c->lexicon, "persona"), got = false;
    const char *what = NULL;
    (*ntotal)++;
    if (title) {
      const voc_lex_input *in;
      const voc_lex_match *m;
      const char *ll;
      int n = voc_tagger_match(tg, e->text, strlen(e->text), c->lang,
                               VOC_LEX_TITLE, &in, &m, &ll, err);
      if (n < 0) {
        rc = n;
        break;
      }
      const voc_category_info *best = NULL;
      for (int k = 0; k < n; k++)
        if (m[k].fate == VOC_LEX_COUNTS &&
            (!best || (uintptr_t)m[k].cat < (uintptr_t)best))
          best = m[k].cat;
      got = best == c;
      what = best ? best->id : "unknown";
    } else {
      const voc_lex_input *in;
      const voc_lex_match *m;
      const char *ll;
      unsigned kind = tg->kind;
      voc_tagger_set_kind(tg, e->kind); /* match[review]: */
      int n = voc_tagger_match(tg, e->text, strlen(e->text), c->lang,
                               VOC_LEX_TEXT, &in, &m, &ll, err);
      tg->kind = kind;
      if (n < 0) {
        rc = n;
        break;
      }
      for (int k = 0; k < n; k++)
        if (m[k].cat == c && m[k].fate == VOC_LEX_COUNTS)
          got = true;
    }
    if (got == e->match)
      continue;
    (*nfail)++;
    if (title)
      fprintf(out, "%s:%ld: %s: title \"%s\" is %s, %s [%s]\n", e->file,
              e->line, e->match ? "match" : "nomatch", e->text, what,
              e->match ? "expected" : "must not be", c->id);
    else
      fprintf(out, "%s:%ld: %s: \"%s\" %s [%s]\n", e->file, e->line,
              e->match ? "match" : "nomatch", e->text,
              e->match ? "does not get" : "gets", c->id);
    voc_buf_clear(&ex);
    if ((rc = voc_tagger_explain(tg, e->text, c->lang, title, &ex, err)) < 0)
      break;
    /* indent the explanation under the failure */
    const char *p = ex.data ? ex.data : "";
    while (*p) {
      const char *nl = strchr(p, '\n');
      size_t len = nl ? (size_t)(nl - p) : strlen(p);
      fprintf(out, "    %.*s\n", (int)len, p);
      p += len + (nl ? 1 : 0);
    }
  }
  voc_buf_dispose(&ex);
  return rc;
}
