/* voc_lang.h: language detection among the languages libstemmer ships.
 *
 * Method (documented in docs/norm.md with its measured accuracy):
 *  1. Script: a word whose first letter is Cyrillic, Greek, Arabic,
 *     Armenian, Devanagari or Tamil votes for ru, el, ar, hy, hi or ta.
 *     When such votes outnumber Latin-script words, the most voted script
 *     language wins.
 *  2. Otherwise stop-word profiles: each folded word found in a language's
 *     short list of function words ("the", "und", "les", "pero", ...) adds
 *     one point to that language. The best language wins when it has at
 *     least 2 points and strictly more than every other; ties and weak
 *     evidence give "en".
 * Texts with fewer than 3 words are "en".
 *
 * The detector is a small accumulator: reset it, add the folded (NFKC
 * casefold) form of every word of the text, then ask for the result. */
#ifndef VOC_LANG_H
#define VOC_LANG_H

#include <stddef.h>

#include "voc_error.h"

typedef struct voc_langid voc_langid;

/* A new detector. On success *out belongs to the caller (voc_langid_free). */
int voc_langid_new(voc_langid **out, voc_error *err);
void voc_langid_free(voc_langid *id);

/* Forget everything added so far. */
void voc_langid_reset(voc_langid *id);
/* Count one folded word (UTF-8, need not be NUL-terminated). */
void voc_langid_add(voc_langid *id, const char *fold, size_t len);
/* The detected language: a static ISO 639-1 code ("en", "de", ...). */
const char *voc_langid_result(const voc_langid *id);

/* Write the primary language subtag of a BCP 47 tag, lowercased, to
 * dst (at most dstlen-1 bytes): "en-US" -> "en", "pt_BR" -> "pt". An empty
 * or NULL tag gives "". Returns dst. */
char *voc_lang_primary(const char *tag, char *dst, size_t dstlen);

#endif
