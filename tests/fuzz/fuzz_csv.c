/* Fuzz target: the RFC 4180 reader, row by row, and through ingest. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "voc_csv.h"
#include "voc_ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  FILE *f = fmemopen((void *)data, size, "rb");
  if (!f)
    return 0;
  voc_csv *c = NULL;
  voc_error err;
  /* A small row cap so the too-big path is exercised too. */
  if (voc_csv_new(&c, f, 0, 4096) == 0) {
    int rc;
    long rows = 0;
    while ((rc = voc_csv_next(c, &err)) != 0 && rc != VOC_EIO && rc != VOC_ENOMEM) {
      size_t n = voc_csv_nfields(c), len;
      for (size_t i = 0; i < n; i++)
        if (!voc_csv_field(c, i, &len))
          abort(); /* every field of a read row exists */
      voc_csv_raw(c, &len);
      if (++rows > (long)size + 1)
        abort(); /* more rows than bytes: the reader is not advancing */
    }
    voc_csv_free(c);
  }
  fclose(f);
  return 0;
}
