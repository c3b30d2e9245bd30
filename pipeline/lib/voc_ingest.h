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
 * drops duplicates with --dedupe, and writes the record.
 *
 * Item values are strings, or any JSON value when the source is JSON
 * (numbers and booleans become text, arrays of scalars are joined by ", ").
 * Reserved keys: "turns" (an array of {speaker, side, start, end}) is
 * copied to the record when the text is exactly the item's "text";
 * "speakers" marks a transcript. Keys compare case-insensitively with ' ',
 * '-' and '_' alike; see voc_ingest_help_epilog() for the aliases. Ids
 * without a source id are the 64-bit FNV-1a of source "\0" text as 16 hex
 * digits. voc_ingest_emit counts the item as read; it is then written,
 * rejected, or dropped as a duplicate. */
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

/* ---- Constructing and running an ingest (voc-ingest's library side). ---- */

/* Cap on one source item's raw bytes (a CSV row, a JSON object, a text
 * file, a transcript): larger ones are rejected with a clear message. */
#define VOC_INGEST_ITEM_MAX ((size_t)16 << 20)

typedef struct voc_ingest_opts {
  voc_format format;         /* VOC_FMT_AUTO: detect per input */
  const char *kind;          /* call_note|email|review|survey|other; NULL:
                                from the format (csv/tsv/vtt/transcript
                                call_note, email formats email, json/jsonl/
                                xml review, text other) */
  bool dedupe;               /* drop exact repeats within the run */
  const char *vendor;        /* "Ann Lee,Bob" speakers on the vendor side */
  const char *vendor_domain; /* "example.com": speakers of that domain */
  bool keep_vendor;          /* keep vendor turns in text (marked in turns) */
  bool keep_pii;             /* keep e-mail addresses, phone and card
                                numbers in text (default: redacted) */
} voc_ingest_opts;

/* Make an ingest writing records to out (borrowed), reporting through cli
 * (borrowed; rejects, counts, status). opts is copied (its strings must
 * outlive the ingest). VOC_EINVAL (err says why) for a bad kind. */
int voc_ingest_new(voc_ingest **out, voc_cli *cli, const voc_ingest_opts *opts,
                   FILE *out_stream, voc_error *err);
void voc_ingest_free(voc_ingest *ing);

/* --map FIELD=SRC[,SRC...]: FIELD (canonical or a new field) comes from the
 * sources, joined by a blank line. SRC is a CSV column, a JSON key (dotted
 * paths a.b.c, array indexes a.0.b), an email header name, or an XPath
 * relative to the XML item. VOC_EINVAL on a malformed spec. */
int voc_ingest_map(voc_ingest *ing, const char *spec, voc_error *err);
/* --set FIELD=VALUE: a constant for every record (overrides --map). */
int voc_ingest_set(voc_ingest *ing, const char *spec, voc_error *err);

/* Ingest one input: a file name, "-" for stdin, or a maildir folder. fmt
 * VOC_FMT_AUTO detects from the name and the first bytes. Problems with the
 * input (can't open: status 66; empty, binary, bad rows: 65) are reported
 * through the cli and 0 is returned; negative only when the run must stop
 * (VOC_EIO writing output, VOC_ENOMEM). */
int voc_ingest_file(voc_ingest *ing, const char *path, voc_format fmt,
                    voc_error *err);

/* As voc_ingest_emit, with the item's raw bytes for --rejects (raw NULL:
 * the item as JSON). */
int voc_ingest_emit_raw(voc_ingest *ing, const cJSON *item, const char *source,
                        long line, const char *raw, size_t rawlen,
                        voc_error *err);

/* "csv" -> VOC_FMT_CSV ...; VOC_FMT_AUTO for an unknown name. */
voc_format voc_ingest_format_parse(const char *name);
const char *voc_ingest_format_name(voc_format fmt);
/* The format of an input named name (may be NULL) starting with head[0..n). */
voc_format voc_ingest_detect(const char *name, const char *head, size_t n);

/* Help text listing the formats and built-in aliases (static string). */
const char *voc_ingest_help_epilog(void);

/* E-mail addresses, phone and card numbers redacted from text so far. */
unsigned long long voc_ingest_redacted(const voc_ingest *ing);

/* Exact repeats dropped by --dedupe so far. */
unsigned long long voc_ingest_duplicates(const voc_ingest *ing);

/* For format readers. The sources named in --map (each once, in order);
 * XML readers evaluate them as XPaths and add them to the item under the
 * SRC string itself. */
size_t voc_ingest_map_sources(const voc_ingest *ing, const char *const **srcs);
/* Transcript speakers: true when speaker is on the vendor side (a --vendor
 * name, or a --vendor-domain address/name). */
bool voc_ingest_is_vendor(const voc_ingest *ing, const char *speaker);
bool voc_ingest_keep_vendor(const voc_ingest *ing);
/* The display name of an input for messages ("-" is "<stdin>"). */
const char *voc_ingest_display_name(const char *path);

#endif
