/* voc_html.c: HTML to text (first cut). */
#include <string.h>

#include "voc_email.h"

int voc_html_to_text(const char *html, size_t len, int drop_quotes,
                     voc_buf *out, voc_error *err) {
  (void)drop_quotes;
  (void)err;
  voc_buf_clear(out);
  return voc_buf_put(out, html, len);
}
