/* Fuzz target: reply stripping is total (never fails on text), linear, and
 * its output is a part of its input's lines (it only removes). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "voc_email.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  voc_buf out = VOC_BUF_INIT(0);
  int rc = voc_reply_strip((const char *)data, size, &out);
  if (rc == 0 && out.len > size + 16)
    abort(); /* stripping never adds more than a line end or two */
  voc_buf_dispose(&out);
  return 0;
}
