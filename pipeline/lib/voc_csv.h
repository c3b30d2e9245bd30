/* voc_csv.h: streaming RFC 4180 reader (CSV and TSV exports).
 *
 * Reads one row at a time from a FILE through a fixed 64 KiB window, so
 * memory stays flat whatever the file size; only the current row is held
 * (up to a hard cap). Handles quoted fields with embedded delimiters,
 * newlines and doubled quotes, LF / CRLF / CR line ends, a UTF-8 BOM, and
 * detects the delimiter (',', ';' or tab) from the first line. Lenient
 * where real exports are sloppy: a quote inside an unquoted field is a
 * literal character, text after a closing quote is kept. NUL bytes become
 * U+FFFD. Blank lines between rows are skipped. */
#ifndef VOC_CSV_H
#define VOC_CSV_H

#include <stdio.h>

#include "voc_buf.h"
#include "voc_error.h"

typedef struct voc_csv voc_csv;

/* Default cap on one row: 16 MiB. */
#define VOC_CSV_ROW_MAX ((size_t)16 << 20)

/* Start reading f (borrowed; the caller closes it). delim is ',', ';',
 * '\t', or 0 to detect it from the first line. max_row caps one row in
 * bytes (0: VOC_CSV_ROW_MAX). *out belongs to the caller (voc_csv_free).
 * VOC_ENOMEM only. */
int voc_csv_new(voc_csv **out, FILE *f, int delim, size_t max_row);
void voc_csv_free(voc_csv *c);

/* Read the next row. Returns 1 when a row was read, 0 at end of input,
 * and for a row that cannot be used (the row is consumed, reading can go
 * on; voc_csv_raw still gives its bytes): VOC_EPARSE for a quote left open
 * at end of input, VOC_ETOOBIG for a row beyond the cap (skipped to its
 * end). VOC_EIO on a read error, VOC_ENOMEM out of memory (stop). err
 * carries the message; its line is the physical line the row starts on. */
int voc_csv_next(voc_csv *c, voc_error *err);

/* The delimiter in use (after detection: valid once the first row is read). */
int voc_csv_delim(const voc_csv *c);
/* Fields of the last row: count, and the i-th (NUL-terminated, borrowed
 * until the next call; *len may be NULL). */
size_t voc_csv_nfields(const voc_csv *c);
const char *voc_csv_field(const voc_csv *c, size_t i, size_t *len);
/* The last row's raw bytes as in the file (without its line end), and the
 * 1-based physical line it starts on. */
const char *voc_csv_raw(const voc_csv *c, size_t *len);
long voc_csv_line(const voc_csv *c);
/* Bytes consumed so far (for progress); NUL bytes replaced so far. */
unsigned long long voc_csv_bytes(const voc_csv *c);
unsigned long voc_csv_nuls(const voc_csv *c);

#endif
