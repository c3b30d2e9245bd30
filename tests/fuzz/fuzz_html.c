/* Fuzz target: HTML to text through libxml2's HTML parser (no network, no
 * entities), with and without quote dropping. */
#include <stdint.h>
#include <stdlib.h>

#include "voc_email.h"
#include "voc_utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  voc_buf out = VOC_BUF_INIT(0);
  voc_error err;
  for (int drop = 0; drop < 2; drop++) {
    voc_buf_clear(&out);
    if (voc_html_to_text((const char *)data, size, drop, &out, &err) == 0 &&
        out.len && !voc_utf8_valid(out.data, out.len))
      abort(); /* text out is always UTF-8 */
  }
  voc_buf_dispose(&out);
  return 0;
}
