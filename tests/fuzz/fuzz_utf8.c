/* Fuzz target: UTF-8 repair always yields valid UTF-8, and valid input is
 * left exactly as it was. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "voc_utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  voc_buf out = VOC_BUF_INIT(0);
  const char *s = (const char *)data;
  long n = voc_utf8_repair(&out, s, size);
  if (n >= 0) {
    if (!voc_utf8_valid(out.data ? out.data : "", out.len))
      abort();
    if (voc_utf8_valid(s, size) != (n == 0))
      abort();
    if (n == 0 && (out.len != size || (size && memcmp(out.data, s, size))))
      abort();
  }
  voc_buf_dispose(&out);
  return 0;
}
