/* voc_norm.c: segmentation (ICU or the fast path), folding, stemming.
 *
 * One pass over the text builds the word/number tokens (from word break
 * segments) and, between them, the punctuation/other tokens (one per code
 * point, see voc_norm.h); sentences come from the sentence segmenter; then
 * the language is chosen and the words are stemmed through a per-language
 * cache. All storage lives in the normalizer and is reused by every call. */
#include "voc_norm.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "voc_lang.h"
#include "voc_wordkey.h"

#if defined __SSE2__ && defined __GNUC__
#include <emmintrin.h>
#endif

#define VOC_NORM_DETECT_WORDS 64 /* words language detection looks at */
#define CTAB2_N 0x7C0 /* fast path code points U+2000..U+27BF */
#define CTAB3_N 0xB00 /* and U+1F000..U+1FAFF */
#define MAXLANGS 48               /* stem caches (languages) per normalizer */
#define CACHE_MIN_SLOTS 4096      /* initial slots of a stem cache */
#define CACHE_MAX_SLOTS (1u << 18) /* a full cache is cleared, not grown */
#define CACHE_MAX_POOL ((size_t)8 << 20) /* bytes of keys+stems per cache */
/* wrun[]: a byte that continues a run of ASCII word characters (WR_RUN),
 * and whether it is a letter A-Z a-z or a digit (what seg_kind looks for) */
enum { WR_RUN = 1, WR_LETTER = 2, WR_DIGIT = 4 };

/* A cached word. Its key is inline (voc_wordkey.h), so a hit reads the slot
 * and the entry and compares two integers for words up to 16 bytes. */
typedef struct stem_entry {
  uint64_t a, b;       /* the key's voc_wordkey */
  uint32_t klen;
  uint32_t key;        /* key (fold) in pool, compared beyond 16 bytes */
  uint32_t stem, slen; /* stem in pool */
  uint32_t same;       /* 1: the stem is the key itself */
  uint32_t hash;       /* the key's voc_wordkey hash */
} stem_entry;

typedef struct stem_cache {
  char lang[16];         /* primary subtag or algorithm name, lowercase */
  struct sb_stemmer *sb; /* NULL: no stemmer, stem = fold */
  uint64_t *slots;       /* hash << 32 | (entry index + 1); 0 is empty */
  uint32_t nslots;       /* power of two */
  stem_entry *entries;   /* in insertion order */
  uint32_t nentries, capentries;
  voc_buf pool;          /* "key\0stem\0" strings */
  int cleared;           /* cleared since the last document's check */
} stem_cache;

struct voc_normalizer {
  UBreakIterator *wb;        /* word break, root locale, reused */
  UBreakIterator *sb;        /* sentence break, root locale, reused */
  UText ut;                  /* UTF-8 UText over the current run */
  const UNormalizer2 *cf;    /* NFKC_Casefold (static, not owned) */
  UChar *u1, *u2;            /* UTF-16 scratch for folding */
  int32_t u1cap, u2cap;      /* capacities in UChars */
  voc_token *tok;            /* tokens of the current document */
  uint32_t *flen;            /* byte length of each token's fold */
  size_t ntok, captok, capflen;
  voc_span *sent;            /* sentences of the current document */
  size_t nsent, capsent;
  voc_buf arena;             /* folds and stems, NUL-terminated */
  voc_buf scratch;           /* voc_normalizer_stem's unstemmed result */
  voc_buf json;              /* voc_norm_annotate's raw JSON fields */
  voc_doc doc;               /* what voc_normalize hands out */
  stem_cache caches[MAXLANGS];
  size_t ncaches;
  char last_lang[16];        /* the language get_cache was last asked for */
  stem_cache *last_cache;    /* ... and its cache (NULL: none yet) */
  uint32_t epoch;            /* of the word ids handed out (voc_token.word) */
  voc_langid *langid;        /* detector, reset per document */
  int fast;                  /* fast path on (else ICU for everything) */
  const char *text;          /* text being analysed */
  size_t len;
  size_t last_end;           /* end of the last word token (gap start) */
  uint8_t gapcls[128];       /* ASCII: 0 no token, else VOC_TOK_PUNCT/OTHER */
  uint8_t ctab[0x180];       /* fast path classes of U+0000..U+017F */
  uint8_t ctab2[CTAB2_N];    /* ... of U+2000.. (punctuation to dingbats) */
  uint8_t ctab3[CTAB3_N];    /* ... of U+1F000.. (emoji) */
  uint8_t wrun[256];         /* ASCII letter, digit or ExtendNumLet: WR_* */
  uint8_t wgap[256];         /* 1: ASCII that starts no word segment */
  int sstop5;                /* srun's ASCII exceptions are ". ! ? CR LF" */
  uint8_t srun[256];         /* 1: ASCII that cannot end a sentence */
};

/* ---- small helpers ----------------------------------------------------- */

static int grow_array(void **p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap)
    return 0;
  size_t ncap = *cap ? *cap : 256;
  while (ncap < need)
    ncap *= 2;
  void *np = realloc(*p, ncap * elem);
  if (!np)
    return VOC_ENOMEM;
  *p = np;
  *cap = ncap;
  return 0;
}

/* WORD when the bytes hold a letter, NUMBER when a digit but no letter,
 * else 0. Decides which word break segments are tokens, in both paths. */
static int seg_kind(const char *t, size_t s, size_t e) {
  int num = 0;
  size_t i = s;
  while (i < e) {
    unsigned char b = (unsigned char)t[i];
    if (b < 0x80) {
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
        return VOC_TOK_WORD;
      num |= b >= '0' && b <= '9';
      i++;
      continue;
    }
    UChar32 c;
    int32_t j = 0, n = (int32_t)(e - i < 8 ? e - i : 8);
    U8_NEXT((const uint8_t *)t + i, j, n, c);
    i += (size_t)j;
    if (c < 0)
      continue;
    uint32_t m = U_GET_GC_MASK(c);
    if (m & U_GC_L_MASK)
      return VOC_TOK_WORD;
    if (m & U_GC_N_MASK)
      num = 1;
  }
  return num ? VOC_TOK_NUMBER : 0;
}

/* Token kind of one code point between words: PUNCT, OTHER or 0. */
static int gap_kind(UChar32 c) {
  if (c < 0)
    return VOC_TOK_OTHER; /* an ill-formed byte sequence */
  uint32_t m = U_GET_GC_MASK(c);
  if (m & U_GC_P_MASK)
    return VOC_TOK_PUNCT;
  if (m & U_GC_S_MASK)
    return VOC_TOK_OTHER;
  return 0;
}

/* ---- folding ----------------------------------------------------------- */

/* Append the fold of t[s..e) plus NUL to the arena; *off receives its
 * offset. */
static int fold_append(voc_normalizer *n, const char *t, size_t s, size_t e,
                       uint32_t *off, voc_error *err) {
  size_t len = e - s;
  voc_buf *a = &n->arena;
  *off = (uint32_t)a->len;
  /* ASCII: lower case, copied in the same pass that checks it is ASCII
   * (the copy is dropped when it is not) */
  if (a->len + len + 2 > a->cap && voc_buf_grow(a, len + 1) < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  char *d = a->data + a->len;
  unsigned char high = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)t[s + i];
    high |= c;
    d[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  if (!(high & 0x80)) {
    d[len] = '\0';
    a->len += len + 1;
    return 0;
  }
  UErrorCode st = U_ZERO_ERROR;
  int32_t ulen = 0;
  for (;;) { /* UTF-8 -> UTF-16 (ill-formed bytes become U+FFFD) */
    st = U_ZERO_ERROR;
    u_strFromUTF8WithSub(n->u1, n->u1cap, &ulen, t + s, (int32_t)len, 0xFFFD,
                         NULL, &st);
    if (st != U_BUFFER_OVERFLOW_ERROR)
      break;
    UChar *p = realloc(n->u1, ((size_t)ulen + 16) * sizeof(UChar));
    if (!p)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    n->u1 = p;
    n->u1cap = ulen + 16;
  }
  if (U_FAILURE(st))
    return voc_error_set(err, VOC_EINTERNAL, "ICU: %s", u_errorName(st));
  int32_t flen = 0;
  for (;;) { /* NFKC_Casefold; may grow ("ß" -> "ss", ligatures) */
    st = U_ZERO_ERROR;
    flen = unorm2_normalize(n->cf, n->u1, ulen, n->u2, n->u2cap, &st);
    if (st != U_BUFFER_OVERFLOW_ERROR)
      break;
    UChar *p = realloc(n->u2, ((size_t)flen + 16) * sizeof(UChar));
    if (!p)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    n->u2 = p;
    n->u2cap = flen + 16;
  }
  if (U_FAILURE(st))
    return voc_error_set(err, VOC_EINTERNAL, "ICU: %s", u_errorName(st));
  for (int32_t i = 0; i < flen; i++)
    if (n->u2[i] == 0x2019 || n->u2[i] == 0x2018 || n->u2[i] == 0x02BC)
      n->u2[i] = '\'';
  size_t need = (size_t)flen * 3 + 1;
  if (voc_buf_grow(a, need) < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  int32_t blen = 0;
  st = U_ZERO_ERROR;
  u_strToUTF8WithSub(a->data + a->len, (int32_t)need, &blen, n->u2, flen,
                     0xFFFD, NULL, &st);
  if (U_FAILURE(st))
    return voc_error_set(err, VOC_EINTERNAL, "ICU: %s", u_errorName(st));
  a->data[a->len + (size_t)blen] = '\0';
  a->len += (size_t)blen + 1;
  return 0;
}

/* ---- tokens ------------------------------------------------------------ */

static inline int push_token(voc_normalizer *n, size_t s, size_t e, int kind,
                      uint32_t fold, voc_error *err) {
  if (n->ntok == n->captok || n->ntok == n->capflen) {
    if (grow_array((void **)&n->tok, &n->captok, n->ntok + 1,
                   sizeof *n->tok) ||
        grow_array((void **)&n->flen, &n->capflen, n->ntok + 1,
                   sizeof *n->flen))
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
  }
  /* always called right after fold_append, so the fold ends the arena */
  n->flen[n->ntok] = (uint32_t)(n->arena.len - 1 - fold);
  voc_token *t = &n->tok[n->ntok++];
  t->start = (uint32_t)s;
  t->end = (uint32_t)e;
  t->fold = fold;
  t->stem = fold; /* until stemmed */
  t->sentence = 0;
  t->kind = (uint8_t)kind;
  t->flags = 0;
  t->word = 0;
  return 0;
}

/* One token per punctuation or symbol code point in text[a..b). */
static int emit_gap(voc_normalizer *n, size_t a, size_t b, voc_error *err) {
  const char *t = n->text;
  size_t i = a;
  int rc;
  while (i < b) {
    unsigned char c0 = (unsigned char)t[i];
    size_t s = i;
    int kind;
    if (c0 < 0x80) {
      kind = n->gapcls[c0];
      i++;
    } else {
      UChar32 c;
      int32_t j = 0, m = (int32_t)(b - i < 8 ? b - i : 8);
      U8_NEXT((const uint8_t *)t + i, j, m, c);
      i += (size_t)j;
      kind = gap_kind(c);
    }
    if (!kind)
      continue;
    uint32_t f;
    if ((rc = fold_append(n, t, s, i, &f, err)) < 0 ||
        (rc = push_token(n, s, i, kind, f, err)) < 0)
      return rc;
  }
  return 0;
}

/* Bytes of an apostrophe (', U+2018, U+2019, U+02BC) at u[i], or 0. */
static size_t apos_len(const unsigned char *u, size_t i, size_t e) {
  if (i < e && u[i] == '\'')
    return 1;
  if (i + 3 <= e && u[i] == 0xE2 && u[i + 1] == 0x80 &&
      (u[i + 2] == 0x98 || u[i + 2] == 0x99))
    return 3;
  if (i + 2 <= e && u[i] == 0xCA && u[i + 1] == 0xBC)
    return 2;
  return 0;
}

/* End of a leading elision (c' d' j' l' m' n' s' t' qu', any case, any
 * apostrophe) in t[s..e) with something after it, or 0. "n't" is not one. */
static size_t elision_end(const char *t, size_t s, size_t e) {
  const unsigned char *u = (const unsigned char *)t;
  size_t i;
  unsigned c = u[s] | 0x20u;
  if (e - s < 3 || (!apos_len(u, s + 1, e) && c != 'q'))
    return 0; /* the common case: no apostrophe after the first letter */
  if (c == 'q' && e - s > 2 && (u[s + 1] | 0x20) == 'u')
    i = s + 2;
  else if (c < 0x80 && c && strchr("cdjlmnst", (int)c))
    i = s + 1;
  else
    return 0;
  size_t a = apos_len(u, i, e);
  if (!a || i + a >= e)
    return 0;
  i += a;
  if (c == 'n' && e - i == 1 && (u[i] | 0x20) == 't')
    return 0;
  return i;
}

/* Where a trailing n't starts in t[s..e) ("doesn't", "DON’T"), or 0. */
static size_t nt_split(const char *t, size_t s, size_t e) {
  const unsigned char *u = (const unsigned char *)t;
  if (e - s < 4 || (u[e - 1] | 0x20) != 't')
    return 0;
  size_t q = e - 1, alen = 0; /* apostrophe ends at q */
  if (u[q - 1] == '\'')
    alen = 1;
  else if (q - s >= 3 && u[q - 3] == 0xE2 && u[q - 2] == 0x80 &&
           (u[q - 1] == 0x98 || u[q - 1] == 0x99))
    alen = 3;
  else if (q - s >= 2 && u[q - 2] == 0xCA && u[q - 1] == 0xBC)
    alen = 2;
  if (!alen || q - alen < s + 2)
    return 0;
  size_t p = q - alen - 1;
  return (u[p] | 0x20) == 'n' ? p : 0;
}

static int is_cannot(const char *w) {
  static const char lower[] = "cannot";
  for (int i = 0; i < 6; i++) {
    char c = w[i];
    if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != lower[i])
      return 0;
  }
  return 1;
}

/* A word break segment text[s..e): a token when it holds a letter or digit
 * (else its code points are left to the gap scan). */
static int add_segment(voc_normalizer *n, size_t s, size_t e, voc_error *err) {
  const char *t = n->text;
  int kind = seg_kind(t, s, e), rc;
  if (!kind)
    return 0;
  if ((rc = emit_gap(n, n->last_end, s, err)) < 0)
    return rc;
  n->last_end = e;
  size_t p = 0, el;
  uint32_t f;
  if (kind == VOC_TOK_WORD && (el = elision_end(t, s, e)) != 0 &&
      seg_kind(t, el, e) == VOC_TOK_WORD) { /* "l'année" -> "l'" "année" */
    if ((rc = fold_append(n, t, s, el, &f, err)) < 0 ||
        (rc = push_token(n, s, el, VOC_TOK_WORD, f, err)) < 0)
      return rc;
    s = el;
  }
  if (kind == VOC_TOK_WORD) {
    p = nt_split(t, s, e);
    if (!p && e - s == 6 && is_cannot(t + s))
      p = s + 3;
  }
  if (!p)
    return (rc = fold_append(n, t, s, e, &f, err)) < 0
               ? rc
               : push_token(n, s, e, kind, f, err);
  int k1 = seg_kind(t, s, p); /* "_n't": "_" is not a word */
  if (!k1 && (rc = emit_gap(n, s, p, err)) < 0)
    return rc;
  if ((k1 && ((rc = fold_append(n, t, s, p, &f, err)) < 0 ||
              (rc = push_token(n, s, p, k1, f, err)) < 0)) ||
      (rc = fold_append(n, t, p, e, &f, err)) < 0 ||
      (rc = push_token(n, p, e, VOC_TOK_WORD, f, err)) < 0)
    return rc;
  return 0;
}

/* d[0..8) = s[0..8) in lower case; ASCII only. A byte gets 0x20 when it is
 * >= 'A' (adding 0x80 - 'A' sets its high bit) and not > 'Z'. */
static inline void lower8(char *d, const char *s) {
  const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  uint64_t w;
  memcpy(&w, s, 8);
  uint64_t ge_a = w + ones * (0x80 - 'A'), gt_z = w + ones * (0x80 - 'Z' - 1);
  w |= (ge_a & ~gt_z & high) >> 2;
  memcpy(d, &w, 8);
}

/* The same for d[0..4). */
static inline void lower4(char *d, const char *s) {
  const uint32_t ones = 0x01010101u, high = 0x80808080u;
  uint32_t w;
  memcpy(&w, s, 4);
  uint32_t ge_a = w + ones * (0x80 - 'A'), gt_z = w + ones * (0x80 - 'Z' - 1);
  w |= (ge_a & ~gt_z & high) >> 2;
  memcpy(d, &w, 4);
}

/* add_segment for a segment of ASCII letters, digits, "_" and "@" only (acc:
 * the WR_ bits of its bytes), the common case of the fast path: it has no
 * apostrophe, so no elision or n't, and its kind is known from acc. */
static int add_plain(voc_normalizer *n, size_t s, size_t e, unsigned acc,
                     voc_error *err) {
  const char *t = n->text;
  int kind = acc & WR_LETTER ? VOC_TOK_WORD
             : acc & WR_DIGIT ? VOC_TOK_NUMBER
                              : 0,
      rc;
  if (!kind)
    return 0;
  if (kind == VOC_TOK_WORD && e - s == 6 && is_cannot(t + s))
    return add_segment(n, s, e, err);
  size_t g = n->last_end; /* the gap: most often one space, no token */
  if (g < s &&
      !(s - g == 1 && (unsigned char)t[g] < 0x80 &&
        !n->gapcls[(unsigned char)t[g]]) &&
      (rc = emit_gap(n, g, s, err)) < 0)
    return rc;
  n->last_end = e;
  /* the fold is the lower case, written straight into the arena */
  size_t len = e - s;
  voc_buf *a = &n->arena;
  if (a->len + len + 2 > a->cap && voc_buf_grow(a, len + 1) < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  uint32_t f = (uint32_t)a->len;
  char *d = a->data + f;
  const char *src = t + s;
  if (len >= 8) { /* eight bytes at a time, the last eight overlapping */
    for (size_t i = 0; i + 8 < len; i += 8)
      lower8(d + i, src + i);
    lower8(d + len - 8, src + len - 8);
  } else if (len >= 4) { /* the first and last four */
    lower4(d, src);
    lower4(d + len - 4, src + len - 4);
  } else {
    for (size_t i = 0; i < len; i++) {
      unsigned char c = (unsigned char)src[i];
      d[i] = (char)((unsigned)(c - 'A') < 26u ? c + 32 : c);
    }
  }
  d[len] = '\0';
  a->len += len + 1;
  return push_token(n, s, e, kind, f, err);
}

/* ---- sentences --------------------------------------------------------- */

static int is_trim(const char *t, size_t i, size_t e, size_t *clen, int back) {
  const uint8_t *u = (const uint8_t *)t;
  UChar32 c;
  if (!back) {
    if (u[i] < 0x80) {
      *clen = 1;
      return u[i] <= ' ' || u[i] == 0x7F;
    }
    int32_t j = 0, m = (int32_t)(e - i < 8 ? e - i : 8);
    U8_NEXT(u + i, j, m, c);
    *clen = (size_t)j;
  } else { /* the code point ending at e (i is the span start) */
    if (u[e - 1] < 0x80) {
      *clen = 1;
      return u[e - 1] <= ' ' || u[e - 1] == 0x7F;
    }
    size_t k = e - 1;
    while (k > i && k + 4 > e && (u[k] & 0xC0) == 0x80)
      k--;
    int32_t j = 0, m = (int32_t)(e - k);
    U8_NEXT(u + k, j, m, c);
    if ((size_t)j != e - k) {
      *clen = 1; /* ill-formed tail: keep it */
      return 0;
    }
    *clen = e - k;
  }
  if (c < 0)
    return 0;
  return u_isUWhiteSpace(c) ||
         (U_GET_GC_MASK(c) & (U_GC_CC_MASK | U_GC_CF_MASK)) != 0;
}

static int push_sentence(voc_normalizer *n, size_t s, size_t e,
                         voc_error *err) {
  size_t cl;
  while (s < e && is_trim(n->text, s, e, &cl, 0))
    s += cl;
  while (e > s && is_trim(n->text, s, e, &cl, 1))
    e -= cl;
  if (s >= e)
    return 0;
  if (grow_array((void **)&n->sent, &n->capsent, n->nsent + 1,
                 sizeof *n->sent))
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  n->sent[n->nsent].start = (uint32_t)s;
  n->sent[n->nsent].end = (uint32_t)e;
  n->nsent++;
  return 0;
}

/* ---- the fast path ------------------------------------------------------ */
/* Lines made only of "simple" code points (ASCII, U+00A0..U+017F,
 * U+2000..U+27BF: punctuation, currency, letterlike, arrows, math,
 * dingbats, and the emoji of U+1F000..U+1FAFF, minus anything whose word
 * or sentence break class is Extend, Format, ZWJ, Sep, Regional_Indicator
 * or another class that needs the full rules) are segmented here. The class tables are built from
 * ICU's own Word_Break and Sentence_Break properties, with ICU 72's two
 * root tailorings of the word rules: colon is not MidLetter, "@" is
 * ALetter. */
enum { W_OTHER, W_LET, W_NUM, W_ENL, W_MIDLET, W_MNLQ, W_MIDNUM, W_ALNUM1 };
/* W_ALNUM1: a Word_Break=Other letter or number ("½", "²"): a segment of
 * its own, and a token. */
enum { S_OTHER, S_SP, S_LOWER, S_UPPER, S_OLETTER, S_NUM, S_ATERM, S_STERM,
       S_CLOSE, S_SCONT, S_CR, S_LF };
#define CLS_NONE 0xFF /* not a simple code point */
#define CLS(w, s) ((uint8_t)((s) << 4 | (w)))

static uint8_t simple_class(UChar32 c) {
  int w, s;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
  case U_WB_ALETTER:
    w = W_LET;
    break;
  case U_WB_NUMERIC:
    w = W_NUM;
    break;
  case U_WB_EXTENDNUMLET:
    w = W_ENL;
    break;
  case U_WB_MIDLETTER:
    w = c == ':' ? W_OTHER : W_MIDLET;
    break;
  case U_WB_MIDNUMLET:
  case U_WB_SINGLE_QUOTE:
    w = W_MNLQ;
    break;
  case U_WB_MIDNUM:
    w = W_MIDNUM;
    break;
  case U_WB_OTHER:
  case U_WB_CR:
  case U_WB_LF:
  case U_WB_NEWLINE:
  case U_WB_WSEGSPACE:
  case U_WB_DOUBLE_QUOTE:
    w = (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) ? W_ALNUM1 : W_OTHER;
    break;
  default:
    return CLS_NONE;
  }
  if (c == '@')
    w = W_LET;
  /* Extended_Pictographic matters only after a ZWJ (WB3c), and ZWJ, like
   * emoji modifiers, variation selectors and regional indicators, has a
   * class handled by the default case: such lines go to ICU. */
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
    return CLS_NONE; /* ZWSP, soft hyphen and friends: leave to ICU */
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
  case U_SB_OTHER:
    s = S_OTHER;
    break;
  case U_SB_SP:
    s = S_SP;
    break;
  case U_SB_LOWER:
    s = S_LOWER;
    break;
  case U_SB_UPPER:
    s = S_UPPER;
    break;
  case U_SB_OLETTER:
    s = S_OLETTER;
    break;
  case U_SB_NUMERIC:
    s = S_NUM;
    break;
  case U_SB_ATERM:
    s = S_ATERM;
    break;
  case U_SB_STERM:
    s = S_STERM;
    break;
  case U_SB_CLOSE:
    s = S_CLOSE;
    break;
  case U_SB_SCONTINUE:
    s = S_SCONT;
    break;
  case U_SB_CR:
    s = S_CR;
    break;
  case U_SB_LF:
    s = S_LF;
    break;
  default:
    return CLS_NONE;
  }
  return CLS(w, s);
}

/* Class byte of the code point at t[i] (i < e) and its length in *cl;
 * CLS_NONE when it is not simple (or ill-formed). */
static inline uint8_t cls_at(const voc_normalizer *n, const unsigned char *t,
                             size_t i, size_t e, size_t *cl) {
  unsigned b = t[i];
  if (b < 0x80) {
    *cl = 1;
    return n->ctab[b];
  }
  if (b >= 0xC2 && b <= 0xC5 && i + 1 < e && (t[i + 1] & 0xC0) == 0x80) {
    *cl = 2; /* U+0080..U+017F */
    return n->ctab[((b & 0x1F) << 6) | (t[i + 1] & 0x3F)];
  }
  if (b == 0xE2 && i + 2 < e && (t[i + 1] & 0xC0) == 0x80 &&
      (t[i + 2] & 0xC0) == 0x80) {
    unsigned c = ((t[i + 1] & 0x3Fu) << 6) | (t[i + 2] & 0x3Fu);
    *cl = 3; /* U+2000..U+2FFF */
    return c < CTAB2_N ? n->ctab2[c] : CLS_NONE;
  }
  if (b == 0xF0 && i + 3 < e && t[i + 1] == 0x9F &&
      (t[i + 2] & 0xC0) == 0x80 && (t[i + 3] & 0xC0) == 0x80) {
    unsigned c = ((t[i + 2] & 0x3Fu) << 6) | (t[i + 3] & 0x3Fu);
    *cl = 4; /* U+1F000..U+1FFFF */
    return c < CTAB3_N ? n->ctab3[c] : CLS_NONE;
  }
  *cl = 1;
  return CLS_NONE;
}

/* True when every code point of t[s..e) is simple. */
static int simple_run(const voc_normalizer *n, const char *text, size_t s,
                      size_t e) {
  const unsigned char *t = (const unsigned char *)text;
  size_t i = s, cl;
  while (i < e) {
    while (i + 8 <= e) { /* ASCII eight bytes at a time */
      uint64_t w;
      memcpy(&w, t + i, 8);
      if (w & 0x8080808080808080ULL)
        break;
      i += 8;
    }
    if (i >= e)
      break;
    if (cls_at(n, t, i, e, &cl) == CLS_NONE)
      return 0;
    i += cl;
  }
  return 1;
}

#define WCL(x) ((x) & 0x0F)
#define SCL(x) ((x) >> 4)

static int fast_words(voc_normalizer *n, size_t rs, size_t re,
                      voc_error *err) {
  const unsigned char *t = (const unsigned char *)n->text;
  size_t i = rs, cl, ncl, nnl;
  int rc;
  while (i < re) {
    /* between segments: ASCII that cannot start one (spaces, punctuation) */
    while (i < re && n->wgap[t[i]])
      i++;
    if (i >= re)
      break;
    int c = WCL(cls_at(n, t, i, re, &cl));
    if (c != W_LET && c != W_NUM && c != W_ENL) {
      if (c == W_ALNUM1 && (rc = add_segment(n, i, i + cl, err)) < 0)
        return rc;
      i += cl;
      continue;
    }
    size_t s = i;
    int last = c;
    /* plain: the segment is made of wrun bytes only (acc: their WR_ bits) */
    unsigned acc = n->wrun[t[i]], v;
    int plain = acc != 0;
    i += cl;
    while (i < re) {
      /* ASCII letters and digits in a row: the common case, one byte each */
      size_t i0 = i;
      while (i < re && (v = n->wrun[t[i]]) != 0) {
        acc |= v;
        i++;
      }
      if (i > i0)
        last = WCL(n->ctab[t[i - 1]]);
      if (i >= re)
        break;
      int nc = WCL(cls_at(n, t, i, re, &ncl));
      if (nc == W_LET || nc == W_NUM || nc == W_ENL) { /* WB5,8-10,13a-b */
        last = nc;
        i += ncl;
        plain = 0;
        continue;
      }
      if ((nc == W_MIDLET || nc == W_MNLQ || nc == W_MIDNUM) &&
          i + ncl < re) { /* a word may go on across it */
        int nn = WCL(cls_at(n, t, i + ncl, re, &nnl));
        if (last == W_LET && (nc == W_MIDLET || nc == W_MNLQ) &&
            nn == W_LET) { /* WB6-7 */
          i += ncl + nnl;
          plain = 0;
          continue;
        }
        if (last == W_NUM && (nc == W_MIDNUM || nc == W_MNLQ) &&
            nn == W_NUM) { /* WB11-12 */
          i += ncl + nnl;
          plain = 0;
          continue;
        }
      }
      break;
    }
    rc = plain ? add_plain(n, s, i, acc, err) : add_segment(n, s, i, err);
    if (rc < 0)
      return rc;
  }
  return 0;
}

#if defined __SSE2__ && defined __GNUC__
/* Where SSE2 is there (all x86-64): the first i' >= i, or the last 16-byte
 * step before re, where a byte >= 0x80 or one of ". ! ? CR LF" may stop an
 * srun (valid when those are srun's only ASCII exceptions: n->sstop5). */
static inline size_t sstop_next(const unsigned char *t, size_t i, size_t re) {
  const __m128i dot = _mm_set1_epi8('.'), excl = _mm_set1_epi8('!'),
                quest = _mm_set1_epi8('?'), cr = _mm_set1_epi8('\r'),
                lf = _mm_set1_epi8('\n');
  for (; i + 16 <= re; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    __m128i m = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, excl)),
        _mm_or_si128(_mm_cmpeq_epi8(v, quest),
                     _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf))));
    int bits = _mm_movemask_epi8(_mm_or_si128(m, v)); /* v: bytes >= 0x80 */
    if (bits)
      return i + (size_t)__builtin_ctz((unsigned)bits);
  }
  return i;
}
#endif

/* UAX #29 sentence rules SB3-SB11 over simple code points. st describes
 * what precedes the candidate boundary: 0 nothing special, 1 "SATerm
 * Close*", 2 "SATerm Close* Sp+"; aterm says whether that SATerm was an
 * ATerm; p and pp are the classes of the two code points before it. */
static int fast_sentences(voc_normalizer *n, size_t rs, size_t re,
                          voc_error *err) {
  const unsigned char *t = (const unsigned char *)n->text;
  size_t start = rs, i = rs, cl;
  int st = 0, aterm = 0, p = -1, pp = -1, rc;
  size_t la_j = 0;            /* SB8 look-ahead: first stop class at la_j */
  int la_ok = 0, la_lower = 0; /* ... valid, and whether it is a Lower */
  while (i < re) {
    if (!st && p != S_CR && p != S_LF) {
      /* No boundary can come before an ASCII code point other than a
       * terminator or a line end, and st stays 0 over it: skip such runs,
       * keeping the classes of the last two. */
      size_t i0 = i;
#if defined __SSE2__ && defined __GNUC__
      if (n->sstop5) /* sixteen at a time */
        i = sstop_next(t, i, re);
#endif
      while (i < re && n->srun[t[i]])
        i++;
      if (i > i0) {
        pp = i - i0 >= 2 ? SCL(n->ctab[t[i - 2]]) : p;
        p = SCL(n->ctab[t[i - 1]]);
        continue;
      }
    }
    int c = SCL(cls_at(n, t, i, re, &cl));
    /* A boundary needs SATerm context (st) or a line end before i; SB6
     * and SB7 also need an ATerm before i, which implies st. */
    if (p >= 0 && (st || p == S_CR || p == S_LF)) {
      int brk;
      if (p == S_CR && c == S_LF)
        brk = 0; /* SB3 */
      else if (p == S_CR || p == S_LF)
        brk = 1; /* SB4 */
      else if (p == S_ATERM && c == S_NUM)
        brk = 0; /* SB6 */
      else if (p == S_ATERM && (pp == S_UPPER || pp == S_LOWER) &&
               c == S_UPPER)
        brk = 0; /* SB7 */
      else {
        brk = 1; /* SB11 unless SB8-SB10 */
        if (aterm) { /* SB8: is the next "stop" class a Lower? */
          if (!la_ok || i > la_j) { /* the scan is shared by i..la_j */
            size_t j = i, jl;
            int k = S_OTHER;
            while (j < re &&
                   (k = SCL(cls_at(n, t, j, re, &jl))) != S_LOWER &&
                   k != S_UPPER && k != S_OLETTER && k != S_CR && k != S_LF &&
                   k != S_ATERM && k != S_STERM)
              j += jl;
            la_ok = 1;
            la_j = j;
            la_lower = j < re && k == S_LOWER;
          }
          if (la_lower)
            brk = 0;
        }
        if (c == S_SCONT || c == S_ATERM || c == S_STERM)
          brk = 0; /* SB8a */
        if (st == 1 && (c == S_CLOSE || c == S_SP || c == S_CR || c == S_LF))
          brk = 0; /* SB9 */
        if (c == S_SP || c == S_CR || c == S_LF)
          brk = 0; /* SB10 */
      }
      if (brk) {
        if ((rc = push_sentence(n, start, i, err)) < 0)
          return rc;
        start = i;
      }
    }
    if (c == S_ATERM || c == S_STERM) {
      st = 1;
      aterm = c == S_ATERM;
    } else if (c == S_CLOSE) {
      st = st == 1 ? 1 : 0;
    } else if (c == S_SP) {
      st = st ? 2 : 0;
    } else {
      st = 0;
    }
    pp = p;
    p = c;
    i += cl;
  }
  return push_sentence(n, start, re, err);
}

/* ---- the ICU path ------------------------------------------------------ */

static int icu_run(voc_normalizer *n, size_t rs, size_t re, int words,
                   int sentences, voc_error *err) {
  UErrorCode st = U_ZERO_ERROR;
  int rc;
  utext_openUTF8(&n->ut, n->text + rs, (int64_t)(re - rs), &st);
  if (U_FAILURE(st))
    return voc_error_set(err, VOC_EINTERNAL, "ICU utext: %s", u_errorName(st));
  if (words) {
    ubrk_setUText(n->wb, &n->ut, &st);
    if (U_FAILURE(st))
      return voc_error_set(err, VOC_EINTERNAL, "ICU: %s", u_errorName(st));
    int32_t a = ubrk_first(n->wb), b;
    while ((b = ubrk_next(n->wb)) != UBRK_DONE) {
      if ((rc = add_segment(n, rs + (size_t)a, rs + (size_t)b, err)) < 0)
        return rc;
      a = b;
    }
  }
  if (sentences) {
    ubrk_setUText(n->sb, &n->ut, &st);
    if (U_FAILURE(st))
      return voc_error_set(err, VOC_EINTERNAL, "ICU: %s", u_errorName(st));
    int32_t a = ubrk_first(n->sb), b;
    while ((b = ubrk_next(n->sb)) != UBRK_DONE) {
      if ((rc = push_sentence(n, rs + (size_t)a, rs + (size_t)b, err)) < 0)
        return rc;
      a = b;
    }
  }
  return 0;
}

/* Segment the whole text: words (with gap tokens) and/or sentences. Runs of
 * whole lines are given to the fast path when ASCII, to ICU otherwise; a
 * line end is a hard boundary in both word and sentence rules. */
static int segment(voc_normalizer *n, int words, int sentences,
                   voc_error *err) {
  const char *t = n->text;
  size_t len = n->len, rs = 0;
  int rc;
  n->last_end = 0;
  if (!n->fast) {
    if (len && (rc = icu_run(n, 0, len, words, sentences, err)) < 0)
      return rc;
  } else {
    while (rs < len) {
      size_t re = rs;
      int ascii = -1; /* the run is simple (fast path) or not (ICU) */
      while (re < len) { /* extend the run by whole lines of one kind */
        const char *nl = memchr(t + re, '\n', len - re);
        size_t le = nl ? (size_t)(nl - t) + 1 : len;
        int a = simple_run(n, t, re, le);
        if (ascii >= 0 && a != ascii)
          break;
        ascii = a;
        re = le;
      }
      if (ascii) {
        if ((words && (rc = fast_words(n, rs, re, err)) < 0) ||
            (sentences && (rc = fast_sentences(n, rs, re, err)) < 0))
          return rc;
      } else if ((rc = icu_run(n, rs, re, words, sentences, err)) < 0) {
        return rc;
      }
      rs = re;
    }
  }
  if (words && (rc = emit_gap(n, n->last_end, len, err)) < 0)
    return rc;
  return 0;
}

/* ---- stemming ---------------------------------------------------------- */

static stem_cache *get_cache(voc_normalizer *n, const char *lang) {
  char code[16];
  if (lang && n->last_cache && strcmp(lang, n->last_lang) == 0)
    return n->last_cache; /* the same language as the last document */
  voc_lang_primary(lang, code, sizeof code);
  stem_cache *c = NULL;
  for (size_t i = 0; i < n->ncaches && !c; i++)
    if (strcmp(n->caches[i].lang, code) == 0)
      c = &n->caches[i];
  if (!c) {
    if (n->ncaches == MAXLANGS)
      return NULL;
    c = &n->caches[n->ncaches++];
    memset(c, 0, sizeof *c);
    memcpy(c->lang, code, sizeof code);
    voc_buf_init(&c->pool, 0);
    if (code[0])
      c->sb = sb_stemmer_new(code, "UTF_8");
  }
  if (lang && strlen(lang) < sizeof n->last_lang) {
    strcpy(n->last_lang, lang);
    n->last_cache = c;
  }
  return c;
}

/* Epochs of word ids, unique in the process. */
static uint32_t new_epoch(void) {
  static _Atomic uint32_t next = 1;
  uint32_t e = atomic_fetch_add(&next, 1);
  return e ? e : atomic_fetch_add(&next, 1);
}

static void cache_clear(stem_cache *c) {
  c->cleared = 1;
  if (c->slots)
    memset(c->slots, 0, c->nslots * sizeof *c->slots);
  c->nentries = 0;
  voc_buf_clear(&c->pool);
}

static int cache_rehash(stem_cache *c, uint32_t nslots) {
  uint64_t *s = calloc(nslots, sizeof *s);
  if (!s)
    return VOC_ENOMEM;
  for (uint32_t i = 0; i < c->nentries; i++) {
    uint32_t h = c->entries[i].hash, k = h & (nslots - 1);
    while (s[k])
      k = (k + 1) & (nslots - 1);
    s[k] = (uint64_t)h << 32 | (i + 1);
  }
  free(c->slots);
  c->slots = s;
  c->nslots = nslots;
  return 0;
}

/* Stem word[0..len) (key wk), which the cache does not hold, and add it;
 * *entry receives its index + 1. */
static int cache_add(stem_cache *c, const voc_wordkey *wk, const char *word,
                     size_t len, uint32_t *entry) {
  const sb_symbol *r = sb_stemmer_stem(c->sb, (const sb_symbol *)word, (int)len);
  if (!r)
    return VOC_ENOMEM;
  size_t rlen = (size_t)sb_stemmer_length(c->sb);
  /* Keep the cache bounded: clear it when full rather than grow forever. */
  if (c->pool.len + len + rlen + 2 > CACHE_MAX_POOL ||
      (c->nslots == CACHE_MAX_SLOTS &&
       (c->nentries + 1) * 10 > c->nslots * 7))
    cache_clear(c);
  if ((c->nentries + 1) * 10 > c->nslots * 7) {
    uint32_t ns = c->nslots ? c->nslots * 2 : CACHE_MIN_SLOTS;
    if (cache_rehash(c, ns) < 0)
      return VOC_ENOMEM;
  }
  if (c->nentries == c->capentries) {
    size_t cap = c->capentries;
    if (grow_array((void **)&c->entries, &cap, (size_t)c->nentries + 1,
                   sizeof *c->entries))
      return VOC_ENOMEM;
    c->capentries = (uint32_t)cap;
  }
  uint32_t h = wk->hash;
  stem_entry en = {wk->a, wk->b, (uint32_t)len, (uint32_t)c->pool.len, 0,
                   (uint32_t)rlen, rlen == len && memcmp(r, word, len) == 0,
                   h};
  if (voc_buf_put(&c->pool, word, len) < 0 || voc_buf_putc(&c->pool, 0) < 0)
    return VOC_ENOMEM;
  en.stem = (uint32_t)c->pool.len;
  if (voc_buf_put(&c->pool, r, rlen) < 0 || voc_buf_putc(&c->pool, 0) < 0)
    return VOC_ENOMEM;
  c->entries[c->nentries++] = en;
  uint32_t k = h & (c->nslots - 1);
  while (c->slots[k])
    k = (k + 1) & (c->nslots - 1);
  c->slots[k] = (uint64_t)h << 32 | c->nentries;
  *entry = c->nentries;
  return 0;
}

/* The stem of word[0..len) through the cache: *out points into the pool, or
 * is word itself when the stem is the word; valid until the next call.
 * *entry receives the cache entry's index + 1, or 0 when the word is not
 * cached. A hit is one probe sequence over the slots (hash inline) and one
 * entry (key inline). */
static inline int cache_stem(stem_cache *c, const char *word, size_t len,
                             const char **out, size_t *outlen,
                             uint32_t *entry) {
  *out = word;
  *outlen = len;
  *entry = 0;
  if (!c || !c->sb || len > VOC_NORM_MAX_STEM || len == 0)
    return 0;
  voc_wordkey wk;
  voc_wordkey_make(&wk, word, len);
  uint32_t h = wk.hash, e = 0;
  for (uint32_t k = h & (c->nslots - 1); c->nslots && c->slots[k];
       k = (k + 1) & (c->nslots - 1)) {
    uint64_t sl = c->slots[k];
    if ((uint32_t)(sl >> 32) != h)
      continue;
    const stem_entry *en = &c->entries[(uint32_t)sl - 1];
    if (en->klen == len && en->a == wk.a && en->b == wk.b &&
        (len <= 16 ||
         memcmp(c->pool.data + en->key + 16, word + 16, len - 16) == 0)) {
      e = (uint32_t)sl;
      break;
    }
  }
  if (!e && cache_add(c, &wk, word, len, &e) < 0)
    return VOC_ENOMEM;
  const stem_entry *en = &c->entries[e - 1];
  if (!en->same) {
    *out = c->pool.data + en->stem;
    *outlen = en->slen;
  }
  *entry = e;
  return 0;
}

const char *voc_normalizer_stem(voc_normalizer *n, const char *lang,
                                const char *word, size_t len) {
  const char *out;
  size_t olen;
  uint32_t entry;
  stem_cache *c = get_cache(n, lang);
  if (cache_stem(c, word, len, &out, &olen, &entry) < 0 || out == word) {
    /* a NUL-terminated copy of the word itself */
    voc_buf_clear(&n->scratch);
    if (voc_buf_put(&n->scratch, word, len) < 0)
      return "";
    return n->scratch.data;
  }
  return out;
}

/* Stem every word token of the current document in language lang; each
 * gets its word id: cache number in the top 8 bits, entry + 1 below. */
static int stem_tokens(voc_normalizer *n, const char *lang, voc_error *err) {
  stem_cache *c = get_cache(n, lang);
  uint32_t cid = c ? (uint32_t)(c - n->caches) << 24 : 0;
  for (size_t i = 0; i < n->ntok; i++) {
    voc_token *t = &n->tok[i];
    if (t->kind != VOC_TOK_WORD)
      continue;
    const char *f = n->arena.data + t->fold;
    size_t flen = n->flen[i];
    const char *s;
    size_t slen;
    uint32_t entry = 0;
    if (flen == 3 && memcmp(f, "n't", 3) == 0) {
      s = "not";
      slen = 3;
    } else if (cache_stem(c, f, flen, &s, &slen, &entry) < 0) {
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    }
    if (entry && entry < (1u << 24))
      t->word = cid | entry;
    if (s == f)
      continue; /* stem = fold */
    voc_buf *a = &n->arena;
    if (a->len + slen + 2 > a->cap && voc_buf_grow(a, slen + 1) < 0)
      return voc_error_set(err, VOC_ENOMEM, "out of memory");
    t->stem = (uint32_t)a->len;
    memcpy(a->data + a->len, s, slen);
    a->data[a->len + slen] = '\0';
    a->len += slen + 1;
  }
  if (c && c->cleared) {
    /* the cache was cleared (full): earlier ids of this document and of
     * other documents no longer name the same words */
    c->cleared = 0;
    n->epoch = new_epoch();
    for (size_t i = 0; i < n->ntok; i++)
      n->tok[i].word = 0;
  }
  return 0;
}

/* ---- documents --------------------------------------------------------- */

static void reset_doc(voc_normalizer *n, const char *text, size_t len) {
  n->text = text;
  n->len = len;
  n->ntok = 0;
  n->nsent = 0;
  voc_buf_clear(&n->arena);
  n->last_end = 0;
}

static void choose_lang(voc_normalizer *n, const char *lang) {
  if (!lang || !*lang) {
    voc_langid_reset(n->langid);
    size_t seen = 0; /* the first VOC_NORM_DETECT_WORDS words decide */
    for (size_t i = 0; i < n->ntok && seen < VOC_NORM_DETECT_WORDS; i++)
      if (n->tok[i].kind == VOC_TOK_WORD) {
        seen++;
        const char *f = n->arena.data + n->tok[i].fold;
        voc_langid_add(n->langid, f, n->flen[i]);
      }
    lang = voc_langid_result(n->langid);
  }
  size_t l = strlen(lang);
  if (l >= sizeof n->doc.lang)
    l = sizeof n->doc.lang - 1;
  memcpy(n->doc.lang, lang, l);
  n->doc.lang[l] = '\0';
}

/* Give each token the index of the sentence holding its start. */
static void finish_doc(voc_normalizer *n) {
  size_t s = 0;
  for (size_t i = 0; i < n->ntok; i++) {
    voc_token *t = &n->tok[i];
    while (s + 1 < n->nsent && n->sent[s + 1].start <= t->start)
      s++;
    t->sentence = (uint16_t)(s > 65535 ? 65535 : s);
  }
  n->doc.text = n->text;
  n->doc.len = n->len;
  n->doc.tokens = n->tok;
  n->doc.ntokens = n->ntok;
  n->doc.sentences = n->sent;
  n->doc.nsentences = n->nsent;
  n->doc.stems = n->arena.data ? n->arena.data : "";
  n->doc.epoch = n->epoch;
}

int voc_normalize(voc_normalizer *n, const char *text, size_t len,
                  const char *lang, const voc_doc **doc, voc_error *err) {
  int rc;
  *doc = NULL;
  if (len > INT32_MAX)
    return voc_error_set(err, VOC_ETOOBIG, "text too long (%zu bytes)", len);
  reset_doc(n, text, len);
  if ((rc = segment(n, 1, 1, err)) < 0)
    return rc;
  choose_lang(n, lang);
  if ((rc = stem_tokens(n, n->doc.lang, err)) < 0)
    return rc;
  finish_doc(n);
  *doc = &n->doc;
  return 0;
}

/* ---- records ----------------------------------------------------------- */

static int json_offset(const cJSON *it, size_t max, size_t *out) {
  if (!cJSON_IsNumber(it) || it->valuedouble < 0 ||
      it->valuedouble > (double)max ||
      it->valuedouble != (double)(size_t)it->valuedouble)
    return -1;
  *out = (size_t)it->valuedouble;
  return 0;
}

static int on_boundary(const char *t, size_t len, size_t i) {
  return i >= len || ((unsigned char)t[i] & 0xC0) != 0x80;
}

/* voc_norm_from_record once raw fields are parsed. */
static int from_items(voc_normalizer *n, const char *lang, const char *text,
                      const cJSON *toks, const cJSON *sents, voc_error *err) {
  int rc;
  if (!cJSON_IsArray(toks))
    return voc_error_set(err, VOC_EPARSE, "tokens is not an array");
  size_t len = strlen(text);
  if (len > INT32_MAX)
    return voc_error_set(err, VOC_ETOOBIG, "text too long (%zu bytes)", len);
  reset_doc(n, text, len);
  size_t k = 0;
  cJSON *it;
  cJSON_ArrayForEach(it, toks) {
    size_t s, e;
    cJSON *js = cJSON_GetArrayItem(it, 0), *je = cJSON_GetArrayItem(it, 1),
          *jt = cJSON_GetArrayItem(it, 2);
    if (!cJSON_IsArray(it) || cJSON_GetArraySize(it) != 3 ||
        json_offset(js, len, &s) < 0 || json_offset(je, len, &e) < 0 ||
        !cJSON_IsString(jt) || s >= e || s < n->last_end ||
        !on_boundary(text, len, s) || !on_boundary(text, len, e))
      return voc_error_set(err, VOC_EPARSE,
                           "tokens[%zu]: not [start, end, \"stem\"] in order "
                           "inside the text",
                           k);
    if ((rc = emit_gap(n, n->last_end, s, err)) < 0)
      return rc;
    n->last_end = e;
    uint32_t f;
    int kind = seg_kind(text, s, e);
    if ((rc = fold_append(n, text, s, e, &f, err)) < 0 ||
        (rc = push_token(n, s, e, kind ? kind : VOC_TOK_WORD, f, err)) < 0)
      return rc;
    const char *stem = jt->valuestring;
    if (strcmp(stem, n->arena.data + f) != 0) {
      n->tok[n->ntok - 1].stem = (uint32_t)n->arena.len;
      if (voc_buf_puts(&n->arena, stem) < 0 || voc_buf_putc(&n->arena, 0) < 0)
        return voc_error_set(err, VOC_ENOMEM, "out of memory");
    }
    k++;
  }
  if ((rc = emit_gap(n, n->last_end, len, err)) < 0)
    return rc;
  if (cJSON_IsArray(sents)) {
    size_t prev = 0;
    k = 0;
    cJSON_ArrayForEach(it, sents) {
      size_t s, e;
      if (!cJSON_IsArray(it) || cJSON_GetArraySize(it) != 2 ||
          json_offset(cJSON_GetArrayItem(it, 0), len, &s) < 0 ||
          json_offset(cJSON_GetArrayItem(it, 1), len, &e) < 0 || s >= e ||
          s < prev || !on_boundary(text, len, s) || !on_boundary(text, len, e))
        return voc_error_set(err, VOC_EPARSE,
                             "sentences[%zu]: not [start, end] in order "
                             "inside the text",
                             k);
      if (grow_array((void **)&n->sent, &n->capsent, n->nsent + 1,
                     sizeof *n->sent))
        return voc_error_set(err, VOC_ENOMEM, "out of memory");
      n->sent[n->nsent].start = (uint32_t)s;
      n->sent[n->nsent].end = (uint32_t)e;
      n->nsent++;
      prev = e;
      k++;
    }
  } else if ((rc = segment(n, 0, 1, err)) < 0) {
    return rc;
  }
  choose_lang(n, lang);
  finish_doc(n);
  return 0;
}

int voc_norm_from_items(voc_normalizer *n, const char *text, const char *lang,
                        const cJSON *tokens, const cJSON *sentences,
                        const voc_doc **doc, voc_error *err) {
  *doc = NULL;
  int rc = from_items(n, lang, text, tokens, sentences, err);
  if (rc == 0)
    *doc = &n->doc;
  return rc;
}

int voc_norm_from_record(voc_normalizer *n, const voc_record *rec,
                         const voc_doc **doc, voc_error *err) {
  *doc = NULL;
  const char *text = voc_record_str(rec, "text");
  if (!text)
    return voc_error_set(err, VOC_EPARSE, "record has no text");
  cJSON *toks = voc_record_get(rec, "tokens");
  cJSON *sents = voc_record_get(rec, "sentences");
  if (!toks || cJSON_IsNull(toks))
    return voc_error_set(err, VOC_ENOTFOUND, "record has no tokens");
  /* voc_norm_annotate stores raw JSON; parse it back when read in-process */
  cJSON *ptoks = NULL, *psents = NULL;
  if (cJSON_IsRaw(toks) && !(toks = ptoks = cJSON_Parse(toks->valuestring)))
    return voc_error_set(err, VOC_EPARSE, "tokens: malformed JSON");
  if (cJSON_IsRaw(sents) && !(sents = psents = cJSON_Parse(sents->valuestring))) {
    cJSON_Delete(ptoks);
    return voc_error_set(err, VOC_EPARSE, "sentences: malformed JSON");
  }
  int rc = from_items(n, voc_record_str(rec, "lang"), text, toks, sents, err);
  cJSON_Delete(ptoks);
  cJSON_Delete(psents);
  if (rc == 0)
    *doc = &n->doc;
  return rc;
}

/* Append "[start,end" and, when more, a comma. */
static int put_span(voc_buf *b, uint32_t s, uint32_t e, int more) {
  char tmp[32];
  char *p = tmp + sizeof tmp;
  if (more)
    *--p = ',';
  do
    *--p = (char)('0' + e % 10);
  while (e /= 10);
  *--p = ',';
  do
    *--p = (char)('0' + s % 10);
  while (s /= 10);
  *--p = '[';
  return voc_buf_put(b, p, (size_t)(tmp + sizeof tmp - p));
}

/* Append s (valid UTF-8) as a JSON string. */
static int put_jstring(voc_buf *b, const char *s) {
  int rc = voc_buf_putc(b, '"');
  for (; rc == 0 && *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      rc = voc_buf_putc(b, '\\') < 0 ? VOC_ENOMEM : voc_buf_putc(b, (char)c);
    else if (c < 0x20)
      rc = voc_buf_printf(b, "\\u%04x", c);
    else
      rc = voc_buf_putc(b, (char)c);
  }
  return rc < 0 ? rc : voc_buf_putc(b, '"');
}

int voc_norm_annotate(voc_normalizer *n, voc_record *rec,
                      const char *default_lang, voc_error *err) {
  const char *text = voc_record_str(rec, "text");
  if (!text)
    return voc_error_set(err, VOC_EPARSE, "record has no text");
  const char *lang = voc_record_str(rec, "lang");
  int have_lang = lang && *lang;
  if (!have_lang)
    lang = default_lang;
  const voc_doc *d;
  int rc = voc_normalize(n, text, strlen(text), lang, &d, err);
  if (rc < 0)
    return rc;
  if (!have_lang && voc_record_set_str(rec, "lang", d->lang) < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  /* The fields are written as raw JSON: cJSON would print each offset
   * through printf("%1.15g") and check it with sscanf, which cost more than
   * the whole analysis. */
  voc_buf *j = &n->json;
  voc_buf_clear(j);
  rc = voc_buf_putc(j, '[');
  for (size_t i = 0; rc == 0 && i < d->ntokens; i++) {
    const voc_token *t = &d->tokens[i];
    if (t->kind != VOC_TOK_WORD && t->kind != VOC_TOK_NUMBER)
      continue;
    if ((j->len > 1 && (rc = voc_buf_putc(j, ',')) < 0) ||
        (rc = put_span(j, t->start, t->end, 1)) < 0 ||
        (rc = put_jstring(j, d->stems + t->stem)) < 0)
      break;
    rc = voc_buf_putc(j, ']');
  }
  if (rc < 0 || (rc = voc_buf_putc(j, ']')) < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  if ((rc = voc_record_set_item(rec, "tokens", cJSON_CreateRaw(j->data))) < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  voc_buf_clear(j);
  rc = voc_buf_putc(j, '[');
  for (size_t i = 0; rc == 0 && i < d->nsentences; i++)
    if ((i == 0 || (rc = voc_buf_putc(j, ',')) == 0) &&
        (rc = put_span(j, d->sentences[i].start, d->sentences[i].end, 0)) == 0)
      rc = voc_buf_putc(j, ']');
  if (rc < 0 || (rc = voc_buf_putc(j, ']')) < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  if ((rc = voc_record_set_item(rec, "sentences", cJSON_CreateRaw(j->data))) < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  return 0;
}

/* ---- lifetime ---------------------------------------------------------- */

int voc_normalizer_new(voc_normalizer **out, voc_error *err) {
  static const UText ut_init = UTEXT_INITIALIZER;
  UErrorCode st = U_ZERO_ERROR;
  *out = NULL;
  voc_normalizer *n = calloc(1, sizeof *n);
  if (!n)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  n->ut = ut_init;
  n->fast = 1;
  n->epoch = new_epoch();
  voc_buf_init(&n->arena, 0);
  voc_buf_init(&n->scratch, 0);
  voc_buf_init(&n->json, 0);
  n->cf = unorm2_getNFKCCasefoldInstance(&st);
  if (U_SUCCESS(st))
    n->wb = ubrk_open(UBRK_WORD, "", NULL, 0, &st);
  if (U_SUCCESS(st))
    n->sb = ubrk_open(UBRK_SENTENCE, "", NULL, 0, &st);
  if (U_FAILURE(st)) {
    voc_error_set(err, VOC_EINTERNAL, "ICU: %s", u_errorName(st));
    voc_normalizer_free(n);
    return VOC_EINTERNAL;
  }
  int rc = voc_langid_new(&n->langid, err);
  if (rc < 0) {
    voc_normalizer_free(n);
    return rc;
  }
  for (int c = 0; c < 0x180; c++) {
    if (c < 128)
      n->gapcls[c] = (uint8_t)gap_kind(c);
    n->ctab[c] = simple_class(c);
  }
  for (int c = 0; c < 128; c++) {
    int w = WCL(n->ctab[c]), sc = SCL(n->ctab[c]);
    n->wgap[c] = w != W_LET && w != W_NUM && w != W_ENL && w != W_ALNUM1 &&
                 n->ctab[c] != CLS_NONE;
    if (w == W_LET || w == W_NUM || w == W_ENL)
      n->wrun[c] = (uint8_t)(WR_RUN |
                             ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'
                                  ? WR_LETTER
                                  : 0) |
                             (c >= '0' && c <= '9' ? WR_DIGIT : 0));
    n->srun[c] = sc != S_ATERM && sc != S_STERM && sc != S_CR && sc != S_LF;
  }
  n->sstop5 = 1;
  for (int c = 0; c < 128; c++)
    if (!n->srun[c] != (c == '.' || c == '!' || c == '?' || c == '\r' ||
                        c == '\n'))
      n->sstop5 = 0;
  for (int c = 0; c < CTAB2_N; c++)
    n->ctab2[c] = simple_class(0x2000 + c);
  for (int c = 0; c < CTAB3_N; c++)
    n->ctab3[c] = simple_class(0x1F000 + c);
  *out = n;
  return 0;
}

void voc_normalizer_free(voc_normalizer *n) {
  if (!n)
    return;
  if (n->wb)
    ubrk_close(n->wb);
  if (n->sb)
    ubrk_close(n->sb);
  utext_close(&n->ut);
  free(n->u1);
  free(n->u2);
  free(n->tok);
  free(n->flen);
  free(n->sent);
  voc_buf_dispose(&n->arena);
  voc_buf_dispose(&n->scratch);
  voc_buf_dispose(&n->json);
  for (size_t i = 0; i < n->ncaches; i++) {
    stem_cache *c = &n->caches[i];
    if (c->sb)
      sb_stemmer_delete(c->sb);
    free(c->slots);
    free(c->entries);
    voc_buf_dispose(&c->pool);
  }
  voc_langid_free(n->langid);
  free(n);
}

void voc_normalizer_set_fastpath(voc_normalizer *n, int on) { n->fast = on; }
