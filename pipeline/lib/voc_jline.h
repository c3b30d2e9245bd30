/* voc_jline.h: one record line scanned in place, without a cJSON tree.
 *
 * For stages that own a few fields and pass the others through (voc-tag):
 * the line is checked once and its top-level members are kept as byte
 * spans, so a stage decodes only the values it reads and copies the bytes
 * of the others.
 *
 * What is accepted is exactly what voc_record_parse accepts, with the same
 * messages (file:line:col): the scanner takes strict JSON (RFC 8259 numbers,
 * strings without raw control characters or \u0000, keys without escapes,
 * at most 512 levels); any other line goes through voc_record_parse, which
 * rejects it as before or, when cJSON reads it, the scanner works on
 * cJSON's re-print of it (voc_record_format). Invalid UTF-8 is repaired to
 * U+FFFD first, as voc_record_parse does. Duplicate keys: the first one is
 * the field (as cJSON's lookups do); the others pass through. */
#ifndef VOC_JLINE_H
#define VOC_JLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "voc_buf.h"
#include "voc_error.h"

/* One top-level member: byte offsets into voc_jline.text. The key span is
 * inside its quotes; the value span is the whole JSON value. */
typedef struct voc_jfield {
  size_t key, klen;
  size_t val, vlen;
  bool kesc; /* the key holds escapes (never equal to a plain name) */
} voc_jfield;

typedef struct voc_jline {
  const char *text; /* the scanned line (the input, or a copy below) */
  size_t len;
  size_t start, end; /* the object: text[start] '{' .. text[end - 1] '}' */
  voc_jfield *fields;
  size_t nfields, cap;
  long repaired;  /* invalid UTF-8 sequences repaired in this line */
  bool reprinted; /* text is cJSON's re-print of a non-strict line */
  voc_buf fixed;  /* owned: the repaired or re-printed line */
} voc_jline;

void voc_jline_init(voc_jline *j);
void voc_jline_dispose(voc_jline *j);

/* Scan line[0..len) (need not be NUL-terminated; it is borrowed: keep it
 * until the next call). On failure VOC_EPARSE with voc_record_parse's
 * message and err->col; err->line is kept. Reuses j's memory. */
int voc_jline_scan(voc_jline *j, const char *line, size_t len,
                   voc_error *err);

/* The first member named name (a plain key), or NULL. */
const voc_jfield *voc_jline_get(const voc_jline *j, const char *name);

/* The first byte of a value: '"' string, '{', '[', 'n' null, 't'/'f'
 * booleans, else a number. 0 for NULL. */
int voc_jline_type(const voc_jline *j, const voc_jfield *f);

/* Decode a string value into out (replacing its contents; NUL-terminated).
 * VOC_EINVAL when the value is not a string; VOC_ENOMEM, VOC_ETOOBIG. */
int voc_jline_str(const voc_jline *j, const voc_jfield *f, voc_buf *out);

/* Append s[0..n) as a JSON string, escaped as cJSON escapes it (", \,
 * \b \f \n \r \t, other control characters as \u00XX, the rest raw). */
int voc_json_put_string(voc_buf *out, const char *s, size_t n);

#endif
