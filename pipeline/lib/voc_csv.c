/* voc_csv.c: streaming RFC 4180 reader (see voc_csv.h). */
#include "voc_csv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW (64 * 1024)

struct voc_csv {
  FILE *f;                  /* borrowed input */
  unsigned char *win;       /* read window, WINDOW bytes; owned */
  size_t pos, end;          /* unread bytes are win[pos..end) */
  int eof;                  /* f is exhausted */
  int started;              /* BOM and delimiter handled */
  int delim;                /* ',', ';' or '\t' */
  size_t max;               /* cap on a row's raw bytes */
  long line;                /* physical line of the next byte */
  long row_line;            /* line the last row started on */
  voc_buf raw;              /* last row as read, capped at max */
  voc_buf data;             /* field bytes, each followed by a NUL */
  size_t *offs;             /* start of each field in data; owned */
  size_t nfields, cap_offs; /* fields in the last row, room in offs */
  unsigned long long bytes; /* bytes consumed */
  unsigned long nuls;       /* NUL bytes replaced */
};

int voc_csv_new(voc_csv **out, FILE *f, int delim, size_t max_row) {
  voc_csv *c = calloc(1, sizeof *c);
  *out = NULL;
  if (!c || !(c->win = malloc(WINDOW))) {
    free(c);
    return VOC_ENOMEM;
  }
  c->f = f;
  c->delim = delim;
  c->max = max_row ? max_row : VOC_CSV_ROW_MAX;
  c->line = 1;
  /* +8: room for the field NULs and the U+FFFD of a NUL byte at the cap */
  voc_buf_init(&c->raw, c->max);
  voc_buf_init(&c->data, c->max + c->max / 2 + 8);
  *out = c;
  return 0;
}

void voc_csv_free(voc_csv *c) {
  if (!c)
    return;
  voc_buf_dispose(&c->raw);
  voc_buf_dispose(&c->data);
  free(c->offs);
  free(c->win);
  free(c);
}

int voc_csv_delim(const voc_csv *c) { return c->delim; }
size_t voc_csv_nfields(const voc_csv *c) { return c->nfields; }
long voc_csv_line(const voc_csv *c) { return c->row_line; }
unsigned long long voc_csv_bytes(const voc_csv *c) { return c->bytes; }
unsigned long voc_csv_nuls(const voc_csv *c) { return c->nuls; }

const char *voc_csv_field(const voc_csv *c, size_t i, size_t *len) {
  if (i >= c->nfields) {
    if (len)
      *len = 0;
    return "";
  }
  const char *p = c->data.data + c->offs[i];
  if (len)
    *len = strlen(p); /* NULs inside were replaced, so strlen is exact */
  return p;
}

const char *voc_csv_raw(const voc_csv *c, size_t *len) {
  *len = c->raw.len;
  return c->raw.data ? c->raw.data : "";
}

/* Refill the window; 1 when bytes are available, 0 at EOF, VOC_EIO. */
static int fill(voc_csv *c, voc_error *err) {
  if (c->pos < c->end)
    return 1;
  if (c->eof)
    return 0;
  c->pos = 0;
  c->end = fread(c->win, 1, WINDOW, c->f);
  if (c->end == 0) {
    c->eof = 1;
    if (ferror(c->f)) {
      if (err)
        err->sys_errno = errno;
      return voc_error_set(err, VOC_EIO, "read error: %s", strerror(errno));
    }
    return 0;
  }
  return 1;
}

/* Skip a BOM and pick the delimiter from the first line (outside quotes):
 * the most frequent of ',', ';' and tab, ',' on a tie or when none. */
static int start(voc_csv *c, voc_error *err) {
  int rc = fill(c, err);
  c->started = 1;
  if (rc <= 0)
    return rc;
  /* Make sure at least 3 bytes are there for the BOM check. */
  while (c->end - c->pos < 3 && !c->eof) {
    size_t n = fread(c->win + c->end, 1, WINDOW - c->end, c->f);
    if (n == 0) {
      c->eof = 1;
      if (ferror(c->f))
        return voc_error_set(err, VOC_EIO, "read error: %s", strerror(errno));
    }
    c->end += n;
  }
  if (c->end - c->pos >= 3 && memcmp(c->win + c->pos, "\xEF\xBB\xBF", 3) == 0) {
    c->pos += 3;
    c->bytes += 3;
  }
  if (c->delim)
    return 1;
  size_t ncomma = 0, nsemi = 0, ntab = 0;
  int inq = 0;
  for (size_t i = c->pos; i < c->end; i++) {
    unsigned char ch = c->win[i];
    if (ch == '"')
      inq = !inq;
    else if (!inq && (ch == '\n' || ch == '\r'))
      break;
    else if (!inq && ch == ',')
      ncomma++;
    else if (!inq && ch == ';')
      nsemi++;
    else if (!inq && ch == '\t')
      ntab++;
  }
  c->delim = ',';
  if (nsemi > ncomma && nsemi >= ntab)
    c->delim = ';';
  else if (ntab > ncomma && ntab > nsemi)
    c->delim = '\t';
  return 1;
}

enum { ST_START, ST_UNQ, ST_Q, ST_QQ };

/* Close the current field (data from fstart to the end). */
static int end_field(voc_csv *c, size_t *fstart) {
  if (c->nfields == c->cap_offs) {
    size_t ncap = c->cap_offs ? c->cap_offs * 2 : 16;
    size_t *no = realloc(c->offs, ncap * sizeof *no);
    if (!no)
      return VOC_ENOMEM;
    c->offs = no;
    c->cap_offs = ncap;
  }
  int rc = voc_buf_putc(&c->data, '\0');
  if (rc < 0)
    return rc;
  c->offs[c->nfields++] = *fstart;
  *fstart = c->data.len;
  return 0;
}

int voc_csv_next(voc_csv *c, voc_error *err) {
  int rc;
  if (!c->started && (rc = start(c, err)) < 0)
    return rc;
  voc_buf_clear(&c->raw);
  voc_buf_clear(&c->data);
  c->nfields = 0;
  int state = ST_START, toobig = 0, any = 0, nomem = 0;
  size_t fstart = 0;
  long quote_line = 0;
  c->row_line = c->line;
  for (;;) {
    if ((rc = fill(c, err)) < 0)
      return rc;
    if (rc == 0)
      break;
    if ((state == ST_UNQ || state == ST_Q) && !toobig) {
      /* fast path: copy a run of ordinary bytes in one go */
      size_t j = c->pos;
      const unsigned char *w = c->win;
      if (state == ST_Q)
        while (j < c->end && w[j] != '"' && w[j] != '\r' && w[j] != '\n' &&
               w[j] != '\0')
          j++;
      else
        while (j < c->end && w[j] != (unsigned char)c->delim &&
               w[j] != '\r' && w[j] != '\n' && w[j] != '\0')
          j++;
      if (j > c->pos) {
        size_t n = j - c->pos;
        int r1 = voc_buf_put(&c->raw, w + c->pos, n);
        int r2 = r1 < 0 ? r1 : voc_buf_put(&c->data, w + c->pos, n);
        if (r2 < 0) {
          toobig = 1;
          nomem |= r2 == VOC_ENOMEM;
        }
        c->pos = j;
        c->bytes += n;
        continue;
      }
    }
    unsigned char ch = c->win[c->pos++];
    c->bytes++;
    int crlf = 0;
    if (ch == '\r' || ch == '\n') {
      if (ch == '\r' && fill(c, err) > 0 && c->win[c->pos] == '\n') {
        c->pos++;
        c->bytes++;
        crlf = 1;
      }
      c->line++;
      if (!any) { /* a blank line before a row: skip it */
        c->row_line = c->line;
        continue;
      }
      if (state != ST_Q)
        break; /* end of the row */
    }
    any = 1;
    /* raw bytes, as written (a CRLF inside quotes stays CRLF) */
    if (!toobig) {
      int r1 = voc_buf_putc(&c->raw, ch);
      if (r1 == 0 && crlf)
        r1 = voc_buf_putc(&c->raw, '\n');
      if (r1 < 0) {
        toobig = 1;
        nomem |= r1 == VOC_ENOMEM;
      }
    }
    int keep = 1; /* ch is field data */
    if (ch == (unsigned char)c->delim && state != ST_Q) {
      int r1 = toobig ? 0 : end_field(c, &fstart);
      if (r1 < 0) {
        toobig = 1;
        nomem |= r1 == VOC_ENOMEM;
      }
      state = ST_START;
      continue;
    }
    switch (state) {
    case ST_START:
      if (ch == '"') {
        state = ST_Q;
        quote_line = c->line;
        keep = 0;
      } else {
        state = ST_UNQ;
      }
      break;
    case ST_Q:
      if (ch == '"') {
        state = ST_QQ;
        keep = 0;
      }
      break;
    case ST_QQ:
      /* "" inside quotes is one quote; other text after a closing quote
       * is kept as it stands */
      state = ch == '"' ? ST_Q : ST_UNQ;
      break;
    default:
      break;
    }
    if (!keep || toobig)
      continue;
    int r2;
    if (ch == '\0') {
      c->nuls++;
      r2 = voc_buf_put(&c->data, "\xEF\xBF\xBD", 3);
    } else {
      r2 = voc_buf_putc(&c->data, ch);
      if (r2 == 0 && crlf)
        r2 = voc_buf_putc(&c->data, '\n');
    }
    if (r2 < 0) {
      toobig = 1;
      nomem |= r2 == VOC_ENOMEM;
    }
  }
  if (!any)
    return 0; /* end of input */
  if (state == ST_Q && !toobig) {
    c->nfields = 0;
    voc_error_at(err, NULL, c->row_line, 0);
    return voc_error_set(err, VOC_EPARSE,
                         "unbalanced quote: the field opened on line %ld is "
                         "never closed before the end of the file",
                         quote_line);
  }
  if (!toobig) {
    int r1 = end_field(c, &fstart);
    if (r1 < 0) {
      toobig = 1;
      nomem |= r1 == VOC_ENOMEM;
    }
  }
  if (nomem)
    return voc_error_set(err, VOC_ENOMEM, "out of memory");
  if (toobig) {
    c->nfields = 0;
    voc_error_at(err, NULL, c->row_line, 0);
    return voc_error_set(err, VOC_ETOOBIG,
                         "row longer than %zu bytes, skipped", c->max);
  }
  return 1;
}
