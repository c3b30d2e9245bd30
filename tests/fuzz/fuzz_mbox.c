/* Fuzz target: mbox and single messages through GMime, the body choice,
 * charset conversion and reply stripping. */
#include "fuzz_ingest.h"
#include "voc_email.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int read_mail(voc_ingest *ing, FILE *f, voc_format fmt, voc_error *err) {
  return voc_email_read(ing, f, "fuzz.mbox", fmt, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  voc_format fmt = size > 4 && data[0] == 'F' && data[1] == 'r' ? VOC_FMT_MBOX : VOC_FMT_EML;
  fuzz_ingest_run(data, size, fmt, read_mail);
  return 0;
}
