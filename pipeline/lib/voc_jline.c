/* voc_jline.c: strict JSON scan of one record line into member spans; any
 * line the strict scan does not take goes to voc_record_parse (cJSON), so
 * what is accepted and every message stay the same. */
#include "voc_jline.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#if defined __SSE2__ && defined __GNUC__
#include <emmintrin.h>
#endif

#include "voc_record.h"
#include "voc_utf8.h"

#define STRICT_DEPTH 512   /* deeper lines go to cJSON */
#define REPRINT_DEPTH 1024 /* cJSON's own limit is 1000 */
#define NUMBER_MAX 63      /* longer numbers go to cJSON */

void voc_jline_init(voc_jline *j) {
  memset(j, 0, sizeof *j);
  voc_buf_init(&j->fixed, 0);
}

void voc_jline_dispose(voc_jline *j) {
  free(j->fields);
  voc_buf_dispose(&j->fixed);
  memset(j, 0, sizeof *j);
}

/* ---- the strict scanner ------------------------------------------------- */

typedef struct scanner {
  const char *s;
  size_t n, i;
  int depth, maxdepth;
  bool kesc_ok; /* keys may hold escapes (cJSON's re-print) */
  bool oom;
  voc_jline *j; /* top-level members go here */
} scanner;

static void skip_ws(scanner *c) {
  while (c->i < c->n) {
    char ch = c->s[c->i];
    if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n')
      break;
    c->i++;
  }
}

static int hexval(char ch) {
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'a' && ch <= 'f')
    return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F')
    return ch - 'A' + 10;
  return -1;
}

/* Four hex digits at s[i..i+4) into *u. */
static bool hex4(const char *s, size_t n, size_t i, unsigned *u) {
  if (i + 4 > n)
    return false;
  unsigned v = 0;
  for (size_t k = 0; k < 4; k++) {
    int h = hexval(s[i + k]);
    if (h < 0)
      return false;
    v = v << 4 | (unsigned)h;
  }
  *u = v;
  return true;
}

/* The length of the run at s[0..n) before the first '"', '\\' or control
 * character (the bytes a JSON string holds as they are): sixteen, then
 * eight bytes at a time while none of them is one. */
static size_t plain_run(const char *s, size_t n) {
  const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  size_t i = 0;
#if defined __SSE2__ && defined __GNUC__
  /* sixteen at a time where SSE2 is there (all x86-64): a byte is special
   * when it equals '"' or '\\' or max(byte, 0x1F) is 0x1F */
  const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\'),
                ctl = _mm_set1_epi8(0x1F);
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i m = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bslash)),
        _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl));
    int bits = _mm_movemask_epi8(m);
    if (bits)
      return i + (size_t)__builtin_ctz((unsigned)bits); /* the first */
    i += 16;
  }
#endif
  while (i + 8 <= n) {
    uint64_t w, q, b;
    memcpy(&w, s + i, 8);
    q = w ^ (ones * '"');
    b = w ^ (ones * '\\');
    if ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b)) &
        high)
      break;
    i += 8;
  }
  while (i < n && (unsigned char)s[i] >= 0x20 && s[i] != '"' && s[i] != '\\')
    i++;
  return i;
}

/* A string at s[i] == '"'; *esc is set when it holds an escape. */
static bool scan_string(scanner *c, bool *esc) {
  const char *s = c->s;
  size_t n = c->n, i = c->i + 1;
  for (;;) {
    i += plain_run(s + i, n - i);
    if (i >= n || (unsigned char)s[i] < 0x20)
      return false;
    if (s[i] == '"') {
      c->i = i + 1;
      return true;
    }
    *esc = true;
    if (i + 1 >= n)
      return false;
    switch (s[i + 1]) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r':
    case 't':
      i += 2;
      continue;
    case 'u': {
      unsigned u, v;
      if (!hex4(s, n, i + 2, &u) || u == 0 || (u >= 0xDC00 && u <= 0xDFFF))
        return false;
      if (u >= 0xD800 && u <= 0xDBFF) {
        if (i + 12 > n || s[i + 6] != '\\' || s[i + 7] != 'u' ||
            !hex4(s, n, i + 8, &v) || v < 0xDC00 || v > 0xDFFF)
          return false;
        i += 12;
      } else {
        i += 6;
      }
      continue;
    }
    default:
      return false;
    }
  }
}

static bool digits(scanner *c) {
  size_t i0 = c->i;
  while (c->i < c->n && c->s[c->i] >= '0' && c->s[c->i] <= '9')
    c->i++;
  return c->i > i0;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, finite as a double (cJSON
 * prints an overflow as null: such a line goes to cJSON) */
static bool scan_number(scanner *c) {
  size_t i0 = c->i;
  if (c->s[c->i] == '-')
    c->i++;
  if (c->i < c->n && c->s[c->i] == '0')
    c->i++;
  else if (!digits(c))
    return false;
  if (c->i < c->n && c->s[c->i] == '.') {
    c->i++;
    if (!digits(c))
      return false;
  }
  bool exp = false;
  if (c->i < c->n && (c->s[c->i] == 'e' || c->s[c->i] == 'E')) {
    c->i++;
    if (c->i < c->n && (c->s[c->i] == '+' || c->s[c->i] == '-'))
      c->i++;
    if (!digits(c))
      return false;
    exp = true;
  }
  if (c->i - i0 > NUMBER_MAX)
    return false;
  if (exp) { /* only an exponent can take 63 digits past DBL_MAX */
    char num[NUMBER_MAX + 1];
    memcpy(num, c->s + i0, c->i - i0);
    num[c->i - i0] = '\0';
    if (isinf(strtod(num, NULL)))
      return false;
  }
  return true;
}

static bool literal(scanner *c, const char *w, size_t n) {
  if (c->n - c->i < n || memcmp(c->s + c->i, w, n) != 0)
    return false;
  c->i += n;
  return true;
}

static bool scan_value(scanner *c, bool top);

static int add_field(voc_jline *j, size_t key, size_t klen, size_t val,
                     size_t vlen, bool kesc) {
  if (j->nfields == j->cap) {
    size_t cap = j->cap ? j->cap * 2 : 32;
    voc_jfield *f = realloc(j->fields, cap * sizeof *f);
    if (!f)
      return VOC_ENOMEM;
    j->fields = f;
    j->cap = cap;
  }
  voc_jfield *f = &j->fields[j->nfields++];
  f->key = key;
  f->klen = klen;
  f->val = val;
  f->vlen = vlen;
  f->kesc = kesc;
  return 0;
}

/* An object (top: the record, whose members are kept) or an array. */
static bool scan_container(scanner *c, bool obj, bool top) {
  char close = obj ? '}' : ']';
  if (++c->depth > c->maxdepth)
    return false;
  c->i++;
  skip_ws(c);
  if (c->i < c->n && c->s[c->i] == close) {
    c->i++;
    c->depth--;
    return true;
  }
  for (;;) {
    size_t key = 0, klen = 0;
    bool kesc = false;
    if (obj) {
      if (c->i >= c->n || c->s[c->i] != '"')
        return false;
      key = c->i + 1;
      if (!scan_string(c, &kesc) || (kesc && !c->kesc_ok))
        return false;
      klen = c->i - 1 - key;
      skip_ws(c);
      if (c->i >= c->n || c->s[c->i] != ':')
        return false;
      c->i++;
      skip_ws(c);
    }
    size_t val = c->i;
    if (!scan_value(c, false))
      return false;
    if (top && add_field(c->j, key, klen, val, c->i - val, kesc) < 0) {
      c->oom = true;
      return false;
    }
    skip_ws(c);
    if (c->i < c->n && c->s[c->i] == ',') {
      c->i++;
      skip_ws(c);
      continue;
    }
    if (c->i < c->n && c->s[c->i] == close) {
      c->i++;
      c->depth--;
      return true;
    }
    return false;
  }
}

static bool scan_value(scanner *c, bool top) {
  if (c->i >= c->n)
    return false;
  bool esc = false;
  switch (c->s[c->i]) {
  case '{':
    return scan_container(c, true, top);
  case '[':
    return scan_container(c, false, false);
  case '"':
    return scan_string(c, &esc);
  case 'n':
    return literal(c, "null", 4);
  case 't':
    return literal(c, "true", 4);
  case 'f':
    return literal(c, "false", 5);
  default:
    return scan_number(c);
  }
}

/* 1: a strict object line (j filled), 0: not strict, VOC_ENOMEM. */
static int strict(voc_jline *j, const char *s, size_t n, int maxdepth,
                  bool kesc_ok) {
  scanner c = {s, n, 0, 0, maxdepth, kesc_ok, false, j};
  j->nfields = 0;
  while (c.i < n && (s[c.i] == ' ' || s[c.i] == '\t' || s[c.i] == '\r'))
    c.i++;
  if (c.i >= n || s[c.i] != '{')
    return 0;
  size_t start = c.i;
  if (!scan_value(&c, true))
    return c.oom ? VOC_ENOMEM : 0;
  size_t end = c.i;
  while (c.i < n && (s[c.i] == ' ' || s[c.i] == '\t' || s[c.i] == '\r'))
    c.i++;
  if (c.i < n)
    return 0;
  j->text = s;
  j->len = n;
  j->start = start;
  j->end = end;
  return 1;
}

int voc_jline_scan(voc_jline *j, const char *line, size_t len,
                   voc_error *err) {
  const char *p = line;
  size_t n = len;
  long rep = 0;
  int rc;
  j->nfields = 0;
  j->repaired = 0;
  j->reprinted = false;
  if (!memchr(line, '\0', len)) {
    if (!voc_utf8_valid(line, len)) {
      voc_buf_clear(&j->fixed);
      rep = voc_utf8_repair(&j->fixed, line, len);
      p = rep >= 0 ? j->fixed.data : NULL;
      n = j->fixed.len;
    }
    if (p) {
      if ((rc = strict(j, p, n, STRICT_DEPTH, false)) < 0)
        return voc_error_set(err, rc, "out of memory");
      if (rc == 1) {
        j->repaired = rep;
        return 0;
      }
    }
  }
  /* not strict JSON: cJSON decides, and the scan goes over its re-print */
  voc_record *rec = NULL;
  if ((rc = voc_record_parse(&rec, line, len, &rep, err)) < 0)
    return rc;
  rc = voc_record_format(rec, &j->fixed);
  voc_record_free(rec);
  if (rc < 0)
    return voc_error_set(err, rc, "cannot format record: %s",
                         voc_strerror(rc));
  if ((rc = strict(j, j->fixed.data, j->fixed.len, REPRINT_DEPTH, true)) < 0)
    return voc_error_set(err, rc, "out of memory");
  if (rc == 0)
    return voc_error_set(err, VOC_EPARSE, "record cannot be read back");
  j->repaired = rep;
  j->reprinted = true;
  return 0;
}

const voc_jfield *voc_jline_get(const voc_jline *j, const char *name) {
  size_t n = strlen(name);
  for (size_t i = 0; i < j->nfields; i++) {
    const voc_jfield *f = &j->fields[i];
    if (f->klen == n && !f->kesc && (n == 0 || j->text[f->key] == name[0]) &&
        memcmp(j->text + f->key, name, n) == 0) /* first byte: no call */
      return f;
  }
  return NULL;
}

int voc_jline_type(const voc_jline *j, const voc_jfield *f) {
  if (!f)
    return 0;
  char ch = j->text[f->val];
  return ch == '"' || ch == '{' || ch == '[' || ch == 'n' || ch == 't' ||
                 ch == 'f'
             ? ch
             : '0';
}

/* UTF-8 of code point u (at most 4 bytes) into d; returns the length. */
static size_t utf8_put(char *d, unsigned u) {
  if (u < 0x80) {
    d[0] = (char)u;
    return 1;
  }
  if (u < 0x800) {
    d[0] = (char)(0xC0 | u >> 6);
    d[1] = (char)(0x80 | (u & 0x3F));
    return 2;
  }
  if (u < 0x10000) {
    d[0] = (char)(0xE0 | u >> 12);
    d[1] = (char)(0x80 | (u >> 6 & 0x3F));
    d[2] = (char)(0x80 | (u & 0x3F));
    return 3;
  }
  d[0] = (char)(0xF0 | u >> 18);
  d[1] = (char)(0x80 | (u >> 12 & 0x3F));
  d[2] = (char)(0x80 | (u >> 6 & 0x3F));
  d[3] = (char)(0x80 | (u & 0x3F));
  return 4;
}

int voc_jline_str(const voc_jline *j, const voc_jfield *f, voc_buf *out) {
  voc_buf_clear(out);
  if (!f || j->text[f->val] != '"')
    return VOC_EINVAL;
  /* the scan checked the string: every escape here is well formed */
  const char *s = j->text + f->val + 1, *e = j->text + f->val + f->vlen - 1;
  int rc = voc_buf_grow(out, (size_t)(e - s));
  if (rc < 0)
    return rc;
  char *d = out->data;
  while (s < e) {
    const char *bs = memchr(s, '\\', (size_t)(e - s));
    size_t run = bs ? (size_t)(bs - s) : (size_t)(e - s);
    memcpy(d, s, run);
    d += run;
    s += run;
    if (!bs)
      break;
    char ch = s[1];
    s += 2;
    switch (ch) {
    case 'b': *d++ = '\b'; break;
    case 'f': *d++ = '\f'; break;
    case 'n': *d++ = '\n'; break;
    case 'r': *d++ = '\r'; break;
    case 't': *d++ = '\t'; break;
    case 'u': {
      unsigned u = 0, v = 0;
      hex4(s, 4, 0, &u);
      s += 4;
      if (u >= 0xD800 && u <= 0xDBFF) {
        hex4(s + 2, 4, 0, &v);
        s += 6;
        u = 0x10000 + ((u & 0x3FF) << 10 | (v & 0x3FF));
      }
      /* an escape is 6 or 12 bytes and its UTF-8 at most 4: it fits */
      d += utf8_put(d, u);
      break;
    }
    default: /* " \ / */
      *d++ = ch;
    }
  }
  out->len = (size_t)(d - out->data);
  out->data[out->len] = '\0';
  return 0;
}

int voc_json_put_string(voc_buf *out, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  /* each byte escaped at most 6 times its size, plus the quotes */
  int rc = voc_buf_grow(out, n * 6 + 2);
  if (rc < 0)
    return rc;
  char *d = out->data + out->len;
  const char *e = s + n;
  *d++ = '"';
  while (s < e) {
    const char *r = s + plain_run(s, (size_t)(e - s)); /* as they are */
    memcpy(d, s, (size_t)(r - s));
    d += r - s;
    if (r == e)
      break;
    unsigned char ch = (unsigned char)*r;
    s = r + 1;
    *d++ = '\\';
    switch (ch) {
    case '"': *d++ = '"'; break;
    case '\\': *d++ = '\\'; break;
    case '\b': *d++ = 'b'; break;
    case '\f': *d++ = 'f'; break;
    case '\n': *d++ = 'n'; break;
    case '\r': *d++ = 'r'; break;
    case '\t': *d++ = 't'; break;
    default:
      *d++ = 'u';
      *d++ = '0';
      *d++ = '0';
      *d++ = hex[ch >> 4];
      *d++ = hex[ch & 15];
    }
  }
  *d++ = '"';
  out->len = (size_t)(d - out->data);
  out->data[out->len] = '\0';
  return 0;
}
