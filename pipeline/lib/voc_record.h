/* voc_record.h: the record stream between stages (JSON Lines on cJSON).
 *
 * A record is a cJSON object. Field order and unknown fields are kept, so a
 * stage replaces only the fields it owns and passes the rest through. */
#ifndef VOC_RECORD_H
#define VOC_RECORD_H

#include <stdbool.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "voc_buf.h"
#include "voc_error.h"

typedef cJSON voc_record;

/* Parse one JSON Lines line (need not be NUL-terminated). Invalid UTF-8 in
 * the line is repaired to U+FFFD first; *repaired (may be NULL) receives the
 * number of replacements. The line must hold one JSON object. On success
 * *out belongs to the caller (voc_record_free). On failure VOC_EPARSE with a
 * message saying what is wrong (err->col set to the offending byte). */
int voc_record_parse(voc_record **out, const char *line, size_t len,
                     long *repaired, voc_error *err);

/* A new empty record, or NULL when out of memory. */
voc_record *voc_record_new(void);
void voc_record_free(voc_record *rec);

/* The string value of field, or NULL when absent, null or not a string. */
const char *voc_record_str(const voc_record *rec, const char *field);
/* The field's item, or NULL (borrowed). */
cJSON *voc_record_get(const voc_record *rec, const char *field);

/* Set field to a string (NULL sets JSON null), replacing an existing value in
 * place so field order is kept; a new field is appended. */
int voc_record_set_str(voc_record *rec, const char *field, const char *value);
/* As voc_record_set_str with an explicit length (value need not be
 * NUL-terminated; it must not contain NUL bytes). */
int voc_record_set_strn(voc_record *rec, const char *field, const char *value,
                        size_t len);
int voc_record_set_number(voc_record *rec, const char *field, double value);
int voc_record_set_bool(voc_record *rec, const char *field, bool value);
/* Set field to item; the record takes ownership of item (also on failure). */
int voc_record_set_item(voc_record *rec, const char *field, cJSON *item);
/* Remove a field if present. */
void voc_record_remove(voc_record *rec, const char *field);

/* Serialise rec as one line (no trailing newline) into out (replacing it). */
int voc_record_format(const voc_record *rec, voc_buf *out);
/* Write rec as one line + "\n" to f. VOC_EIO on a write error. */
int voc_record_write(const voc_record *rec, FILE *f, voc_error *err);

/* Streaming reader over one input. */
typedef struct voc_reader {
  FILE *f;          /* borrowed input */
  const char *name; /* input name for messages ("-" shows as <stdin>) */
  long lineno;      /* line number of the last line returned */
  voc_buf line;     /* the last raw line, as read (for rejects) */
  long repaired;    /* invalid byte sequences repaired so far */
  unsigned long long bytes; /* bytes consumed so far */
  /* voc_reader_next_line reads blocks: blk[bpos..blen) is not read yet */
  char *blk;
  size_t bpos, blen;
} voc_reader;

void voc_reader_init(voc_reader *r, FILE *f, const char *name);
void voc_reader_dispose(voc_reader *r);
/* Read the next non-blank line and parse it. Returns 1 with *out set, 0 at
 * end of input, VOC_EPARSE/VOC_ETOOBIG for a bad line (err names
 * file:line; r->line holds the raw line; reading can go on), VOC_EIO for a
 * read error (reading should stop). It reads f in blocks (through
 * voc_reader_next_line): don't mix it with other reads of f. */
int voc_reader_next(voc_reader *r, voc_record **out, voc_error *err);
/* As voc_reader_next without parsing: returns 1 with the next non-blank
 * line in r->line (for voc_jline_scan), 0 at end of input, VOC_ETOOBIG for
 * a line longer than r->line.max (r->line holds its first r->line.max
 * bytes; reading can go on), VOC_EIO, VOC_ENOMEM. It reads f in blocks of
 * its own: don't mix it with other reads of f. */
int voc_reader_next_line(voc_reader *r, voc_error *err);

#endif
