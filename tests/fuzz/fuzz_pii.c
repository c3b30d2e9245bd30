/* Fuzz target: PII redaction never crashes, keeps UTF-8 valid when the
 * input was, only ever replaces spans by labels (so the output has no more
 * digits and '@' signs than the input), and is idempotent: redacting the
 * output again changes nothing (labels glue to neighbouring numbers as the
 * text they replaced did; the inputs that once broke this are in
 * corpus/pii). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "voc_pii.h"
#include "voc_utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t count_special(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    k += (s[i] >= '0' && s[i] <= '9') || s[i] == '@';
  return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  voc_buf a = VOC_BUF_INIT(0);
  const char *s = (const char *)data;
  long n = voc_pii_redact(s, size, VOC_PII_ALL, &a);
  if (n >= 0) {
    const char *t = a.data ? a.data : "";
    if (voc_utf8_valid(s, size) && !voc_utf8_valid(t, a.len))
      abort();
    if (count_special(t, a.len) > count_special(s, size))
      abort();
    if (n == 0 && (a.len != size || (size && memcmp(t, s, size) != 0)))
      abort();
    voc_buf b = VOC_BUF_INIT(0);
    long m = voc_pii_redact(t, a.len, VOC_PII_ALL, &b);
    if (m != 0 && m != VOC_ENOMEM && m != VOC_ETOOBIG)
      abort();
    voc_buf_dispose(&b);
  }
  voc_buf_dispose(&a);
  return 0;
}
