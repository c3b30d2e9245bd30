/* voc_utf8.c: UTF-8 validation and repair.
 *
 * Well-formedness follows Table 3-7 of the Unicode Standard. Repair replaces
 * each maximal subpart of an ill-formed sequence with one U+FFFD, which is
 * what ICU's converters and the WHATWG encoding spec do, so counts agree
 * with other tools. */
#include "voc_utf8.h"

#include <string.h>

/* Length of the well-formed sequence at s[i], or 0 if ill-formed; *bad gets
 * the length of the maximal subpart to replace (>= 1) when ill-formed. */
static size_t seq_len(const unsigned char *s, size_t n, size_t i, size_t *bad) {
  unsigned c = s[i];
  size_t need;
  unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
  if (c < 0x80)
    return 1;
  if (c >= 0xC2 && c <= 0xDF)
    need = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0)
      lo = 0xA0; /* no overlongs */
    else if (c == 0xED)
      hi = 0x9F; /* no surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0)
      lo = 0x90;
    else if (c == 0xF4)
      hi = 0x8F; /* nothing above U+10FFFF */
  } else {
    *bad = 1;
    return 0;
  }
  size_t k = 1;
  for (; k < need; k++) {
    if (i + k >= n)
      break;
    unsigned b = s[i + k];
    unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h)
      break;
  }
  if (k == need)
    return need;
  *bad = k; /* lead byte plus the valid continuation bytes seen */
  return 0;
}

bool voc_utf8_valid(const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < n) {
    /* ASCII runs are the common case: skip them eight bytes at a time. */
    while (i + 8 <= n) {
      unsigned long long w;
      memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ULL)
        break;
      i += 8;
    }
    if (i >= n)
      break;
    size_t bad, len = seq_len(s, n, i, &bad);
    if (!len)
      return false;
    i += len;
  }
  return true;
}

long voc_utf8_repair(voc_buf *out, const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0, run = 0; /* run: start of the pending valid stretch */
  long fixed = 0;
  int rc;
  if (n == 0) /* str may be NULL then: no pointer arithmetic on it */
    return voc_buf_put(out, "", 0);
  while (i < n) {
    size_t bad, len = seq_len(s, n, i, &bad);
    if (len) {
      i += len;
      continue;
    }
    if ((rc = voc_buf_put(out, str + run, i - run)) < 0 ||
        (rc = voc_buf_put(out, "\xEF\xBF\xBD", 3)) < 0)
      return rc;
    fixed++;
    i += bad;
    run = i;
  }
  if ((rc = voc_buf_put(out, str + run, n - run)) < 0)
    return rc;
  return fixed;
}

unsigned voc_utf8_next(const char *str, size_t n, size_t *i) {
  const unsigned char *s = (const unsigned char *)str + *i;
  size_t left = n - *i;
  unsigned c = s[0];
  if (c < 0x80 || left < 2) {
    *i += 1;
    return c;
  }
  if (c < 0xE0) {
    *i += 2;
    return ((c & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (c < 0xF0 || left < 4) {
    if (left < 3) {
      *i += left;
      return 0xFFFD;
    }
    *i += 3;
    return ((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F);
  }
  *i += 4;
  return ((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
         (s[3] & 0x3F);
}

int voc_utf8_put(voc_buf *out, unsigned cp) {
  char b[4];
  size_t n;
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    cp = 0xFFFD;
  if (cp < 0x80) {
    b[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    b[0] = (char)(0xC0 | (cp >> 6));
    b[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = (char)(0xE0 | (cp >> 12));
    b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = (char)(0xF0 | (cp >> 18));
    b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    b[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  return voc_buf_put(out, b, n);
}
