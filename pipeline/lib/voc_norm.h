/* voc_norm.h: text normalization (ICU) and stemming (Snowball).
 *
 * CONTRACT (owned by the normalizer work; the tagger and voc-norm use it):
 * one voc_normalizer per thread, reused for every record; it owns its ICU
 * break iterators, its stemmers (one per language, created on first use)
 * and a token/sentence arena that each call reuses, so the hot loop does no
 * per-token malloc.
 *
 * TOKENS. Words and numbers are the segments of the ICU word break iterator
 * (root locale) that hold a letter or a digit (general category L* or N*);
 * a segment is VOC_TOK_WORD when it holds a letter, else VOC_TOK_NUMBER.
 * Every other code point outside those segments becomes its own token:
 * punctuation (P*: , ; : . ! ? - – — ' " ( ) ...) is VOC_TOK_PUNCT, symbols
 * and emoji (S*, ...) are VOC_TOK_OTHER; spaces, controls, format
 * characters and marks make no token.
 *
 * FOLD. fold = NFKC_Casefold of the token's own bytes, then the apostrophe
 * look-alikes U+2018, U+2019 and U+02BC become "'" ("Don’t" -> "don't").
 * For ASCII this is plain lowercasing.
 *
 * STEM. Snowball (libstemmer, UTF-8) of the fold, in the document's
 * language (primary subtag of doc.lang: "en-GB" uses "en"); a language
 * libstemmer does not know keeps the fold as stem, so do numbers,
 * punctuation and words longer than VOC_NORM_MAX_STEM bytes.
 *
 * NEGATION RULE (for the tagger). A word whose fold ends in "n't" (after
 * apostrophe folding, so "doesn’t" too) is split in two tokens: the part
 * before "n't", and "n't" itself, whose stem is always "not":
 *   "doesn't" -> "does" [stem "doe"] + "n't" [stem "not"]
 *   "can't" -> "ca" + "n't";  "won't" -> "wo" + "n't"
 * "cannot" is split the same way: "can" + "not". So a negator test on
 * stem "not" covers not, n't and cannot. Lexicon terms analysed with
 * voc_normalize get the same split, so "can't afford" matches itself.
 *
 * ELISIONS. A leading c' d' j' l' m' n' s' t' or qu' (any apostrophe) is
 * its own token: "l’année" -> "l'" + "année", "qu'il" -> "qu'" + "il",
 * "n'est" -> "n'" + "est" (French, Italian, Catalan elisions).
 *
 * SENTENCES. ICU sentence break (root locale, no abbreviation list), each
 * span trimmed of white space and controls at both ends; empty spans are
 * dropped. Every line end is a sentence end (Unicode rule SB4).
 *
 * FAST PATH. Lines (up to and including "\n") made only of ASCII, Latin-1,
 * Latin Extended-A, U+2000..U+27BF (punctuation, currency, arrows, math,
 * dingbats) and single emoji of U+1F000..U+1FAFF (no ZWJ, skin tone,
 * variation selector, flag, combining or format character) are segmented
 * by a hand-written implementation of the same Unicode word and sentence
 * rules, its classes taken from ICU's Word_Break/Sentence_Break
 * properties; runs of other lines go to ICU. Line ends are hard boundaries
 * in both rule sets, so the result is identical to running ICU over the
 * whole text (tests/unit/test_norm.c checks it on generated texts).
 *
 * LANGUAGE. Given by the caller, else detected (voc_lang.h) from the folds
 * of the first 64 words. */
#ifndef VOC_NORM_H
#define VOC_NORM_H

#include <stddef.h>
#include <stdint.h>

#include "voc_buf.h"
#include "voc_error.h"
#include "voc_record.h"

typedef struct voc_normalizer voc_normalizer;

typedef struct voc_token {
  uint32_t start, end; /* byte offsets into the text */
  uint32_t stem;       /* offset of the NUL-terminated stem in voc_doc.stems */
  uint32_t fold;       /* offset of the NUL-terminated folded (NFKC casefold)
                          surface form in voc_doc.stems, for exact/prefix */
  uint16_t sentence;   /* index into sentences (saturates at 65535) */
  uint8_t kind;        /* VOC_TOK_WORD, VOC_TOK_NUMBER, VOC_TOK_PUNCT, ... */
  uint8_t flags;       /* reserved */
  uint32_t word;       /* the word's entry in the normalizer's stem cache:
                          tokens with the same nonzero word in documents
                          with the same epoch have the same fold and stem,
                          so a caller can resolve a word once (the tagger
                          looks up its lexicon ids so). 0: none (numbers,
                          "n't", words not stemmed, tokens from a record) */
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
  uint32_t epoch;      /* see voc_token.word: changes when a stem cache is
                          cleared; unique across normalizers */
} voc_doc;

int voc_normalizer_new(voc_normalizer **out, voc_error *err);
void voc_normalizer_free(voc_normalizer *n);

/* Analyse text[0..len) (valid UTF-8). lang: a BCP 47 code, or NULL/"" to
 * detect among the languages libstemmer ships. On success *doc points into
 * the normalizer. */
int voc_normalize(voc_normalizer *n, const char *text, size_t len,
                  const char *lang, const voc_doc **doc, voc_error *err);

/* Stem one already-folded word in a language (for lexicon terms); the
 * result is valid until the next call. lang may also be a libstemmer
 * algorithm name ("english", "porter"). Never NULL: when the language has
 * no stemmer, or on allocation failure, the word itself is returned. */
const char *voc_normalizer_stem(voc_normalizer *n, const char *lang,
                                const char *word, size_t len);

/* Words longer than this (bytes) are not stemmed (stem = fold). */
#define VOC_NORM_MAX_STEM 64

/* Analyse rec's "text" and set its fields "lang" (only when the record has
 * no non-empty string lang: then the language used is default_lang, or the
 * detected one when default_lang is NULL or ""), "tokens" ([[start, end,
 * "stem"], ...], words and numbers only) and "sentences" ([[start, end],
 * ...]), replacing existing tokens and sentences. A record without a
 * string "text" is VOC_EPARSE ("record has no text"). tokens and sentences
 * are stored as raw JSON items (cJSON_IsRaw: printed verbatim, much faster
 * than number items); voc_norm_from_record reads them either way. */
int voc_norm_annotate(voc_normalizer *n, voc_record *rec,
                      const char *default_lang, voc_error *err);

/* Rebuild the analysis of a record that carries "tokens" (as written by
 * voc_norm_annotate) without segmenting or stemming again: offsets and stems
 * come from the record, folds are recomputed from the text, punctuation and
 * other tokens are recovered from the gaps between tokens, sentences come
 * from "sentences" (segmented again when absent). Language: the record's
 * lang, else detected from the folds (records written by voc-norm always
 * carry lang). The result equals voc_normalize
 * on the same text and language, token by token.
 * VOC_ENOTFOUND when the record has no "tokens" (normalize it instead);
 * VOC_EPARSE when text is missing or tokens/sentences are malformed (not
 * [start, end] pairs inside the text, in order, on UTF-8 boundaries). */
int voc_norm_from_record(voc_normalizer *n, const voc_record *rec,
                         const voc_doc **doc, voc_error *err);

/* voc_norm_from_record on fields read without a record tree (voc-tag):
 * text (NUL-terminated), lang (the record's "lang" when it is a string,
 * else NULL), tokens (not NULL; the record's non-null "tokens") and
 * sentences (the record's "sentences", or NULL). Same result and errors. */
int voc_norm_from_items(voc_normalizer *n, const char *text, const char *lang,
                        const cJSON *tokens, const cJSON *sentences,
                        const voc_doc **doc, voc_error *err);

/* Tests only: false makes voc_normalize use ICU for the whole text (no
 * ASCII fast path). Default true. */
void voc_normalizer_set_fastpath(voc_normalizer *n, int on);

#endif
