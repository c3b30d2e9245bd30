/* Fuzz target: JSON arrays and JSON Lines of reviews through ingest. */
#include "fuzz_ingest.h"
#include "voc_json_in.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int read_json(voc_ingest *ing, FILE *f, voc_format fmt, voc_error *err) {
  return voc_json_in_read(ing, f, "fuzz.json", fmt, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* The first byte picks the format, so both readers get every input. */
  voc_format fmt = size && (data[0] & 1) ? VOC_FMT_JSONL : VOC_FMT_JSON;
  fuzz_ingest_run(data, size, fmt, read_json);
  return 0;
}
