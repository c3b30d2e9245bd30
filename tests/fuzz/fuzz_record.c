/* Fuzz target: one JSON Lines record. Parsing must never crash; a record
 * that parses must format to exactly what cJSON prints (our writer replaces
 * cJSON's for speed) and re-parse to the same text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "voc_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  voc_record *rec = NULL;
  voc_error err;
  voc_error_clear(&err);
  if (voc_record_parse(&rec, (const char *)data, size, NULL, &err) != 0)
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
