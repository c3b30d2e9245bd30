/* Fuzz target: one JSON Lines record. Parsing must never crash; a record
 * that parses must format to exactly what cJSON prints (our writer replaces
 * cJSON's for speed) and re-parse to the same text. The line scanner of
 * voc-tag (voc_jline) must accept exactly the lines voc_record_parse
 * accepts, with the same message and column when not, and its members must
 * be the record's members, value for value. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "voc_jline.h"
#include "voc_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* cJSON's text of a value, or NULL. */
static char *print_span(const char *s, size_t n) {
  cJSON *v = cJSON_ParseWithLength(s, n);
  char *p = v ? cJSON_PrintUnformatted(v) : NULL;
  cJSON_Delete(v);
  return p;
}

/* True when every number in the tree is finite. */
static int all_finite(const cJSON *it) {
  if (cJSON_IsNumber(it) && !isfinite(it->valuedouble))
    return 0;
  for (const cJSON *c = it->child; c; c = c->next)
    if (!all_finite(c))
      return 0;
  return 1;
}

static void check_scanner(const char *line, size_t size, const voc_record *rec,
                          const voc_error *perr) {
  voc_jline j;
  voc_error err;
  voc_error_clear(&err);
  voc_jline_init(&j);
  int rc = voc_jline_scan(&j, line, size, &err);
  if ((rc == 0) != (rec != NULL))
    abort(); /* the scanner and cJSON disagree on what is a record */
  if (!rec) {
    if (err.col != perr->col || strcmp(err.msg, perr->msg) != 0)
      abort(); /* not the same message */
    voc_jline_dispose(&j);
    return;
  }
  /* a line taken as it is passes its bytes through: cJSON would print a
   * number past DBL_MAX as null, so such a line must go through cJSON */
  if (!j.reprinted && !all_finite(rec))
    abort();
  voc_buf sv = VOC_BUF_INIT(0);
  size_t i = 0;
  for (const cJSON *c = rec->child; c; c = c->next, i++) {
    if (i >= j.nfields)
      abort(); /* fewer members */
    const voc_jfield *f = &j.fields[i];
    if (!f->kesc && (strlen(c->string) != f->klen ||
                     memcmp(c->string, j.text + f->key, f->klen) != 0))
      abort(); /* another key */
    char *a = cJSON_PrintUnformatted(c), *b = print_span(j.text + f->val, f->vlen);
    if (!a || !b || strcmp(a, b) != 0)
      abort(); /* another value */
    free(a);
    free(b);
    if (cJSON_IsString(c) &&
        (voc_jline_str(&j, f, &sv) != 0 || strcmp(sv.data, c->valuestring) != 0))
      abort(); /* decoded differently */
  }
  if (i != j.nfields)
    abort(); /* more members */
  voc_buf_dispose(&sv);
  voc_jline_dispose(&j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  voc_record *rec = NULL;
  voc_error err;
  voc_error_clear(&err);
  int rc = voc_record_parse(&rec, (const char *)data, size, NULL, &err);
  check_scanner((const char *)data, size, rc == 0 ? rec : NULL, &err);
  if (rc != 0)
    return 0;
  voc_buf a = VOC_BUF_INIT(0), b = VOC_BUF_INIT(0);
  voc_record *again = NULL;
  char *ref = cJSON_PrintUnformatted(rec);
  if (ref && voc_record_format(rec, &a) == 0 &&
      (strlen(ref) != a.len || memcmp(ref, a.data, a.len) != 0))
    abort(); /* our writer and cJSON's disagree */
  free(ref);
  if (voc_record_format(rec, &a) == 0 &&
      voc_record_parse(&again, a.data, a.len, NULL, &err) == 0 &&
      voc_record_format(again, &b) == 0 &&
      (a.len != b.len || memcmp(a.data, b.data, a.len) != 0))
    abort(); /* formatting is not stable: a real bug */
  voc_record_free(again);
  voc_record_free(rec);
  voc_buf_dispose(&a);
  voc_buf_dispose(&b);
  return 0;
}
