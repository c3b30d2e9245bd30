/* voc_email.c: email sources through GMime (first cut). */
#include "voc_email.h"

int voc_email_read(voc_ingest *ing, FILE *f, const char *name, voc_format fmt,
                   voc_error *err) {
  (void)ing;
  (void)f;
  (void)fmt;
  return voc_error_set(err, VOC_EINTERNAL, "%s: email input not implemented yet",
                       name ? name : "-");
}
