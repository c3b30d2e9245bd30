/* voc_transcript.c: call transcripts (placeholder until the reader lands). */
#include "voc_transcript.h"

int voc_transcript_read(voc_ingest *ing, FILE *f, const char *name,
                        voc_format fmt, voc_error *err) {
  (void)ing;
  (void)f;
  (void)fmt;
  return voc_error_set(err, VOC_EINVAL,
                       "%s: transcript input not implemented yet",
                       voc_ingest_display_name(name));
}
