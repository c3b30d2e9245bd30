/* voc_json_in.h: reviews and feedback as JSON.
 *
 * VOC_FMT_JSONL: one object per line; a malformed line is rejected with its
 * line number and reading goes on. VOC_FMT_JSON: a top-level array of
 * objects, read element by element (streaming: memory holds one element),
 * or one object that is either a single item or wraps the array in a
 * member ({"reviews": [...]}, the first member holding an array of
 * objects). Each object is handed to voc_ingest_emit_raw with the line it
 * starts on and its raw text. */
#ifndef VOC_JSON_IN_H
#define VOC_JSON_IN_H

#include <stdio.h>

#include <cjson/cJSON.h>

#include "voc_error.h"
#include "voc_ingest.h"

int voc_json_in_read(voc_ingest *ing, FILE *f, const char *name,
                     voc_format fmt, voc_error *err);

/* Look up key in obj: the exact key, then case-insensitively, then as a
 * dotted path ("author.name", "items.0.text"). Borrowed; NULL if absent. */
const cJSON *voc_json_in_lookup(const cJSON *obj, const char *key);

#endif
