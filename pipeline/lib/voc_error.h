/* voc_error.h: error codes and the caller-owned error record.
 *
 * Library functions return 0 (or a positive count) on success and a negative
 * VOC_E* code on failure. Details travel in a voc_error the caller owns; the
 * library never exits and never prints on its own. */
#ifndef VOC_ERROR_H
#define VOC_ERROR_H

#include <stddef.h>

enum {
  VOC_OK = 0,
  VOC_ENOMEM = -1,    /* allocation failed */
  VOC_EIO = -2,       /* read or write failed (errno kept in voc_error) */
  VOC_EPARSE = -3,    /* malformed input: the record is rejected */
  VOC_ETOOBIG = -4,   /* input larger than the buffer's hard cap */
  VOC_EINVAL = -5,    /* bad argument or option value (usage) */
  VOC_ENOTFOUND = -6, /* file or item does not exist */
  VOC_EDB = -7,       /* database error */
  VOC_EINTERNAL = -8, /* a bug: should not happen */
  VOC_ENOINPUT = -9   /* an input file can't be opened */
};

typedef struct voc_error {
  int code;       /* last VOC_E* code, 0 when clear */
  int sys_errno;  /* errno at the failure, 0 if none */
  long line;      /* 1-based input line (or message number), 0 if none */
  long col;       /* 1-based column, 0 if none */
  char file[256]; /* input name the error refers to, "" if none */
  char msg[512];  /* one-line message without file:line prefix */
} voc_error;

/* Reset err to "no error". err may be NULL. */
void voc_error_clear(voc_error *err);

/* Fill err (if not NULL) with code and a printf-style message; keeps file,
 * line and col as they are. Returns code, so callers can
 * `return voc_error_set(err, VOC_EPARSE, "...")`. */
int voc_error_set(voc_error *err, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Set the position the error refers to (file may be NULL to keep it). */
void voc_error_at(voc_error *err, const char *file, long line, long col);

/* Format "file:line:col: msg" (parts present only when known) into dst. */
void voc_error_format(const voc_error *err, char *dst, size_t dstlen);

/* The sysexits code a program should exit with for a library code:
 * EPARSE 65, EINVAL 64, ENOINPUT/ENOTFOUND 66, EIO 74, others 70. */
int voc_error_exit_code(int code);

/* Static English text for a code ("out of memory", ...). */
const char *voc_strerror(int code);

#endif
