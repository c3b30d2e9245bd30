/* Fuzz target: WebVTT and "Speaker: text" transcripts through ingest. */
#include "fuzz_ingest.h"
#include "voc_transcript.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int read_tr(voc_ingest *ing, FILE *f, voc_format fmt, voc_error *err) {
  return voc_transcript_read(ing, f, "fuzz.vtt", fmt, err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  voc_format fmt = size && (data[0] & 1) ? VOC_FMT_TRANSCRIPT : VOC_FMT_VTT;
  fuzz_ingest_run(data, size, fmt, read_tr);
  return 0;
}
