/* voc_error.c: the caller-owned error record. */
#include "voc_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void voc_error_clear(voc_error *err) {
  if (err)
    memset(err, 0, sizeof *err);
}

int voc_error_set(voc_error *err, int code, const char *fmt, ...) {
  if (!err)
    return code;
  err->code = code;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->msg, sizeof err->msg, fmt, ap);
  va_end(ap);
  return code;
}

void voc_error_at(voc_error *err, const char *file, long line, long col) {
  if (!err)
    return;
  if (file)
    snprintf(err->file, sizeof err->file, "%s", file);
  err->line = line;
  err->col = col;
}

void voc_error_format(const voc_error *err, char *dst, size_t dstlen) {
  size_t n = 0;
  if (dstlen == 0)
    return;
  dst[0] = '\0';
  /* Each part is appended only when known; snprintf bounds every write. */
  if (err->file[0]) {
    n += (size_t)snprintf(dst, dstlen, "%s:", err->file);
    if (err->line > 0 && n < dstlen)
      n += (size_t)snprintf(dst + n, dstlen - n, "%ld:", err->line);
    if (err->line > 0 && err->col > 0 && n < dstlen)
      n += (size_t)snprintf(dst + n, dstlen - n, "%ld:", err->col);
    if (n < dstlen)
      n += (size_t)snprintf(dst + n, dstlen - n, " ");
  } else if (err->line > 0) {
    n += (size_t)snprintf(dst, dstlen, "line %ld: ", err->line);
  }
  if (n < dstlen)
    snprintf(dst + n, dstlen - n, "%s",
             err->msg[0] ? err->msg : voc_strerror(err->code));
}

int voc_error_exit_code(int code) {
  switch (code) {
  case VOC_OK:
    return 0;
  case VOC_EPARSE:
  case VOC_ETOOBIG:
    return 65;
  case VOC_EINVAL:
    return 64;
  case VOC_ENOINPUT:
  case VOC_ENOTFOUND:
    return 66;
  case VOC_EIO:
  case VOC_EDB:
    return 74;
  default:
    return 70;
  }
}

const char *voc_strerror(int code) {
  switch (code) {
  case VOC_OK:
    return "no error";
  case VOC_ENOMEM:
    return "out of memory";
  case VOC_EIO:
    return "input/output error";
  case VOC_EPARSE:
    return "malformed input";
  case VOC_ETOOBIG:
    return "input too large";
  case VOC_EINVAL:
    return "invalid argument";
  case VOC_ENOTFOUND:
    return "not found";
  case VOC_EDB:
    return "database error";
  case VOC_ENOINPUT:
    return "cannot open input";
  default:
    return "internal error";
  }
}
