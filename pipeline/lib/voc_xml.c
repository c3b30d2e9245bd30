/* voc_xml.c: XML review feeds (placeholder until the reader lands). */
#include "voc_xml.h"

int voc_xml_read(voc_ingest *ing, FILE *f, const char *name, voc_error *err) {
  (void)ing;
  (void)f;
  return voc_error_set(err, VOC_EINVAL, "%s: XML input not implemented yet",
                       voc_ingest_display_name(name));
}
