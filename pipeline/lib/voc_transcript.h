/* voc_transcript.h: call transcripts (one file = one record).
 *
 * VOC_FMT_VTT: WebVTT as Zoom, Teams and Meet export it: cues with
 * optional identifiers and timings, speakers as "<v Name>text</v>" voice
 * tags or a "Name: text" prefix; NOTE/STYLE/REGION blocks skipped; tags
 * removed. VOC_FMT_TRANSCRIPT: "Speaker: text" lines, continuation lines
 * belong to the previous speaker; optional "[00:01:02]" or "00:01:02"
 * timestamps before the speaker are dropped. Consecutive cues of one
 * speaker form one turn.
 *
 * Each speaker is on the vendor side when voc_ingest_is_vendor says so,
 * else the customer's. The item's "text" holds the customer turns (all
 * turns with --keep-vendor), one paragraph each; "turns" is an array of
 * {speaker, side, start, end} with byte offsets into that text; "speakers"
 * lists every speaker once. The text is repaired UTF-8 already. */
#ifndef VOC_TRANSCRIPT_H
#define VOC_TRANSCRIPT_H

#include <stdio.h>

#include "voc_error.h"
#include "voc_ingest.h"

int voc_transcript_read(voc_ingest *ing, FILE *f, const char *name,
                        voc_format fmt, voc_error *err);

#endif
