/* voc_report.h: reports from the store (issue 5).
 *
 * One function gathers the numbers from a voc database (documents per group,
 * documents with each category, share, lift against all documents, change
 * against the previous period of equal length, the most representative
 * quotes, objection x trigger co-occurrence, campaigns with their owners,
 * category definitions) and renders them as text, csv, json, md, brief or
 * html. Output is deterministic: the same database and options give the
 * same bytes; the only time shown is the last load's (or opts->now). */
#ifndef VOC_REPORT_H
#define VOC_REPORT_H

#include <stdio.h>

#include <sqlite3.h>

#include "voc_error.h"

typedef enum voc_report_format {
  VOC_REPORT_TEXT, /* aligned terminal tables */
  VOC_REPORT_CSV,  /* one row per group x category, RFC 4180 */
  VOC_REPORT_JSON, /* everything, for scripts */
  VOC_REPORT_MD,   /* Markdown tables, to paste into documents and chats */
  VOC_REPORT_BRIEF, /* per group: objections to answer, triggers to lead with */
  VOC_REPORT_HTML  /* one self-contained page: SVG heat map, bars, trends */
} voc_report_format;

typedef struct voc_report_opts {
  voc_report_format format;
  const char *by;       /* "persona", "campaign", "persona,campaign", "kind",
                           "week"; NULL: persona and campaign sections */
  const char *lexicon;  /* only this lexicon ("objection"), NULL: all */
  const char *since;    /* YYYY-MM-DD, inclusive, or NULL */
  const char *until;    /* YYYY-MM-DD, inclusive, or NULL */
  const char *campaign; /* only this campaign ("(no campaign)" for none) */
  const char *persona;  /* only this persona */
  const char *kind;     /* only this kind */
  int top;              /* categories per group and quotes per category; 0: 3 */
  const char *now;      /* text for "generated"; NULL: the last load's time */
} voc_report_opts;

/* Parse a format name ("text", "csv", ...). VOC_EINVAL if unknown. */
int voc_report_parse_format(const char *name, voc_report_format *out);

/* Check the option values (by, dates) without touching a database.
 * VOC_EINVAL with a message when one is wrong. */
int voc_report_check_opts(const voc_report_opts *o, voc_error *err);

/* Write the report on the database db (borrowed; a voc store of the
 * current schema) to out. VOC_EINVAL for bad options, VOC_EDB for query
 * errors, VOC_EIO when out fails, VOC_ENOMEM. */
int voc_report_write(sqlite3 *db, const voc_report_opts *o, FILE *out,
                     voc_error *err);

#endif
