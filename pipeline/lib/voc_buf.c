/* voc_buf.c: growable byte buffers with a hard cap. */
#include "voc_buf.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static size_t cap_of(const voc_buf *b) { return b->max ? b->max : VOC_RECORD_MAX; }

void voc_buf_init(voc_buf *b, size_t max) {
  b->data = NULL;
  b->len = b->cap = 0;
  b->max = max;
}

int voc_buf_grow(voc_buf *b, size_t extra) {
  size_t max = cap_of(b);
  if (extra > max || b->len > max - extra)
    return VOC_ETOOBIG;
  size_t need = b->len + extra + 1; /* + NUL */
  if (need <= b->cap)
    return 0;
  /* Grow by half again, at least 256 bytes, never past the cap (+ NUL). */
  size_t cap = b->cap < 256 ? 256 : b->cap + b->cap / 2;
  if (cap < need)
    cap = need;
  if (cap > max + 1)
    cap = max + 1;
  char *p = realloc(b->data, cap);
  if (!p)
    return VOC_ENOMEM;
  b->data = p;
  b->cap = cap;
  b->data[b->len] = '\0'; /* data is a string from the first growth on */
  return 0;
}

int voc_buf_put(voc_buf *b, const void *p, size_t n) {
  int rc = voc_buf_grow(b, n);
  if (rc < 0)
    return rc;
  if (n)
    memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

int voc_buf_puts(voc_buf *b, const char *s) { return voc_buf_put(b, s, strlen(s)); }

int voc_buf_putc(voc_buf *b, int c) {
  char ch = (char)c;
  return voc_buf_put(b, &ch, 1);
}

int voc_buf_vprintf(voc_buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap2);
  va_end(ap2);
  if (n < 0)
    return VOC_EINTERNAL;
  if ((size_t)n < sizeof small)
    return voc_buf_put(b, small, (size_t)n);
  int rc = voc_buf_grow(b, (size_t)n);
  if (rc < 0)
    return rc;
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
  return 0;
}

int voc_buf_printf(voc_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int rc = voc_buf_vprintf(b, fmt, ap);
  va_end(ap);
  return rc;
}

void voc_buf_clear(voc_buf *b) {
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
}

void voc_buf_truncate(voc_buf *b, size_t n) {
  if (n < b->len) {
    b->len = n;
    b->data[n] = '\0';
  }
}

void voc_buf_dispose(voc_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

char *voc_buf_detach(voc_buf *b, size_t *len) {
  if (!b->data && voc_buf_grow(b, 0) < 0)
    return NULL;
  char *p = b->data;
  if (len)
    *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return p;
}

int voc_buf_getline(voc_buf *b, FILE *f, voc_error *err) {
  voc_buf_clear(b);
  int toobig = 0, any = 0;
  /* getc_unlocked in a loop is fast enough and keeps the cap exact; the
   * stdio buffer does the real I/O in large blocks. */
  for (;;) {
    int c = getc_unlocked(f);
    if (c == EOF) {
      if (ferror(f)) {
        if (err)
          err->sys_errno = errno;
        return voc_error_set(err, VOC_EIO, "read error: %s", strerror(errno));
      }
      break;
    }
    any = 1;
    if (c == '\n')
      break;
    if (toobig)
      continue;
    if (b->len + 1 >= b->cap) {
      int rc = voc_buf_grow(b, 1);
      if (rc == VOC_ETOOBIG) {
        toobig = 1;
        continue;
      }
      if (rc < 0)
        return voc_error_set(err, rc, "%s", voc_strerror(rc));
    }
    b->data[b->len++] = (char)c;
  }
  if (b->data)
    b->data[b->len] = '\0';
  if (!any)
    return 0;
  if (b->len && b->data[b->len - 1] == '\r')
    voc_buf_truncate(b, b->len - 1);
  if (toobig)
    return voc_error_set(err, VOC_ETOOBIG, "line longer than %zu bytes",
                         cap_of(b));
  return 1;
}

int voc_buf_slurp(voc_buf *b, FILE *f, voc_error *err) {
  voc_buf_clear(b);
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    int rc = voc_buf_put(b, chunk, n);
    if (rc < 0)
      return voc_error_set(err, rc, "%s", voc_strerror(rc));
  }
  if (ferror(f)) {
    if (err)
      err->sys_errno = errno;
    return voc_error_set(err, VOC_EIO, "read error: %s", strerror(errno));
  }
  if (voc_buf_grow(b, 0) < 0)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  return 0;
}
