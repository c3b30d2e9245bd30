/* Shared by the ingest fuzz targets: run one reader over an in-memory input
 * with a throw-away ingest whose records and messages go to /dev/null. The
 * reader must never crash, hang or leak, whatever the bytes. */
#ifndef FUZZ_INGEST_H
#define FUZZ_INGEST_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "voc_cli.h"
#include "voc_ingest.h"

typedef int (*fuzz_reader)(voc_ingest *ing, FILE *f, voc_format fmt,
                           voc_error *err);

static inline void fuzz_ingest_run(const uint8_t *data, size_t size,
                                   voc_format fmt, fuzz_reader read) {
  static FILE *sink;
  if (!sink)
    sink = fopen("/dev/null", "w");
  FILE *in = size ? fmemopen((void *)data, size, "rb") : tmpfile();
  if (!in || !sink)
    abort();
  voc_cli cli;
  voc_cli_init(&cli, "fuzz", "", NULL, NULL);
  cli.quiet = true;
  cli.progress = false;
  voc_ingest_opts opts = {0};
  opts.format = fmt;
  voc_ingest *ing = NULL;
  voc_error err;
  voc_error_clear(&err);
  if (voc_ingest_new(&ing, &cli, &opts, sink, &err) == 0) {
    read(ing, in, fmt, &err);
    voc_ingest_free(ing);
  }
  fclose(in);
}

#endif
