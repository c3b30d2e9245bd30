/* voc_reply.c: the customer's own words of an email body (first cut). */
#include <string.h>

#include "voc_email.h"

int voc_reply_strip(const char *body, size_t len, voc_buf *out) {
  voc_buf_clear(out);
  return voc_buf_put(out, body, len);
}
