/* voc_record.c: JSON Lines records on cJSON.
 *
 * cJSON keeps object members as a linked list in input order, so replacing
 * an item in place keeps field order and unknown fields pass through. */
#include "voc_record.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "voc_utf8.h"

static int is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
      return 0;
  return 1;
}

int voc_record_parse(voc_record **out, const char *line, size_t len,
                     long *repaired, voc_error *err) {
  voc_buf fixed = VOC_BUF_INIT(0);
  const char *p = line;
  long nrep = 0;
  *out = NULL;
  if (repaired)
    *repaired = 0;
  const char *nul = memchr(line, '\0', len);
  if (nul) {
    voc_error_at(err, NULL, err ? err->line : 0, (long)(nul - line) + 1);
    return voc_error_set(err, VOC_EPARSE, "NUL byte in record");
  }
  if (!voc_utf8_valid(line, len)) {
    nrep = voc_utf8_repair(&fixed, line, len);
    if (nrep < 0)
      return voc_error_set(err, (int)nrep, "%s", voc_strerror((int)nrep));
    p = fixed.data;
    len = fixed.len;
  }
  const char *end = NULL;
  cJSON *j = cJSON_ParseWithLengthOpts(p, len, &end, 0);
  int rc = 0;
  if (!j) {
    long col = end ? (long)(end - p) + 1 : 0;
    voc_error_at(err, NULL, err ? err->line : 0, col);
    rc = voc_error_set(err, VOC_EPARSE, "malformed JSON near column %ld", col);
    goto done;
  }
  while (end && end < p + len && (*end == ' ' || *end == '\t' || *end == '\r'))
    end++;
  if (end && end < p + len) {
    long col = (long)(end - p) + 1;
    voc_error_at(err, NULL, err ? err->line : 0, col);
    rc = voc_error_set(err, VOC_EPARSE,
                       "unexpected text after the JSON value at column %ld", col);
    goto done;
  }
  if (!cJSON_IsObject(j)) {
    rc = voc_error_set(err, VOC_EPARSE, "record is not a JSON object");
    goto done;
  }
  *out = j;
  j = NULL;
  if (repaired)
    *repaired = nrep;
done:
  cJSON_Delete(j);
  voc_buf_dispose(&fixed);
  return rc;
}

voc_record *voc_record_new(void) { return cJSON_CreateObject(); }

void voc_record_free(voc_record *rec) { cJSON_Delete(rec); }

cJSON *voc_record_get(const voc_record *rec, const char *field) {
  return cJSON_GetObjectItemCaseSensitive(rec, field);
}

const char *voc_record_str(const voc_record *rec, const char *field) {
  cJSON *it = voc_record_get(rec, field);
  return cJSON_IsString(it) ? it->valuestring : NULL;
}

int voc_record_set_item(voc_record *rec, const char *field, cJSON *item) {
  if (!item)
    return VOC_ENOMEM;
  if (cJSON_GetObjectItemCaseSensitive(rec, field)) {
    /* Replaces in place: the new item takes the old one's list position. */
    if (!cJSON_ReplaceItemInObjectCaseSensitive(rec, field, item)) {
      cJSON_Delete(item);
      return VOC_ENOMEM;
    }
    return 0;
  }
  if (!cJSON_AddItemToObject(rec, field, item)) {
    cJSON_Delete(item);
    return VOC_ENOMEM;
  }
  return 0;
}

int voc_record_set_str(voc_record *rec, const char *field, const char *value) {
  return voc_record_set_item(rec, field,
                             value ? cJSON_CreateString(value) : cJSON_CreateNull());
}

int voc_record_set_strn(voc_record *rec, const char *field, const char *value,
                        size_t len) {
  voc_buf b = VOC_BUF_INIT(0);
  int rc = voc_buf_put(&b, value, len);
  if (rc == 0)
    rc = voc_record_set_str(rec, field, b.data);
  voc_buf_dispose(&b);
  return rc;
}

int voc_record_set_number(voc_record *rec, const char *field, double value) {
  return voc_record_set_item(rec, field, cJSON_CreateNumber(value));
}

int voc_record_set_bool(voc_record *rec, const char *field, bool value) {
  return voc_record_set_item(rec, field, cJSON_CreateBool(value));
}

void voc_record_remove(voc_record *rec, const char *field) {
  cJSON_DeleteItemFromObjectCaseSensitive(rec, field);
}

/* JSON text of a string, escaped exactly as cJSON escapes it, so the output
 * is byte for byte what cJSON_PrintUnformatted gives. */
static int put_string(voc_buf *out, const char *s) {
  static const char hex[] = "0123456789abcdef";
  int rc = voc_buf_putc(out, '"');
  const char *run = s;
  for (const char *p = s; rc == 0 && p && *p; p++) {
    unsigned char c = (unsigned char)*p;
    char esc = 0;
    switch (c) {
    case '"': esc = '"'; break;
    case '\\': esc = '\\'; break;
    case '\b': esc = 'b'; break;
    case '\f': esc = 'f'; break;
    case '\n': esc = 'n'; break;
    case '\r': esc = 'r'; break;
    case '\t': esc = 't'; break;
    default:
      if (c >= 32)
        continue;
    }
    if ((rc = voc_buf_put(out, run, (size_t)(p - run))) < 0)
      return rc;
    if (esc) {
      char e[2] = {'\\', esc};
      rc = voc_buf_put(out, e, 2);
    } else {
      char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
      rc = voc_buf_put(out, u, 6);
    }
    run = p + 1;
  }
  if (rc == 0 && run)
    rc = voc_buf_puts(out, run);
  return rc < 0 ? rc : voc_buf_putc(out, '"');
}

/* A number as cJSON prints it: integers in int range with %d (done here
 * without printf, the hot case: offsets), others with the shortest of
 * %1.15g / %1.17g that reads back, non-finite as null. */
static int put_number(voc_buf *out, const cJSON *it) {
  double d = it->valuedouble;
  if (isnan(d) || isinf(d))
    return voc_buf_puts(out, "null");
  if (d == (double)it->valueint && !(d == 0 && signbit(d))) { /* -0 below */
    char tmp[16], *e = tmp + sizeof tmp, *q = e;
    long long v = it->valueint;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do
      *--q = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0)
      *--q = '-';
    return voc_buf_put(out, q, (size_t)(e - q));
  }
  char num[32];
  double back = 0;
  snprintf(num, sizeof num, "%1.15g", d);
  if (sscanf(num, "%lg", &back) != 1 ||
      fabs(back - d) > (fabs(back) > fabs(d) ? fabs(back) : fabs(d)) * DBL_EPSILON)
    snprintf(num, sizeof num, "%1.17g", d);
  return voc_buf_puts(out, num);
}

static int put_value(voc_buf *out, const cJSON *it) {
  int rc;
  switch (it->type & 0xFF) {
  case cJSON_NULL:
    return voc_buf_puts(out, "null");
  case cJSON_False:
    return voc_buf_puts(out, "false");
  case cJSON_True:
    return voc_buf_puts(out, "true");
  case cJSON_Number:
    return put_number(out, it);
  case cJSON_String:
    return put_string(out, it->valuestring ? it->valuestring : "");
  case cJSON_Raw:
    return it->valuestring ? voc_buf_puts(out, it->valuestring) : VOC_EINVAL;
  case cJSON_Array:
  case cJSON_Object: {
    bool obj = (it->type & 0xFF) == cJSON_Object;
    if ((rc = voc_buf_putc(out, obj ? '{' : '[')) < 0)
      return rc;
    for (const cJSON *c = it->child; c; c = c->next) {
      if (c != it->child && (rc = voc_buf_putc(out, ',')) < 0)
        return rc;
      if (obj && ((rc = put_string(out, c->string ? c->string : "")) < 0 ||
                  (rc = voc_buf_putc(out, ':')) < 0))
        return rc;
      if ((rc = put_value(out, c)) < 0)
        return rc;
    }
    return voc_buf_putc(out, obj ? '}' : ']');
  }
  default:
    return VOC_EINVAL;
  }
}

int voc_record_format(const voc_record *rec, voc_buf *out) {
  /* Our own writer over the cJSON tree: cJSON_Print* formats every number
   * with sprintf and reads it back with sscanf, which was a fifth of
   * voc-tag's time. The bytes are the same as cJSON's (tested). Depth is
   * bounded by the parser's nesting limit. */
  voc_buf_clear(out);
  return put_value(out, rec);
}

int voc_record_write(const voc_record *rec, FILE *f, voc_error *err) {
  /* One buffer per thread of output, reused across records. */
  static _Thread_local voc_buf line = VOC_BUF_INIT(0);
  int rc = voc_record_format(rec, &line);
  if (rc < 0)
    return voc_error_set(err, rc, "cannot format record: %s", voc_strerror(rc));
  if (fwrite(line.data, 1, line.len, f) != line.len || putc('\n', f) == EOF)
    return voc_error_set(err, VOC_EIO, "write error");
  /* Don't keep a huge buffer around after one huge record. */
  if (line.cap > ((size_t)4 << 20))
    voc_buf_dispose(&line);
  return 0;
}

void voc_reader_init(voc_reader *r, FILE *f, const char *name) {
  r->f = f;
  r->name = name && strcmp(name, "-") != 0 ? name : "<stdin>";
  r->lineno = 0;
  voc_buf_init(&r->line, 0);
  r->repaired = 0;
  r->bytes = 0;
  r->blk = NULL;
  r->bpos = r->blen = 0;
}

void voc_reader_dispose(voc_reader *r) {
  voc_buf_dispose(&r->line);
  free(r->blk);
  r->blk = NULL;
  r->bpos = r->blen = 0;
}

int voc_reader_next(voc_reader *r, voc_record **out, voc_error *err) {
  *out = NULL;
  int rc = voc_reader_next_line(r, err);
  if (rc <= 0)
    return rc;
  long rep = 0;
  voc_error_at(err, r->name, r->lineno, 0);
  rc = voc_record_parse(out, r->line.data, r->line.len, &rep, err);
  r->repaired += rep;
  if (rc < 0) {
    voc_error_at(err, r->name, r->lineno, err ? err->col : 0);
    return rc;
  }
  return 1;
}

#define READ_BLOCK ((size_t)1 << 16)

/* One line into r->line as voc_buf_getline reads it (without "\n" and a
 * "\r" before it, the first max bytes of a longer one), from r's blocks. */
static int read_line(voc_reader *r, voc_error *err) {
  voc_buf *b = &r->line;
  size_t max = b->max ? b->max : VOC_RECORD_MAX;
  bool any = false, toobig = false;
  int rc;
  voc_buf_clear(b);
  if (!r->blk && !(r->blk = malloc(READ_BLOCK)))
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  for (;;) {
    if (r->bpos == r->blen) {
      r->bpos = 0;
      r->blen = fread(r->blk, 1, READ_BLOCK, r->f);
      if (r->blen == 0) {
        if (ferror(r->f)) {
          if (err)
            err->sys_errno = errno;
          return voc_error_set(err, VOC_EIO, "read error: %s",
                               strerror(errno));
        }
        break;
      }
    }
    any = true;
    const char *p = r->blk + r->bpos;
    const char *nl = memchr(p, '\n', r->blen - r->bpos);
    size_t take = nl ? (size_t)(nl - p) : r->blen - r->bpos;
    if (!toobig) {
      size_t room = max - b->len, put = take < room ? take : room;
      if ((rc = voc_buf_put(b, p, put)) < 0)
        return voc_error_set(err, rc, "%s", voc_strerror(rc));
      toobig = put < take;
    }
    r->bpos += take + (nl ? 1 : 0);
    if (nl)
      break;
  }
  if (!any)
    return 0;
  if (b->len && b->data[b->len - 1] == '\r')
    voc_buf_truncate(b, b->len - 1);
  if (toobig)
    return voc_error_set(err, VOC_ETOOBIG, "line longer than %zu bytes", max);
  return 1;
}

int voc_reader_next_line(voc_reader *r, voc_error *err) {
  for (;;) {
    int rc = read_line(r, err);
    if (rc == 0)
      return 0;
    r->lineno++;
    r->bytes += r->line.len + 1;
    if (rc < 0) {
      voc_error_at(err, r->name, r->lineno, 0);
      return rc;
    }
    if (!is_blank(r->line.data, r->line.len))
      return 1;
  }
}
