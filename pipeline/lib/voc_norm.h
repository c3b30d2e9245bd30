/* voc_norm.h: text normalization (ICU) and stemming (Snowball).
 *
 * CONTRACT (owned by the normalizer work; the tagger and voc-norm use it):
 * one voc_normalizer per thread, reused for every record; it owns its ICU
 * break iterators, its stemmers (one per language, created on first use)
 * and a token/sentence arena that each call reuses, so the hot loop does no
 * per-token malloc. */
#ifndef VOC_NORM_H
#define VOC_NORM_H

#include <stddef.h>
#include <stdint.h>

#include "voc_buf.h"
#include "voc_error.h"

typedef struct voc_normalizer voc_normalizer;

typedef struct voc_token {
  uint32_t start, end; /* byte offsets into the text */
  uint32_t stem;       /* offset of the NUL-terminated stem in voc_doc.stems */
  uint32_t fold;       /* offset of the NUL-terminated folded (NFKC casefold)
                          surface form in voc_doc.stems, for exact/prefix */
  uint16_t sentence;   /* index into sentences (saturates at 65535) */
  uint8_t kind;        /* VOC_TOK_WORD, VOC_TOK_NUMBER, VOC_TOK_PUNCT, ... */
  uint8_t flags;       /* reserved */
} voc_token;

enum { VOC_TOK_WORD = 1, VOC_TOK_NUMBER = 2, VOC_TOK_PUNCT = 3, VOC_TOK_OTHER = 4 };

typedef struct voc_span {
  uint32_t start, end; /* byte offsets into the text */
} voc_span;

/* The analysis of one text. Storage is owned by the normalizer and valid
 * until its next call. */
typedef struct voc_doc {
  const char *text;    /* the analysed text (borrowed from the caller) */
  size_t len;
  char lang[16];       /* the language used ("en", "de", ...) */
  voc_token *tokens;   /* in text order; words, numbers and punctuation
                          (punctuation tokens let the tagger see clause ends;
                          voc-norm writes words and numbers only) */
  size_t ntokens;
  voc_span *sentences;
  size_t nsentences;
  const char *stems;   /* arena of NUL-terminated strings */
} voc_doc;

int voc_normalizer_new(voc_normalizer **out, voc_error *err);
void voc_normalizer_free(voc_normalizer *n);

/* Analyse text[0..len) (valid UTF-8). lang: a BCP 47 code, or NULL/"" to
 * detect among the languages libstemmer ships. On success *doc points into
 * the normalizer. */
int voc_normalize(voc_normalizer *n, const char *text, size_t len,
                  const char *lang, const voc_doc **doc, voc_error *err);

/* Stem one already-folded word in a language (for lexicon terms); the
 * result is valid until the next call. */
const char *voc_normalizer_stem(voc_normalizer *n, const char *lang,
                                const char *word, size_t len);

#endif
