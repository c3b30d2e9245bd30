/* voc_buf.h: growable byte buffers with a hard cap.
 *
 * A buffer grows in place and never beyond `max` bytes, so a 2 GB line
 * becomes VOC_ETOOBIG instead of an out-of-memory crash. data is always
 * NUL-terminated when non-NULL (the NUL is not counted in len). */
#ifndef VOC_BUF_H
#define VOC_BUF_H

#include <stdarg.h>
#include <stdio.h>

#include "voc_error.h"

/* Default cap for one record or line: 256 MiB. */
#define VOC_RECORD_MAX ((size_t)256 << 20)

typedef struct voc_buf {
  char *data; /* owned; NULL until first growth */
  size_t len; /* bytes in use, excluding the terminating NUL */
  size_t cap; /* bytes allocated */
  size_t max; /* hard cap on len; 0 means VOC_RECORD_MAX */
} voc_buf;

#define VOC_BUF_INIT(max)                                                      \
  { NULL, 0, 0, (max) }

void voc_buf_init(voc_buf *b, size_t max);
/* Make room for `extra` more bytes (plus NUL). VOC_ENOMEM or VOC_ETOOBIG. */
int voc_buf_grow(voc_buf *b, size_t extra);
int voc_buf_put(voc_buf *b, const void *p, size_t n);
int voc_buf_puts(voc_buf *b, const char *s);
int voc_buf_putc(voc_buf *b, int c);
int voc_buf_printf(voc_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
int voc_buf_vprintf(voc_buf *b, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 0)))
#endif
    ;
/* Set len to 0, keep the memory. */
void voc_buf_clear(voc_buf *b);
/* Set len to n (n <= len). */
void voc_buf_truncate(voc_buf *b, size_t n);
/* Free the memory; the buffer can be reused after voc_buf_init. */
void voc_buf_dispose(voc_buf *b);
/* Hand the data to the caller (malloc'd, NUL-terminated, never NULL on
 * success) and reset the buffer. NULL on allocation failure. */
char *voc_buf_detach(voc_buf *b, size_t *len);

/* Read one line from f into b (replacing its contents), without the "\n"
 * and without a "\r" before it. Returns 1 when a line was read, 0 at end of
 * input, VOC_EIO on a read error, VOC_ETOOBIG when the line exceeds b->max:
 * then the rest of that line is consumed and skipped, b holds its first
 * b->max bytes, and the next call continues with the following line. */
int voc_buf_getline(voc_buf *b, FILE *f, voc_error *err);

/* Read all of f into b (replacing its contents). VOC_ETOOBIG past b->max. */
int voc_buf_slurp(voc_buf *b, FILE *f, voc_error *err);

#endif
