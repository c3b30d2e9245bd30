/* voc_utf8.h: UTF-8 validation and repair. */
#ifndef VOC_UTF8_H
#define VOC_UTF8_H

#include <stdbool.h>
#include <stddef.h>

#include "voc_buf.h"

/* True when s[0..n) is well-formed UTF-8 (no overlongs, no surrogates,
 * nothing above U+10FFFF). NUL bytes are valid UTF-8. */
bool voc_utf8_valid(const char *s, size_t n);

/* Append s[0..n) to out with every ill-formed sequence replaced by U+FFFD
 * (one per maximal ill-formed subpart, as ICU and the Unicode standard
 * recommend). Returns the number of replacements made (>= 0) or a negative
 * VOC_E* code. */
long voc_utf8_repair(voc_buf *out, const char *s, size_t n);

/* Decode the code point at s[*i] (s valid UTF-8, *i < n) and advance *i. */
unsigned voc_utf8_next(const char *s, size_t n, size_t *i);

/* Append code point cp as UTF-8. */
int voc_utf8_put(voc_buf *out, unsigned cp);

#endif
