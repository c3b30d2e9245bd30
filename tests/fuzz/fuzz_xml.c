/* Fuzz target: RSS/Atom/generic XML feeds through ingest (no network, no
 * entity expansion, bounded depth). */
#include "fuzz_ingest.h"
#include "voc_xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int read_xml(voc_ingest *ing, FILE *f, voc_format fmt, voc_error *err) {
  (void)fmt;
  return voc_xml_read(ing, f, "fuzz.xml", err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_ingest_run(data, size, VOC_FMT_XML, read_xml);
  return 0;
}
