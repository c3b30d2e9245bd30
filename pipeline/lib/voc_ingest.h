/* voc_ingest.h: turning source items into canonical records.
 *
 * CONTRACT (owned by the ingest work). A format reader (CSV, JSON, XML,
 * transcript, email...) turns its input into "source items": a cJSON object
 * whose keys are the source's own names (CSV column headers, JSON keys,
 * lower-cased email header names, XML paths) and whose values are strings.
 * It hands each item to voc_ingest_emit, which maps names to canonical fields
 * (--map, then the built-in aliases), applies --kind and --set, repairs
 * invalid UTF-8, turns HTML into text, strips quoted replies and signatures
 * for kind email, fills id (source id or a stable hash of source + text),
 * drops duplicates with --dedupe, and writes the record. */
#ifndef VOC_INGEST_H
#define VOC_INGEST_H

#include <stdbool.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "voc_cli.h"
#include "voc_error.h"

typedef struct voc_ingest voc_ingest;

typedef enum voc_format {
  VOC_FMT_AUTO = 0,
  VOC_FMT_CSV,
  VOC_FMT_TSV,
  VOC_FMT_MBOX,
  VOC_FMT_EML,
  VOC_FMT_MAILDIR,
  VOC_FMT_JSON,
  VOC_FMT_JSONL,
  VOC_FMT_XML,
  VOC_FMT_VTT,
  VOC_FMT_TRANSCRIPT,
  VOC_FMT_TEXT
} voc_format;

/* Emit one source item read from `source` at `line` (1-based line, or
 * message number for mbox; 0 if none). The item is borrowed. A bad item
 * (e.g. no text) is rejected through the voc_cli the ingest was made with;
 * the return value is 0 then too. Negative only for errors that must stop
 * the run (VOC_EIO, VOC_ENOMEM). */
int voc_ingest_emit(voc_ingest *ing, const cJSON *item, const char *source,
                    long line, voc_error *err);

/* Reject one malformed source item (e.g. a ragged CSV row, an unparsable
 * message): the reason and the raw bytes go to the cli's rejects stream. */
int voc_ingest_reject(voc_ingest *ing, const char *source, long line,
                      const char *raw, size_t rawlen, const char *reason);

/* The voc_cli this ingest reports through. */
voc_cli *voc_ingest_cli(voc_ingest *ing);

#endif
